"""Staff records: who is acting on every service call."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipdesk.config import ENV_STAFF
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import MANAGING_ROLES, Role, Staff, is_manager
from vipdesk.services.errors import Conflict, PermissionDenied, ValidationFailed
from vipdesk.store.db import Database
from vipdesk.store.models import StaffRow


def _to_staff(row: StaffRow) -> Staff:
    return Staff(
        id=row.id, username=row.username, display_name=row.display_name, role=Role(row.role)
    )


def normal_username(username: str) -> str:
    """User names are case-insensitive: `--as DUTY` and `--as duty` are one person."""
    return username.strip().lower() or "frontdesk"


def _find(session: Session, username: str) -> StaffRow | None:
    """The staff row for this user name, whatever its case (older versions kept the case
    as typed; a name stored in lower case wins if both exist)."""
    wanted = normal_username(username)
    rows = session.scalars(
        select(StaffRow).where(func.lower(StaffRow.username) == wanted).order_by(StaffRow.id)
    ).all()
    if not rows:  # SQLite's lower() folds ASCII only
        rows = [r for r in session.scalars(select(StaffRow)) if r.username.lower() == wanted]
    exact = [r for r in rows if r.username == wanted]
    best = exact or list(rows)
    return best[0] if best else None


def get_or_create_staff(
    db: Database, username: str, *, display_name: str = "", role: Role = Role.RECEPTIONIST
) -> Staff:
    """The staff record for `username`, created on first use with the given role.

    A known user is only looked up: reading commands never wait for the write lock.
    """
    with db.read() as session:
        row = _find(session, username)
        if row is not None:
            return _to_staff(row)
    with db.write() as session:
        row = _find(session, username)  # another counter may have added them meanwhile
        if row is None:
            name = normal_username(username)
            row = StaffRow(
                username=name, display_name=display_name or username.strip() or name, role=role
            )
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


def role_now(session, actor: Staff) -> Role:  # type: ignore[no-untyped-def]
    """The actor's role as stored now (another counter may have changed it meanwhile)."""
    stored = session.scalar(
        select(StaffRow.role).where(StaffRow.id == actor.id, StaffRow.active.is_(True))
    )
    return Role(stored) if stored else Role.RECEPTIONIST


def require_manager(session, actor: Staff, doing: str, action: str) -> None:  # type: ignore[no-untyped-def]
    """Refuse unless the actor is, as stored now, a duty manager or an admin.

    `doing` completes the English message; `action` is the stable code the UI translates.
    """
    if not is_manager(role_now(session, actor)):
        raise PermissionDenied(f"only a duty manager or an admin can {doing}", action=action)


def _managers(session) -> int:  # type: ignore[no-untyped-def]
    return int(
        session.scalar(
            select(func.count())
            .select_from(StaffRow)
            .where(StaffRow.role.in_([r.value for r in MANAGING_ROLES]), StaffRow.active.is_(True))
        )
        or 0
    )


def _may_change_roles(session, actor: Staff) -> bool:  # type: ignore[no-untyped-def]
    return is_manager(role_now(session, actor)) or _managers(session) == 0


def may_change_roles(db: Database, actor: Staff) -> bool:
    """Duty managers and admins give roles; until there is one, anyone may (first set-up)."""
    with db.read() as session:
        return _may_change_roles(session, actor)


def set_role(
    db: Database, actor: Staff, username: str, role: Role, *, display_name: str = ""
) -> Staff:
    """Give `username` a role (created if new). Roles gate closing complaints and settings.

    Only a duty manager or an admin may, except on a new installation with neither.
    """
    return set_roles(db, actor, [(username, display_name, role)])[0]


def set_roles(db: Database, actor: Staff, changes: list[tuple[str, str, Role]]) -> list[Staff]:
    """Several (user name, display name or "", role) at once: all saved, or none.

    The actor's role is read in the same transaction; once the hotel has a duty manager or
    an admin, a change that would leave none is refused (nobody could give roles again).
    """
    cleaned = [(u.strip(), n.strip(), r) for u, n, r in changes]
    empty = [FieldError("username", "is empty", "empty") for u, _, _ in cleaned if not u]
    if empty:
        raise ValidationFailed(empty)
    out = []
    with db.write() as session:
        if not _may_change_roles(session, actor):
            raise PermissionDenied(
                "only a duty manager or an admin can change staff roles", action="change_roles"
            )
        had_managers = _managers(session) > 0
        for username, name, role in cleaned:
            row = _find(session, username)
            if row is None:
                row = StaffRow(
                    username=normal_username(username),
                    display_name=name or username,
                    role=role.value,
                )
                session.add(row)
            row.role = role.value
            if name:
                row.display_name = name
            session.flush()
            out.append(_to_staff(row))
        if had_managers and _managers(session) == 0:
            raise Conflict("at least one duty manager or admin must remain", code="last_manager")
    return out


def list_staff(db: Database, actor: Staff, role: Role | None = None) -> list[Staff]:
    with db.read() as session:
        query = select(StaffRow).where(StaffRow.active.is_(True)).order_by(StaffRow.display_name)
        if role is not None:
            query = query.where(StaffRow.role == role.value)
        return [_to_staff(row) for row in session.scalars(query)]
