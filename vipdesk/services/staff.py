"""Staff accounts and roles: who is acting on every service call, and what they may do.

Only an admin creates accounts (the first admin is created on a database without any);
nobody is ever deleted, only disabled, because history refers to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import (
    Operation,
    Role,
    Staff,
    may,
    password_problem,
    pin_problem,
)
from vipdesk.services.audit import audit
from vipdesk.services.errors import (
    Conflict,
    FirstRunOnly,
    NotFound,
    PermissionDenied,
    SignInFailed,
    ValidationFailed,
)
from vipdesk.services.passwords import hash_secret, new_recovery_code, verify_secret
from vipdesk.store.db import Database
from vipdesk.store.models import StaffRow, utcnow

_PASSWORD_MESSAGES = {
    "password_too_short": "has fewer than 8 characters",
    "password_is_username": "is the user name",
    "pin_format": "is not 4 to 6 digits",
}


def _to_staff(row: StaffRow) -> Staff:
    return Staff(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        must_change_password=bool(row.must_change_password),
    )


def normal_username(username: str) -> str:
    """User names are case-insensitive: `--as DUTY` and `--as duty` are one person."""
    return username.strip().lower()


def find_row(session: Session, username: str) -> StaffRow | None:
    """The staff row for this user name, whatever its case (stored in lower case)."""
    wanted = normal_username(username)
    if not wanted:
        return None
    row = session.scalar(select(StaffRow).where(StaffRow.username == wanted))
    if row is None:  # a record written by hand in another case (SQLite folds ASCII only)
        row = session.scalar(
            select(StaffRow).where(func.lower(StaffRow.username) == wanted).order_by(StaffRow.id)
        )
    return row


def current_staff(db: Database, username: str) -> Staff:
    """An existing staff member's record, read again (their role may have changed).

    Only reads: never creates anyone. Raises NotFound for an unknown user name.
    """
    with db.read() as session:
        row = find_row(session, username)
        if row is None:
            raise NotFound(f"no staff member {username.strip()!r}", code="staff_not_found")
        return _to_staff(row)


def role_now(session: Session, actor: Staff) -> Role | None:
    """The actor's role as stored now (another counter may have changed it), None when the
    account is disabled or unknown."""
    stored = session.scalar(
        select(StaffRow.role).where(StaffRow.id == actor.id, StaffRow.active.is_(True))
    )
    return Role(stored) if stored else None


def require(session: Session, actor: Staff, operation: Operation) -> Role:
    """Refuse unless the actor's stored role may do `operation` (deny by default); the role."""
    return require_role(role_now(session, actor), operation)


def require_role(role: Role | None, operation: Operation) -> Role:
    """`require` on the role as read already (None: account disabled or unknown), e.g. by a
    search that reads it with its other reads in one round trip."""
    if role is None or not may(role, operation):
        raise PermissionDenied(
            f"your role may not do this ({operation.value})", action=operation.value
        )
    return role


def allowed(db: Database, actor: Staff, operation: Operation) -> bool:
    """Whether the actor may do `operation` now (the UI hides what would be refused)."""
    with db.read() as session:
        return may(role_now(session, actor), operation)


def _check_password(username: str, password: str, field: str = "password") -> None:
    problem = password_problem(username, password)
    if problem:
        raise ValidationFailed([FieldError(field, _PASSWORD_MESSAGES[problem], problem)])


def _admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(StaffRow)
            .where(
                StaffRow.role == Role.ADMIN.value,
                StaffRow.active.is_(True),
                StaffRow.password_hash.is_not(None),
            )
        )
        or 0
    )


def has_accounts(db: Database) -> bool:
    """Whether any active account can sign in (else only the first admin can be created)."""
    with db.read() as session:
        return _has_accounts(session)


def _has_accounts(session: Session) -> bool:
    return (
        session.scalar(
            select(StaffRow.id)
            .where(StaffRow.active.is_(True), StaffRow.password_hash.is_not(None))
            .limit(1)
        )
        is not None
    )


@dataclass(frozen=True)
class FirstAdmin:
    staff: Staff
    recovery_code: str  # shown once; only its hash is kept


