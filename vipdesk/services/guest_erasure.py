"""Erasing a guest's personal data at their request (PIPL Art. 47), and retention.

What goes: everything that identifies the person (profile, phones, e-mail, dates,
preferences, taboos, photo, ID documents, caution and confidential marks, care texts and
consents, the free texts of complaints and of their history, the stays' names, phones
and requests, merge snapshots), in the tables, the search index and, on a SQLite
file, its free pages (`secure_delete`, then VACUUM after a WAL checkpoint); on PostgreSQL
the old row versions stay in the server's files until its VACUUM reuses the space.

What stays: a nameless guest row ("Anonymised guest #N", see erased_guests), the stays'
dates, rooms and statuses, and each complaint's category, department, severity and
times, so reports still add up. The member number, phones, e-mail and ID hashes are kept
as keyed hashes (services.erased_keys): an import reports such rows instead of bringing
the guest back. The audit trail holds ids only and is not touched.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from vipdesk.domain.erasure import COMPLAINT_FREE_TEXT, last_copy_rotates_out, scrub_event_detail
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.erased_keys import remember_keys
from vipdesk.services.errors import DatabaseBusy, NotFound, ServiceError
from vipdesk.services.staff import require
from vipdesk.store import driver, search_index
from vipdesk.store.db import Database, is_lock_error, is_server
from vipdesk.store.models import (
    CareGuestRow,
    CautionRow,
    ComplaintEventRow,
    ComplaintRow,
    ConfidentialRow,
    ConsentRow,
    ContactRow,
    ErasedGuestRow,
    GuestRow,
    IdDocumentRow,
    MergeRow,
    PhoneRow,
    PhotoRow,
    PreferenceRow,
    SpecialDateRow,
    StayRow,
    TabooRow,
    TaskSkipRow,
    utcnow,
)

REASON_MAX = 500
SERVER_BACKUPS_NOTE = (
    "This database is on a PostgreSQL server: the old versions of the erased rows stay in "
    "the server's data files until its VACUUM reuses the space, and vipdesk keeps no "
    "backups of its own there: the server's backups (pg_dump) made before now still hold "
    "this guest until they rotate out. Ask IT how long they are kept."
)
FILE_STORAGE_NOTE = (
    "The space the erased data took in the database file was overwritten (secure_delete, "
    "then VACUUM)."
)
SERVER_STORAGE_NOTE = (
    "On the PostgreSQL server the old versions of the erased rows stay in its data files "
    "until its VACUUM reuses the space (autovacuum does, usually soon): vipdesk cannot "
    "overwrite them there."
)
_BATCH = 200  # guests per transaction in a batch erase


class EraseRefused(ServiceError):
    code = "erase_refused"


@dataclass(frozen=True)
class BackupsHolding:
    """The backups that still hold an erased guest, and when they are gone."""

    daily: int
    """Daily copies made on or before the erase day."""
    gone_by: date | None
    """The day the last of them rotates out (7 daily, 4 weekly copies), if any."""
    others: int
    """Copies kept before an upgrade or a restore: they stay until deleted by hand."""
    on_server: bool = False
    """A PostgreSQL database: vipdesk keeps no copies there; the server's backups (pg_dump)
    hold the guest until they rotate out, on a schedule vipdesk does not know."""

    def note(self) -> str:
        if self.on_server:
            return SERVER_BACKUPS_NOTE
        if not self.daily and not self.others:
            return "No backup holds this guest."
        parts = []
        if self.daily:
            parts.append(
                f"{self.daily} older daily backup(s) still hold this guest until they rotate "
                f"out (7 daily and 4 weekly copies are kept): the last one is gone by "
                f"{self.gone_by.isoformat() if self.gone_by else 'a few weeks from now'}."
            )
        if self.others:
            parts.append(
                f"{self.others} copy/copies kept before an upgrade or a restore also hold "
                "them until deleted by hand (see `vipdesk restore --list`)."
            )
        return " ".join(parts)


@dataclass(frozen=True)
class Erasure:
    guest_id: int
    erased_at: datetime
    already: bool
    """The guest had been erased before (nothing more to remove)."""
    backups: BackupsHolding

    @property
    def backups_hold(self) -> int:
        return self.backups.daily

    @property
    def backups_gone_by(self) -> date | None:
        return self.backups.gone_by

    @property
    def backups_note(self) -> str:
        return self.backups.note()

    @property
    def storage_note(self) -> str:
        """What became of the erased data's old bytes where the database is stored."""
        return SERVER_STORAGE_NOTE if self.backups.on_server else FILE_STORAGE_NOTE


