"""The keys of erased guests, kept only as keyed hashes so that an import cannot bring
the guest back: member number, phone (E.164), e-mail (casefolded), ID document.

HMAC-SHA256 with this database's `erased` secret, kept outside the database
(services.database_secrets): the hashes alone cannot be reversed or checked by guessing.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.services.database_secrets import database_secret
from vipdesk.services.errors import ServiceError
from vipdesk.store.models import ErasedGuestRow, ErasedKeyRow

SECRET_PURPOSE = "erased"
KINDS = ("member_no", "phone", "email", "id_document")


def normal_key(kind: str, value: str) -> str:
    """The form a key is hashed in: e-mail casefolded, everything trimmed."""
    text = value.strip()
    return text.casefold() if kind == "email" else text


def key_hash(secret: bytes, kind: str, value: str) -> str:
    message = f"{kind}\x1f{normal_key(kind, value)}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def remember_keys(
    session: Session, keys: Iterable[tuple[str, str]], at: datetime | None = None
) -> int:
    """Store (kind, value) keys of an erased guest as keyed hashes; returns how many are new."""
    secret = database_secret(session, SECRET_PURPOSE)
    assert secret is not None
    wanted = {key_hash(secret, kind, value): kind for kind, value in keys if value.strip()}
    if not wanted:
        return 0
    known = set(
        session.scalars(select(ErasedKeyRow.key_hash).where(ErasedKeyRow.key_hash.in_(wanted)))
    )
    new = [ErasedKeyRow(key_hash=h, kind=k) for h, k in wanted.items() if h not in known]
    for row in new:
        if at is not None:
            row.erased_at = at
        session.add(row)
    session.flush()
    return len(new)


class ErasedKeys:
    """The erased keys, read once (e.g. per import batch: erasures are few), to check rows."""

    def __init__(self, secret: bytes | None, known: dict[str, datetime]) -> None:
        self._secret, self._known = secret, known

    @classmethod
    def load(cls, session: Session) -> ErasedKeys:
        known = {
            key: at
            for key, at in session.execute(select(ErasedKeyRow.key_hash, ErasedKeyRow.erased_at))
        }
        if not known:
            return cls(None, {})
        return cls(database_secret(session, SECRET_PURPOSE, create=False), known)

    def __bool__(self) -> bool:
        """Whether anything was erased at all (else no row needs checking)."""
        return self._secret is not None

    def erased_on(self, keys: Iterable[tuple[str, str | None]]) -> datetime | None:
        """When a guest with one of these (kind, value) keys was erased, or None."""
        if self._secret is None:
            return None
        found = [
            self._known[h]
            for kind, value in keys
            if value and value.strip() and (h := key_hash(self._secret, kind, value)) in self._known
        ]
        return min(found, default=None)


def erased_reason(when: datetime) -> str:
    """The reason an import gives for a row it does not import."""
    return f"this guest's data was erased on {when.date().isoformat()}: not imported"


def refuse_erased(session: Session, guest_id: int) -> None:
    """An erased guest's file stays nameless: no edit, photo or document brings it back."""
    if session.get(ErasedGuestRow, guest_id) is not None:
        raise ServiceError(
            "this guest's data was erased: create a new guest instead",
            code="guest_erased",
        )
