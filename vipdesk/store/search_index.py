"""The guest search index: an FTS5 table of normalised tokens, one document per guest.

Written in the same transaction as every guest change (guest_repo calls it), rebuilt by
`vipdesk reindex`, and rebuilt automatically when INDEX_VERSION changes.

The FTS rowid of a guest's document is (tier << 48) | (recency << 32) | guest id, so
`ORDER BY rowid DESC` streams the highest tier and most recent stay first: a common prefix
matching 100,000 guests still returns its best 200 candidates in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.search_text import (
    COLUMNS,
    guest_keys,
)
from vipdesk.domain.stays import Stay, recency
from vipdesk.domain.tiers import Tier
from vipdesk.store import driver, pg_search
from vipdesk.store.engines import PgRaw, raw_driver

if TYPE_CHECKING:
    pass

# 4: CJK words of a name also indexed joined; surname readings from domain.surnames.
# 5: recency from the stays to date only (no future bookings, cancellations, no shows).
INDEX_VERSION = "5"
FTS_TABLE = "guest_search"
EPOCH = date(2000, 1, 1)
_GUEST_BITS = 32
_RECENCY_BITS = 16

CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    + ", ".join(COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5 6', detail = column,"
    " columnsize = 0)"
)


def raw_of(conn: Connection | driver.Connection | PgRaw) -> Any:
    """The driver connection under `conn` (same connection, same transaction)."""
    return raw_driver(conn)


def is_search_table(name: str) -> bool:
    """The FTS5 table and its shadow tables (guest_search_data, _idx, _content, …)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def fts_rowid(guest_id: int, tier: Tier, last_stay: date | None) -> int:
    recency = 0
    if last_stay is not None:
        recency = min(max((last_stay - EPOCH).days, 0), (1 << _RECENCY_BITS) - 1)
    return (tier.rank << (_GUEST_BITS + _RECENCY_BITS)) | (recency << _GUEST_BITS) | guest_id


def guest_id_of(rowid: int) -> int:
    return rowid & ((1 << _GUEST_BITS) - 1)


keys_for = guest_keys


def under_way_ranges(today: date) -> list[tuple[int, int]]:
    """Per tier, the rowid range (low, high) of guests whose last stay to date ends on
    `today` or later: a stay under way gives the highest recency, at the top of its tier."""
    floor = fts_rowid(0, Tier.P, today) & ~((1 << _GUEST_BITS) - 1)
    ranges = []
    for tier in Tier:
        base = tier.rank << (_GUEST_BITS + _RECENCY_BITS)
        ranges.append((base | floor, base | ((1 << (_GUEST_BITS + _RECENCY_BITS)) - 1)))
    return ranges


@dataclass(frozen=True)
class IndexEntry:
    guest_id: int
    rowid: int
    columns: tuple[str, ...]


def entry_for(
    guest_id: int,
    draft: GuestDraft,
    columns: tuple[str, ...] | None = None,
    *,
    stays: Sequence[Stay] | None = None,
    today: date | None = None,
) -> IndexEntry:
    """The guest's document; `stays` when the draft does not carry all of them (PMS stays)."""
    last = recency(draft.stays if stays is None else stays, today or date.today())
    columns = columns or keys_for(draft).columns()
    return IndexEntry(guest_id, fts_rowid(guest_id, draft.tier, last), columns)


SHADOW_TABLE = FTS_TABLE + "_new"
"""The index `reindex` builds beside the live one, then swaps in."""
SHADOW_MAP = FTS_TABLE + "_new_map"
"""The shadow's guest → FTS rowid map (becomes search_rowids at the swap)."""


def stays_to_date_sql(day: date) -> str:
    """domain.stays.stays_to_date as a WHERE condition on the stays table (a test keeps
    the two in step): completed by `day`, or under way on it."""
    d = f"'{day.isoformat()}'"  # an ISO date: digits and dashes only
    return (
        f"((coalesce(status, '') NOT IN ('cancelled', 'no_show') AND (departure < {d}"
        f" OR (status = 'checked_out' AND departure <= {d})))"
        f" OR (coalesce(status, 'checked_in') = 'checked_in' AND arrival <= {d}"
        f" AND departure >= {d}))"
    )


def refresh_rowids(conn: Connection, guest_ids: Iterable[int], today: date | None = None) -> int:
    """Re-rank these guests' documents after their stays changed (recency); returns how many moved.

    Their search tokens do not change, so each moved document is copied to its new rowid.
    """
    raw = raw_of(conn)
    moved = 0
    ids = sorted(set(guest_ids))
    to_date = stays_to_date_sql(today or date.today())
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        last = dict(
            raw.execute(
                f"SELECT guest_id, max(departure) FROM stays WHERE guest_id IN ({marks}) "
                f"AND {to_date} GROUP BY guest_id",
                tuple(chunk),
            ).fetchall()
        )
        changes = []
        for guest_id, tier, old in raw.execute(
            f"SELECT g.id, g.tier, m.fts_rowid FROM guests g JOIN search_rowids m "
            f"ON m.guest_id = g.id WHERE g.id IN ({marks})",
            tuple(chunk),
        ):
            when = last.get(guest_id)
            new = fts_rowid(guest_id, Tier(tier), date.fromisoformat(when) if when else None)
            if new != old:
                changes.append((guest_id, old, new))
        if changes and isinstance(raw, PgRaw):
            pg_search.move(raw, changes)
        elif changes:
            changes.sort(key=lambda c: c[2])
            raw.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(COLUMNS)}) "
                f"SELECT ?, {', '.join(COLUMNS)} FROM {FTS_TABLE} WHERE rowid = ?",
                [(new, old) for _, old, new in changes],
            )
            raw.executemany(
                f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(old,) for _, old, _ in changes]
            )
            raw.executemany(
                "UPDATE search_rowids SET fts_rowid = ? WHERE guest_id = ?",
                [(new, guest_id) for guest_id, _, new in changes],
            )
        moved += len(changes)
    return moved