def backups_holding(db: Database | Path, today: date | None = None) -> BackupsHolding:
    """Which kept copies of the database (or the file at a path) hold data erased `today`.

    On PostgreSQL there are no files to look at: the server's own backups hold it."""
    from vipdesk.services.auto_backup import kept_copies

    if isinstance(db, Database) and is_server(db):
        return BackupsHolding(daily=0, gone_by=None, others=0, on_server=True)
    today = today or date.today()
    copies = kept_copies(db.path if isinstance(db, Database) else db)
    days = [c.made_at.date() for c in copies if c.kind == "daily"]
    held = [d for d in days if d <= today]
    return BackupsHolding(
        daily=len(held),
        gone_by=last_copy_rotates_out(days, today),
        others=sum(1 for c in copies if c.kind != "daily" and c.made_at.date() <= today),
    )


def _check_reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise EraseRefused("say why the guest's data is erased", code="erase_reason_missing")
    if len(text) > REASON_MAX:
        raise EraseRefused(f"the reason is longer than {REASON_MAX} characters", code="too_long")
    return text


def erase_guest(
    db: Database, actor: Staff, guest_id: int, reason: str, *, today: date | None = None
) -> Erasure:
    """Erase one guest's personal data (duty managers and admins); see the module doc.

    On a SQLite file, erasing a guest again only clears the file's free pages again (e.g.
    after the first run found the database busy); on PostgreSQL it does nothing more.
    """
    [done] = erase_guests(db, actor, [guest_id], reason, today=today, missing_ok=False)
    return done


def erase_guests(
    db: Database,
    actor: Staff,
    guest_ids: Sequence[int],
    reason: str,
    *,
    today: date | None = None,
    missing_ok: bool = True,
) -> list[Erasure]:
    """Erase several guests (a retention batch), a few hundred per transaction, then (on a
    SQLite file) clear its free pages once; on PostgreSQL the server's VACUUM reuses the
    space (Erasure.storage_note says which). Ids of guests that no longer exist are skipped."""
    text = _check_reason(reason)
    results: list[tuple[int, datetime, bool]] = []
    ids = list(dict.fromkeys(guest_ids))
    for start in range(0, max(len(ids), 1), _BATCH):
        with db.write() as session:
            require(session, actor, Operation.GUEST_DATA_RIGHTS)
            conn = session.connection()
            db.secure_delete(conn, True)
            try:
                erased_now = False
                for guest_id in ids[start : start + _BATCH]:
                    found = _erase_one(session, actor, guest_id, text, missing_ok=missing_ok)
                    if found is not None:
                        results.append(found)
                        erased_now = erased_now or not found[2]
                if erased_now:
                    # Deleted documents leave their tokens in older index segments until
                    # they are merged: merge them all, so no trace stays in the index.
                    search_index.optimize(session.connection())
            finally:
                db.secure_delete(conn, False)
    if results:
        clear_free_pages(db)
    holding = backups_holding(db, today)
    return [Erasure(g, at, already, holding) for g, at, already in results]


def _erase_one(
    session: Session, actor: Staff, guest_id: int, reason: str, *, missing_ok: bool
) -> tuple[int, datetime, bool] | None:
    guest = session.get(GuestRow, guest_id)
    if guest is None:
        if missing_ok:
            return None
        raise NotFound(f"there is no guest with id {guest_id}")
    done = session.get(ErasedGuestRow, guest_id)
    if done is not None:
        return guest_id, done.erased_at, True
    now = utcnow()
    remember_keys(session, _keys_of(session, guest), at=now)
    for model in (
        PhoneRow,
        PreferenceRow,
        TabooRow,
        SpecialDateRow,
        PhotoRow,
        IdDocumentRow,
        CautionRow,
        ConfidentialRow,
        ConsentRow,
        CareGuestRow,
    ):
        session.execute(delete(model).where(model.guest_id == guest_id))  # type: ignore[attr-defined]
    session.execute(update(ContactRow).where(ContactRow.guest_id == guest_id).values(note=""))
    session.execute(update(TaskSkipRow).where(TaskSkipRow.guest_id == guest_id).values(reason=""))
    session.execute(
        update(StayRow)
        .where(StayRow.guest_id == guest_id)
        .values(
            notes="",
            requests="",
            comments="",
            company="",
            resv_name="",
            resv_member_no="",
            resv_phone="",
            resv_email="",
        )
    )
    complaint_ids = list(
        session.scalars(select(ComplaintRow.id).where(ComplaintRow.guest_id == guest_id))
    )
    if complaint_ids:
        session.execute(
            update(ComplaintRow)
            .where(ComplaintRow.id.in_(complaint_ids))
            .values(dict.fromkeys(COMPLAINT_FREE_TEXT, ""))
        )
        for event in session.scalars(
            select(ComplaintEventRow).where(ComplaintEventRow.complaint_id.in_(complaint_ids))
        ):
            event.detail = json.dumps(
                scrub_event_detail(json.loads(event.detail or "{}")), ensure_ascii=False
            )
    session.execute(
        update(MergeRow)
        .where(MergeRow.kept_id == guest_id)
        .values(merged_name="", merged_member_no=None, snapshot="{}")
    )
    search_index.remove_guests(session, [guest_id])
    session.execute(
        update(GuestRow)
        .where(GuestRow.id == guest_id)
        .values(
            member_no=None,
            name="",
            native_name="",
            latin_name="",
            honorific="",
            gender=None,
            email="",
            company="",
            nationality="",
            language="",
            notes="",
            updated_at=now,
            updated_by=actor.id,
            version=GuestRow.version + 1,
        )
    )
    session.add(ErasedGuestRow(guest_id=guest_id, erased_at=now, erased_by=actor.id, reason=reason))
    audit(session, actor, "erase_guest", "guest", guest_id)
    return guest_id, now, False


