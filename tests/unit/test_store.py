"""The SQLite connection setup and the migrations."""

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests import sqlite_files
from vipdesk.services.database import Database
from vipdesk.store.db import make_engine, open_database
from vipdesk.store.migrate import (
    current_revision,
    head_revision,
    revisions,
    schema_differences,
    upgrade_to_head,
)
from vipdesk.store.models import GuestRow, PhoneRow


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_every_connection_is_configured(db: Database) -> None:
    with db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(PhoneRow(guest_id=999, original="1", e164="+1"))


@pytest.mark.sqlite_only("SQLite's BEGIN IMMEDIATE")
def test_writes_take_the_lock_up_front(db: Database) -> None:
    """A second writer waits for the first instead of failing half-way."""
    order: list[str] = []
    entered = threading.Event()

    def first() -> None:
        with db.write() as session:
            session.add(GuestRow(name="first"))
            session.flush()
            entered.set()
            time.sleep(0.3)
            order.append("first commits")

    t = threading.Thread(target=first)
    t.start()
    entered.wait(5)
    with db.write() as session:
        session.add(GuestRow(name="second"))
        session.flush()
        order.append("second writes")
    t.join()
    assert order == ["first commits", "second writes"]


def test_failed_unit_of_work_leaves_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        session.add(GuestRow(name="half"))
        session.flush()
        raise RuntimeError("crash mid-write")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM guests")).scalar() == 0


def test_open_creates_and_migrates(tmp_path: Path) -> None:
    database = open_database(tmp_path / "sub" / "new.db")
    assert current_revision(database.engine) == head_revision()
    database.close()


