"""Guest photos: small images stored in the database, checked before they are kept."""

from __future__ import annotations

from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Staff
from vipdesk.services.errors import NotFound, ValidationFailed
from vipdesk.services.guests import audit
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database

MAX_BYTES = 600_000
_MAGIC = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}


def set_photo(
    db: Database, actor: Staff, guest_id: int, data: bytes | None, mime: str = "image/jpeg"
) -> None:
    """Store (or with `data=None` remove) a guest's photo. The UI downscales it first."""
    if data is not None:
        if mime not in _MAGIC or not data.startswith(_MAGIC[mime]):
            raise ValidationFailed([FieldError("photo", "is not a JPEG or PNG image")])
        if len(data) > MAX_BYTES:
            raise ValidationFailed(
                [FieldError("photo", f"is {len(data):,} bytes (max {MAX_BYTES:,})")]
            )
    with db.write() as session:
        if not repo.load_guests(session, [guest_id]):
            raise NotFound(f"there is no guest with id {guest_id}")
        repo.set_photo(session, guest_id, mime if data is not None else None, data)
        audit(session, actor, "photo", "guest", guest_id, removed=data is None)


def get_photo(db: Database, actor: Staff, guest_id: int) -> bytes | None:
    with db.read() as session:
        found = repo.get_photo(session, guest_id)
    return found[1] if found else None
