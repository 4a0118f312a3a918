"""Reading the audit trail, for admins: verify the chain, list entries."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import audit_chain, keystore
from vipdesk.services.audit import audit
from vipdesk.services.audit_chain import Anchor
from vipdesk.services.errors import AuditChainBroken, NotFound, ServiceError
from vipdesk.services.staff import authorize
from vipdesk.store.audit_sql import detail_names_guest
from vipdesk.store.db import Database

_COLUMNS = "id, at, staff_id, action, entity, entity_id, detail, workstation, mac"


@dataclass(frozen=True)
class ChainReport:
    checked: int
    """Chained entries whose MAC was checked."""
    first: int | None
    last: int | None
    before: int
    """Entries that precede the chain (no MAC, from before 0008, or an earlier key's)."""
    anchor: Anchor | None

    def line(self) -> str:
        if not self.checked:
            return "audit chain: no chained entries yet"
        anchor = (
            f"anchor at entry {self.anchor.id}"
            if self.anchor is not None
            else "no anchor on this machine"
        )
        before = f"; {self.before} earlier entries precede the chain" if self.before else ""
        return (
            f"audit chain intact: entries {self.first}–{self.last} "
            f"({self.checked} checked, {anchor}){before}"
        )


class AuditKeyMissing(ServiceError):
    code = "audit_key_missing"


def _broken(message: str, entry: int | None) -> AuditChainBroken:
    return AuditChainBroken(f"audit chain broken: {message}", entry=entry)


def verify_rows(
    rows: Iterable[tuple[object, ...]], key: bytes, chain_from: int | None, anchor: Anchor | None
) -> ChainReport:
    """Check rows (as _COLUMNS, by id) against the key and the anchor; AuditChainBroken
    names the first broken entry."""
    previous = ""
    expected: int | None = None
    before = checked = 0
    first: int | None = None
    sign = audit_chain.Signer(key).mac
    encode = audit_chain.canonical_text
    iso = audit_chain.stored_time_iso
    for entry_id, at, staff_id, action, entity, entity_id, detail, workstation, mac in rows:
        assert isinstance(entry_id, int)
        if expected is None:
            precedes = entry_id < chain_from if chain_from is not None else mac is None
            if precedes:
                before += 1
                continue
            if chain_from is not None and entry_id != chain_from:
                raise _broken(f"entry {chain_from} is missing (deleted)", chain_from)
            first = entry_id
        elif entry_id != expected:
            raise _broken(f"entry {expected} is missing (deleted)", expected)
        if not isinstance(mac, str):
            raise _broken(f"entry {entry_id} has no MAC (changed or inserted)", entry_id)
        content = encode(
            entry_id,
            iso(str(at)),
            staff_id,  # type: ignore[arg-type]
            str(action),
            str(entity),
            entity_id,  # type: ignore[arg-type]
            str(detail),
            str(workstation),
        )
        if sign(previous, content) != mac:
            raise _broken(
                f"entry {entry_id} was changed or inserted (its MAC does not match)", entry_id
            )
        if anchor is not None and entry_id == anchor.id and mac != anchor.mac:
            raise _broken(
                f"entry {entry_id} is not the one the anchor names: the tail was cut and "
                "written again",
                entry_id,
            )
        previous = mac
        expected = entry_id + 1
        checked += 1
    last = expected - 1 if expected is not None else None
    if anchor is not None and (last is None or anchor.id > last):
        gone = (last or 0) + 1
        raise _broken(
            f"the tail was cut: entries {gone}–{anchor.id} are missing "
            "(the anchor outside the database names the last one)",
            gone,
        )
    return ChainReport(checked, first, last, before, anchor)


def verify_chain(db: Database, actor: Staff) -> ChainReport:
    """Check every chained entry's MAC, the order, and the tail against the anchor.

    Raises AuditChainBroken naming the first broken entry, AuditKeyMissing when this
    machine does not hold the database's audit key.
    """
    authorize(db, actor, Operation.AUDIT)
    with db.snapshot() as conn:  # one read transaction, on either engine
        meta = dict(
            conn.execute(
                "SELECT key, value FROM app_meta WHERE key IN (?, ?)",
                (audit_chain.DATABASE_ID_KEY, audit_chain.CHAIN_FROM_KEY),
            ).fetchall()
        )
        database_id = meta.get(audit_chain.DATABASE_ID_KEY)
        chained = conn.execute("SELECT 1 FROM audit_log WHERE mac IS NOT NULL LIMIT 1").fetchone()
        if database_id is None:
            if chained is not None:
                raise _broken("the database id was removed from app_meta", None)
            return ChainReport(0, None, None, 0, None)
        key = audit_chain.load_key(database_id)
        if key is None:
            place = keystore.key_place()
            raise AuditKeyMissing(
                f"the audit key of this database ({audit_chain.secret_name(database_id)}) "
                f"is not on this machine ({place.kind}: {place.where}); verify on the "
                "computer that wrote the trail, or copy its key file here"
            )
        anchor = audit_chain.read_anchor(database_id)
        chain_from = meta.get(audit_chain.CHAIN_FROM_KEY)
        rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")
        return verify_rows(rows, key, int(chain_from) if chain_from else None, anchor)


def record_restore(db: Database, actor: Staff | None, source_name: str) -> None:
    """The restore's own entry, in the restored database's chain, and the anchor reset to it.

    The restored trail ends where the backup ended; the anchor on this machine may name
    later entries, which the restore took away. The entry says so, under the key: which
    entry the anchor named before, where the restored trail ended, and whether it checked
    out (`intact`, `broken_at`, or `no_key` on a machine without its key). Then the anchor
    moves back to this entry: the only place it ever moves back.
    """
    with db.write() as session:
        database_id = audit_chain.meta(session, audit_chain.DATABASE_ID_KEY)
        key = audit_chain.load_key(database_id) if database_id else None
        anchor = None
        chain: dict[str, object] = {"chain": "none"}
        if database_id is not None and key is not None:
            try:
                anchor = audit_chain.read_anchor(database_id)
            except ServiceError:
                anchor = None
            chain_from = audit_chain.meta(session, audit_chain.CHAIN_FROM_KEY)
            rows = session.connection().exec_driver_sql(
                f"SELECT {_COLUMNS} FROM audit_log ORDER BY id"
            )
            try:
                verify_rows(rows, key, int(chain_from) if chain_from else None, None)
                chain = {"chain": "intact"}
            except AuditChainBroken as exc:
                chain = {"chain": "broken", "broken_at": exc.params.get("entry")}
        elif database_id is not None:
            chain = {"chain": "no_key"}
        last = session.connection().exec_driver_sql("SELECT max(id) FROM audit_log").scalar()
        staff_id, by = _staff_here(session, actor)
        audit_chain.allow_anchor_reset(session)
        audit(
            session,
            staff_id,
            "restore",
            "database",
            None,
            file=source_name,
            restored_tail=last,
            anchor_was=anchor.id if anchor is not None else None,
            **by,
            **chain,
        )


def _staff_here(session: Session, actor: Staff | None) -> tuple[int | None, dict[str, object]]:
    """The restoring admin's id in the restored database (the same user name), else the name."""
    if actor is None:
        return None, {}
    found = (
        session.connection()
        .exec_driver_sql("SELECT id FROM staff WHERE username = ?", (actor.username,))
        .scalar()
    )
    return (int(found), {}) if found is not None else (None, {"by": actor.username})


# ---- listing ----------------------------------------------------------------------------

GUEST_ENTITIES = ("guest", "care_task")
"""Entities whose entity_id is a guest id (a skipped care task names its guest)."""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    """Aware, in this computer's time zone (the hotel's)."""
    staff: str
    """The user name, or "" (a failed sign-in by an unknown name, a new machine's restore)."""
    action: str
    entity: str
    entity_id: int | None
    guest_id: int | None
    guest_member_no: str | None
    workstation: str
    detail: dict[str, object]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "staff": self.staff or None,
            "action": self.action,
            "guest_id": self.guest_id,
            "guest_member_no": self.guest_member_no,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "workstation": self.workstation,
            "detail": self.detail,
        }


