"""A guest's copy of their own data (PIPL Art. 45): everything held about them, in one place.

The copy is plain data (JSON-ready: text, numbers, booleans, ISO dates), written as JSON
here or as a readable PDF by vipdesk.print.guest_copy. ID numbers are never stored, so
the copy shows them masked; the audit entries about the guest come with it. Making a copy
is audited as `export` (by id only).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import safe_files
from vipdesk.services.audit import audit
from vipdesk.services.errors import NotFound
from vipdesk.services.staff import require
from vipdesk.store.db import Database
from vipdesk.store.models import (
    AuditRow,
    CareGuestRow,
    CautionRow,
    ComplaintEventRow,
    ComplaintRow,
    ConfidentialRow,
    ConsentRow,
    ContactRow,
    ErasedGuestRow,
    GuestRow,
    IdDocumentRow,
    MergeRow,
    PhoneRow,
    PhotoRow,
    PreferenceRow,
    SpecialDateRow,
    StaffRow,
    StayRow,
    TabooRow,
    TaskSkipRow,
)

SECTIONS = (
    "profile",
    "erased",
    "phones",
    "preferences",
    "taboos",
    "special_dates",
    "stays",
    "complaints",
    "care",
    "care_contacts",
    "care_skips",
    "consents",
    "id_documents",
    "caution",
    "confidential",
    "merged_files",
    "audit",
)
_PROFILE = (
    "id",
    "member_no",
    "name",
    "native_name",
    "latin_name",
    "honorific",
    "gender",
    "email",
    "company",
    "nationality",
    "language",
    "tier",
    "notes",
    "created_at",
    "updated_at",
)
_STAY = (
    "arrival",
    "departure",
    "room",
    "status",
    "source",
    "confirmation_no",
    "room_type",
    "adults",
    "children",
    "eta",
    "company",
    "pms_vip",
    "requests",
    "comments",
    "notes",
    "resv_name",
    "resv_member_no",
    "resv_phone",
    "resv_email",
)
_COMPLAINT = (
    "id",
    "occurred_at",
    "department",
    "service",
    "category",
    "severity",
    "status",
    "description",
    "real_reason",
    "guest_wish",
    "excessive",
    "excessive_note",
    "compensation",
    "compensation_value",
    "feedback_due",
    "resolved_at",
    "followup_result",
    "satisfaction",
    "created_at",
)


@dataclass(frozen=True)
class GuestCopy:
    """Everything held about one guest, section by section (see SECTIONS)."""

    guest_id: int
    made_at: datetime
    made_by: str
    sections: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The copy as one JSON object: who made it and when, then each section."""
        return {
            "guest_id": self.guest_id,
            "made_at": _plain(self.made_at),
            "made_by": self.made_by,
            **self.sections,
        }


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _fields(row: object, names: tuple[str, ...]) -> dict[str, object]:
    return {name: _plain(getattr(row, name)) for name in names}


def guest_copy(db: Database, actor: Staff, guest_id: int, *, to: str = "json") -> GuestCopy:
    """Everything held about guest `guest_id` (duty managers and admins), audited as
    `export` with the format it is made for (`to`: json or pdf)."""
    with db.write() as session:
        require(session, actor, Operation.GUEST_DATA_RIGHTS)
        guest = session.get(GuestRow, guest_id)
        if guest is None:
            raise NotFound(f"there is no guest with id {guest_id}")
        sections = _sections(session, guest)
        audit(session, actor, "export", "guest", guest_id, format=to)
    return GuestCopy(guest_id, datetime.now(), actor.display_name or actor.username, sections)


def _staff_names(session: Session) -> dict[int, str]:
    return {
        i: display or username
        for i, display, username in session.execute(
            select(StaffRow.id, StaffRow.display_name, StaffRow.username)
        )
    }


