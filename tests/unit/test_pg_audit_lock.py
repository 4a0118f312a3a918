"""The audit chain's append lock on PostgreSQL belongs to one vipdesk database (one schema).

Two vipdesk databases in two schemas of one server database (two hotels, or the test
workers' schemas) must not wait on each other's appends; two writers in one schema must.
Each test holds the tail lock in an open transaction and lets the other writer give up
after a lock timeout instead of waiting forever, so nothing depends on timing.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy.exc import OperationalError

from tests import pg
from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services import audit_chain, guests
from vipdesk.services.database import Database, open_desk
from vipdesk.services.errors import DatabaseBusy

GIVE_UP = " -clock_timeout=3s"  # appended to the URL's libpq options (search_path is there)


def _impatient(url: str) -> str:
    assert "options=" in url, url
    return url + quote(GIVE_UP)


@pytest.fixture
def other_hotel() -> Iterator[Database]:
    """A second vipdesk database, in its own schema of the same server database."""
    with pg.fresh_schema(pg.require_server()) as url:
        db = open_desk(_impatient(url))
        try:
            yield db
        finally:
            db.close()


def test_two_schemas_append_to_their_audit_chains_without_waiting_for_each_other(
    pg_db: Database, other_hotel: Database
) -> None:
    clerk = make_staff(other_hotel, "li", Role.ADMIN)
    with pg_db.write() as session:
        audit_chain.next_link(session)  # hotel A's append holds its tail lock until commit
        made = guests.create_guest(other_hotel, clerk, GuestDraft(name="Zhou Min"))
    assert made.name == "Zhou Min"


def test_two_writers_in_one_schema_still_wait_for_each_other(pg_db: Database) -> None:
    actor = make_staff(pg_db, "anna", Role.ADMIN)
    second = open_desk(_impatient(pg.server_db_url(pg_db)))
    try:
        with pg_db.write() as session:
            audit_chain.next_link(session)
            with pytest.raises((OperationalError, DatabaseBusy)):
                guests.create_guest(second, actor, GuestDraft(name="Zhou Min"))
        made = guests.create_guest(second, actor, GuestDraft(name="Zhou Min"))
        assert made.name == "Zhou Min"
    finally:
        second.close()
