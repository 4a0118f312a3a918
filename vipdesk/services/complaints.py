"""Complaints: logging, the follow-up workflow with its history, lists and monthly figures.

Every change is one transaction that also appends exactly one history event. A closed
complaint cannot change any more, only be annotated; only a duty manager may close one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import case, select

from vipdesk.domain.complaints import (
    RECOVERY_STEPS,
    UNRESOLVED,
    ComplaintCodes,
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
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import is_returning as returning_rule
from vipdesk.services.complaint_codes import codes_in
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.services.errors import ChangedMeanwhile, Conflict, NotFound, ValidationFailed
from vipdesk.services.staff import authorize, require
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.engines import is_postgres
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
        return ComplaintDraft(**{name: getattr(self, name) for name in _DRAFT_FIELDS})


_DRAFT_FIELDS = [f.name for f in fields(ComplaintDraft)]
_DRAFT_COLUMNS = [name for name in _DRAFT_FIELDS if name not in ("category", "severity")]


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


def _record(  # type: ignore[no-untyped-def]
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


def log_complaint(
    db: Database, actor: Staff, draft: ComplaintDraft, now: datetime | None = None
) -> ComplaintRecord:
    """Record a complaint; whether the guest is returning is read from their stays."""
    authorize(db, actor, Operation.LOG_COMPLAINT)
    now = now or datetime.now()  # hotel wall-clock time, like the times staff type
    with db.write() as session:
        errors = validate_complaint(draft, now, codes_in(session))
        if errors:
            raise ValidationFailed(errors)
        if session.get(GuestRow, draft.guest_id) is None:
            raise NotFound(f"there is no guest with id {draft.guest_id}")
        row = ComplaintRow(
            **{name: getattr(draft, name) for name in _DRAFT_COLUMNS if name != "feedback_due"},
            category=str(draft.category),
            severity=draft.severity.value,
            feedback_due=draft.due(),
            returning_guest=is_returning(session, draft.guest_id, draft.occurred_at),
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
            category=str(draft.category),
            severity=draft.severity.value,
        )
        return _record(session, row, actor=actor)


def _stored(value: object) -> object:
    """A field's value as it is kept (and shown in the history)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")  # forms edit to the minute
    return value.value if isinstance(value, ComplaintSeverity) else value


def _values(draft: ComplaintDraft) -> dict[str, object]:
    """A draft as the complaint row's column values."""
    values: dict[str, object] = {
        name: getattr(draft, name) for name in _DRAFT_COLUMNS if name != "feedback_due"
    }
    values |= {
        "category": str(draft.category),
        "severity": draft.severity.value,
        "feedback_due": draft.due(),
    }
    return values


def update_complaint(
    db: Database,
    actor: Staff,
    complaint_id: int,
    draft: ComplaintDraft,
    *,
    base: ComplaintDraft | None = None,
    version: int | None = None,
    now: datetime | None = None,
) -> ComplaintRecord:
    """Correct or complete a complaint's facts (e.g. recovery steps done after logging).

    With `base` (the facts the form started from) only the fields changed in the form are
    written, so two people completing different fields do not undo each other; a field
    changed both here and by someone else meanwhile is refused with ChangedMeanwhile,
    naming who changed it last and when. `version` (ComplaintRecord.version of the form's
    record) without `base` refuses any save made after someone else's change. The history
    gets one "edited" event naming each changed field with its old and new value. A
    closed complaint is refused: it can only be annotated. A department or category the
    hotel no longer lists may stay as it was.
    """
    authorize(db, actor, Operation.LOG_COMPLAINT)
    now = now or datetime.now()  # hotel wall-clock time, like the times staff type
    with db.write() as session:
        row = session.get(ComplaintRow, complaint_id, with_for_update=True)  # another counter waits
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        if row.status == Status.CLOSED.value:
            raise Conflict(
                "a closed complaint cannot be edited; add a note instead", code="complaint_closed"
            )
        if draft.guest_id != row.guest_id:
            raise Conflict("a complaint cannot be moved to another guest")
        wanted = _values(draft)
        current = {name: getattr(row, name) for name in wanted}
        same = {name for name in wanted if _stored(current[name]) == _stored(wanted[name])}
        stale = version is not None and version != row.version
        if base is None:
            edited = set(wanted) - same
            if stale:
                raise _changed_meanwhile(session, row, sorted(edited))
        else:
            start = _values(base)
            edited = {n for n in wanted if _stored(wanted[n]) != _stored(start[n])} - same
            clashes = sorted(n for n in edited if _stored(current[n]) != _stored(start[n]))
            if clashes:
                raise _changed_meanwhile(session, row, clashes)
        if not edited:
            return _record(session, row, actor=actor)
        merged = {**current, **{name: wanted[name] for name in edited}}
        known = codes_in(session)
        codes = ComplaintCodes(
            departments={row.department: row.department, **known.departments},
            categories={row.category: row.category, **known.categories},
        )
        errors = validate_complaint(
            ComplaintDraft(
                **{k: v for k, v in merged.items() if k != "severity"},  # type: ignore[arg-type]
                severity=ComplaintSeverity(str(merged["severity"])),
            ),
            now,
            codes,
        )
        # A time stored by another counter whose clock runs ahead is not this form's fault.
        errors = [e for e in errors if e.field in edited or e.code != "future"]
        if errors:
            raise ValidationFailed(errors)
        changes = {name: [_stored(current[name]), _stored(wanted[name])] for name in edited}
        if "assigned_to" in changes:  # the history names people, not staff ids
            changes["assigned_to"] = [
                _staff_name(session, current["assigned_to"]),
                _staff_name(session, wanted["assigned_to"]),
            ]
        for name in edited:
            setattr(row, name, wanted[name])
        if "occurred_at" in edited:
            row.returning_guest = is_returning(session, row.guest_id, draft.occurred_at)
        row.version += 1
        _event(session, actor, complaint_id, "edited", **changes)
        return _record(session, row, actor=actor)


