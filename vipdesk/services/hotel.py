"""The hotel's own details (printed on registration cards)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from vipdesk.domain.guest import FieldError, check_text
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.setting_versions import check_version, stored_version
from vipdesk.services.staff import authorize, require
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database

_KEY = "hotel"


_FIELDS = ("name", "address", "phone")


@dataclass(frozen=True)
class Hotel:
    name: str = ""
    address: str = ""
    phone: str = ""
    # The stored version these details were read at (see set_hotel); not part of the value.
    version: int = field(default=0, compare=False)


def _details(hotel: Hotel) -> dict[str, str]:
    return {name: getattr(hotel, name) for name in _FIELDS}


def _parse(raw: str | None, version: int) -> Hotel:
    if raw:
        try:
            data = json.loads(raw)
            return Hotel(**{k: str(v) for k, v in data.items() if k in _FIELDS}, version=version)
        except (ValueError, TypeError, AttributeError):
            pass
    return Hotel(version=version)


def get_hotel(db: Database, actor: Staff) -> Hotel:
    authorize(db, actor, Operation.SEARCH)
    with db.read() as session:
        return _parse(repo.get_meta(session, _KEY), stored_version(session, [_KEY]))


def set_hotel(db: Database, actor: Staff, hotel: Hotel, *, version: int | None = None) -> None:
    """Change the hotel's details (duty managers and admins only).

    `version` is Hotel.version of the details the form started from: when someone else
    saved them since, ChangedMeanwhile is raised and nothing is written.
    """
    errors: list[FieldError] = []
    for name in _FIELDS:
        errors += check_text(getattr(hotel, name), name, max_len=300)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        require(session, actor, Operation.CHANGE_HOTEL)
        stored = _details(_parse(repo.get_meta(session, _KEY), 0))
        changed = [name for name in _FIELDS if stored[name] != getattr(hotel, name)]
        check_version(session, [_KEY], version, "the hotel's details", changed)
        details = _details(hotel)
        repo.set_meta(session, _KEY, json.dumps(details, ensure_ascii=False), actor.id)
        audit(session, actor, "settings_change", "hotel", None, fields=sorted(details))
