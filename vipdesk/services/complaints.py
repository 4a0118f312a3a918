"""Complaints: logging one and the follow-up workflow with its history.

Every change is one transaction that also appends exactly one history event. A closed
complaint cannot change any more, only be annotated; only a duty manager may close one.
The records are in complaint_records, the reads (lists, one complaint, the monthly
figures) in complaint_queries; callers may import all of them from here.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from vipdesk.domain.complaints import (
    ComplaintCodes,
    ComplaintDraft,
    ComplaintSeverity,
    Status,
    can_move,
    validate_complaint,
)
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.complaint_codes import codes_in
from vipdesk.services.complaint_queries import (
    get_complaint,
    is_returning,
    list_complaints,
    report,
    returning_guest,
)
from vipdesk.services.complaint_records import (
    DRAFT_FIELDS,
    ComplaintEvent,
    ComplaintRecord,
    to_record,
)
from vipdesk.services.errors import ChangedMeanwhile, Conflict, NotFound, ValidationFailed
from vipdesk.services.staff import authorize, require
from vipdesk.store.db import Database
from vipdesk.store.engines import is_postgres
from vipdesk.store.models import ComplaintEventRow, ComplaintRow, GuestRow, StaffRow

__all__ = [  # what callers have always imported from here
    "ComplaintEvent",
    "ComplaintRecord",
    "annotate",
    "change_status",
    "get_complaint",
    "is_returning",
    "list_complaints",
    "log_complaint",
    "report",
    "returning_guest",
    "update_complaint",
]

_DRAFT_COLUMNS = [name for name in DRAFT_FIELDS if name not in ("category", "severity")]


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
        return to_record(session, row, actor=actor)


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
            return to_record(session, row, actor=actor)
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
        return to_record(session, row, actor=actor)


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
        return to_record(session, row, actor=actor)


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
        return to_record(session, row, actor=actor)
