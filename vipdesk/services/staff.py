"""Staff records: who is acting on every service call."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import select

from vipdesk.config import ENV_STAFF
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.errors import ServiceError, ValidationFailed
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


MANAGING_ROLES = (Role.DUTY_MANAGER, Role.ADMIN)


def may_change_roles(db: Database, actor: Staff) -> bool:
    """Duty managers and admins give roles; until there is one, anyone may (first set-up)."""
    if actor.role in MANAGING_ROLES:
        return True
    with db.read() as session:
        manager = session.scalar(
            select(StaffRow.id)
            .where(StaffRow.role.in_([r.value for r in MANAGING_ROLES]), StaffRow.active.is_(True))
            .limit(1)
        )
    return manager is None


def set_role(
    db: Database, actor: Staff, username: str, role: Role, *, display_name: str = ""
) -> Staff:
    """Give `username` a role (created if new). Roles gate closing complaints and settings.

    Only a duty manager or an admin may, except on a new installation with neither.
    """
    return set_roles(db, actor, [(username, display_name, role)])[0]


def set_roles(db: Database, actor: Staff, changes: list[tuple[str, str, Role]]) -> list[Staff]:
    """Several (user name, display name or "", role) at once: all saved, or none."""
    cleaned = [(u.strip(), n.strip(), r) for u, n, r in changes]
    empty = [FieldError("username", "is empty") for u, _, _ in cleaned if not u]
    if empty:
        raise ValidationFailed(empty)
    if not may_change_roles(db, actor):
        raise ServiceError("only a duty manager or an admin can change staff roles")
    out = []
    with db.write() as session:
        for username, name, role in cleaned:
            row = session.scalar(select(StaffRow).where(StaffRow.username == username))
            if row is None:
                row = StaffRow(username=username, display_name=name or username, role=role.value)
                session.add(row)
            row.role = role.value
            if name:
                row.display_name = name
            session.flush()
            out.append(_to_staff(row))
    return out


def list_staff(db: Database, actor: Staff, role: Role | None = None) -> list[Staff]:
    with db.read() as session:
        query = select(StaffRow).where(StaffRow.active.is_(True)).order_by(StaffRow.display_name)
        if role is not None:
            query = query.where(StaffRow.role == role.value)
        return [_to_staff(row) for row in session.scalars(query)]
