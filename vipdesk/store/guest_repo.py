"""Reading and writing whole guests (row plus children) with set-based SQL.

The one mapping between the guest tables and the domain's GuestDraft/GuestRecord. It
works in batches so that importing 100,000 guests or loading a page of them costs a few
statements, not a few per guest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    GuestRecord,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
)
from vipdesk.domain.phones import Phone
from vipdesk.domain.stays import Stay, StayStatus
from vipdesk.domain.tiers import Tier
from vipdesk.store import search_index
from vipdesk.store.engines import is_postgres
from vipdesk.store.guest_flat import CHILD_TABLES, GUEST_COLUMNS, SCALARS, FlatGuest, flatten
from vipdesk.store.models import (
    GuestRow,
    MetaRow,
    PhoneRow,
    PhotoRow,
    PreferenceRow,
    SpecialDateRow,
    StaffRow,
    StayRow,
    TabooRow,
    utcnow,
)

_CHUNK = 500  # stays well under SQLite's limit on bound parameters
_SCALARS = SCALARS


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _guest_values(draft: GuestDraft) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(draft, name) for name in _SCALARS}
    values["member_no"] = draft.member_no or None
    values["gender"] = draft.gender.value if draft.gender else None
    values["tier"] = draft.tier.value
    return values


# Child rows go in through the driver's executemany with plain tuples: at import scale the
# per-row parameter processing of SQLAlchemy costs more than SQLite's own work.
_CHILD_SQL = {
    "phones": "INSERT INTO guest_phones (guest_id, position, original, e164) VALUES (?, ?, ?, ?)",
    "preferences": "INSERT INTO guest_preferences (guest_id, position, category, text) "
    "VALUES (?, ?, ?, ?)",
    "taboos": "INSERT INTO guest_taboos (guest_id, position, kind, severity, text) "
    "VALUES (?, ?, ?, ?, ?)",
    "special_dates": "INSERT INTO guest_special_dates "
    "(guest_id, kind, month, day, year, label, lunar, leap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "stays": "INSERT INTO stays (guest_id, arrival, departure, room, notes) VALUES (?, ?, ?, ?, ?)",
}
_GUEST_COLUMNS = (
    "id",
    *GUEST_COLUMNS,
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
)
_GUEST_SQL = (
    f"INSERT INTO guests ({', '.join(_GUEST_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _GUEST_COLUMNS)})"
)


def _timestamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DateTime format


def _child_rows(guest_id: int, draft: GuestDraft, into: dict[str, list[tuple[Any, ...]]]) -> None:
    for table, rows in zip(CHILD_TABLES, flatten(draft).children, strict=True):
        into[table] += [(guest_id, *row) for row in rows]


def _insert_children(session: Session, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    conn = session.connection()
    for table, values in rows.items():
        if values:
            conn.exec_driver_sql(_CHILD_SQL[table], values)


def _new_guest_ids(session: Session, count: int) -> list[int]:
    if is_postgres(session):  # the sequence hands out ids nobody else gets
        return list(
            session.scalars(
                text(
                    "SELECT nextval(pg_get_serial_sequence('guests', 'id')) FROM generate_series(1, :n)"
                ),
                {"n": count},
            )
        )
    first = (session.scalar(select(func.max(GuestRow.id))) or 0) + 1
    return list(range(first, first + count))


def insert_guests(
    session: Session,
    drafts: Sequence[GuestDraft],
    staff_id: int | None,
    *,
    index_columns: Sequence[tuple[str, ...] | None] | None = None,
) -> list[int]:
    """Insert new guests with everything they carry; returns their ids in order.

    `index_columns` may carry each guest's search tokens when they were computed already
    (the importer does that in a second process).
    """
    tokens = index_columns or [None] * len(drafts)
    return insert_flat_guests(
        session,
        [flatten(d) for d in drafts],
        [c or search_index.keys_for(d).columns() for d, c in zip(drafts, tokens, strict=True)],
        staff_id,
    )


def insert_flat_guests(
    session: Session,
    guests: Sequence[FlatGuest],
    index_columns: Sequence[tuple[str, ...]],
    staff_id: int | None,
    *,
    index_later: list[search_index.IndexEntry] | None = None,
) -> list[int]:
    """insert_guests for guests flattened already (store.guest_flat) with their search
    tokens: the import's hot path, where only the ids are added here.

    `index_later`: the guests' search documents are added to it instead of the index, for
    the caller to write (search_index.write_entries, fresh) before its transaction ends.
    FTS5 takes a transaction's documents in one run of ascending rowids; a second run
    makes it write what it holds so far as a segment of its own, to be merged again.
    """
    if not guests:
        return []
    now = _timestamp(utcnow())
    # Callers hold the write lock (BEGIN IMMEDIATE), so nobody else can take these ids;
    # numbering here lets one executemany insert the whole batch.
    ids = _new_guest_ids(session, len(guests))
    stamps = (now, now, staff_id, staff_id)
    rows = []
    children: list[list[tuple[Any, ...]]] = [[] for _ in CHILD_TABLES]
    entries = []
    rowid = search_index.fts_rowid
    tiers = {t.value: t for t in Tier}
    for guest_id, flat, columns in zip(ids, guests, index_columns, strict=True):
        rows.append((guest_id, *flat.guest, *stamps))
        for into, values in zip(children, flat.children, strict=True):
            if values:
                into += [(guest_id, *v) for v in values]
        entries.append(
            search_index.IndexEntry(
                guest_id, rowid(guest_id, tiers[flat.tier], flat.last_stay), columns
            )
        )
    conn = session.connection()
    conn.exec_driver_sql(_GUEST_SQL, rows)
    _insert_children(session, dict(zip(CHILD_TABLES, children, strict=True)))
    if index_later is None:
        search_index.write_entries(conn, entries, fresh=True)
    else:
        index_later += entries
    return ids


def replace_guest(session: Session, guest_id: int, draft: GuestDraft, staff_id: int | None) -> None:
    """Make the stored guest say exactly what `draft` says (children replaced).

    Stays imported from the PMS are not the form's to change: they are kept as they are
    (only the hand-typed stays are replaced by the draft's).
    """
    session.execute(
        update(GuestRow)
        .where(GuestRow.id == guest_id)
        .values(
            **_guest_values(draft),
            updated_at=utcnow(),
            updated_by=staff_id,
            version=GuestRow.version + 1,
        )
    )
    for model in (PhoneRow, PreferenceRow, TabooRow, SpecialDateRow):
        session.execute(delete(model).where(model.guest_id == guest_id))  # type: ignore[attr-defined]
    session.execute(delete(StayRow).where(StayRow.guest_id == guest_id, StayRow.source == "manual"))
    children: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    _child_rows(guest_id, draft, children)
    _insert_children(session, children)
    stays = draft.stays
    if any(s.from_pms for s in stays) or _has_pms_stays(session, guest_id):
        stays = load_stays(session, [guest_id]).get(guest_id, [])
    search_index.write_entries(
        session.connection(), [search_index.entry_for(guest_id, draft, stays=stays)]
    )


def _has_pms_stays(session: Session, guest_id: int) -> bool:
    return (
        session.scalar(
            select(StayRow.id).where(StayRow.guest_id == guest_id, StayRow.source == "pms").limit(1)
        )
        is not None
    )


def stay_from_row(m: Any) -> Stay:
    """A domain Stay from a stays row (mapping of column → value)."""
    return Stay(
        arrival=_as_date(m["arrival"]),
        departure=_as_date(m["departure"]),
        room=m["room"],
        notes=m["notes"],
        status=StayStatus(m["status"]) if m["status"] else None,
        confirmation_no=m["confirmation_no"],
        room_type=m["room_type"],
        adults=m["adults"],
        children=m["children"],
        eta=m["eta"],
        company=m["company"],
        pms_vip=m["pms_vip"],
        requests=m["requests"],
        comments=m["comments"],
    )


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def load_stays(session: Session, guest_ids: Iterable[int]) -> dict[int, list[Stay]]:
    """Every stay of these guests (hand-typed and PMS), by arrival."""
    out: dict[int, list[Stay]] = defaultdict(list)
    for chunk in _chunks(sorted(set(guest_ids))):
        for row in session.execute(
            select(StayRow.__table__)
            .where(StayRow.guest_id.in_(chunk))
            .order_by(StayRow.guest_id, StayRow.arrival, StayRow.id)
        ):
            out[row.guest_id].append(stay_from_row(row._mapping))
    return out


def load_guests(session: Session, ids: Iterable[int]) -> dict[int, GuestRecord]:
    """Whole guests by id (missing ids are simply absent)."""
    wanted = sorted(set(ids))
    records: dict[int, GuestRecord] = {}
    for chunk in _chunks(wanted):
        for row in session.execute(select(GuestRow.__table__).where(GuestRow.id.in_(chunk))):
            m = row._mapping
            records[m["id"]] = GuestRecord(
                id=m["id"],
                member_no=m["member_no"],
                name=m["name"],
                native_name=m["native_name"],
                latin_name=m["latin_name"],
                pronunciation=m["pronunciation"],
                honorific=m["honorific"],
                gender=Gender(m["gender"]) if m["gender"] else None,
                email=m["email"],
                company=m["company"],
                nationality=m["nationality"],
                language=m["language"],
                tier=Tier(m["tier"]),
                notes=m["notes"],
                created_at=m["created_at"],
                updated_at=m["updated_at"],
                version=m["version"],
            )
        found = [i for i in chunk if i in records]
        if not found:
            continue
        for p in session.execute(
            select(PhoneRow.guest_id, PhoneRow.original, PhoneRow.e164)
            .where(PhoneRow.guest_id.in_(found))
            .order_by(PhoneRow.guest_id, PhoneRow.position)
        ):
            records[p.guest_id].phones.append(Phone(p.original, p.e164))
        for p in session.execute(
            select(PreferenceRow.guest_id, PreferenceRow.category, PreferenceRow.text)
            .where(PreferenceRow.guest_id.in_(found))
            .order_by(PreferenceRow.guest_id, PreferenceRow.position)
        ):
            records[p.guest_id].preferences.append(
                Preference(p.text, PreferenceCategory(p.category))
            )
        for t in session.execute(
            select(TabooRow.guest_id, TabooRow.kind, TabooRow.severity, TabooRow.text)
            .where(TabooRow.guest_id.in_(found))
            .order_by(TabooRow.guest_id, TabooRow.position)
        ):
            records[t.guest_id].taboos.append(
                Taboo(t.text, TabooKind(t.kind), Severity(t.severity))
            )
        for d in session.execute(
            select(
                SpecialDateRow.guest_id,
                SpecialDateRow.kind,
                SpecialDateRow.month,
                SpecialDateRow.day,
                SpecialDateRow.year,
                SpecialDateRow.label,
                SpecialDateRow.lunar,
                SpecialDateRow.leap,
            )
            .where(SpecialDateRow.guest_id.in_(found))
            .order_by(SpecialDateRow.guest_id, SpecialDateRow.id)
        ):
            records[d.guest_id].special_dates.append(
                SpecialDate(
                    SpecialDateKind(d.kind),
                    PartialDate(d.month, d.day, d.year, bool(d.lunar), bool(d.leap)),
                    d.label,
                )
            )
        for guest_id, stays in load_stays(session, found).items():
            records[guest_id].stays.extend(stays)
    return records


def last_change(session: Session, guest_id: int) -> tuple[int, str, datetime | None] | None:
    """A guest's stored version, who saved it last and when (UTC); None if no such guest.

    The guest's row stays locked until the transaction ends (FOR UPDATE on PostgreSQL, where
    another counter could otherwise save between this check and the write; SQLite's writers
    hold the whole database already)."""
    row = session.execute(
        select(GuestRow.version, StaffRow.display_name, GuestRow.updated_at)
        .outerjoin(StaffRow, StaffRow.id == GuestRow.updated_by)
        .where(GuestRow.id == guest_id)
        .with_for_update(of=GuestRow)
    ).first()
    return (row[0], row[1] or "", row[2]) if row else None


def ids_by_member_no(session: Session, member_nos: Iterable[str]) -> dict[str, int]:
    values = sorted(set(member_nos))
    out: dict[str, int] = {}
    for guest_id, member_no in _rows_in(session, "id, member_no", "guests", "member_no", values):
        if member_no:
            out[member_no] = guest_id
    return out


def ids_by_phone(session: Session, e164s: Iterable[str]) -> set[int]:
    values = sorted(set(e164s))
    out: set[int] = set()
    out.update(r[0] for r in _rows_in(session, "guest_id", "guest_phones", "e164", values))
    return out


def ids_by_column(session: Session, column: Any, values: Iterable[str]) -> set[int]:
    wanted = sorted(set(values))
    out: set[int] = set()
    table = column.table.name
    out.update(r[0] for r in _rows_in(session, "id", table, column.name, wanted))
    return out


def _rows_in(
    session: Session, columns: str, table: str, key: str, values: Sequence[Any]
) -> Iterable[Sequence[Any]]:
    """SELECT columns FROM table WHERE key IN values, in chunks, straight to the driver:
    SQLAlchemy's expanding IN parameters cost more than the lookups (the import's hot path).
    """
    conn = session.connection()
    for chunk in _chunks(values):
        marks = ", ".join("?" for _ in chunk)
        yield from conn.exec_driver_sql(
            f"SELECT {columns} FROM {table} WHERE {key} IN ({marks})", tuple(chunk)
        )


def ids_without_contact_by_name(session: Session, names: Iterable[str]) -> set[int]:
    """Guests with one of these names and no member number, phone or e-mail."""
    wanted = sorted(set(names))
    out: set[int] = set()
    has_phone = select(PhoneRow.id).where(PhoneRow.guest_id == GuestRow.id).exists()
    for chunk in _chunks(wanted):
        out.update(
            session.scalars(
                select(GuestRow.id).where(
                    GuestRow.name.in_(chunk),
                    GuestRow.member_no.is_(None),
                    GuestRow.email == "",
                    ~has_phone,
                )
            )
        )
    return out


def has_photo(session: Session, guest_id: int) -> bool:
    return session.get(PhotoRow, guest_id) is not None


def get_photo(session: Session, guest_id: int) -> tuple[str, bytes] | None:
    row = session.get(PhotoRow, guest_id)
    return (row.mime, row.data) if row else None


def set_photo(session: Session, guest_id: int, mime: str | None, data: bytes | None) -> None:
    row = session.get(PhotoRow, guest_id)
    if data is None or mime is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(PhotoRow(guest_id=guest_id, mime=mime, data=data))
    else:
        row.mime, row.data = mime, data


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return row.value if row else None


def meta_change(session: Session, key: str) -> tuple[int, str, datetime | None]:
    """A setting's version (0 when never set), who set it last and when (UTC)."""
    row = session.execute(
        select(MetaRow.version, StaffRow.display_name, MetaRow.updated_at)
        .outerjoin(StaffRow, StaffRow.id == MetaRow.updated_by)
        .where(MetaRow.key == key)
        .with_for_update(of=MetaRow)  # held to the end of the save (PostgreSQL)
    ).first()
    return (row[0], row[1] or "", row[2]) if row else (0, "", None)


def set_meta(session: Session, key: str, value: str, staff_id: int | None = None) -> None:
    """Store a setting, raising its version by one."""
    row = session.get(MetaRow, key)
    if row is None:
        session.add(
            MetaRow(key=key, value=value, version=1, updated_at=utcnow(), updated_by=staff_id)
        )
    else:
        row.value, row.version = value, row.version + 1
        row.updated_at, row.updated_by = utcnow(), staff_id


def guest_states(session: Session, guest_ids: Sequence[int]) -> dict[int, tuple[int, Any]]:
    """(version, updated_at as stored) of these guests; missing ids are absent."""
    out: dict[int, tuple[int, Any]] = {}
    conn = session.connection()
    for chunk in _chunks(sorted(set(guest_ids))):
        marks = ", ".join("?" for _ in chunk)
        for guest_id, version, updated_at in conn.exec_driver_sql(
            f"SELECT id, version, updated_at FROM guests WHERE id IN ({marks})", tuple(chunk)
        ):
            out[guest_id] = (version, updated_at)
    return out