def create_first_admin(
    db: Database, username: str, password: str, *, display_name: str = ""
) -> FirstAdmin:
    """The first admin of a database without accounts, with a one-time recovery code."""
    name = normal_username(username)
    if not name:
        raise ValidationFailed([FieldError("username", "is empty", "empty")])
    _check_password(name, password)
    code = new_recovery_code()
    password_hash, recovery_hash = hash_secret(password), hash_secret(code)
    with db.write() as session:
        if _has_accounts(session):
            raise FirstRunOnly(
                "this database already has accounts: an admin adds more", code="accounts_exist"
            )
        row = find_row(session, name)  # a record from before accounts: it becomes the admin
        if row is None:
            row = StaffRow(username=name, display_name=display_name.strip() or name)
            session.add(row)
        row.role, row.active = Role.ADMIN.value, True
        row.password_hash, row.recovery_hash = password_hash, recovery_hash
        row.must_change_password, row.failed_sign_ins, row.locked_until = False, 0, None
        if display_name.strip():
            row.display_name = display_name.strip()
        session.flush()
        audit(session, row.id, "create_staff", "staff", row.id, role=Role.ADMIN.value, first=True)
        return FirstAdmin(_to_staff(row), code)


def add_staff(
    db: Database,
    actor: Staff,
    username: str,
    role: Role,
    password: str,
    *,
    display_name: str = "",
    must_change_password: bool = False,
) -> Staff:
    """A new account (admins only). Its owner may change the password after signing in;
    with `must_change_password` (an initial password an admin chose) they must."""
    name = normal_username(username)
    if not name:
        raise ValidationFailed([FieldError("username", "is empty", "empty")])
    _check_password(name, password)
    password_hash = hash_secret(password)
    with db.write() as session:
        require(session, actor, Operation.MANAGE_STAFF)
        if find_row(session, name) is not None:
            raise Conflict(
                f"{name} already has a record: use `staff password` or `staff role`",
                code="staff_exists",
                username=name,
            )
        row = StaffRow(
            username=name,
            display_name=display_name.strip() or name,
            role=role.value,
            password_hash=password_hash,
            must_change_password=must_change_password,
        )
        session.add(row)
        session.flush()
        audit(session, actor, "create_staff", "staff", row.id, role=role.value)
        return _to_staff(row)


def _target(session: Session, username: str) -> StaffRow:
    row = find_row(session, username)
    if row is None:
        raise NotFound(f"no staff member {username.strip()!r}", code="staff_not_found")
    return row


def _keep_an_admin(session: Session) -> None:
    session.flush()
    if _admins(session) == 0:
        raise Conflict("at least one admin who can sign in must remain", code="last_admin")


def set_role(db: Database, actor: Staff, username: str, role: Role) -> Staff:
    """Give an existing account a role (admins only)."""
    return set_roles(db, actor, [(username, "", role)])[0]


def set_roles(db: Database, actor: Staff, changes: list[tuple[str, str, Role]]) -> list[Staff]:
    """Several (user name, display name or "", role) at once: all saved, or none.

    Admins only; every user must exist (accounts are created with a password, never here),
    and at least one admin who can sign in must remain.
    """
    out = []
    with db.write() as session:
        require(session, actor, Operation.MANAGE_STAFF)
        for username, name, role in changes:
            row = _target(session, username)
            if row.role != role.value:
                audit(session, actor, "role_change", "staff", row.id, role=role.value)
            row.role = role.value
            if name.strip():
                row.display_name = name.strip()
            session.flush()
            out.append(_to_staff(row))
        _keep_an_admin(session)
    return out


def reset_password(db: Database, actor: Staff, username: str, password: str) -> Staff:
    """An admin sets someone's password (also a record from before accounts); they must
    change it at their next sign-in. Clears a lock-out."""
    name = normal_username(username)
    _check_password(name, password)
    password_hash = hash_secret(password)
    with db.write() as session:
        require(session, actor, Operation.MANAGE_STAFF)
        row = _target(session, name)
        row.password_hash = password_hash
        row.must_change_password = row.id != actor.id
        row.failed_sign_ins, row.locked_until, row.failed_pins = 0, None, 0
        audit(session, actor, "password_reset", "staff", row.id)
        return _to_staff(row)