def _keys_of(session: Session, guest: GuestRow) -> list[tuple[str, str]]:
    """Every key a later import could bring the guest back by."""
    keys: list[tuple[str, str]] = []
    if guest.member_no:
        keys.append(("member_no", guest.member_no))
    if guest.email:
        keys.append(("email", guest.email))
    keys += [
        ("phone", e164)
        for e164 in session.scalars(select(PhoneRow.e164).where(PhoneRow.guest_id == guest.id))
    ]
    keys += [
        ("id_document", h)
        for h in session.scalars(
            select(IdDocumentRow.lookup_hash).where(IdDocumentRow.guest_id == guest.id)
        )
    ]
    keys += [
        ("member_no", m)
        for m in session.scalars(
            select(MergeRow.merged_member_no).where(
                MergeRow.kept_id == guest.id, MergeRow.merged_member_no.is_not(None)
            )
        )
        if m
    ]
    for member_no, phone, email in session.execute(
        select(StayRow.resv_member_no, StayRow.resv_phone, StayRow.resv_email).where(
            StayRow.guest_id == guest.id
        )
    ):
        if member_no:
            keys.append(("member_no", member_no))
        if email:
            keys.append(("email", email))
        if phone:
            # Not a phone number: the import would not match by it either.
            with suppress(ValueError):
                keys.append(("phone", normalise_phone(phone).e164))
    return keys


def clear_free_pages(db: Database) -> None:
    """Overwrite what deleted rows left in the file: checkpoint the WAL, VACUUM, checkpoint.

    Raises DatabaseBusy when another vipdesk holds the database (erase again later: the
    data is already gone from every table; only the free pages wait). Nothing to do on
    PostgreSQL: no file a user copies; the server reuses the pages (VACUUM).
    """
    if is_server(db):
        return
    conn = db.raw_connection()
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except (driver.OperationalError, OperationalError) as exc:
        if is_lock_error(exc):
            raise DatabaseBusy(
                "the guest's data was erased, but another vipdesk is using the database, so "
                "its free pages could not be cleared: run the erase again when it is free"
            ) from exc
        raise
    finally:
        conn.close()
    if busy:
        raise DatabaseBusy(
            "the guest's data was erased, but another vipdesk is reading the database: "
            "run the erase again when it is free, to clear the file's free pages"
        )


@dataclass(frozen=True)
class InactiveGuest:
    guest_id: int
    name: str
    member_no: str | None
    last_stay: date | None
    """The last departure; None: never stayed."""
    created_at: datetime


def inactive_guests(
    db: Database, actor: Staff, *, years: int = 3, today: date | None = None
) -> list[InactiveGuest]:
    """Guests with no stay for `years` years (or, never having stayed, created longer ago),
    for review before a retention erase; the longest inactive first. Erased guests are not
    listed."""
    if years < 1:
        raise EraseRefused("the number of years must be at least 1", code="years")
    today = today or date.today()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    last = (
        select(StayRow.guest_id, func.max(StayRow.departure).label("last"))
        .where(StayRow.guest_id.is_not(None))
        .group_by(StayRow.guest_id)
        .subquery()
    )
    with db.read() as session:
        require(session, actor, Operation.GUEST_DATA_RIGHTS)
        rows = session.execute(
            select(GuestRow.id, GuestRow.name, GuestRow.member_no, last.c.last, GuestRow.created_at)
            .outerjoin(last, last.c.guest_id == GuestRow.id)
            .outerjoin(ErasedGuestRow, ErasedGuestRow.guest_id == GuestRow.id)
            .where(ErasedGuestRow.guest_id.is_(None))
            .where(
                (last.c.last < cutoff)
                | (
                    last.c.last.is_(None)
                    & (GuestRow.created_at < datetime.combine(cutoff, datetime.min.time()))
                )
            )
        ).all()
    found = [
        InactiveGuest(
            r[0],
            r[1],
            r[2],
            r[3] if isinstance(r[3], date) or r[3] is None else date.fromisoformat(r[3]),
            r[4],
        )
        for r in rows
    ]
    found.sort(key=lambda g: (g.last_stay or g.created_at.date(), g.guest_id))
    return found
