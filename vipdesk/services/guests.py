"""Guests: create, read, update. Each call is one unit of work and returns plain values."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    GuestRecord,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Stay,
    Taboo,
    TabooKind,
    validate_guest,
)
from vipdesk.domain.phones import Phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.errors import Conflict, NotFound, ValidationFailed
from vipdesk.store.db import Database
from vipdesk.store.models import (
    AuditRow,
    GuestRow,
    PhoneRow,
    PreferenceRow,
    SpecialDateRow,
    StayRow,
    TabooRow,
)

GUEST_LOAD = (
    selectinload(GuestRow.phones),
    selectinload(GuestRow.preferences),
    selectinload(GuestRow.taboos),
    selectinload(GuestRow.special_dates),
    selectinload(GuestRow.stays),
)


@dataclass(frozen=True)
class GuestSummary:
    """One line of a guest list."""

    id: int
    member_no: str | None
    name: str
    tier: Tier
    company: str
    phone: str


def to_record(row: GuestRow) -> GuestRecord:
    return GuestRecord(
        id=row.id,
        member_no=row.member_no,
        name=row.name,
        native_name=row.native_name,
        latin_name=row.latin_name,
        honorific=row.honorific,
        gender=Gender(row.gender) if row.gender else None,
        phones=[Phone(original=p.original, e164=p.e164) for p in row.phones],
        email=row.email,
        company=row.company,
        nationality=row.nationality,
        language=row.language,
        tier=Tier(row.tier),
        notes=row.notes,
        preferences=[Preference(p.text, PreferenceCategory(p.category)) for p in row.preferences],
        taboos=[Taboo(t.text, TabooKind(t.kind), Severity(t.severity)) for t in row.taboos],
        special_dates=[
            SpecialDate(SpecialDateKind(d.kind), PartialDate(d.month, d.day, d.year), d.label)
            for d in row.special_dates
        ],
        stays=[Stay(s.arrival, s.departure, s.room, s.notes) for s in row.stays],
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def apply_draft(row: GuestRow, draft: GuestDraft) -> None:
    """Make `row` and its children say exactly what `draft` says."""
    row.member_no = draft.member_no or None
    row.name = draft.name
    row.native_name = draft.native_name
    row.latin_name = draft.latin_name
    row.honorific = draft.honorific
    row.gender = draft.gender.value if draft.gender else None
    row.email = draft.email
    row.company = draft.company
    row.nationality = draft.nationality
    row.language = draft.language
    row.tier = draft.tier.value
    row.notes = draft.notes
    if [(p.original, p.e164) for p in row.phones] != [(p.original, p.e164) for p in draft.phones]:
        row.phones = [
            PhoneRow(position=i, original=p.original, e164=p.e164)
            for i, p in enumerate(draft.phones)
        ]
    if to_record(row).preferences != draft.preferences:
        row.preferences = [
            PreferenceRow(position=i, category=p.category.value, text=p.text)
            for i, p in enumerate(draft.preferences)
        ]
    if [Taboo(t.text, TabooKind(t.kind), Severity(t.severity)) for t in row.taboos] != draft.taboos:
        row.taboos = [
            TabooRow(position=i, kind=t.kind.value, severity=t.severity.value, text=t.text)
            for i, t in enumerate(draft.taboos)
        ]
    if to_record(row).special_dates != draft.special_dates:
        row.special_dates = [
            SpecialDateRow(
                kind=d.kind.value,
                month=d.date.month,
                day=d.date.day,
                year=d.date.year,
                label=d.label,
            )
            for d in draft.special_dates
        ]
    if to_record(row).stays != draft.stays:
        row.stays = [
            StayRow(arrival=s.arrival, departure=s.departure, room=s.room, notes=s.notes)
            for s in draft.stays
        ]


def audit(
    session: Session,
    actor: Staff,
    action: str,
    entity: str,
    entity_id: int | None,
    **detail: object,
) -> None:
    session.add(
        AuditRow(
            staff_id=actor.id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str),
        )
    )


def _check(draft: GuestDraft) -> None:
    errors = validate_guest(draft)
    if errors:
        raise ValidationFailed(errors)


def _member_no_taken(session: Session, member_no: str | None, except_id: int | None) -> bool:
    if not member_no:
        return False
    found = session.scalar(select(GuestRow.id).where(GuestRow.member_no == member_no))
    return found is not None and found != except_id


def create_guest(db: Database, actor: Staff, draft: GuestDraft) -> GuestRecord:
    """Store a new guest; raises ValidationFailed or Conflict (member number in use)."""
    _check(draft)
    with db.write() as session:
        if _member_no_taken(session, draft.member_no, None):
            raise Conflict(f"member number {draft.member_no} already belongs to another guest")
        row = GuestRow(created_by=actor.id, updated_by=actor.id)
        apply_draft(row, draft)
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:
            raise Conflict(f"guest could not be saved: {exc.orig}") from exc
        audit(session, actor, "create", "guest", row.id, name=draft.name)
        return to_record(row)


def update_guest(db: Database, actor: Staff, guest_id: int, draft: GuestDraft) -> GuestRecord:
    """Replace what is stored about guest `guest_id` with `draft`, atomically."""
    _check(draft)
    with db.write() as session:
        row = session.scalar(select(GuestRow).where(GuestRow.id == guest_id).options(*GUEST_LOAD))
        if row is None:
            raise NotFound(f"there is no guest with id {guest_id}")
        if _member_no_taken(session, draft.member_no, guest_id):
            raise Conflict(f"member number {draft.member_no} already belongs to another guest")
        apply_draft(row, draft)
        row.updated_by = actor.id
        audit(session, actor, "update", "guest", row.id, name=draft.name)
        session.flush()
        return to_record(row)


def get_guest(db: Database, actor: Staff, guest_id: int) -> GuestRecord:
    with db.read() as session:
        row = session.scalar(select(GuestRow).where(GuestRow.id == guest_id).options(*GUEST_LOAD))
        if row is None:
            raise NotFound(f"there is no guest with id {guest_id}")
        return to_record(row)


def find_by_member_no_or_id(db: Database, actor: Staff, key: str) -> GuestRecord:
    """A guest by member number, or by numeric id when no member number matches."""
    with db.read() as session:
        row = session.scalar(select(GuestRow).where(GuestRow.member_no == key).options(*GUEST_LOAD))
        if row is None and key.isdigit():
            row = session.scalar(
                select(GuestRow).where(GuestRow.id == int(key)).options(*GUEST_LOAD)
            )
        if row is None:
            raise NotFound(f"no guest has member number or id {key!r}")
        return to_record(row)


def count_guests(db: Database, actor: Staff) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(GuestRow)) or 0


def list_guests(
    db: Database, actor: Staff, *, offset: int = 0, limit: int = 200
) -> list[GuestSummary]:
    """Guests by tier (highest first) then name, for browsing."""
    tier_rank = func.instr("P IP VIP VVIP VVVIP", GuestRow.tier)
    with db.read() as session:
        rows = session.scalars(
            select(GuestRow)
            .options(selectinload(GuestRow.phones))
            .order_by(tier_rank.desc(), GuestRow.name)
            .offset(offset)
            .limit(limit)
        ).all()
        return [
            GuestSummary(
                id=r.id,
                member_no=r.member_no,
                name=r.name,
                tier=Tier(r.tier),
                company=r.company,
                phone=r.phones[0].original if r.phones else "",
            )
            for r in rows
        ]


def create_guests(db: Database, actor: Staff, drafts: list[GuestDraft]) -> int:
    """Store many new guests in one transaction (all or none); returns how many."""
    for draft in drafts:
        _check(draft)
    with db.write() as session:
        rows = []
        for draft in drafts:
            row = GuestRow(created_by=actor.id, updated_by=actor.id)
            apply_draft(row, draft)
            rows.append(row)
        session.add_all(rows)
        try:
            session.flush()
        except IntegrityError as exc:
            raise Conflict(f"guests could not be saved: {exc.orig}") from exc
        audit(session, actor, "create_many", "guest", None, count=len(rows))
    return len(drafts)