def change_password(db: Database, actor: Staff, old: str, new: str) -> Staff:
    """The signed-in person changes their own password (the old one is asked again)."""
    _check_password(actor.username, new, "new_password")
    with db.read() as session:
        stored = session.scalar(select(StaffRow.password_hash).where(StaffRow.id == actor.id))
    if not verify_secret(stored, old):
        raise SignInFailed()
    password_hash = hash_secret(new)
    with db.write() as session:
        row = session.get(StaffRow, actor.id)
        if row is None or not row.active:
            raise SignInFailed()
        row.password_hash, row.must_change_password = password_hash, False
        audit(session, actor, "password_change", "staff", row.id)
        return _to_staff(row)


def set_pin(db: Database, actor: Staff, pin: str | None) -> None:
    """The person's own quick-unlock PIN (4–6 digits), or None to remove it."""
    if pin is not None and pin_problem(pin):
        raise ValidationFailed([FieldError("pin", _PASSWORD_MESSAGES["pin_format"], "pin_format")])
    pin_hash = hash_secret(pin) if pin is not None else None
    with db.write() as session:
        row = session.get(StaffRow, actor.id)
        if row is None or not row.active:
            raise SignInFailed()
        row.pin_hash, row.failed_pins = pin_hash, 0
        audit(session, actor, "pin_change", "staff", row.id, removed=pin is None)


def disable_staff(db: Database, actor: Staff, username: str) -> Staff:
    """An account that can no longer sign in (never deleted: history refers to it)."""
    with db.write() as session:
        require(session, actor, Operation.MANAGE_STAFF)
        row = _target(session, username)
        row.active = False
        audit(session, actor, "disable_staff", "staff", row.id)
        _keep_an_admin(session)
        return _to_staff(row)


def unlock_staff(db: Database, actor: Staff, username: str) -> Staff:
    """Lift a lock-out (10 failed sign-ins) and the wrong-PIN count."""
    with db.write() as session:
        require(session, actor, Operation.MANAGE_STAFF)
        row = _target(session, username)
        row.failed_sign_ins, row.locked_until, row.failed_pins = 0, None, 0
        audit(session, actor, "unlock_staff", "staff", row.id)
        return _to_staff(row)


def list_staff(db: Database, actor: Staff, role: Role | None = None) -> list[Staff]:
    """Active staff (e.g. the duty managers a complaint may be given to)."""
    with db.read() as session:
        if role_now(session, actor) is None:
            raise PermissionDenied("your account is disabled", action="signed_in")
        query = select(StaffRow).where(StaffRow.active.is_(True)).order_by(StaffRow.display_name)
        if role is not None:
            query = query.where(StaffRow.role == role.value)
        return [_to_staff(row) for row in session.scalars(query)]


@dataclass(frozen=True)
class Account:
    """One staff account as an admin sees it (`staff list`)."""

    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked: bool
    must_change_password: bool
    has_pin: bool


def list_accounts(db: Database, actor: Staff, now: datetime | None = None) -> list[Account]:
    """Every account, disabled ones too (admins only)."""
    moment = now or utcnow()
    with db.read() as session:
        require(session, actor, Operation.MANAGE_STAFF)
        return [
            Account(
                username=row.username,
                display_name=row.display_name,
                role=Role(row.role),
                active=bool(row.active),
                has_password=row.password_hash is not None,
                locked=row.locked_until is not None and row.locked_until > moment,
                must_change_password=bool(row.must_change_password),
                has_pin=row.pin_hash is not None,
            )
            for row in session.scalars(select(StaffRow).order_by(StaffRow.username))
        ]


def authorize(db: Database, actor: Staff, operation: Operation) -> Role:
    """`require` in a read transaction of its own, for calls that write later or never;
    the actor's role, for what else it allows (one query, not one per question)."""
    with db.read() as session:
        return require(session, actor, operation)
