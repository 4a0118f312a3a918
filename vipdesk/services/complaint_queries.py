"""Complaint reads: one complaint, the lists, the monthly figures, and whether the guest
had stayed with us before (a complaint records it).

The writes (logging, editing, the workflow) are in vipdesk.services.complaints.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import case, select

from vipdesk.domain.complaints import (
    UNRESOLVED,
    ComplaintFacts,
    MonthReport,
    Status,
    month_report,
)
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import is_returning as returning_rule
from vipdesk.services.complaint_records import ComplaintRecord, to_record
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.services.errors import NotFound, ValidationFailed
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import ComplaintRow, GuestRow


def is_returning(session, guest_id: int, occurred_at: datetime) -> bool:  # type: ignore[no-untyped-def]
    """Whether the guest had stayed with us before the complaint: read from history.

    domain.stays.is_returning: a stay completed before the day it happened; the stay the
    guest is in (or checks out of that day), a cancellation or a no show makes nobody a
    returning guest.
    """
    day = occurred_at.date()
    stays = repo.load_stays(session, [guest_id]).get(guest_id, [])
    return returning_rule(stays, day)


def returning_guest(db: Database, actor: Staff, guest_id: int, occurred_at: datetime) -> bool:
    """What a new complaint will record as returning or new guest (shown while logging)."""
    authorize(db, actor, Operation.VIEW_COMPLAINTS)
    with db.read() as session:
        return is_returning(session, guest_id, occurred_at)


def list_complaints(
    db: Database,
    actor: Staff,
    *,
    status: Status | None = None,
    overdue_at: datetime | None = None,
    guest_id: int | None = None,
    include_closed: bool = True,
) -> list[ComplaintRecord]:
    """Complaints still waiting for a resolution first, each group by its promised time
    (most urgent first); `overdue_at` keeps only the ones overdue then.

    One query whatever the number of complaints (the guest's name comes from a join).
    """
    authorize(db, actor, Operation.VIEW_COMPLAINTS)
    waiting = case((ComplaintRow.status.in_([s.value for s in UNRESOLVED]), 0), else_=1)
    query = (
        select(ComplaintRow, GuestRow.name)
        .outerjoin(GuestRow, GuestRow.id == ComplaintRow.guest_id)
        .order_by(waiting, ComplaintRow.feedback_due, ComplaintRow.id)
    )
    if status is not None:
        query = query.where(ComplaintRow.status == status.value)
    if not include_closed and status is None:  # asking for closed ones always gets them
        query = query.where(ComplaintRow.status != Status.CLOSED.value)
    if guest_id is not None:
        query = query.where(ComplaintRow.guest_id == guest_id)
    if overdue_at is not None:
        query = query.where(
            ComplaintRow.status.in_([s.value for s in UNRESOLVED]),
            ComplaintRow.feedback_due < overdue_at,
        )
    with db.read() as session:
        hidden = {} if sees_real_names(session, actor) else aliases(session)
        return [
            to_record(
                session, row, with_history=False, guest_name=hidden.get(row.guest_id, name or "")
            )
            for row, name in session.execute(query)
        ]


def report(db: Database, actor: Staff, month: str) -> MonthReport:
    """Totals by category and department, resolved, resolved within promise, median hours."""
    authorize(db, actor, Operation.REPORTS)
    try:
        first = datetime.strptime(month, "%Y-%m")
    except ValueError:
        raise ValidationFailed([FieldError("month", f"{month!r} is not YYYY-MM")]) from None
    last = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    with db.read() as session:
        rows = session.scalars(
            select(ComplaintRow).where(
                ComplaintRow.occurred_at >= first,
                ComplaintRow.occurred_at < datetime(last.year, last.month, 1),
            )
        )
        facts = [
            ComplaintFacts(r.category, r.department, r.occurred_at, r.feedback_due, r.resolved_at)
            for r in rows
        ]
    return month_report(month, facts)


def get_complaint(db: Database, actor: Staff, complaint_id: int) -> ComplaintRecord:
    """One complaint with its full history."""
    authorize(db, actor, Operation.VIEW_COMPLAINTS)
    with db.read() as session:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        return to_record(session, row, actor=actor)