@pytest.mark.parametrize("start", revisions())
def test_upgrade_from_every_earlier_revision(tmp_path: Path, start: str) -> None:
    """A DB at each old revision, holding data, upgrades to head and matches the models."""
    path = tmp_path / f"at-{start}.db"
    engine = make_engine(path)
    upgrade_to_head(engine, target=start)
    raw = sqlite_files.connect(path)
    raw.execute(
        "INSERT INTO guests (name, native_name, latin_name, honorific, email, company, "
        "nationality, language, tier, notes, created_at, updated_at) VALUES "
        "('诸葛亮', '', '', '', '', '', '', '', 'VIP', '', '2026-01-01', '2026-01-01')"
    )
    # A stay typed by hand (every revision has stays).
    raw.execute(
        "INSERT INTO stays (guest_id, arrival, departure, room, notes) VALUES "
        "(1, '2026-01-01', '2026-01-03', '808', 'quiet room')"
    )
    # The same person twice, in two cases (`--as DUTY` made a second record), and an audit
    # entry from before the chain holding a guest's name.
    raw.execute(
        "INSERT INTO staff (id, username, display_name, role, active, created_at) VALUES "
        "(1, 'duty', 'Duty', 'duty_manager', 1, '2026-01-01'), "
        "(2, 'DUTY', 'DUTY', 'receptionist', 1, '2026-01-01'), "
        "(3, 'Li.Wei', 'Li Wei', 'receptionist', 1, '2026-01-01')"
    )
    raw.execute("UPDATE guests SET created_by = 2, updated_by = 3")
    raw.execute(
        "INSERT INTO audit_log (at, staff_id, action, entity, entity_id, detail) VALUES "
        "('2026-01-01', 2, 'create', 'guest', 1, '{\"name\": \"诸葛亮\"}'), "
        "('2026-01-02', 1, 'import', 'guest', NULL, "
        '\'{"file": "C:\\\\Users\\\\wang\\\\guests.csv", "added": 3}\')'
    )
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "app_meta" in tables:  # a setting someone saved (0003 on)
        raw.execute("INSERT INTO app_meta (key, value) VALUES ('hotel', '{\"name\": \"Grand\"}')")
    if "complaints" in tables:  # a complaint being followed up (0005 on)
        raw.execute(
            "INSERT INTO complaints (guest_id, occurred_at, department, service, staff_involved,"
            " category, severity, description, real_reason, guest_wish, excessive,"
            " excessive_note, returning_guest, feedback_due, compensation, compensation_value,"
            " status, followup_result, created_at) VALUES (1, '2026-01-01 10:00:00', 'fo', '',"
            " '', 'noise', 'low', 'loud', '', '', 0, '', 0, '2026-01-02 10:00:00', '', '',"
            " 'open', '', '2026-01-01')"
        )
    # A birthday (every revision has special dates; lunar ones come with 0009).
    raw.execute(
        "INSERT INTO guest_special_dates (guest_id, kind, month, day, year, label) VALUES "
        "(1, 'birthday', 8, 15, NULL, '')"
    )
    raw.commit()
    raw.close()
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM guests").scalar() == "诸葛亮"
        # Guests from before recorded readings (0010) have none: the computed one is shown.
        assert conn.exec_driver_sql("SELECT pronunciation FROM guests").scalar() == ""
        # Records kept from before versions start at version 1.
        assert conn.exec_driver_sql("SELECT version FROM guests").scalar() == 1
        for table in ("app_meta", "complaints"):
            versions = conn.exec_driver_sql(f"SELECT version FROM {table}").scalars().all()
            assert set(versions) <= {1}
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        # Stays typed before PMS imports: kept as hand-typed, no status, no number.
        assert conn.exec_driver_sql(
            "SELECT guest_id, arrival, room, notes, source, status, confirmation_no FROM stays"
        ).fetchall() == [(1, "2026-01-01", "808", "quiet room", "manual", None, None)]
        if start < "0008":  # merged and rewritten by 0008
            # DUTY became duty (what pointed at it too); names are stored in lower case.
            assert conn.exec_driver_sql(
                "SELECT id, username FROM staff ORDER BY id"
            ).fetchall() == [
                (1, "duty"),
                (3, "li.wei"),
            ]
            assert conn.exec_driver_sql("SELECT created_by, updated_by FROM guests").one() == (1, 3)
            audit = conn.exec_driver_sql(
                "SELECT staff_id, action, detail, mac FROM audit_log ORDER BY id"
            ).fetchall()
            assert [(a[0], a[1], a[3]) for a in audit] == [
                (1, "create_guest", None),
                (1, "import", None),
            ]
            assert "诸葛亮" not in audit[0][2] and "name" in audit[0][2]  # which field, no value
            assert json.loads(audit[1][2]) == {"file": "guests.csv", "added": 3}
        # Birthdays kept from before lunar dates are solar.
        assert conn.exec_driver_sql(
            "SELECT month, day, lunar, leap FROM guest_special_dates"
        ).fetchall() == [(8, 15, 0, 0)]
        assert conn.exec_driver_sql("SELECT count(*) FROM care_contacts").scalar() == 0
    diff = schema_differences(engine)
    assert diff == [], f"models and migrations disagree: {diff}"
    engine.dispose()
    # Opening it as the app does builds the search index over the old data.
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.search import search

    database = open_database(path)
    hits = search(database, make_staff(database, "t", Role.ADMIN), "zhugeliang")
    assert [h.name for h in hits] == ["诸葛亮"]
    database.close()


@pytest.mark.sqlite_only("SQLite's write lock")
def test_write_session_holds_the_write_lock_from_its_first_statement(db: Database) -> None:
    with db.write() as session:
        session.execute(text("SELECT count(*) FROM guests"))  # a read, yet the lock is taken
        other = sqlite_files.connect(db.path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite_files.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with db.read() as session:
        session.execute(text("SELECT count(*) FROM guests"))
        other = sqlite_files.connect(db.path, timeout=0, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # a read session does not block writers
        other.execute("ROLLBACK")
        other.close()


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    from vipdesk.store.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
    # Every revision but the newest is a starting point of the upgrade test.
    assert revisions()[-3:] == ["0010", "0011", "0012"]


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "fresh.db"
    open_database(path).close()  # created and migrated: Alembic needed once
    probe = (
        "import sys; from pathlib import Path; from vipdesk.store.db import open_database; "
        f"open_database(Path({str(path)!r})).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # the app starts ~0.3 s faster
