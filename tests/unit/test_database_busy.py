"""Reading never waits behind a long write; a lock that does not clear is one clear message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests import sqlite_files
from tests.accounts import TEST_PASSWORD, make_staff
from vipdesk.cli import main
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database, open_desk
from vipdesk.services.demo import fill_demo
from vipdesk.services.errors import DatabaseUnavailable
from vipdesk.services.guest_export import export_guests
from vipdesk.services.guests import create_guest, find_by_member_no_or_id, update_guest
from vipdesk.services.search import reindex, search
from vipdesk.services.staff import current_staff, list_staff


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock held by another process fails a write after 0.3 s instead of 15 s."""
    import vipdesk.store.db

    monkeypatch.setattr(vipdesk.store.db, "BUSY_TIMEOUT_MS", 300)


def _hold_write_lock(path: Path) -> sqlite_files.Connection:
    """Another process in the middle of a long write (say, an old reindex)."""
    conn = sqlite_files.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO app_meta (key, value) VALUES ('long write', 'in progress')")
    return conn


@pytest.fixture
def locked(db_path: Path, short_wait: None) -> Iterator[Database]:
    db = open_desk(db_path)
    fill_demo(db, make_staff(db, "Anna", Role.ADMIN), 30)
    holder = _hold_write_lock(db_path)
    yield db
    holder.rollback()
    holder.close()
    db.close()


def test_duty_and_DUTY_are_one_person(db: Database) -> None:
    make_staff(db, "duty", Role.DUTY_MANAGER)
    upper = current_staff(db, "DUTY")
    assert current_staff(db, "duty") == upper
    assert current_staff(db, " Duty ").id == upper.id
    assert [s.username for s in list_staff(db, upper)].count("duty") == 1


def test_a_user_stored_in_mixed_case_by_an_older_version_is_found(db_path: Path) -> None:
    db = open_desk(db_path)
    try:
        conn = db.raw_connection()
        conn.execute(
            "INSERT INTO staff (username, display_name, role, active, created_at) "
            "VALUES ('Li.Wei', 'Li Wei', 'duty_manager', 1, '2024-01-01 00:00:00.000000')"
        )
        conn.commit()
        conn.close()
        found = current_staff(db, "li.wei")
        assert (found.username, found.role) == ("Li.Wei", Role.DUTY_MANAGER)
        assert current_staff(db, "LI.WEI").id == found.id
    finally:
        db.close()


def test_reading_commands_do_not_wait_behind_a_held_write_lock(
    locked: Database, tmp_path: Path
) -> None:
    actor = current_staff(locked, "anna")  # known: looked up, not written
    assert search(locked, actor, "a", limit=5)


def test_an_export_that_cannot_be_audited_leaves_no_file(locked: Database, tmp_path: Path) -> None:
    # An export writes its audit entry, so it waits for the lock like any write; the file
    # goes in place only once the entry is stored.
    actor = current_staff(locked, "anna")
    with pytest.raises(DatabaseUnavailable, match="the database is busy"):
        export_guests(locked, actor, tmp_path / "out.csv")
    assert list(tmp_path.glob("*out.csv*")) == []


def test_a_write_behind_a_lock_that_does_not_clear_is_one_clear_error(locked: Database) -> None:
    actor = current_staff(locked, "anna")
    with pytest.raises(DatabaseUnavailable, match="the database is busy"):
        create_guest(locked, actor, GuestDraft(name="王伟"))


def test_the_cli_says_so_in_one_line(
    locked: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VIPDESK_PASSWORD", TEST_PASSWORD)
    source = tmp_path / "g.csv"
    source.write_text("name\n王伟\n", encoding="utf-8")
    # Signing in writes its audit entry, so a command waits for the lock like any write
    # (the services' reads themselves do not: see the test above).
    for command in (["import", "guests", str(source)], ["search", "a"]):
        code = main(["--db", str(locked.path), "--as", "anna", *command])
        err = capsys.readouterr().err
        assert code == 1
        assert err.startswith("vipdesk: the database is busy") and err.count("\n") == 1


def test_reindex_never_holds_the_lock_long_nor_shows_a_half_built_index(
    db: Database, db_path: Path, short_wait: None
) -> None:
    actor = make_staff(db, "anna", Role.ADMIN)
    fill_demo(db, actor, 300)
    found_before = [h.id for h in search(db, actor, "wang", limit=50)]
    assert found_before
    guest = find_by_member_no_or_id(db, actor, str(found_before[0]))
    seen: list[int] = []

    def midway(done: int, total: int) -> None:
        if seen:
            return
        seen.append(done)
        # Between two steps of the rebuild, another process can write at once...
        other = sqlite_files.connect(db_path, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        other.close()
        # ...searches still see the whole old index...
        assert [h.id for h in search(db, actor, "wang", limit=50)] == found_before
        # ...and a guest changed now is found under the new name afterwards.
        changed = replace(guest.draft(), name="欧阳修")
        update_guest(db, actor, guest.id, changed, version=guest.version)

    assert reindex(db, actor, midway, step=50) == 300
    assert seen and seen[0] < 300
    assert [h.id for h in search(db, actor, "ouyangxiu")] == [guest.id]
    conn = db.raw_connection()
    try:
        docs = conn.execute("SELECT count(*) FROM guest_search").fetchone()[0]
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    finally:
        conn.close()
    assert docs == 300
    assert not [t for t in tables if "new" in t]
