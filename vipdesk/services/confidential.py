"""Confidential guests: duty managers mark them with an alias; everyone else sees only that.

For staff without the right (receptionists by default) a confidential guest is their alias
everywhere the app shows guests, and a search by the real name, phone, member number or
ID document finds nothing, so the screen can never confirm that the guest is staying.
Duty managers and admins see the real name with a "confidential" mark.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.domain.confidential import ALIAS_MAX
from vipdesk.domain.guest import check_text
from vipdesk.domain.staff import Operation, Staff, may
from vipdesk.services.audit import audit
from vipdesk.services.errors import NotFound, PermissionDenied, ServiceError, ValidationFailed
from vipdesk.services.staff import require, role_now
from vipdesk.store.db import Database
from vipdesk.store.models import ConfidentialRow, GuestRow, utcnow


def sees_real_names(session: Session, actor: Staff) -> bool:
    """Whether the actor sees confidential guests as who they are (duty managers, admins)."""
    return may(role_now(session, actor), Operation.CONFIDENTIAL)


def aliases(session: Session, guest_ids: Iterable[int] | None = None) -> dict[int, str]:
    """guest id → alias, for these guests (or all confidential guests)."""
    query = select(ConfidentialRow.guest_id, ConfidentialRow.alias)
    if guest_ids is not None:
        query = query.where(ConfidentialRow.guest_id.in_(list(guest_ids)))
    return {g: a for g, a in session.execute(query)}


def set_confidential(db: Database, actor: Staff, guest_id: int, alias: str) -> None:
    """Mark a guest confidential under `alias` (or change the alias); duty managers."""
    alias = alias.strip()
    if not alias:
        raise ServiceError("give the alias staff will see", code="alias_missing")
    problems = check_text(alias, "alias", max_len=ALIAS_MAX)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        require(session, actor, Operation.CONFIDENTIAL)
        guest = session.get(GuestRow, guest_id)
        if guest is None:
            raise NotFound(f"no guest has id {guest_id}")
        if alias.casefold() == guest.name.casefold():
            raise ServiceError("the alias must not be the guest's name", code="alias_is_name")
        row = session.get(ConfidentialRow, guest_id)
        if row is None:
            row = ConfidentialRow(guest_id=guest_id)
            session.add(row)
        row.alias, row.set_by, row.set_at = alias, actor.id, utcnow()
        audit(session, actor, "confidential_set", "guest", guest_id)


def clear_confidential(db: Database, actor: Staff, guest_id: int) -> bool:
    """The guest is no longer confidential; False if they were not."""
    with db.write() as session:
        require(session, actor, Operation.CONFIDENTIAL)
        row = session.get(ConfidentialRow, guest_id)
        if row is None:
            return False
        session.delete(row)
        audit(session, actor, "confidential_clear", "guest", guest_id)
        return True


def require_real_names(session: Session, actor: Staff, guest_id: int) -> None:
    """Refuse a change to a confidential guest by someone who sees only the alias.

    What they see is masked, so a save from their form would overwrite the real record
    with the alias and empty fields: the duty manager edits confidential guests.
    """
    if session.get(ConfidentialRow, guest_id) is not None and not sees_real_names(session, actor):
        raise PermissionDenied(
            "this guest is confidential: ask the duty manager to change their file",
            code="confidential_edit",
            action=Operation.CONFIDENTIAL.value,
        )


def alias_of(db: Database, actor: Staff, guest_id: int) -> str | None:
    """The guest's alias, or None if they are not confidential (duty managers)."""
    with db.read() as session:
        require(session, actor, Operation.CONFIDENTIAL)
        return aliases(session, [guest_id]).get(guest_id)
