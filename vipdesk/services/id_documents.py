"""Guests' identity documents: added by the desk, found again by a typed or scanned number.

Only keyed hashes and the last four characters are kept (vipdesk.domain.id_documents); the
hash secret is this database's `idhash` secret, kept outside the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.domain.id_documents import IdProblem, IdType, id_document, lookup_hash, normal_number
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.database_secrets import database_secret
from vipdesk.services.erased_keys import refuse_erased
from vipdesk.services.errors import Conflict, NotFound, ServiceError
from vipdesk.services.staff import require
from vipdesk.store.db import Database
from vipdesk.store.models import GuestRow, IdDocumentRow

SECRET_PURPOSE = "idhash"
# Shorter text is never looked up as a document (a phone tail, a room, a name).
MIN_LOOKUP_LENGTH = 6


class IdRefused(ServiceError):
    """A document number or country that cannot be right; `code` says why (id_cn_check…)."""


@dataclass(frozen=True)
class IdDocumentView:
    id: int
    type: IdType
    country: str
    masked: str
    added_at: datetime


def _view(row: IdDocumentRow) -> IdDocumentView:
    return IdDocumentView(row.id, IdType(row.type), row.country, "*" * 14 + row.last4, row.added_at)


def add_id_document(
    db: Database,
    actor: Staff,
    guest_id: int,
    kind: IdType | str,
    number: str,
    country: str | None = None,
    *,
    today: date | None = None,
) -> IdDocumentView:
    """Record a document for a guest (receptionists and up): refused with the reason if the
    number cannot be right, or if it is already on another guest's file."""
    try:
        chosen = IdType(kind)
    except ValueError:
        raise IdRefused(f"unknown document type {kind!r}", code="id_type") from None
    with db.write() as session:
        require(session, actor, Operation.EDIT_GUEST)
        if session.get(GuestRow, guest_id) is None:
            raise NotFound(f"no guest has id {guest_id}")
        refuse_erased(session, guest_id)
        secret = database_secret(session, SECRET_PURPOSE)
        assert secret is not None
        try:
            kept = id_document(secret, chosen, number, country, today=today or date.today())
        except IdProblem as problem:
            raise IdRefused(str(problem), code=problem.code) from None
        holder = session.scalar(
            select(IdDocumentRow.guest_id).where(IdDocumentRow.number_hash == kept.number_hash)
        )
        if holder is not None:
            # Never say whose: the other file may be a confidential guest's.
            raise Conflict(
                "this document is already on a guest's file: ask the duty manager",
                code="id_taken",
            )
        row = IdDocumentRow(
            guest_id=guest_id,
            type=kept.type.value,
            country=kept.country,
            number_hash=kept.number_hash,
            lookup_hash=kept.lookup_hash,
            last4=kept.last4,
            added_by=actor.id,
        )
        session.add(row)
        session.flush()
        audit(session, actor, "edit_guest", "guest", guest_id, fields=["id_documents"])
        return _view(row)


def remove_id_document(db: Database, actor: Staff, document_id: int) -> None:
    """Remove a document recorded by mistake (receptionists and up); audited."""
    with db.write() as session:
        require(session, actor, Operation.EDIT_GUEST)
        row = session.get(IdDocumentRow, document_id)
        if row is None:
            raise NotFound(f"no document has id {document_id}")
        guest_id = row.guest_id
        session.delete(row)
        audit(session, actor, "edit_guest", "guest", guest_id, fields=["id_documents"])


def id_documents(db: Database, actor: Staff, guest_id: int) -> list[IdDocumentView]:
    """A guest's documents, masked, oldest first."""
    with db.read() as session:
        require(session, actor, Operation.VIEW_GUEST)
        return list(documents_of(session, guest_id))


def documents_of(session: Session, guest_id: int) -> tuple[IdDocumentView, ...]:
    """A guest's documents, masked, in the caller's session (the profile reads them)."""
    rows = session.scalars(
        select(IdDocumentRow).where(IdDocumentRow.guest_id == guest_id).order_by(IdDocumentRow.id)
    )
    return tuple(_view(r) for r in rows)


def looks_like_document(text: str) -> bool:
    """Whether typed text could be a whole document number (worth one exact lookup)."""
    number = normal_number(text)
    return (
        len(number) >= MIN_LOOKUP_LENGTH
        and number.isascii()
        and number.isalnum()
        and any(c.isdigit() for c in number)
    )


def guests_with_document(session: Session, text: str) -> list[int]:
    """Guest ids whose document number is exactly `text` (any type), in the caller's session.

    Used by search: no secret yet means no document was ever recorded, so nothing matches.
    """
    if not looks_like_document(text):
        return []
    secret = database_secret(session, SECRET_PURPOSE, create=False)
    if secret is None:
        return []
    wanted = lookup_hash(secret, text)
    return list(
        session.scalars(
            select(IdDocumentRow.guest_id)
            .where(IdDocumentRow.lookup_hash == wanted)
            .distinct()
            .order_by(IdDocumentRow.guest_id)
        )
    )
