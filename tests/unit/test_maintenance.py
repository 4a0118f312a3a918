from pathlib import Path

import pytest

from tests import sqlite_files
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database, open_desk
from vipdesk.services.demo import fill_demo
from vipdesk.services.errors import DatabaseUnavailable, FileProblem
from vipdesk.services.guests import count_guests
from vipdesk.services.maintenance import backup, check, check_file, restore


def test_backup_of_a_live_database_is_complete_and_checked(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    fill_demo(db, actor, 30)
    report = backup(db, actor, tmp_path / "copy.db")
    assert report.ok
    assert not (tmp_path / "copy.db.part").exists()
    conn = sqlite_files.connect(tmp_path / "copy.db")
    assert conn.execute("SELECT count(*) FROM guests").fetchone()[0] == 30
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_restore_replaces_and_keeps_the_previous_file(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    fill_demo(db, actor, 10)
    backup(db, actor, tmp_path / "ten.db")
    fill_demo(db, actor, 0)
    target = tmp_path / "target.db"
    other = open_desk(target)
    other.close()
    restore(target, tmp_path / "ten.db")
    assert len(list(tmp_path.glob("target.db.before-restore-*"))) == 1
    again = open_desk(target)
    assert count_guests(again, actor) == 10
    again.close()


def test_restore_refuses_what_is_not_a_vipdesk_database(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    conn = sqlite_files.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(FileProblem, match="not a vipdesk database"):
        restore(tmp_path / "target.db", plain)
    with pytest.raises(FileProblem, match="file not found"):
        restore(tmp_path / "target.db", tmp_path / "missing.db")
    assert not (tmp_path / "target.db").exists()


def test_check_reports_both_checks(db: Database, actor: Staff) -> None:
    report = check(db, actor)
    assert report.ok
    assert report.lines() == ["integrity_check: ok", "foreign_key_check: ok", "schema: ok"]


def test_a_file_that_is_not_sqlite_cannot_be_opened(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DatabaseUnavailable, match="cannot be opened"):
        open_desk(junk)
    assert not check_file(junk).ok
