"""The recognition view of one guest: everything the desk needs at a glance, computed."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select

from vipdesk.domain.care import Channel, Outcome, Stage, ad_stage
from vipdesk.domain.caution import Caution
from vipdesk.domain.complaints import UNRESOLVED, Status, is_overdue
from vipdesk.domain.confidential import masked_record
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    GuestRecord,
    PreferenceCategory,
    Severity,
    SpecialDateKind,
    Taboo,
    TabooKind,
)
from vipdesk.domain.pronunciation import guest_reading
from vipdesk.domain.service_standard import DEFAULT_STANDARDS, ServiceLevel, parse_standards
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import (
    Stay,
    is_future_booking,
    last_stay,
    stay_in_house,
    stays_to_date,
)
from vipdesk.domain.tiers import Tier
from vipdesk.services.audit import already_recorded, audit
from vipdesk.services.caution import cautions
from vipdesk.services.complaint_codes import codes_in
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.services.errors import NotFound
from vipdesk.services.id_documents import IdDocumentView, documents_of
from vipdesk.services.setting_versions import check_version, stored_version
from vipdesk.services.staff import authorize, require
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import ComplaintRow, ContactRow, StaffRow

_SEVERITY_ORDER = {Severity.DANGER: 0, Severity.SERIOUS: 1, Severity.CAUTION: 2}
_STANDARDS_KEY = "service_standards"


@dataclass(frozen=True)
class UpcomingDate:
    kind: SpecialDateKind
    date: PartialDate
    label: str
    days_until: int
    turning: int | None
    """Age (birthday) or years (anniversary) on that day, when the year is known."""


@dataclass(frozen=True)
class ComplaintLine:
    id: int
    occurred_at: datetime
    category: str
    status: str
    overdue: bool
    category_label: str = ""  # the hotel's label for the category


@dataclass(frozen=True)
class GuestProfile:
    guest: GuestRecord
    pronunciation: str
    service_levels: tuple[ServiceLevel, ...]
    taboos: list[Taboo]
    """Most dangerous first; allergies before taboos of the same severity."""
    preferences: dict[PreferenceCategory, list[str]]
    upcoming: list[UpcomingDate]
    """Soonest first; 0 days means today."""
    stays_count: int
    """Stays so far: completed ones and the one under way (domain.stays.stays_to_date)."""
    last_stay: Stay | None
    """The last completed stay (a future booking never changes it)."""
    in_house: Stay | None
    open_complaints: int
    has_photo: bool
    complaints: tuple[ComplaintLine, ...] = ()
    """Most recent first."""
    next_booking: Stay | None = None
    """The soonest booking not yet begun (arriving today or later): "arriving 12-01"."""
    care_stage: Stage | None = None
    """The AD stage (domain.care.ad_stage); C is the "2nd stay" alert."""
    contacts: tuple[ContactLine, ...] = ()
    caution: Caution | None = None
    """On the caution list, as this member of staff may see it (reason for managers only)."""
    id_documents: tuple[IdDocumentView, ...] = ()
    """Masked: the type, issuer and last four characters."""
    confidential_alias: str = ""
    """Set for a confidential guest. Staff without the right get the alias as the name and
    nothing identifying (vipdesk.domain.confidential); duty managers get the real name."""
    """The care contact history, most recent first."""


@dataclass(frozen=True)
class ContactLine:
    at: datetime
    """UTC, as stored."""
    channel: Channel
    outcome: Outcome
    note: str
    staff_name: str


def guest_profile(
    db: Database, actor: Staff, guest_id: int, *, today: date | None = None
) -> GuestProfile:
    """Everything the profile panel shows for guest `guest_id`."""
    authorize(db, actor, Operation.VIEW_GUEST)
    today = today or date.today()
    with db.read() as session:
        records = repo.load_guests(session, [guest_id])
        if guest_id not in records:
            raise NotFound(f"there is no guest with id {guest_id}")
        has_photo = repo.has_photo(session, guest_id)
        now = datetime.now()  # complaint times are the hotel's wall-clock time
        categories = codes_in(session).categories
        complaints = tuple(
            ComplaintLine(
                r.id,
                r.occurred_at,
                r.category,
                r.status,
                is_overdue(Status(r.status), r.feedback_due, now),
                categories.get(r.category, r.category),
            )
            for r in session.scalars(
                select(ComplaintRow)
                .where(ComplaintRow.guest_id == guest_id)
                .order_by(ComplaintRow.occurred_at.desc())
                .limit(10)
            )
        )
        open_complaints = (
            session.scalar(
                select(func.count())
                .select_from(ComplaintRow)
                .where(
                    ComplaintRow.guest_id == guest_id,
                    ComplaintRow.status.in_([s.value for s in UNRESOLVED]),
                )
            )
            or 0
        )
        standards = _standards(session)
        caution = cautions(session, actor, [guest_id]).get(guest_id)
        documents = documents_of(session, guest_id)
        alias = aliases(session, [guest_id]).get(guest_id)
        hidden = alias is not None and not sees_real_names(session, actor)
        contacts = tuple(
            ContactLine(r.at, Channel(r.channel), Outcome(r.outcome), r.note, name or "")
            for r, name in session.execute(
                select(ContactRow, StaffRow.display_name)
                .outerjoin(StaffRow, StaffRow.id == ContactRow.staff_id)
                .where(ContactRow.guest_id == guest_id)
                .order_by(ContactRow.at.desc(), ContactRow.id.desc())
                .limit(10)
            )
        )
    guest = records[guest_id]
    if hidden:
        assert alias is not None
        guest, has_photo, documents = masked_record(guest, alias), False, ()
        contacts = tuple(replace(c, note="") for c in contacts)
    taboos = sorted(
        guest.taboos,
        key=lambda t: (_SEVERITY_ORDER[t.severity], t.kind != TabooKind.ALLERGY),
    )
    preferences: dict[PreferenceCategory, list[str]] = {}
    for pref in guest.preferences:
        preferences.setdefault(pref.category, []).append(pref.text)
    upcoming = []
    for special in guest.special_dates:
        next_day = special.date.next_occurrence(today)
        turning = next_day.year - special.date.year if special.date.year else None
        upcoming.append(
            UpcomingDate(
                special.kind, special.date, special.label, (next_day - today).days, turning
            )
        )
    upcoming.sort(key=lambda u: u.days_until)
    in_house = stay_in_house(guest.stays, today)
    bookings = [s for s in guest.stays if is_future_booking(s, today)]
    return GuestProfile(
        guest=guest,
        pronunciation=guest_reading(
            guest.name, guest.native_name, guest.pronunciation, language=guest.language
        ),
        service_levels=standards.get(guest.tier, ()),
        taboos=taboos,
        preferences=preferences,
        upcoming=upcoming,
        stays_count=len(stays_to_date(guest.stays, today)),
        last_stay=last_stay(guest.stays, today),
        in_house=in_house,
        next_booking=min(bookings, key=lambda s: s.arrival, default=None),
        open_complaints=open_complaints,
        complaints=complaints,
        has_photo=has_photo,
        care_stage=ad_stage(guest.stays, today),
        contacts=contacts,
        caution=caution,
        id_documents=documents,
        confidential_alias=alias or "",
    )


def view_profile(
    db: Database, actor: Staff, guest_id: int, *, today: date | None = None
) -> GuestProfile:
    """guest_profile for a person to look at (the panel, `vipdesk guest show`): audited as
    `view_guest`, by id. Shown again to the same person at this workstation within a few
    minutes, with nothing else recorded between (a reload after their own save), it is not
    recorded twice. Call it when a profile is shown, never per keystroke."""
    profile = guest_profile(db, actor, guest_id, today=today)
    with db.write() as session:
        if not already_recorded(session, actor, "guest", guest_id, _SEEN_ACTIONS):
            audit(session, actor, "view_guest", "guest", guest_id)
    return profile


_SEEN_ACTIONS = ("view_guest", "create_guest", "edit_guest")


def _standards(session) -> dict[Tier, tuple[ServiceLevel, ...]]:  # type: ignore[no-untyped-def]
    raw = repo.get_meta(session, _STANDARDS_KEY)
    if not raw:
        return dict(DEFAULT_STANDARDS)
    try:
        return parse_standards(json.loads(raw))
    except (ValueError, TypeError):
        return dict(DEFAULT_STANDARDS)


def service_standards(db: Database, actor: Staff) -> dict[Tier, tuple[ServiceLevel, ...]]:
    """Which service levels each tier is owed (configured, else the defaults)."""
    authorize(db, actor, Operation.VIEW_GUEST)
    with db.read() as session:
        return _standards(session)


def service_standards_versioned(
    db: Database, actor: Staff
) -> tuple[dict[Tier, tuple[ServiceLevel, ...]], int]:
    """The standards and the version a form editing them starts from."""
    authorize(db, actor, Operation.VIEW_GUEST)
    with db.read() as session:
        return _standards(session), stored_version(session, [_STANDARDS_KEY])


def set_service_standards(
    db: Database,
    actor: Staff,
    table: dict[Tier, tuple[ServiceLevel, ...]],
    *,
    version: int | None = None,
) -> None:
    """Change which levels apply to which tier (duty managers and admins only).

    `version` comes from service_standards_versioned: when someone else changed the
    standards since, ChangedMeanwhile is raised and nothing is written.
    """
    data = {tier.value: [level.value for level in levels] for tier, levels in table.items()}
    with db.write() as session:
        require(session, actor, Operation.CHANGE_SERVICE_STANDARDS)
        before = _standards(session)
        changed = [t.value for t in Tier if before.get(t, ()) != table.get(t, ())]
        check_version(session, [_STANDARDS_KEY], version, "the service standards", changed)
        repo.set_meta(session, _STANDARDS_KEY, json.dumps(data), actor.id)
        audit(session, actor, "settings_change", "service_standards", None)
