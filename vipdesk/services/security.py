"""Security settings kept in the database: after how many idle minutes the screen locks
itself (OPERA's session time-out; PCI DSS asks for at most 15), and one's own PIN."""

from __future__ import annotations

from sqlalchemy import select

from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Operation, Staff, pin_problem
from vipdesk.services.audit import audit
from vipdesk.services.errors import SignInFailed, ValidationFailed
from vipdesk.services.passwords import verify_secret
from vipdesk.services.staff import authorize, require, set_pin
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import StaffRow

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES, MAX_IDLE_MINUTES = 1, 60


def _parse(raw: str | None) -> int:
    try:
        minutes = int(raw) if raw else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return min(max(minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)


def idle_lock_minutes(db: Database, actor: Staff) -> int:
    """Minutes without keyboard or mouse input before the screen locks (anyone signed in)."""
    authorize(db, actor, Operation.SEARCH)
    with db.read() as session:
        return _parse(repo.get_meta(session, IDLE_LOCK_KEY))


def set_idle_lock_minutes(db: Database, actor: Staff, minutes: int) -> int:
    """Set the idle lock (admins only), 1 to 60 minutes; audited as a settings change."""
    if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationFailed(
            [FieldError("idle_lock_minutes", "is not between 1 and 60 minutes", "idle_minutes")]
        )
    with db.write() as session:
        require(session, actor, Operation.CHANGE_SECURITY)
        if _parse(repo.get_meta(session, IDLE_LOCK_KEY)) != minutes:
            repo.set_meta(session, IDLE_LOCK_KEY, str(minutes), actor.id)
            audit(session, actor, "settings_change", "security", None, fields=[IDLE_LOCK_KEY])
    return minutes


def set_my_pin(db: Database, actor: Staff, password: str, pin: str | None) -> bool:
    """Set, change or (None) remove one's own quick-unlock PIN, after one's password again.

    A wrong password is SignInFailed (nothing changes); a PIN is 4 to 6 digits. Returns
    whether a PIN is set now.
    """
    if pin is not None and pin_problem(pin):
        raise ValidationFailed([FieldError("pin", "is not 4 to 6 digits", "pin_format")])
    with db.read() as session:
        stored = session.scalar(select(StaffRow.password_hash).where(StaffRow.id == actor.id))
    if not verify_secret(stored, password):
        raise SignInFailed()
    set_pin(db, actor, pin)
    return pin is not None