def _changed_meanwhile(session, row: ComplaintRow, fields: list[str]) -> ChangedMeanwhile:  # type: ignore[no-untyped-def]
    """The refusal of an edit that would undo someone's change: who made it, and when.

    Names the latest change to one of `fields` (else the latest change of any kind).
    """
    events = session.execute(
        select(ComplaintEventRow.at, StaffRow.display_name, ComplaintEventRow.detail)
        .outerjoin(StaffRow, StaffRow.id == ComplaintEventRow.staff_id)
        .where(ComplaintEventRow.complaint_id == row.id, ComplaintEventRow.kind != "note")
        .order_by(ComplaintEventRow.id.desc())
    ).all()
    touching = (e for e in events if set(json.loads(e.detail or "{}")) & set(fields))
    last = next(touching, events[0] if events else None)
    at, who = (last[0], last[1] or "") if last else (None, "")
    return ChangedMeanwhile(
        "this complaint", who, at, fields, row.version, at_counter=is_postgres(session)
    )


def _staff_name(session, staff_id: object) -> str:  # type: ignore[no-untyped-def]
    if staff_id is None:
        return ""
    name = session.scalar(select(StaffRow.display_name).where(StaffRow.id == staff_id))
    return name or f"#{staff_id}"


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
    closing = target == Status.CLOSED  # closing is for managers (checked again below)
    authorize(db, actor, Operation.CLOSE_COMPLAINT if closing else Operation.LOG_COMPLAINT)
    now = now or datetime.now()  # hotel wall-clock time, like the times staff type
    with db.write() as session:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        current = Status(row.status)
        if not can_move(current, target):
            raise Conflict(f"a complaint that is {current.value} cannot become {target.value}")
        if target == Status.CLOSED:
            require(session, actor, Operation.CLOSE_COMPLAINT)
        if target == Status.FOLLOWED_UP:
            if not followup_result.strip():
                raise ValidationFailed(
                    [
                        FieldError(
                            "followup_result", "say what the guest answered", "answer_required"
                        )
                    ]
                )
            if satisfaction is not None and not 1 <= satisfaction <= 5:
                raise ValidationFailed(
                    [FieldError("satisfaction", "is not between 1 and 5", "satisfaction_range")]
                )
            row.followup_result, row.satisfaction = followup_result, satisfaction
        if target == Status.RESOLVED:
            row.resolved_at = now
        if target == Status.IN_PROGRESS and current == Status.RESOLVED:
            row.resolved_at = None  # reopened: the guest did not accept the resolution
        row.status = target.value
        row.version += 1
        _event(
            session, actor, complaint_id, "status", **{"from": current.value, "to": target.value}
        )
        return _record(session, row, actor=actor)


def annotate(db: Database, actor: Staff, complaint_id: int, note: str) -> ComplaintRecord:
    """Add a note to the history (allowed even when closed)."""
    authorize(db, actor, Operation.LOG_COMPLAINT)
    if not note.strip():
        raise ValidationFailed([FieldError("note", "is empty", "empty")])
    with db.write() as session:
        row = session.get(ComplaintRow, complaint_id)
        if row is None:
            raise NotFound(f"there is no complaint {complaint_id}")
        _event(session, actor, complaint_id, "note", note=note)
        return _record(session, row, actor=actor)


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
            _record(
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
        return _record(session, row, actor=actor)
