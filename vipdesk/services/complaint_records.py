"""Complaint records: what callers get back (a complaint with its history), and how a
stored complaint row becomes one.

Shared by the complaint reads (complaint_queries) and writes (complaints), which both
return records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import select

from vipdesk.domain.complaints import (
    RECOVERY_STEPS,
    ComplaintDraft,
    ComplaintSeverity,
    Status,
    is_overdue,
)
from vipdesk.domain.staff import Staff
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.store.models import ComplaintEventRow, ComplaintRow, GuestRow, StaffRow


@dataclass(frozen=True)
class ComplaintEvent:
    at: datetime
    staff_id: int | None
    kind: str
    detail: dict[str, object]
    staff_name: str = ""


@dataclass(frozen=True)
class ComplaintRecord:
    id: int
    guest_id: int
    guest_name: str
    status: Status
    category: str
    severity: ComplaintSeverity
    department: str
    occurred_at: datetime
    feedback_due: datetime
    description: str
    guest_wish: str
    returning_guest: bool
    resolved_at: datetime | None
    followup_result: str
    satisfaction: int | None
    history: tuple[ComplaintEvent, ...] = ()
    service: str = ""
    staff_involved: str = ""
    real_reason: str = ""
    excessive: bool = False
    excessive_note: str = ""
    compensation: str = ""
    compensation_value: str = ""
    assigned_to: int | None = None
    assigned_name: str = ""
    apologised_at: datetime | None = None
    listened_at: datetime | None = None
    solution_offered_at: datetime | None = None
    remedy_taken_at: datetime | None = None
    version: int = 0  # raised by every change; an edit names the version it started from

    def overdue(self, now: datetime) -> bool:
        """Past the promised feedback time and not yet resolved."""
        return is_overdue(self.status, self.feedback_due, now)

    @property
    def editable(self) -> bool:
        """A closed complaint cannot be edited any more, only annotated."""
        return self.status != Status.CLOSED

    def draft(self) -> ComplaintDraft:
        """The recorded facts, as the dialog edits them."""
        return ComplaintDraft(**{name: getattr(self, name) for name in DRAFT_FIELDS})


DRAFT_FIELDS = [f.name for f in fields(ComplaintDraft)]


def to_record(  # type: ignore[no-untyped-def]
    session,
    row: ComplaintRow,
    with_history: bool = True,
    guest_name: str | None = None,
    *,
    actor: Staff | None = None,
) -> ComplaintRecord:
    """The record of `row`; a list passes `guest_name` from its own join (no query per row).

    With `actor`, a confidential guest's name is their alias unless the actor may see it.
    """
    name = (
        guest_name
        if guest_name is not None
        else session.scalar(select(GuestRow.name).where(GuestRow.id == row.guest_id)) or ""
    )
    # An erased guest's name stays empty: the screen and print say "Anonymised guest #N".
    if actor is not None and not sees_real_names(session, actor):
        name = aliases(session, [row.guest_id]).get(row.guest_id, name)
    history: tuple[ComplaintEvent, ...] = ()
    assigned_name = ""
    if with_history:
        history = tuple(
            ComplaintEvent(e.at, e.staff_id, e.kind, json.loads(e.detail or "{}"), who or "")
            for e, who in session.execute(
                select(ComplaintEventRow, StaffRow.display_name)
                .outerjoin(StaffRow, StaffRow.id == ComplaintEventRow.staff_id)
                .where(ComplaintEventRow.complaint_id == row.id)
                .order_by(ComplaintEventRow.id)
            )
        )
        if row.assigned_to is not None:
            assigned_name = (
                session.scalar(select(StaffRow.display_name).where(StaffRow.id == row.assigned_to))
                or ""
            )
    return ComplaintRecord(
        id=row.id,
        guest_id=row.guest_id,
        guest_name=name,
        status=Status(row.status),
        category=row.category,
        severity=ComplaintSeverity(row.severity),
        department=row.department,
        occurred_at=row.occurred_at,
        feedback_due=row.feedback_due,
        description=row.description,
        guest_wish=row.guest_wish,
        returning_guest=row.returning_guest,
        resolved_at=row.resolved_at,
        followup_result=row.followup_result,
        satisfaction=row.satisfaction,
        history=history,
        assigned_name=assigned_name,
        version=row.version,
        **{
            name: getattr(row, name)
            for name in (
                "service",
                "staff_involved",
                "real_reason",
                "excessive",
                "excessive_note",
                "compensation",
                "compensation_value",
                "assigned_to",
                *RECOVERY_STEPS,
            )
        },
    )
