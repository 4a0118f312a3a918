"""Staff records: who is acting on every service call."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import select

from vipdesk.config import ENV_STAFF
from vipdesk.domain.staff import Role, Staff
from vipdesk.store.db import Database
from vipdesk.store.models import StaffRow


def _to_staff(row: StaffRow) -> Staff:
    return Staff(
        id=row.id, username=row.username, display_name=row.display_name, role=Role(row.role)
    )


def get_or_create_staff(
    db: Database, username: str, *, display_name: str = "", role: Role = Role.RECEPTIONIST
) -> Staff:
    """The staff record for `username`, created on first use with the given role."""
    username = username.strip() or "frontdesk"
    with db.write() as session:
        row = session.scalar(select(StaffRow).where(StaffRow.username == username))
        if row is None:
            row = StaffRow(username=username, display_name=display_name or username, role=role)
            session.add(row)
            session.flush()
        return _to_staff(row)


def current_staff(db: Database, username: str | None = None) -> Staff:
    """The acting staff member: `username`, else $VIPDESK_STAFF, else the OS login name."""
    name = username or os.environ.get(ENV_STAFF) or _login_name()
    return get_or_create_staff(db, name)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "frontdesk"


def set_role(db: Database, actor: Staff, username: str, role: Role) -> Staff:
    """Give `username` a role (created if new). Roles gate closing complaints and settings."""
    get_or_create_staff(db, username)
    with db.write() as session:
        row = session.scalar(select(StaffRow).where(StaffRow.username == username.strip()))
        assert row is not None
        row.role = role.value
        session.flush()
        return _to_staff(row)


def list_staff(db: Database, actor: Staff, role: Role | None = None) -> list[Staff]:
    with db.read() as session:
        query = select(StaffRow).where(StaffRow.active.is_(True)).order_by(StaffRow.display_name)
        if role is not None:
            query = query.where(StaffRow.role == role.value)
        return [_to_staff(row) for row in session.scalars(query)]
