"""What a registration card says, for a guest on file or for an arrival of the day.

A card for an arrival carries that stay's room and dates; an arrival no guest was found
for is filled in from the reservation (what the PMS said).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vipdesk.domain.pronunciation import addressed, guest_reading
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import Stay, stay_to_register
from vipdesk.domain.tiers import Tier
from vipdesk.services.cards import CardData, card_data
from vipdesk.services.staff import authorize
from vipdesk.services.today import ArrivalDetails, arrival_details
from vipdesk.store.db import Database


@dataclass(frozen=True)
class RegistrationCard:
    """The fields of one pre-filled registration card (no internal tier: the guest reads it)."""

    name: str
    """With the honorific, as the guest is addressed."""
    reading: str
    member_no: str = ""
    nationality: str = ""
    phones: str = ""
    email: str = ""
    company: str = ""
    stay: Stay | None = None
    preferences: tuple[str, ...] = ()


def registration_from_card(
    card: CardData, today: date, stay: Stay | None = None
) -> RegistrationCard:
    """A guest's card: `stay` when given, else the one under way or the next booking."""
    g = card.profile.guest
    return RegistrationCard(
        name=addressed(g.name, g.honorific),
        reading=card.profile.pronunciation or g.latin_name,
        member_no=g.member_no or "",
        nationality=g.nationality,
        phones="; ".join(p.original for p in g.phones),
        email=g.email,
        company=g.company,
        stay=stay or stay_to_register(g.stays, today),
        preferences=tuple(t for items in card.profile.preferences.values() for t in items),
    )


def registration_from_reservation(d: ArrivalDetails) -> RegistrationCard:
    """An unmatched arrival's card, from the reservation."""
    r = d.arrival.reservation
    return RegistrationCard(
        name=r.name,
        reading=guest_reading(r.name),
        member_no=r.member_no,
        phones=r.phone,
        email=r.email,
        company=r.stay.company,
        stay=r.stay,
    )


def arrival_registrations(
    db: Database,
    actor: Staff,
    day: date,
    *,
    min_tier: Tier | None = None,
    confirmations: list[str] | None = None,
) -> list[RegistrationCard]:
    """One card per arrival of `day` (board order), each with that stay's room and dates.

    `min_tier`: only matched guests of that tier or above; `confirmations`: only these.
    """
    # A whole day's cards are a batch (managers); cards for arrivals picked on the board are
    # cards for selected guests, which the desk prints.
    authorize(db, actor, Operation.BATCH_PRINT if confirmations is None else Operation.PRINT_CARDS)
    found = arrival_details(db, actor, day, min_tier=min_tier)
    if confirmations is not None:
        wanted = set(confirmations)
        found = [d for d in found if d.arrival.reservation.confirmation_no in wanted]
    return [registration_for(db, actor, d, day) for d in found]


def registration_for(db: Database, actor: Staff, d: ArrivalDetails, day: date) -> RegistrationCard:
    if d.arrival.guest_id is None:
        return registration_from_reservation(d)
    [card] = card_data(db, actor, [str(d.arrival.guest_id)], today=day)
    return registration_from_card(card, day, d.stay)
