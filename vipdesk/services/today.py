"""A day at the desk: its arrivals with everything to prepare them, in house and departures.

The base of the Today board, `vipdesk arrivals`, the arrivals brief and the registration
cards printed the day before. Built on services.stays.arrivals (which stays arrive).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import func, select

from vipdesk.domain.care import Stage, ad_stage
from vipdesk.domain.complaints import UNRESOLVED
from vipdesk.domain.confidential import masked_record
from vipdesk.domain.guest import (
    GuestRecord,
    Severity,
    SpecialDateKind,
    TabooKind,
    special_dates_during,
)
from vipdesk.domain.pronunciation import guest_reading
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import (
    Stay,
    StayStatus,
    counts,
    effective_status,
    is_arriving,
    is_in_house,
)
from vipdesk.domain.tiers import Tier
from vipdesk.services.caution import cautions
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.services.staff import authorize
from vipdesk.services.stays import Arrival, arrivals
from vipdesk.store import guest_repo
from vipdesk.store import stay_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import ComplaintRow

LONG_STAY_DAYS = 366
"""In house and departures are looked for among stays that began this many days before
the day at most (the stays' arrival index keeps the board fast on big hotels)."""

_SEVERITY_ORDER = {Severity.DANGER: 0, Severity.SERIOUS: 1, Severity.CAUTION: 2}


@dataclass(frozen=True)
class DateInStay:
    kind: SpecialDateKind
    label: str
    day: date
    """The day it falls on during the stay."""


@dataclass(frozen=True)
class Warning_:
    text: str
    allergy: bool
    severity: Severity


@dataclass(frozen=True)
class ArrivalDetails:
    """One arrival with what the desk prepares: warnings, wishes, dates, complaints."""

    arrival: Arrival
    honorific: str
    pronunciation: str
    taboos: tuple[Warning_, ...]
    """Most dangerous first, allergies before taboos of the same severity."""
    preferences: tuple[str, ...]
    dates_in_stay: tuple[DateInStay, ...]
    open_complaints: int
    notes: str
    caution: bool = False
    """The guest is on the caution list: the board marks them."""
    caution_reason: str = ""
    """Why, for staff who may read it (duty managers and admins); empty for the desk."""
    care_stage: Stage | None = None
    """The guest's AD stage that day (C: "2nd stay: greet as a returning guest")."""

    @property
    def stay(self) -> Stay:
        return self.arrival.reservation.stay

    @property
    def pms_vip_differs(self) -> bool:
        """The PMS's VIP code says something other than our tier code."""
        code = self.stay.pms_vip.strip()
        return bool(code) and (self.arrival.tier is None or code.upper() != self.arrival.tier.value)


@dataclass(frozen=True)
class StayLine:
    """A stay in house or departing: who, which tier, where, until when."""

    guest_id: int | None
    name: str
    honorific: str
    tier: Tier | None
    stay: Stay
    also_booked: tuple[Stay, ...] = ()
    """Their bookings starting that day (an extension, a room move, a second room): the
    guest is here already, so these are not listed as arrivals."""
    care_stage: Stage | None = None
    """The guest's AD stage that day (C: "2nd stay: greet as a returning guest")."""


@dataclass(frozen=True)
class DayBoard:
    day: date
    arrivals: tuple[ArrivalDetails, ...]
    in_house: tuple[StayLine, ...]
    departures: tuple[StayLine, ...]

    @property
    def vip_arrivals(self) -> int:
        return sum(
            1 for a in self.arrivals if a.arrival.tier and a.arrival.tier.rank >= Tier.VIP.rank
        )

    @property
    def unmatched(self) -> int:
        return sum(1 for a in self.arrivals if not a.arrival.matched)

    @property
    def birthdays(self) -> int:
        return sum(
            1
            for a in self.arrivals
            if any(d.kind is SpecialDateKind.BIRTHDAY for d in a.dates_in_stay)
        )


def _details(
    a: Arrival, g: GuestRecord | None, complaints: int, day: date, flagged: bool = False
) -> ArrivalDetails:
    stay = a.reservation.stay
    if g is None:
        return ArrivalDetails(a, "", guest_reading(a.name), (), (), (), 0, stay.comments)
    taboos = sorted(
        g.taboos, key=lambda t: (_SEVERITY_ORDER[t.severity], t.kind != TabooKind.ALLERGY)
    )
    dates = tuple(
        DateInStay(s.kind, s.label, day)
        for s, day in special_dates_during(g.special_dates, stay.arrival, stay.departure)
    )
    return ArrivalDetails(
        a,
        g.honorific,
        guest_reading(g.name, g.native_name, g.pronunciation, language=g.language),
        tuple(Warning_(t.text, t.kind is TabooKind.ALLERGY, t.severity) for t in taboos),
        tuple(p.text for p in g.preferences),
        dates,
        complaints,
        "\n".join(n for n in (g.notes.strip(), stay.comments.strip()) if n),
        caution=flagged,
        care_stage=ad_stage(g.stays, day),
    )


def arrival_details(
    db: Database, actor: Staff, day: date, *, min_tier: Tier | None = None
) -> list[ArrivalDetails]:
    """The stays arriving on `day` (reserved or checked in), highest tier first, then ETA.

    With `min_tier`, only matched guests of that tier or above.
    """
    found = arrivals(db, actor, day)
    if min_tier is not None:
        found = [a for a in found if a.tier is not None and a.tier.rank >= min_tier.rank]
    ids = {a.guest_id for a in found if a.guest_id is not None}
    with db.read() as session:
        guests = guest_repo.load_guests(session, ids)
        if not sees_real_names(session, actor):  # confidential guests: the alias only
            for guest_id, alias in aliases(session, ids).items():
                guests[guest_id] = masked_record(guests[guest_id], alias)
        complaints = dict(
            session.execute(
                select(ComplaintRow.guest_id, func.count())
                .where(
                    ComplaintRow.guest_id.in_(ids),
                    ComplaintRow.status.in_([s.value for s in UNRESOLVED]),
                )
                .group_by(ComplaintRow.guest_id)
            ).all()
        )
        flagged = cautions(session, actor, ids)  # the reason only for duty managers
    out = []
    for a in found:
        details = _details(
            a,
            guests.get(a.guest_id) if a.guest_id else None,
            complaints.get(a.guest_id or 0, 0),
            day,
            a.guest_id in flagged,
        )
        seen = flagged.get(a.guest_id or 0)
        if seen is not None and not seen.restricted:
            details = replace(details, caution_reason=seen.reason)
        out.append(details)
    return out


def arrivals_for_brief(
    db: Database, actor: Staff, day: date, *, min_tier: Tier | None = None
) -> list[ArrivalDetails]:
    """What the morning arrivals brief prints (duty managers and admins)."""
    authorize(db, actor, Operation.ARRIVALS_BRIEF)
    return arrival_details(db, actor, day, min_tier=min_tier)


def _departing(stay: Stay, day: date) -> bool:
    """Leaves on `day`: a stay that counts, checked in or out, whose departure is that day."""
    return (
        stay.departure == day
        and counts(stay)
        and effective_status(stay, day) in (StayStatus.CHECKED_IN, StayStatus.CHECKED_OUT)
    )


def day_board(db: Database, actor: Staff, day: date) -> DayBoard:
    """Everything the Today board shows for `day`."""
    details = arrival_details(db, actor, day)
    with db.read() as session:
        around = repo.stays_between(session, day - timedelta(days=LONG_STAY_DAYS), day)
        names = repo.guest_lines(session, {s.guest_id for s in around if s.guest_id})
        if not sees_real_names(session, actor):
            for guest_id, alias in aliases(session).items():  # a short table; names may be many
                if guest_id in names:
                    names[guest_id] = (alias, "", names[guest_id][2])
        booked: dict[int, list[Stay]] = {}
        for p in repo.arriving(session, day):
            if p.guest_id is not None and is_arriving(p.stay, day):
                booked.setdefault(p.guest_id, []).append(p.stay)
        here = [p for p in around if is_in_house(p.stay, day) and p.stay.arrival != day]
        stays = guest_repo.load_stays(session, {p.guest_id for p in here if p.guest_id})
    in_house, departures = [], []
    for p in around:
        who = names.get(p.guest_id) if p.guest_id else None
        line = StayLine(
            p.guest_id,
            who[0] if who else p.name,  # erased: empty (the edge says "Anonymised guest")
            who[1] if who else "",
            who[2] if who else None,
            p.stay,
        )
        if is_in_house(p.stay, day) and p.stay.arrival != day:  # those are arrivals
            more = booked.get(p.guest_id or 0, []) if p.guest_id else []
            stage = ad_stage(stays[p.guest_id], day) if p.guest_id in stays else None
            in_house.append(replace(line, also_booked=tuple(more), care_stage=stage))
        elif _departing(p.stay, day):
            departures.append(line)
    key = lambda line: (-(line.tier.rank if line.tier else -1), line.stay.room, line.name)  # noqa: E731
    return DayBoard(
        day, tuple(details), tuple(sorted(in_house, key=key)), tuple(sorted(departures, key=key))
    )