def _sections(session: Session, guest: GuestRow) -> dict[str, Any]:
    gid = guest.id
    staff = _staff_names(session)
    out: dict[str, Any] = {"profile": _fields(guest, _PROFILE)}
    erased = session.get(ErasedGuestRow, gid)
    out["erased"] = (
        None if erased is None else {"erased_at": _plain(erased.erased_at), "reason": erased.reason}
    )
    out["profile"]["has_photo"] = session.get(PhotoRow, gid) is not None
    out["phones"] = [
        {"number": p.original, "e164": p.e164}
        for p in session.scalars(
            select(PhoneRow).where(PhoneRow.guest_id == gid).order_by(PhoneRow.position)
        )
    ]
    out["preferences"] = [
        {"category": p.category, "text": p.text}
        for p in session.scalars(
            select(PreferenceRow)
            .where(PreferenceRow.guest_id == gid)
            .order_by(PreferenceRow.position)
        )
    ]
    out["taboos"] = [
        {"kind": t.kind, "severity": t.severity, "text": t.text}
        for t in session.scalars(
            select(TabooRow).where(TabooRow.guest_id == gid).order_by(TabooRow.position)
        )
    ]
    out["special_dates"] = [
        {
            "kind": d.kind,
            "month": d.month,
            "day": d.day,
            "year": d.year,
            "lunar": d.lunar,
            "leap": d.leap,
            "label": d.label,
        }
        for d in session.scalars(
            select(SpecialDateRow).where(SpecialDateRow.guest_id == gid).order_by(SpecialDateRow.id)
        )
    ]
    out["stays"] = [
        _fields(s, _STAY)
        for s in session.scalars(
            select(StayRow).where(StayRow.guest_id == gid).order_by(StayRow.arrival, StayRow.id)
        )
    ]
    complaints = []
    for c in session.scalars(
        select(ComplaintRow).where(ComplaintRow.guest_id == gid).order_by(ComplaintRow.occurred_at)
    ):
        entry = _fields(c, _COMPLAINT)
        entry["events"] = [
            {
                "at": _plain(e.at),
                "by": staff.get(e.staff_id or 0, ""),
                "kind": e.kind,
                "detail": json.loads(e.detail or "{}"),
            }
            for e in session.scalars(
                select(ComplaintEventRow)
                .where(ComplaintEventRow.complaint_id == c.id)
                .order_by(ComplaintEventRow.id)
            )
        ]
        complaints.append(entry)
    out["complaints"] = complaints
    care = session.get(CareGuestRow, gid)
    out["care"] = (
        None
        if care is None
        else {
            "do_not_contact": care.do_not_contact,
            "dedicated_to": staff.get(care.dedicated_to or 0, ""),
        }
    )
    out["care_contacts"] = [
        {
            "at": _plain(r.at),
            "by": staff.get(r.staff_id or 0, ""),
            "channel": r.channel,
            "outcome": r.outcome,
            "note": r.note,
        }
        for r in session.scalars(
            select(ContactRow).where(ContactRow.guest_id == gid).order_by(ContactRow.at)
        )
    ]
    out["care_skips"] = [
        {"task": r.task_kind, "due": _plain(r.task_due), "reason": r.reason}
        for r in session.scalars(
            select(TaskSkipRow).where(TaskSkipRow.guest_id == gid).order_by(TaskSkipRow.task_due)
        )
    ]
    out["consents"] = [
        {"channel": r.channel, "given_on": _plain(r.given_on), "how": r.how}
        for r in session.scalars(
            select(ConsentRow).where(ConsentRow.guest_id == gid).order_by(ConsentRow.channel)
        )
    ]
    # Only the type, issuer and last four: the number itself was never stored.
    out["id_documents"] = [
        {
            "type": d.type,
            "country": d.country,
            "masked": "*" * 14 + d.last4,
            "added_at": _plain(d.added_at),
        }
        for d in session.scalars(
            select(IdDocumentRow).where(IdDocumentRow.guest_id == gid).order_by(IdDocumentRow.id)
        )
    ]
    caution = session.get(CautionRow, gid)
    out["caution"] = (
        None
        if caution is None
        else {"flagged": True, "category": caution.category, "set_at": _plain(caution.set_at)}
    )
    confidential = session.get(ConfidentialRow, gid)
    out["confidential"] = (
        None
        if confidential is None
        else {"alias": confidential.alias, "set_at": _plain(confidential.set_at)}
    )
    out["merged_files"] = [
        {
            "merged_id": m.merged_id,
            "at": _plain(m.at),
            "member_no": m.merged_member_no,
            "name": m.merged_name,
            "snapshot": json.loads(m.snapshot or "{}"),
        }
        for m in session.scalars(
            select(MergeRow).where(MergeRow.kept_id == gid).order_by(MergeRow.id)
        )
    ]
    complaint_ids = [c["id"] for c in complaints]
    about: ColumnElement[bool] = AuditRow.entity.in_(["guest", "care_task"]) & (
        AuditRow.entity_id == gid
    )
    if complaint_ids:
        about = or_(about, (AuditRow.entity == "complaint") & AuditRow.entity_id.in_(complaint_ids))
    out["audit"] = [
        {
            "at": _plain(a.at),
            "by": staff.get(a.staff_id or 0, ""),
            "action": a.action,
            "entity": a.entity,
            "entity_id": a.entity_id,
            "detail": json.loads(a.detail or "{}"),
            "workstation": a.workstation,
        }
        for a in session.scalars(select(AuditRow).where(about).order_by(AuditRow.id))
    ]
    return out


def copy_json_text(copy: GuestCopy) -> str:
    return json.dumps(copy.as_json(), ensure_ascii=False, indent=2) + "\n"


def write_guest_copy_json(db: Database, actor: Staff, guest_id: int, path: Path) -> Path:
    """Write the guest's copy as JSON (UTF-8) to `path`, safely (see safe_files)."""
    copy = guest_copy(db, actor, guest_id, to="json")
    path = Path(path)
    safe_files.write_bytes(path, copy_json_text(copy).encode("utf-8"))
    return path
