"""Complaints: logging, the follow-up workflow with its history, lists and monthly figures.

Every change is one transaction that also appends exactly one history event. A closed
complaint cannot change any more, only be annotated; only a duty manager may close one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import func, select

from vipdesk.domain.complaints import (
    DEPARTMENTS,
    UNRESOLVED,
    Category,
    ComplaintDraft,
    ComplaintFacts,
    ComplaintSeverity,
    MonthReport,
    Status,
    can_move,
    is_overdue,
    month_report,
    validate_complaint,
)
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.errors import Conflict, NotFound, ServiceError, ValidationFailed
from vipdesk.store.db import Database
from vipdesk.store.models import ComplaintEventRow, ComplaintRow, GuestRow, StayRow


@dataclass(frozen=True)
class ComplaintEvent:
    at: datetime
    staff_id: int | None
    kind: str
    detail: dict[str, object]


@dataclass(frozen=True)
class ComplaintRecord:
    id: int
    guest_id: int
    guest_name: str
    status: Status
    category: Category
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

    def overdue(self, now: datetime) -> bool:
        """Past the promised feedback time and not yet resolved."""
        return is_overdue(self.status, self.feedback_due, now)


_DRAFT_COLUMNS = [f.name for f in fields(ComplaintDraft) if f.name not in ("category", "severity")]


def _event(session, actor: Staff, complaint_id: int, kind: str, **detail: object) -> None:  # type: ignore[no-untyped-def]
    session.add(
        ComplaintEventRow(
            complaint_id=complaint_id,
            at=datetime.now(),  # the hotel's wall-clock time, like the complaint's own times
            staff_id=actor.id,
            kind=kind,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
        )
    )


def _record(session, row: ComplaintRow, with_history: bool = True) -> ComplaintRecord:  # type: ignore[no-untyped-def]
    name = session.scalar(select(GuestRow.name).where(GuestRow.id == row.guest_id)) or ""
    history: tuple[ComplaintEvent, ...] = ()
    if with_history:
        history = tuple(
            ComplaintEvent(e.at, e.staff_id, e.kind, json.loads(e.detail or "{}"))
            for e in session.scalars(
                select(ComplaintEventRow)
                .where(ComplaintEventRow.complaint_id == row.id)
                .order_by(ComplaintEventRow.id)
            )
        )
    return ComplaintRecord(
        id=row.id,
        guest_id=row.guest_id,
        guest_name=name,
        status=Status(row.status),
        category=Category(row.category),
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
    )


def log_complaint(
    db: Database, actor: Staff, draft: ComplaintDraft, now: datetime | None = None
) -> ComplaintRecord:
    """Record a complaint; whether the guest is returning is read from their stays."""
    now = now or datetime.now()  # hotel wall-clock time, like the times staff type
    with db.read() as session:
        known = departments_in(session)
    errors = validate_complaint(draft, now, known)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        if session.get(GuestRow, draft.guest_id) is None:
            raise NotFound(f"there is no guest with id {draft.guest_id}")
        earlier_stays = session.scalar(
            select(func.count())
            .select_from(StayRow)
            .where(StayRow.guest_id == draft.guest_id, StayRow.arrival < draft.occurred_at.date())
        )
        row = ComplaintRow(
            **{name: getattr(draft, name) for name in _DRAFT_COLUMNS if name != "feedback_due"},
            category=draft.category.value,
            severity=draft.severity.value,
            feedback_due=draft.due(),
            returning_guest=bool(earlier_stays),
            status=Status.OPEN.value,
            created_by=actor.id,
        )
        session.add(row)
        session.flush()
        _event(
            session,
            actor,
            row.id,
            "created",
            status=Status.OPEN.value,
            category=draft.category.value,
            severity=draft.severity.value,
        )
        return _record(session, row)


def change_status(
    db: Database,
    actor: Staff,
    complaint_id: int,
    target: Status,
    *,
    followup_result: str = "",
    satisfaction: int | None = None,
    now: datetime | None = None,
) -> ComplaintRecord:
    """Move a complaint along the workflow; refuses illegal moves with a clear reason."""
    now = now or datetime.now()  # hotel wall-clock time, like the times staff type
    with db.write() as session:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        current = Status(row.status)
        if not can_move(current, target):
            raise Conflict(f"a complaint that is {current.value} cannot become {target.value}")
        if target == Status.CLOSED and actor.role not in (Role.DUTY_MANAGER, Role.ADMIN):
            raise ServiceError("only a duty manager can close a complaint")
        if target == Status.FOLLOWED_UP:
            if not followup_result.strip():
                raise ValidationFailed(
                    [FieldError("followup_result", "say what the guest answered")]
                )
            if satisfaction is not None and not 1 <= satisfaction <= 5:
                raise ValidationFailed([FieldError("satisfaction", "is not between 1 and 5")])
            row.followup_result, row.satisfaction = followup_result, satisfaction
        if target == Status.RESOLVED:
            row.resolved_at = now
        if target == Status.IN_PROGRESS and current == Status.RESOLVED:
            row.resolved_at = None  # reopened: the guest did not accept the resolution
        row.status = target.value
        _event(
            session, actor, complaint_id, "status", **{"from": current.value, "to": target.value}
        )
        return _record(session, row)


def annotate(db: Database, actor: Staff, complaint_id: int, note: str) -> ComplaintRecord:
    """Add a note to the history (allowed even when closed)."""
    if not note.strip():
        raise ValidationFailed([FieldError("note", "is empty")])
    with db.write() as session:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        _event(session, actor, complaint_id, "note", note=note)
        return _record(session, row)


def list_complaints(
    db: Database,
    actor: Staff,
    *,
    status: Status | None = None,
    overdue_at: datetime | None = None,
    guest_id: int | None = None,
) -> list[ComplaintRecord]:
    """Complaints, most urgent promise first; `overdue_at` keeps only the overdue ones then."""
    query = select(ComplaintRow).order_by(ComplaintRow.feedback_due, ComplaintRow.id)
    if status is not None:
        query = query.where(ComplaintRow.status == status.value)
    if guest_id is not None:
        query = query.where(ComplaintRow.guest_id == guest_id)
    if overdue_at is not None:
        query = query.where(
            ComplaintRow.status.in_([s.value for s in UNRESOLVED]),
            ComplaintRow.feedback_due < overdue_at,
        )
    with db.read() as session:
        return [_record(session, row, with_history=False) for row in session.scalars(query)]


def report(db: Database, actor: Staff, month: str) -> MonthReport:
    """Totals by category and department, resolved, resolved within promise, median hours."""
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
            ComplaintFacts(
                Category(r.category), r.department, r.occurred_at, r.feedback_due, r.resolved_at
            )
            for r in rows
        ]
    return month_report(month, facts)


def get_complaint(db: Database, actor: Staff, complaint_id: int) -> ComplaintRecord:
    """One complaint with its full history."""
    with db.read() as session:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        return _record(session, row)


_DEPARTMENTS_KEY = "complaint_departments"


def departments(db: Database, actor: Staff) -> dict[str, str]:
    """The hotel's departments (code → label), configured or the defaults."""
    with db.read() as session:
        return departments_in(session)


def departments_in(session) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The configured departments, inside an open session."""
    from vipdesk.store import guest_repo

    raw = guest_repo.get_meta(session, _DEPARTMENTS_KEY)
    if raw:
        try:
            data = json.loads(raw)
            if isinstance(data, dict) and data:
                return {str(k): str(v) for k, v in data.items()}
        except ValueError:
            pass
    return dict(DEPARTMENTS)


def set_departments(db: Database, actor: Staff, table: dict[str, str]) -> None:
    """Replace the department list (duty managers and admins only). Codes are lower-case words."""
    if actor.role not in (Role.DUTY_MANAGER, Role.ADMIN):
        raise ServiceError("only a duty manager can change the departments")
    bad = [code for code in table if not code.isidentifier() or code != code.lower()]
    if not table or bad:
        raise ValidationFailed(
            [FieldError("departments", f"invalid codes: {', '.join(bad) or 'none given'}")]
        )
    from vipdesk.store import guest_repo

    with db.write() as session:
        guest_repo.set_meta(session, _DEPARTMENTS_KEY, json.dumps(table, ensure_ascii=False))
