"""On PostgreSQL a lock wait that times out (lock_timeout 55P03, statement_timeout 57014) is
the app's DatabaseBusy with a clear message, as SQLite's 'database is locked' is."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database, open_desk
from vipdesk.services.errors import DatabaseBusy
from vipdesk.services.guests import create_guest, get_guest, update_guest


def _with_option(url: str, option: str) -> str:
    """`url` with one more server option (`-c name=value`) beside its search_path."""
    parsed = make_url(url)
    options = " ".join([*parsed.query.get("options", "").split(), option])  # type: ignore[union-attr]
    query = {k: v for k, v in parse_qs(urlencode(parsed.query)).items() if k != "options"}
    return parsed.set(query={**query, "options": options}).render_as_string(hide_password=False)


@pytest.fixture
def held_row(pg_db: Database) -> Iterator[int]:
    """A guest whose row another connection holds (SELECT … FOR UPDATE, left open)."""
    actor = make_staff(pg_db, "anna", Role.ADMIN)
    guest = create_guest(pg_db, actor, GuestDraft("Chen Jing"))
    engine = create_engine(pg_db.url)
    with engine.connect() as other:
        other.execute(text("SELECT id FROM guests WHERE id = :id FOR UPDATE"), {"id": guest.id})
        yield guest.id
        other.rollback()
    engine.dispose()


@pytest.mark.parametrize("option", ["-clock_timeout=500", "-cstatement_timeout=500"])
def test_a_lock_wait_that_times_out_is_database_busy(
    pg_db: Database, held_row: int, option: str
) -> None:
    impatient = open_desk(_with_option(pg_db.url, option), build_index=False)
    try:
        actor = make_staff(impatient, "ben", Role.ADMIN)
        record = get_guest(impatient, actor, held_row)
        with pytest.raises(DatabaseBusy) as busy:
            update_guest(
                impatient, actor, held_row, GuestDraft("Chen Jing 陈静"), version=record.version
            )
        message = str(busy.value)
        assert "busy" in message and "try again" in message
        assert "LockNotAvailable" not in message and "canceling statement" not in message
        assert busy.value.code == "database_busy"
    finally:
        impatient.close()


def test_a_counter_waits_for_a_lock_as_long_as_on_sqlite_not_forever(pg_db: Database) -> None:
    """PostgreSQL waits for a row lock forever by default: a counter would hang behind
    another that holds one. vipdesk's connections give up after SQLite's busy timeout
    (then DatabaseBusy, as above), unless the URL's options set a lock_timeout of their own."""
    with pg_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "15s"
    own = open_desk(_with_option(pg_db.url, "-clock_timeout=500"))
    try:
        with own.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "500ms"
            assert (
                conn.exec_driver_sql("SHOW search_path").scalar()
                == make_url(pg_db.url).query["options"].split("=", 1)[1]
            )  # the URL's other options kept
    finally:
        own.close()
