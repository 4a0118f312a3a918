"""Signing in, quick unlock with a PIN, lock-out, and the first admin's recovery code.

Every attempt is audited. A failure never says whether the user name or the password was
wrong: it is `SignInFailed` ("sign-in failed") either way, locked or disabled accounts too.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from vipdesk.domain.staff import Role, Staff, password_problem
from vipdesk.services.audit import audit
from vipdesk.services.errors import PasswordRequired, SignInFailed
from vipdesk.services.passwords import (
    hash_secret,
    needs_rehash,
    new_recovery_code,
    normal_recovery_code,
    verify_secret,
)
from vipdesk.services.staff import _check_password, _to_staff, find_row, normal_username
from vipdesk.store.db import Database
from vipdesk.store.models import StaffRow, utcnow

LOCK_AFTER = 10  # failed attempts in a row (PCI DSS: at most 10)
LOCK_FOR = timedelta(minutes=30)  # PCI DSS: at least 30 minutes
PIN_TRIES = 5  # wrong PINs before the full password is required


def _locked(row: StaffRow, now: datetime) -> bool:
    return row.locked_until is not None and row.locked_until > now


def _failed(row: StaffRow, now: datetime) -> None:
    row.failed_sign_ins = (row.failed_sign_ins or 0) + 1
    if row.failed_sign_ins >= LOCK_AFTER:
        row.locked_until, row.failed_sign_ins = now + LOCK_FOR, 0


def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None) -> Staff:
    """The staff member whose password this is; raises SignInFailed otherwise.

    Ten failures in a row lock the account for 30 minutes, even for the right password,
    unless an admin unlocks it.
    """
    return _password_attempt(db, username, password, "sign_in", now)


def unlock_with_password(
    db: Database, actor: Staff, password: str, *, now: datetime | None = None
) -> Staff:
    """The same person unlocks their locked screen with their password."""
    return _password_attempt(db, actor.username, password, "unlock", now)


def _password_attempt(
    db: Database, username: str, password: str, action: str, now: datetime | None
) -> Staff:
    moment = now or utcnow()
    with db.read() as session:
        row = find_row(session, username)
        stored = row.password_hash if row is not None else None
    good = verify_secret(stored, password)  # slow on purpose, outside the write lock
    rehash = hash_secret(password) if good and stored and needs_rehash(stored) else None
    signed_in: Staff | None = None
    with db.write() as session:  # a failure is counted and audited too: no raise inside
        row = find_row(session, username)
        if row is None:
            audit(session, None, f"{action}_failed", "staff", None)
        elif not good or not row.active or _locked(row, moment) or row.password_hash != stored:
            if not _locked(row, moment):
                _failed(row, moment)
            audit(session, row.id, f"{action}_failed", "staff", row.id)
        else:
            row.failed_sign_ins, row.locked_until, row.failed_pins = 0, None, 0
            if rehash:
                row.password_hash = rehash
            audit(session, row.id, action, "staff", row.id)
            signed_in = _to_staff(row)
    if signed_in is None:
        raise SignInFailed()
    return signed_in


def unlock_with_pin(db: Database, actor: Staff, pin: str) -> Staff:
    """The same person unlocks their own locked screen with their PIN.

    After 5 wrong PINs (or with no PIN set) only the password unlocks: PasswordRequired.
    """
    with db.read() as session:
        row = session.get(StaffRow, actor.id)
        stored = row.pin_hash if row is not None else None
        tries = row.failed_pins if row is not None else PIN_TRIES
    if stored is None or tries >= PIN_TRIES:
        raise PasswordRequired()
    good = verify_secret(stored, pin)
    unlocked: Staff | None = None
    with db.write() as session:
        row = session.get(StaffRow, actor.id)
        if row is None or not row.active or _locked(row, utcnow()):
            audit(session, actor.id, "unlock_failed", "staff", actor.id, pin=True)
        elif not good:
            row.failed_pins = (row.failed_pins or 0) + 1
            audit(session, row.id, "unlock_failed", "staff", row.id, pin=True)
        else:
            row.failed_pins = 0
            audit(session, row.id, "unlock", "staff", row.id, pin=True)
            unlocked = _to_staff(row)
    if unlocked is None:
        with db.read() as session:
            row = session.get(StaffRow, actor.id)
            if row is None or row.failed_pins >= PIN_TRIES:
                raise PasswordRequired()
        raise SignInFailed()
    return unlocked


def has_pin(db: Database, actor: Staff) -> bool:
    """Whether a PIN may unlock this person's screen now (set, and fewer than 5 wrong)."""
    with db.read() as session:
        row = session.get(StaffRow, actor.id)
        return row is not None and row.pin_hash is not None and row.failed_pins < PIN_TRIES


def record(db: Database, actor: Staff, action: str, **detail: object) -> None:
    """Audit a `lock` or a `sign_out` at this workstation (detail: counts, never content)."""
    with db.write() as session:
        audit(session, actor, action, "staff", actor.id, **detail)


def recover_admin(db: Database, username: str, code: str, new_password: str) -> str:
    """Reset the first admin's password with their one-time recovery code.

    The code is used up; the new one returned is shown once, like the first. A wrong code
    counts as a failed sign-in (and is answered the same way).
    """
    name = normal_username(username)
    problem = password_problem(name, new_password)
    if problem:
        _check_password(name, new_password)
    with db.read() as session:
        row = find_row(session, name)
        stored = row.recovery_hash if row is not None else None
    good = verify_secret(stored, normal_recovery_code(code))
    fresh = new_recovery_code()
    hashes = (hash_secret(new_password), hash_secret(fresh)) if good else None
    done = False
    with db.write() as session:
        row = find_row(session, name)
        moment = utcnow()
        if row is None:
            audit(session, None, "recover_failed", "staff", None)
        elif hashes is None or not row.active or row.recovery_hash != stored:
            if not _locked(row, moment):
                _failed(row, moment)
            audit(session, row.id, "recover_failed", "staff", row.id)
        else:
            row.password_hash, row.recovery_hash = hashes
            row.role = Role.ADMIN.value
            row.must_change_password, row.failed_sign_ins, row.locked_until = False, 0, None
            audit(session, row.id, "recover", "staff", row.id)
            done = True
    if not done:
        raise SignInFailed()
    return fresh
