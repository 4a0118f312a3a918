"""What printed cards show: each guest's recognition data and photo, as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.guests import find_by_member_no_or_id
from vipdesk.services.photos import get_photo
from vipdesk.services.profile import GuestProfile, guest_profile
from vipdesk.services.staff import authorize
from vipdesk.store.db import Database


@dataclass(frozen=True)
class CardData:
    profile: GuestProfile
    photo: bytes | None = None


def card_data(
    db: Database, actor: Staff, keys: list[str], today: date | None = None
) -> list[CardData]:
    """Card contents for guests given by member number or id (NotFound names a missing one)."""
    authorize(db, actor, Operation.PRINT_CARDS)
    out = []
    for key in keys:
        guest = find_by_member_no_or_id(db, actor, key)
        profile = guest_profile(db, actor, guest.id, today=today)
        photo = get_photo(db, actor, guest.id) if profile.has_photo else None
        out.append(CardData(profile, photo))
    return out
