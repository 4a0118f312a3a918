"""Staff accounts for tests: created straight in the store (one Argon2 hash per run).

Only an admin creates accounts in the app; a test needs people of each role without
signing in first, as fixtures put rows in any table.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import select

from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, open_desk
from vipdesk.services.demo_accounts import DEMO_ADMIN, DEMO_PASSWORD
from vipdesk.services.passwords import hash_secret
from vipdesk.store.models import StaffRow

TEST_PASSWORD = "counter-pass-1"

# The CLI tests sign in as the demo admin (conftest sets VIPDESK_STAFF and VIPDESK_PASSWORD):
# a database made by `vipdesk demo` has them, and new_desk() gives any other one the same.
CLI_USER, CLI_PASSWORD = DEMO_ADMIN, DEMO_PASSWORD


@cache
def _hash(password: str) -> str:
    return hash_secret(password)


def make_staff(
    db: Database,
    username: str,
    role: Role = Role.RECEPTIONIST,
    display_name: str = "",
    password: str | None = TEST_PASSWORD,
) -> Staff:
    """An account of `role` (no password: a record from before accounts); an existing one
    is returned as it is."""
    with db.write() as session:
        found = session.scalar(select(StaffRow).where(StaffRow.username == username.lower()))
        if found is not None:
            return Staff(found.id, found.username, found.display_name, Role(found.role))
        row = StaffRow(
            username=username.lower(),
            display_name=display_name or username,
            role=role.value,
            password_hash=_hash(password) if password is not None else None,
        )
        session.add(row)
        session.flush()
        return Staff(row.id, row.username, row.display_name, role)


def new_desk(path: Path | str) -> Path:
    """A new database whose first admin is the one the CLI tests sign in as."""
    db = open_desk(Path(path), create=True)
    try:
        make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)
    finally:
        db.close()
    return Path(path)
