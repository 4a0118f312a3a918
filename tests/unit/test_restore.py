"""Restore refuses every broken backup, and never loses the database it replaces."""

from pathlib import Path

import pytest

from tests import sqlite_files
from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, open_desk
from vipdesk.services.demo import fill_demo
from vipdesk.services.errors import DatabaseUnavailable, FileProblem
from vipdesk.services.guests import count_guests
from vipdesk.services.maintenance import backup, restore
from vipdesk.services.search import search


def _guests(path: Path) -> int:
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM guests").fetchone()[0]
    finally:
        conn.close()


def _edit(path: Path, *sql: str) -> None:
    conn = sqlite_files.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def good_backup(db: Database, actor: Staff, tmp_path: Path) -> Path:
    fill_demo(db, actor, 12)
    path = tmp_path / "good.db"
    backup(db, actor, path)
    return path


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """The database a restore would replace: 5 guests."""
    path = tmp_path / "live" / "vipdesk.db"
    database = open_desk(path)
    fill_demo(database, make_staff(database, "t", Role.ADMIN), 5)
    database.close()
    return path


def test_restore_refuses_a_backup_at_a_revision_newer_than_this_version(
    good_backup: Path, live: Path
) -> None:
    _edit(good_backup, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(FileProblem, match="newer version of vipdesk"):
        restore(live, good_backup)
    assert _guests(live) == 5
    assert [p.name for p in live.parent.iterdir() if "before-restore" in p.name] == []


@pytest.mark.parametrize("table", ["guest_phones", "complaints", "app_meta", "search_rowids"])
def test_restore_refuses_a_backup_with_a_table_missing(
    good_backup: Path, live: Path, table: str
) -> None:
    _edit(good_backup, f"DROP TABLE {table}")
    with pytest.raises(FileProblem, match="do not match this version"):
        restore(live, good_backup)
    assert _guests(live) == 5


def test_restore_refuses_a_backup_with_a_column_missing(good_backup: Path, live: Path) -> None:
    _edit(good_backup, "ALTER TABLE guests DROP COLUMN company")
    with pytest.raises(FileProblem, match="do not match this version"):
        restore(live, good_backup)
    assert _guests(live) == 5


def test_restore_refuses_a_file_with_only_guests_and_alembic_version(
    good_backup: Path, live: Path, tmp_path: Path
) -> None:
    bare = tmp_path / "bare.db"
    conn = sqlite_files.connect(bare)
    sqlite_files.attach(conn, good_backup, "good")
    for table in ("guests", "alembic_version"):
        sql = conn.execute(
            "SELECT sql FROM good.sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        conn.execute(sql)
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM good.{table}")
    conn.commit()
    conn.execute("DETACH DATABASE good")
    conn.close()
    # Refused twice over: guests point to a staff table it lacks, and tables are missing.
    with pytest.raises(FileProblem, match="refusing to restore"):
        restore(live, bare)
    assert _guests(live) == 5


def test_restore_rebuilds_a_missing_search_index_instead_of_crashing_search(
    good_backup: Path, live: Path
) -> None:
    # The FTS table is derived data: restore rebuilds it, and search works afterwards.
    _edit(good_backup, "DROP TABLE guest_search")
    restore(live, good_backup)
    database = open_desk(live)
    actor = make_staff(database, "t", Role.ADMIN)
    assert count_guests(database, actor) == 12
    name = search(database, actor, "a", limit=1)
    assert name
    database.close()


def test_each_restore_keeps_the_replaced_file_under_a_new_name(
    good_backup: Path, live: Path
) -> None:
    first = restore(live, good_backup)
    assert first.kept is not None and first.kept.name.startswith("vipdesk.db.before-restore-")
    assert _guests(first.kept) == 5
    kept_bytes = first.kept.read_bytes()
    # Undo: restore the kept copy. It is read, never overwritten, and the 12-guest file
    # that it replaces is kept under yet another name.
    second = restore(live, first.kept)
    assert second.kept is not None and second.kept != first.kept
    assert first.kept.read_bytes() == kept_bytes
    assert _guests(second.kept) == 12
    assert _guests(live) == 5
    third = restore(live, good_backup)
    assert len({first.kept, second.kept, third.kept}) == 3
    assert _guests(live) == 12


def test_restore_onto_a_new_machine_keeps_nothing(good_backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "new" / "vipdesk.db"
    result = restore(target, good_backup)
    assert result.kept is None
    assert _guests(target) == 12


def test_a_backup_at_an_older_revision_is_restored_and_brought_up_to_date(
    live: Path, tmp_path: Path
) -> None:
    from vipdesk.store.db import make_engine
    from vipdesk.store.migrate import current_revision, head_revision, upgrade_to_head

    old = tmp_path / "old.db"
    engine = make_engine(old)
    upgrade_to_head(engine, target="0003")
    engine.dispose()
    _edit(
        old,
        "INSERT INTO guests (name, native_name, latin_name, honorific, email, company, "
        "nationality, language, tier, notes, created_at, updated_at) VALUES "
        "('诸葛亮', '', '', '', '', '', '', '', 'VIP', '', '2026-01-01', '2026-01-01')",
    )
    restore(live, old)
    database = open_desk(live)
    assert current_revision(database.engine) == head_revision()
    hits = search(database, make_staff(database, "t", Role.ADMIN), "zhugeliang")
    assert [h.name for h in hits] == ["诸葛亮"]
    database.close()


def test_opening_a_database_from_a_newer_version_is_refused_in_one_line(
    good_backup: Path,
) -> None:
    _edit(good_backup, "UPDATE alembic_version SET version_num = '9999'")
    before = good_backup.read_bytes()
    with pytest.raises(DatabaseUnavailable, match="newer version of vipdesk") as caught:
        open_desk(good_backup)
    assert "\n" not in str(caught.value)
    assert good_backup.read_bytes() == before


def test_check_reports_a_table_missing_from_the_live_database(db: Database, actor: Staff) -> None:
    from vipdesk.services.maintenance import check

    with db.write() as session:
        session.connection().exec_driver_sql("DROP TABLE not_duplicates")
    report = check(db, actor)
    assert not report.ok
    assert any("table missing: not_duplicates" in line for line in report.lines())