def create_fts_sql(name: str) -> str:
    return CREATE_FTS.replace(f"TABLE {FTS_TABLE} USING", f"TABLE {name} USING", 1)


def _insert_sql(fts: str) -> str:
    return f"INSERT INTO {fts} (rowid, {', '.join(COLUMNS)}) VALUES (?, {', '.join('?' for _ in COLUMNS)})"


def has_shadow(raw: Any) -> bool:
    return (
        raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SHADOW_TABLE,)
        ).fetchone()
        is not None
    )


def write_documents(
    raw: Any, fts: str, rowmap: str, entries: Sequence[IndexEntry], fresh: bool
) -> None:
    if not fresh:
        _delete(raw, fts, rowmap, [e.guest_id for e in entries])
    # In rowid order: FTS5 appends to its doclists instead of sorting them (much faster).
    ordered = sorted(entries, key=lambda e: e.rowid)
    raw.executemany(_insert_sql(fts), [(e.rowid, *e.columns) for e in ordered])
    raw.executemany(
        f"INSERT OR REPLACE INTO {rowmap} (guest_id, fts_rowid) VALUES (?, ?)",
        [(e.guest_id, e.rowid) for e in entries],
    )


def _delete(raw: Any, fts: str, rowmap: str, guest_ids: Sequence[int]) -> None:
    for start in range(0, len(guest_ids), 500):
        chunk = tuple(guest_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        old = raw.execute(
            f"SELECT fts_rowid FROM {rowmap} WHERE guest_id IN ({marks})", chunk
        ).fetchall()
        if old:
            raw.execute(
                f"DELETE FROM {fts} WHERE rowid IN ({', '.join('?' for _ in old)})",
                tuple(r[0] for r in old),
            )
            raw.execute(f"DELETE FROM {rowmap} WHERE guest_id IN ({marks})", chunk)


def write_entries(conn: Connection, entries: Sequence[IndexEntry], *, fresh: bool = False) -> None:
    """Replace the documents of these guests. `fresh`: the guests have none yet.

    While a reindex builds its shadow index, the shadow gets the same change.
    """
    if not entries:
        return
    raw = raw_of(conn)
    if isinstance(raw, PgRaw):
        pg_search.write(raw, entries, fresh)
        return
    write_documents(raw, FTS_TABLE, "search_rowids", entries, fresh)
    if has_shadow(raw):
        write_documents(raw, SHADOW_TABLE, SHADOW_MAP, entries, fresh=False)


def remove_guests(session: Session, guest_ids: Iterable[int]) -> None:
    raw = raw_of(session.connection())
    ids = list(guest_ids)
    if isinstance(raw, PgRaw):
        pg_search.delete(raw, ids)
        return
    _delete(raw, FTS_TABLE, "search_rowids", ids)
    if has_shadow(raw):
        _delete(raw, SHADOW_TABLE, SHADOW_MAP, ids)


BULK_AUTOMERGE = 16
"""FTS5 merges segments this many at a time while an import adds many documents: a quarter
fewer pages written (and encrypted) than with its usual 4, for a few more segments."""


def bulk_insert(conn: Connection, bulk: bool) -> None:
    """Merge the index's segments BULK_AUTOMERGE at a time (`bulk`), or as usual (4).

    A setting kept in the index: one left behind by an interrupted import only changes
    when segments are merged, never what is found."""
    raw = raw_of(conn)
    if isinstance(raw, PgRaw):
        return  # a btree has no segments to merge
    raw.execute(
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('automerge', ?)",
        (BULK_AUTOMERGE if bulk else 4,),
    )


def optimize(conn: Connection) -> None:
    """Merge the index's segments into one: deleted documents leave no trace behind
    (FTS5 keeps them in older segments until then). Rewrites the whole index."""
    raw = raw_of(conn)
    if isinstance(raw, PgRaw):
        return  # a btree has no segments to merge
    for fts in (FTS_TABLE, SHADOW_TABLE) if has_shadow(raw) else (FTS_TABLE,):
        raw.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")


def stored_version(conn: Connection) -> str | None:
    row = conn.exec_driver_sql(
        "SELECT value FROM app_meta WHERE key = 'search_index_version'"
    ).fetchone()
    return row[0] if row else None


def ensure_server_tables(conn: Connection) -> None:
    """PostgreSQL: the index tables, empty, when a new database has none yet (SQLite's FTS5
    table comes with the migrations)."""
    raw = raw_of(conn)
    if isinstance(raw, PgRaw) and not pg_search.present(raw):
        pg_search.create_tables(raw)
        pg_search.create_indexes(raw)
        if raw.execute("SELECT EXISTS (SELECT 1 FROM guests)").fetchone()[0]:
            # Guests indexed in an earlier layout (or not at all): rebuilt from them.
            raw.execute("DELETE FROM app_meta WHERE key = 'search_index_version'")


def index_present(conn: Connection) -> bool:
    """True when the index's tables exist (FTS5's on SQLite, the token table's on PG)."""
    raw = raw_of(conn)
    if isinstance(raw, PgRaw):
        return pg_search.present(raw)
    found = raw.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
    return found is not None
