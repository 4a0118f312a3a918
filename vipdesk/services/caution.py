"""The caution list: duty managers flag and clear guests; the desk sees the mark.

Receptionists see only that a guest is flagged ("Caution: ask the duty manager"); duty
managers and admins see the category, the reason, who set it and when. Every change is
audited (by id: the reason never goes into the audit trail).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.domain.caution import REASON_MAX, Caution, CautionCategory
from vipdesk.domain.guest import check_text
from vipdesk.domain.staff import Operation, Staff, may
from vipdesk.services.audit import audit
from vipdesk.services.errors import NotFound, ServiceError, ValidationFailed
from vipdesk.services.staff import require, role_now
from vipdesk.store.db import Database
from vipdesk.store.models import CautionRow, GuestRow, StaffRow, utcnow


class CautionRefused(ServiceError):
    code = "caution_refused"


def set_caution(
    db: Database, actor: Staff, guest_id: int, category: CautionCategory | str, reason: str
) -> None:
    """Flag a guest (or change the flag); duty managers and admins. A reason is required."""
    try:
        chosen = CautionCategory(category)
    except ValueError:
        known = ", ".join(c.value for c in CautionCategory)
        raise CautionRefused(
            f"unknown caution category {category!r} (one of {known})", code="caution_category"
        ) from None
    if not reason.strip():
        raise CautionRefused("say why the guest is flagged", code="caution_reason_missing")
    problems = check_text(reason, "reason", max_len=REASON_MAX, multiline=True)
    if problems:
        raise ValidationFailed(problems)
    with db.write() as session:
        require(session, actor, Operation.CAUTION)
        if session.get(GuestRow, guest_id) is None:
            raise NotFound(f"no guest has id {guest_id}")
        row = session.get(CautionRow, guest_id)
        if row is None:
            row = CautionRow(guest_id=guest_id)
            session.add(row)
        row.category, row.reason = chosen.value, reason.strip()
        row.set_by, row.set_at = actor.id, utcnow()
        audit(session, actor, "caution_set", "guest", guest_id, category=chosen.value)


def clear_caution(db: Database, actor: Staff, guest_id: int) -> bool:
    """Take a guest off the caution list; False if they were not on it."""
    with db.write() as session:
        require(session, actor, Operation.CAUTION)
        row = session.get(CautionRow, guest_id)
        if row is None:
            return False
        session.delete(row)
        audit(session, actor, "caution_clear", "guest", guest_id)
        return True


def cautions(session: Session, actor: Staff, guest_ids: Iterable[int]) -> dict[int, Caution]:
    """The flags of these guests as the actor may see them, in the caller's session."""
    ids = list(guest_ids)
    if not ids:
        return {}
    sees_reason = may(role_now(session, actor), Operation.CAUTION)
    rows = session.execute(
        select(CautionRow, StaffRow.display_name, StaffRow.username)
        .outerjoin(StaffRow, StaffRow.id == CautionRow.set_by)
        .where(CautionRow.guest_id.in_(ids))
    )
    out: dict[int, Caution] = {}
    for row, display, username in rows:
        if sees_reason:
            out[row.guest_id] = Caution(
                False,
                CautionCategory(row.category),
                row.reason,
                display or username or "",
                row.set_at,
            )
        else:
            out[row.guest_id] = Caution(True)
    return out


def caution_of(db: Database, actor: Staff, guest_id: int) -> Caution | None:
    """One guest's flag as the actor may see it, or None."""
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        return cautions(session, actor, [guest_id]).get(guest_id)
