"""The hotel's own details (printed on registration cards)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from vipdesk.domain.guest import FieldError, check_text
from vipdesk.domain.staff import Staff
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.guests import audit
from vipdesk.services.staff import require_manager
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database

_KEY = "hotel"


@dataclass(frozen=True)
class Hotel:
    name: str = ""
    address: str = ""
    phone: str = ""


def get_hotel(db: Database, actor: Staff) -> Hotel:
    with db.read() as session:
        raw = repo.get_meta(session, _KEY)
    if not raw:
        return Hotel()
    try:
        data = json.loads(raw)
        return Hotel(**{k: str(v) for k, v in data.items() if k in Hotel.__dataclass_fields__})
    except (ValueError, TypeError):
        return Hotel()


def set_hotel(db: Database, actor: Staff, hotel: Hotel) -> None:
    """Change the hotel's details (duty managers and admins only)."""
    errors: list[FieldError] = []
    for field in ("name", "address", "phone"):
        errors += check_text(getattr(hotel, field), field, max_len=300)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require_manager(session, actor, "change the hotel's details", "change_hotel")
        repo.set_meta(session, _KEY, json.dumps(asdict(hotel), ensure_ascii=False))
        audit(session, actor, "set", "hotel", None, **asdict(hotel))
