"""Stays and the rules read from them: in house, completed, last stay, which stay this is.

Each rule is one function here. The SQL that states a rule for speed (the search index's
room lookup and recency, see vipdesk/store/search_index.py) names the function it copies,
and a test keeps the two in step.

A stay typed by hand has no status (`status is None`): its dates tell. Before the
arrival day it is a booking, from arrival to departure day the guest is checked in, after
the departure day it is over. A stay imported from the PMS has the PMS's status.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class StayStatus(StrEnum):
    RESERVED = "reserved"
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


NEVER_COUNTS = frozenset({StayStatus.CANCELLED, StayStatus.NO_SHOW})
"""Kept for the record; never a stay in history, counts, last stay or in house."""


@dataclass(frozen=True)
class Stay:
    arrival: date
    departure: date
    room: str = ""
    notes: str = ""
    status: StayStatus | None = None
    """None for a stay typed by hand: its dates tell (see effective_status)."""
    confirmation_no: str | None = None
    """Set for stays imported from the PMS (unique); hand-typed stays have none."""
    room_type: str = ""
    adults: int | None = None
    children: int | None = None
    eta: str = ""
    """Expected time of arrival, "HH:MM" (hotel time), or empty."""
    company: str = ""
    pms_vip: str = ""
    """The PMS's own VIP code, as the PMS writes it."""
    requests: str = ""
    comments: str = ""

    @property
    def from_pms(self) -> bool:
        return self.confirmation_no is not None

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


def effective_status(stay: Stay, day: date) -> StayStatus:
    """The stay's status on `day`: the PMS's, or for a hand-typed stay the one its dates tell."""
    if stay.status is not None:
        return stay.status
    if day < stay.arrival:
        return StayStatus.RESERVED
    if day <= stay.departure:
        return StayStatus.CHECKED_IN
    return StayStatus.CHECKED_OUT


def counts(stay: Stay) -> bool:
    """False for cancelled and no-show stays: they are only kept for the record."""
    return stay.status not in NEVER_COUNTS


def is_in_house(stay: Stay, day: date) -> bool:
    """In house on `day`: checked in, with arrival ≤ day < departure.

    The departure day is not in house (the guest leaves that day). The search index's
    room lookup (store/search_index.py IN_HOUSE_SQL) states the same in SQL.
    """
    return (
        effective_status(stay, day) is StayStatus.CHECKED_IN
        and stay.arrival <= day < stay.departure
    )


def is_completed(stay: Stay, day: date) -> bool:
    """A completed stay on `day`: checked out by then, or departed before it.

    Checked out means the PMS says so and the departure is not after `day`; any other
    stay whose departure is before `day` is completed too, unless it was cancelled or a
    no show. (store/search_index.py COMPLETED_SQL states the same in SQL.)
    """
    if not counts(stay):
        return False
    if stay.status is StayStatus.CHECKED_OUT and stay.departure <= day:
        return True
    return stay.departure < day


def is_current(stay: Stay, day: date) -> bool:
    """Under way on `day`: in house, or checked in and leaving that day."""
    return (
        effective_status(stay, day) is StayStatus.CHECKED_IN
        and stay.arrival <= day <= stay.departure
        and not is_completed(stay, day)
    )


ARRIVING_STATUSES = frozenset({StayStatus.RESERVED, StayStatus.CHECKED_IN})


def is_arriving(stay: Stay, day: date) -> bool:
    """Arriving on `day`: its arrival day, and reserved or already checked in.

    A hand-typed stay (no status) arriving that day counts too. (store/search_index.py
    ARRIVING_SQL states the same in SQL.)
    """
    return stay.arrival == day and (stay.status is None or stay.status in ARRIVING_STATUSES)


def arrives(stay: Stay, stays: Iterable[Stay], day: date) -> bool:
    """`stay` brings the guest to the hotel on `day`: it arrives that day (is_arriving) and
    the guest, among `stays`, is not already in house by a stay begun before.

    A booking starting today of a guest who is here (an extension, a room move, a second
    room) is no arrival: the guest is listed in house, not twice.
    """
    return is_arriving(stay, day) and not any(
        s.arrival < day and is_in_house(s, day) for s in stays
    )


def is_future_booking(stay: Stay, day: date) -> bool:
    """A booking not yet begun on `day` (reserved, arriving on or after it)."""
    return effective_status(stay, day) is StayStatus.RESERVED and stay.arrival >= day


def stay_to_register(stays: Iterable[Stay], day: date) -> Stay | None:
    """The stay a registration card on `day` is for: the one under way, else the soonest
    booking not yet begun (a cancelled or no-show stay never)."""
    current = [s for s in stays if is_current(s, day) and counts(s)]
    if current:
        return max(current, key=lambda s: s.arrival)
    bookings = [s for s in stays if is_future_booking(s, day)]
    return min(bookings, key=lambda s: s.arrival) if bookings else None


def stays_to_date(stays: Iterable[Stay], day: date) -> list[Stay]:
    """The stays of a guest's history on `day`: completed ones and the one under way.

    A future booking, a cancellation or a no show is not among them.
    """
    return [s for s in stays if is_completed(s, day) or is_current(s, day)]


def stay_in_house(stays: Iterable[Stay], day: date) -> Stay | None:
    """The stay the guest is in house on `day`, if any (the latest arrival wins)."""
    current = [s for s in stays if is_in_house(s, day)]
    return max(current, key=lambda s: s.arrival) if current else None


def last_stay(stays: Iterable[Stay], day: date) -> Stay | None:
    """The last completed stay on `day` (latest departure, then latest arrival).

    A future booking never changes it, nor does a cancellation or no show.
    """
    done = [s for s in stays if is_completed(s, day)]
    return max(done, key=lambda s: (s.departure, s.arrival)) if done else None


def recency(stays: Iterable[Stay], day: date) -> date | None:
    """The day search ranks a guest's recency by: the latest departure of their stays to date.

    A future booking never raises it. (store/search_index.py RECENCY_SQL states the same.)
    """
    return max((s.departure for s in stays_to_date(stays, day)), default=None)


def stay_number(stays: Sequence[Stay], stay: Stay) -> int:
    """Which stay of the guest `stay` is: 1 for the first ("first stay"), 2 for "2nd stay".

    Counts the guest's other stays that arrived before it and were not cancelled or a no
    show; a cancelled stay itself still gets the number it would have had.
    """
    earlier = [
        s for s in stays if s is not stay and s != stay and counts(s) and s.arrival < stay.arrival
    ]
    return len(earlier) + 1


def is_returning(stays: Iterable[Stay], day: date) -> bool:
    """A returning guest on `day`: a stay of theirs was completed before, other than the
    one they are in (or leave) that day."""
    return any(is_completed(s, day) and not (s.arrival <= day <= s.departure) for s in stays)


def ordinal(n: int) -> str:
    """1 → '1st', 2 → '2nd', 11 → '11th', 23 → '23rd' (English; the UI translates)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
