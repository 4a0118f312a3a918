"""A guest draft as the plain column values of its rows, before it has an id (pure).

guest_repo inserts these; the import's helper process computes them while parsing, so
the process that writes only adds the ids. No SQLAlchemy here: the helper imports this.
"""

from __future__ import annotations

from datetime import date
from operator import attrgetter
from typing import Any, NamedTuple

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.stays import recency

SCALARS = (
    "member_no",
    "name",
    "native_name",
    "latin_name",
    "pronunciation",
    "honorific",
    "email",
    "company",
    "nationality",
    "language",
    "notes",
)
GUEST_COLUMNS = (*SCALARS, "gender", "tier")
"""The order of FlatGuest.guest: the guests columns a draft gives."""
CHILD_TABLES = ("phones", "preferences", "taboos", "special_dates", "stays")
"""The order of FlatGuest.children: each a tuple of rows without their guest id."""

_OTHER_SCALARS = attrgetter(*SCALARS[1:])


class FlatGuest(NamedTuple):
    guest: tuple[Any, ...]
    children: tuple[tuple[tuple[Any, ...], ...], ...]
    tier: str
    last_stay: date | None
    """The stay that ranks the guest in search (domain.stays.recency), if any."""


def flatten(draft: GuestDraft, today: date | None = None) -> FlatGuest:
    d = draft
    guest = (
        d.member_no or None,  # SCALARS[0]
        *_OTHER_SCALARS(d),
        d.gender.value if d.gender else None,
        d.tier.value,
    )
    children = (
        tuple((i, p.original, p.e164) for i, p in enumerate(d.phones)),
        tuple((i, p.category.value, p.text) for i, p in enumerate(d.preferences)),
        tuple((i, t.kind.value, t.severity.value, t.text) for i, t in enumerate(d.taboos)),
        tuple(
            (
                s.kind.value,
                s.date.month,
                s.date.day,
                s.date.year,
                s.label,
                s.date.lunar,
                s.date.leap,
            )
            for s in d.special_dates
        ),
        # Only hand-typed stays belong to the guest's file; PMS stays are the import's.
        tuple(
            (s.arrival.isoformat(), s.departure.isoformat(), s.room, s.notes)
            for s in d.stays
            if not s.from_pms
        ),
    )
    last = recency(d.stays, today or date.today()) if d.stays else None
    return FlatGuest(guest, children, d.tier.value, last)
