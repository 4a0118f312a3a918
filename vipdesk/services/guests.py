"""Guests: create, read, update. Each call is one unit of work and returns plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vipdesk.domain.confidential import masked_record
from vipdesk.domain.guest import GuestDraft, GuestRecord, changed_fields, validate_guest
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.audit import audit
from vipdesk.services.confidential import aliases, require_real_names, sees_real_names
from vipdesk.services.erased_keys import refuse_erased
from vipdesk.services.errors import ChangedMeanwhile, Conflict, NotFound, ValidationFailed
from vipdesk.services.staff import authorize, require
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.engines import is_postgres
from vipdesk.store.models import GuestRow, PhoneRow


@dataclass(frozen=True)
class GuestSummary:
    """One line of a guest list."""

    id: int
    member_no: str | None
    name: str
    tier: Tier
    company: str
    phone: str


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
    authorize(db, actor, Operation.EDIT_GUEST)
    _check(draft)
    with db.write() as session:
        if draft.tier != Tier.P:  # receptionists enter guests; managers give tiers
            require(session, actor, Operation.CHANGE_TIER)
        if _member_no_taken(session, draft.member_no, None):
            raise Conflict(f"member number {draft.member_no} already belongs to another guest")
        try:
            (guest_id,) = repo.insert_guests(session, [draft], actor.id)
        except IntegrityError as exc:
            raise Conflict(f"guest could not be saved: {exc.orig}") from exc
        audit(session, actor, "create_guest", "guest", guest_id)
        return repo.load_guests(session, [guest_id])[guest_id]


def update_guest(
    db: Database,
    actor: Staff,
    guest_id: int,
    draft: GuestDraft,
    *,
    version: int,
    base: GuestDraft | None = None,
) -> GuestRecord:
    """Replace what is stored about guest `guest_id` with `draft`, atomically.

    `version` is the version the form started from (GuestRecord.version). When someone
    saved the guest since, nothing is written and ChangedMeanwhile says who, when and
    which fields: `base`, the record the form started from, lets it name only their
    changes (without it, every field where the stored guest differs from `draft`).
    """
    authorize(db, actor, Operation.EDIT_GUEST)
    _check(draft)
    with db.write() as session:
        stored = repo.last_change(session, guest_id)
        if stored is None:
            raise NotFound(f"there is no guest with id {guest_id}")
        stored_version, changed_by, changed_at = stored
        require_real_names(session, actor, guest_id)
        refuse_erased(session, guest_id)
        if stored_version != version:
            current = repo.load_guests(session, [guest_id])[guest_id].draft()
            raise ChangedMeanwhile(
                "this guest",
                changed_by,
                local_time(changed_at),
                changed_fields(base if base is not None else draft, current),
                stored_version,
                at_counter=is_postgres(session),
            )
        if _member_no_taken(session, draft.member_no, guest_id):
            raise Conflict(f"member number {draft.member_no} already belongs to another guest")
        before = repo.load_guests(session, [guest_id])[guest_id].draft()
        if before.tier != draft.tier:
            require(session, actor, Operation.CHANGE_TIER)
        repo.replace_guest(session, guest_id, draft, actor.id)
        audit(session, actor, "edit_guest", "guest", guest_id, fields=changed_fields(before, draft))
        return repo.load_guests(session, [guest_id])[guest_id]


def local_time(utc: datetime | None) -> datetime | None:
    """A stored UTC time as the hotel's wall-clock time (what staff read)."""
    if utc is None:
        return None
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def get_guest(db: Database, actor: Staff, guest_id: int) -> GuestRecord:
    authorize(db, actor, Operation.VIEW_GUEST)
    with db.read() as session:
        found = repo.load_guests(session, [guest_id])
        alias = None if sees_real_names(session, actor) else aliases(session, found).get(guest_id)
    if guest_id not in found:
        raise NotFound(f"there is no guest with id {guest_id}")
    return found[guest_id] if alias is None else masked_record(found[guest_id], alias)


def find_by_member_no_or_id(db: Database, actor: Staff, key: str) -> GuestRecord:
    """A guest by member number, or by numeric id when no member number matches."""
    authorize(db, actor, Operation.VIEW_GUEST)
    with db.read() as session:
        guest_id = repo.ids_by_member_no(session, [key]).get(key)
        by_number = guest_id is not None
        if guest_id is None and key.isdigit():
            guest_id = int(key)
        found = repo.load_guests(session, [guest_id]) if guest_id is not None else {}
        if found and not sees_real_names(session, actor):
            alias = aliases(session, found).get(guest_id or 0)
            if alias is not None:  # a real member number never confirms a confidential guest
                found = {} if by_number else {g: masked_record(r, alias) for g, r in found.items()}
    if not found:
        raise NotFound(f"no guest has member number or id {key!r}")
    return next(iter(found.values()))


def count_guests(db: Database, actor: Staff) -> int:
    authorize(db, actor, Operation.SEARCH)
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(GuestRow)) or 0


def list_guests(
    db: Database, actor: Staff, *, offset: int = 0, limit: int = 200
) -> list[GuestSummary]:
    """Guests by tier (highest first) then name, for browsing."""
    authorize(db, actor, Operation.SEARCH)
    tier_rank = case({t.value: t.rank for t in Tier}, value=GuestRow.tier, else_=-1)
    first_phone = (
        select(PhoneRow.original)
        .where(PhoneRow.guest_id == GuestRow.id)
        .order_by(PhoneRow.position)
        .limit(1)
        .scalar_subquery()
    )
    with db.read() as session:
        rows = session.execute(
            select(
                GuestRow.id,
                GuestRow.member_no,
                GuestRow.name,
                GuestRow.tier,
                GuestRow.company,
                first_phone,
            )
            .order_by(tier_rank.desc(), GuestRow.name)
            .offset(offset)
            .limit(limit)
        ).all()
    return [
        GuestSummary(
            id=r[0], member_no=r[1], name=r[2], tier=Tier(r[3]), company=r[4], phone=r[5] or ""
        )
        for r in rows
    ]


def create_guests(db: Database, actor: Staff, drafts: list[GuestDraft]) -> int:
    """Store many new guests in one transaction (all or none); returns how many."""
    authorize(db, actor, Operation.IMPORT)
    for draft in drafts:
        _check(draft)
    with db.write() as session:
        try:
            repo.insert_guests(session, drafts, actor.id)
        except IntegrityError as exc:
            raise Conflict(f"guests could not be saved: {exc.orig}") from exc
        audit(session, actor, "create_guest", "guest", None, count=len(drafts))
    return len(drafts)