def _guest_of(entity: str, entity_id: int | None, detail: dict[str, object]) -> int | None:
    if entity in GUEST_ENTITIES and entity_id is not None:
        return entity_id
    guest = detail.get("guest")
    return guest if isinstance(guest, int) and not isinstance(guest, bool) else None


def local_midnight_utc(day: date) -> datetime:
    """The start of local `day`, as the naive UTC time entries are stored in."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


def list_entries(
    db: Database,
    actor: Staff,
    *,
    guest_id: int | None = None,
    staff: str | None = None,
    since: date | None = None,
    limit: int | None = 1000,
) -> list[AuditEntry]:
    """Entries newest first, for admins: about guest `guest_id` (as the object, or named in
    the detail: a merge, a print of several), by user name `staff`, from local day `since`."""
    authorize(db, actor, Operation.AUDIT)
    where: list[str] = []
    params: list[object] = []
    with db.read() as session:
        conn = session.connection()
        if staff is not None:
            staff_id = conn.exec_driver_sql(
                "SELECT id FROM staff WHERE username = ?", (staff.strip().lower(),)
            ).scalar()
            if staff_id is None:
                raise NotFound(f"there is no staff member {staff!r}")
            where.append("a.staff_id = ?")
            params.append(staff_id)
        if guest_id is not None:
            where.append(
                "((a.entity IN ('guest', 'care_task') AND a.entity_id = ?)"
                f" OR {detail_names_guest(conn)})"
            )
            params += [guest_id] * 5
        if since is not None:
            where.append("a.at >= ?")
            params.append(local_midnight_utc(since).isoformat(sep=" "))
        sql = (
            "SELECT a.id, a.at, s.username, a.action, a.entity, a.entity_id, a.workstation,"
            " a.detail FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.id DESC"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        rows = conn.exec_driver_sql(sql, tuple(params)).fetchall()
        found = []
        for entry_id, at, username, action, entity, entity_id, workstation, text in rows:
            try:
                detail = json.loads(text) if text else {}
            except ValueError:
                detail = {"unreadable": True}
            if not isinstance(detail, dict):
                detail = {}
            found.append((entry_id, at, username, action, entity, entity_id, workstation, detail))
        guests = {g for r in found if (g := _guest_of(r[4], r[5], r[7])) is not None}
        member_nos = _member_numbers(session, guests)
    return [
        AuditEntry(
            entry_id,
            datetime.fromisoformat(str(at)).replace(tzinfo=UTC).astimezone(),
            username or "",
            action,
            entity,
            entity_id,
            (gid := _guest_of(entity, entity_id, detail)),
            member_nos.get(gid) if gid is not None else None,
            workstation or "",
            detail,
        )
        for entry_id, at, username, action, entity, entity_id, workstation, detail in found
    ]


def _member_numbers(session: Session, guest_ids: set[int]) -> dict[int, str | None]:
    numbers: dict[int, str | None] = {}
    ids = sorted(guest_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for gid, member_no in session.connection().exec_driver_sql(
            f"SELECT id, member_no FROM guests WHERE id IN ({marks})", tuple(chunk)
        ):
            numbers[int(gid)] = member_no or None
    return numbers


def guest_for_audit(db: Database, actor: Staff, key: str) -> int:
    """The guest id for a `--guest` filter: a member number or an id, as other commands
    take; an erased guest by the id it had (its entries outlive it)."""
    from vipdesk.services.guests import find_by_member_no_or_id

    authorize(db, actor, Operation.AUDIT)
    key = key.strip()
    try:
        return find_by_member_no_or_id(db, actor, key).id
    except NotFound:
        if key.isdigit():
            return int(key)
        raise
