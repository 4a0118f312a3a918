"""The guest search index: an FTS5 table of normalised tokens, one document per guest.

Written in the same transaction as every guest change (guest_repo calls it), rebuilt by
`vipdesk reindex`, and rebuilt automatically when INDEX_VERSION changes.

The FTS rowid of a guest's document is (tier << 48) | (recency << 32) | guest id, so
`ORDER BY rowid DESC` streams the highest tier and most recent stay first: a common prefix
matching 100,000 guests still returns its best 200 candidates in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import Phone
from vipdesk.domain.search_text import (
    COLUMNS,
    guest_keys,
)
from vipdesk.domain.stays import Stay, recency
from vipdesk.domain.tiers import Tier
from vipdesk.store import driver, pg_search
from vipdesk.store.engines import PgRaw, raw_driver
from vipdesk.store.helper_process import HelperProcess

if TYPE_CHECKING:
    from vipdesk.store.db import Database

# 4: CJK words of a name also indexed joined; surname readings from domain.surnames.
# 5: recency from the stays to date only (no future bookings, cancellations, no shows).
INDEX_VERSION = "5"
FTS_TABLE = "guest_search"
_EPOCH = date(2000, 1, 1)
_GUEST_BITS = 32
_RECENCY_BITS = 16

CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    + ", ".join(COLUMNS)
    + ", tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3 4 5 6', detail = column,"
    " columnsize = 0)"
)


def _raw(conn: Connection | driver.Connection | PgRaw) -> Any:
    """The driver connection under `conn` (same connection, same transaction)."""
    return raw_driver(conn)


def is_search_table(name: str) -> bool:
    """The FTS5 table and its shadow tables (guest_search_data, _idx, _content, …)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def fts_rowid(guest_id: int, tier: Tier, last_stay: date | None) -> int:
    recency = 0
    if last_stay is not None:
        recency = min(max((last_stay - _EPOCH).days, 0), (1 << _RECENCY_BITS) - 1)
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
    raw = _raw(conn)
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


def _create_fts(name: str) -> str:
    return CREATE_FTS.replace(f"TABLE {FTS_TABLE} USING", f"TABLE {name} USING", 1)


def _insert_sql(fts: str) -> str:
    return f"INSERT INTO {fts} (rowid, {', '.join(COLUMNS)}) VALUES (?, {', '.join('?' for _ in COLUMNS)})"


def _has_shadow(raw: Any) -> bool:
    return (
        raw.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SHADOW_TABLE,)
        ).fetchone()
        is not None
    )


def _write(raw: Any, fts: str, rowmap: str, entries: Sequence[IndexEntry], fresh: bool) -> None:
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
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        pg_search.write(raw, entries, fresh)
        return
    _write(raw, FTS_TABLE, "search_rowids", entries, fresh)
    if _has_shadow(raw):
        _write(raw, SHADOW_TABLE, SHADOW_MAP, entries, fresh=False)


def remove_guests(session: Session, guest_ids: Iterable[int]) -> None:
    raw = _raw(session.connection())
    ids = list(guest_ids)
    if isinstance(raw, PgRaw):
        pg_search.delete(raw, ids)
        return
    _delete(raw, FTS_TABLE, "search_rowids", ids)
    if _has_shadow(raw):
        _delete(raw, SHADOW_TABLE, SHADOW_MAP, ids)


BULK_AUTOMERGE = 16
"""FTS5 merges segments this many at a time while an import adds many documents: a quarter
fewer pages written (and encrypted) than with its usual 4, for a few more segments."""


def bulk_insert(conn: Connection, bulk: bool) -> None:
    """Merge the index's segments BULK_AUTOMERGE at a time (`bulk`), or as usual (4).

    A setting kept in the index: one left behind by an interrupted import only changes
    when segments are merged, never what is found."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        return  # a btree has no segments to merge
    raw.execute(
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('automerge', ?)",
        (BULK_AUTOMERGE if bulk else 4,),
    )


def optimize(conn: Connection) -> None:
    """Merge the index's segments into one: deleted documents leave no trace behind
    (FTS5 keeps them in older segments until then). Rewrites the whole index."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        return  # a btree has no segments to merge
    for fts in (FTS_TABLE, SHADOW_TABLE) if _has_shadow(raw) else (FTS_TABLE,):
        raw.execute(f"INSERT INTO {fts} ({fts}) VALUES ('optimize')")


def stored_version(conn: Connection) -> str | None:
    row = conn.exec_driver_sql(
        "SELECT value FROM app_meta WHERE key = 'search_index_version'"
    ).fetchone()
    return row[0] if row else None


def rebuild(
    session: Session, progress: Callable[[int, int], None] | None = None, chunk: int = 2500
) -> int:
    """Rebuild the whole index from the guest tables; returns the number of guests.

    For big databases the tokens are computed in a second process while this one reads
    and writes, so both cores work.
    """
    conn = session.connection()
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        return _rebuild_on_server(conn, raw, progress, chunk)
    raw.execute("PRAGMA cache_size=-262144")  # 256 MB while the index is built
    # Dropping the table is much faster than deleting every document from it.
    raw.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    raw.execute(CREATE_FTS)
    raw.execute("DELETE FROM search_rowids")
    total = raw.execute("SELECT count(*) FROM guests").fetchone()[0]
    done = 0

    def write(entries: list[IndexEntry]) -> None:
        nonlocal done
        entries.sort(key=lambda e: e.rowid)
        write_entries(conn, entries, fresh=True)
        done += len(entries)
        if progress:
            progress(done, total)

    # FTS5 builds fastest when documents arrive in rowid order (its segments then never
    # overlap), so guests are indexed in the order of their future rowids.
    today = date.today()
    ordered = [r[0] for r in raw.execute(_ids_in_rowid_order(today))]
    tasks = (
        (_index_rows(raw, ordered[start : start + chunk], today),)
        for start in range(0, len(ordered), chunk)
    )
    if total > 4 * chunk:
        with HelperProcess() as helper:
            for entries in helper.imap(entries_from_rows, tasks, ahead=4):
                write(entries)
    else:
        for args in tasks:
            write(entries_from_rows(*args))
    raw.execute(
        "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('search_index_version', ?)",
        (INDEX_VERSION,),
    )
    raw.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
    raw.execute("PRAGMA cache_size=-65536")
    return done


def _rebuild_on_server(
    conn: Connection, raw: PgRaw, progress: Callable[[int, int], None] | None, chunk: int
) -> int:
    """rebuild() on PostgreSQL: fresh tables, loaded without indexes, then indexed."""
    pg_search.create_tables(raw)
    raw.execute("DELETE FROM search_rowids")
    ordered = [r[0] for r in raw.execute("SELECT id FROM guests ORDER BY id")]
    total, done, today = len(ordered), 0, date.today()
    for start in range(0, total, chunk):
        entries = entries_from_rows(_index_rows(raw, ordered[start : start + chunk], today))
        pg_search.write(raw, entries, fresh=True, short=False)
        done += len(entries)
        if progress:
            progress(done, total)
    pg_search.add_short(raw, None)
    pg_search.create_indexes(raw)
    raw.execute(
        "INSERT INTO app_meta (key, value) VALUES ('search_index_version', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        (INDEX_VERSION,),
    )
    return done


def ensure_server_tables(conn: Connection) -> None:
    """PostgreSQL: the index tables, empty, when a new database has none yet (SQLite's FTS5
    table comes with the migrations)."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw) and not pg_search.present(raw):
        pg_search.create_tables(raw)
        pg_search.create_indexes(raw)
        if raw.execute("SELECT EXISTS (SELECT 1 FROM guests)").fetchone()[0]:
            # Guests indexed in an earlier layout (or not at all): rebuilt from them.
            raw.execute("DELETE FROM app_meta WHERE key = 'search_index_version'")


def index_present(conn: Connection) -> bool:
    """True when the index's tables exist (FTS5's on SQLite, the token table's on PG)."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        return pg_search.present(raw)
    found = raw.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
    return found is not None


class RebuildSuperseded(Exception):
    """Another reindex started meanwhile and replaced this one's shadow index."""


def rebuild_in_steps(
    db: Database, progress: Callable[[int, int], None] | None = None, step: int = 2500
) -> int:
    """Rebuild the index beside the live one, in short transactions, then swap it in.

    Searches keep using the whole old index until the swap; no transaction holds the
    write lock for longer than one step (about a second), so saves and imports go on.
    Guests changed meanwhile reach the shadow too (write_entries writes both), and a
    step never overwrites them with what it read before the change.
    """
    if db.engine.dialect.name == "postgresql":
        # One transaction: searches keep reading the old index (MVCC) until it commits.
        with db.write() as session:
            return rebuild(session, progress, step)
    with db.write() as session:
        raw = _raw(session.connection())
        for table in (SHADOW_TABLE, SHADOW_MAP):
            raw.execute(f"DROP TABLE IF EXISTS {table}")  # left by a killed reindex
        raw.execute(_create_fts(SHADOW_TABLE))
        raw.execute(
            f"CREATE TABLE {SHADOW_MAP} (guest_id INTEGER PRIMARY KEY, "
            "fts_rowid INTEGER NOT NULL UNIQUE)"
        )
    # FTS5 builds fastest when documents arrive in rowid order (its segments then never
    # overlap), so guests are indexed in the order of their future rowids.
    today = date.today()
    with db.read() as session:
        ordered = [r[0] for r in _raw(session.connection()).execute(_ids_in_rowid_order(today))]
    total = len(ordered)

    def reads() -> Iterable[tuple[list[IndexRow]]]:
        for start in range(0, total, step):
            with db.read() as session:
                yield (
                    _index_rows(_raw(session.connection()), ordered[start : start + step], today),
                )

    done = 0

    def write(entries: list[IndexEntry]) -> None:
        nonlocal done
        with db.write() as session:
            raw = _raw(session.connection())
            if not _has_shadow(raw):
                raise RebuildSuperseded
            ids = tuple(e.guest_id for e in entries)
            marks = ", ".join("?" for _ in ids)
            alive = {r[0] for r in raw.execute(f"SELECT id FROM guests WHERE id IN ({marks})", ids)}
            # A guest changed since it was read is in the shadow already, up to date.
            newer = {
                r[0]
                for r in raw.execute(
                    f"SELECT guest_id FROM {SHADOW_MAP} WHERE guest_id IN ({marks})", ids
                )
            }
            keep = [e for e in entries if e.guest_id in alive and e.guest_id not in newer]
            if keep:
                _write(raw, SHADOW_TABLE, SHADOW_MAP, keep, fresh=True)
        done += len(entries)
        if progress:
            progress(done, total)

    if total > 4 * step:
        with HelperProcess() as helper:
            for entries in helper.imap(entries_from_rows, reads(), ahead=4):
                write(entries)
    else:
        for args in reads():
            write(entries_from_rows(*args))
    _merge_segments(db)
    with db.write() as session:  # the swap: one short transaction
        raw = _raw(session.connection())
        if not _has_shadow(raw):
            raise RebuildSuperseded
        raw.execute(f"DROP TABLE {FTS_TABLE}")
        raw.execute(f"ALTER TABLE {SHADOW_TABLE} RENAME TO {FTS_TABLE}")
        raw.execute("DELETE FROM search_rowids")
        raw.execute(
            f"INSERT INTO search_rowids (guest_id, fts_rowid) SELECT m.guest_id, m.fts_rowid "
            f"FROM {SHADOW_MAP} m JOIN guests g ON g.id = m.guest_id"
        )
        raw.execute(f"DROP TABLE {SHADOW_MAP}")
        raw.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('search_index_version', ?)",
            (INDEX_VERSION,),
        )
    return done


def _merge_segments(db: Database, pages: int = 500, most: int = 10_000) -> None:
    """What 'optimize' does, in short steps: merge the shadow's b-tree segments."""
    for _ in range(most):
        with db.write() as session:
            raw = _raw(session.connection())
            if not _has_shadow(raw):
                raise RebuildSuperseded
            before = raw.total_changes
            raw.execute(
                f"INSERT INTO {SHADOW_TABLE} ({SHADOW_TABLE}, rank) VALUES ('merge', ?)", (pages,)
            )
            if raw.total_changes - before < 2:  # FTS5: no more work to do
                return


def _ids_in_rowid_order(today: date) -> str:
    return f"""
    SELECT g.id FROM guests g
    LEFT JOIN (SELECT guest_id, max(departure) AS last FROM stays
               WHERE {stays_to_date_sql(today)} GROUP BY guest_id) s
        ON s.guest_id = g.id
    ORDER BY CASE g.tier WHEN 'P' THEN 0 WHEN 'IP' THEN 1 WHEN 'VIP' THEN 2
                         WHEN 'VVIP' THEN 3 ELSE 4 END,
             max(0, min(65535, coalesce(julianday(s.last) - julianday('{_EPOCH.isoformat()}'), 0))),
             g.id
    """


IndexRow = tuple[int, str, str, str, str | None, str, str, str, list[str], str | None]


def _index_rows(raw: Any, ids: Sequence[int], today: date) -> list[IndexRow]:
    """What the index needs of these guests, as plain tuples (cheap to send to a worker)."""
    marks = ", ".join("?" for _ in ids)
    phones: dict[int, list[str]] = {}
    for guest_id, e164 in raw.execute(
        f"SELECT guest_id, e164 FROM guest_phones WHERE guest_id IN ({marks}) "
        "ORDER BY guest_id, position",
        tuple(ids),
    ):
        phones.setdefault(guest_id, []).append(e164)
    last_stay = dict(
        raw.execute(
            f"SELECT guest_id, max(departure) FROM stays WHERE guest_id IN ({marks}) "
            f"AND {stays_to_date_sql(today)} GROUP BY guest_id",
            tuple(ids),
        ).fetchall()
    )
    return [
        (
            guest_id,
            name,
            native,
            latin,
            member_no,
            email,
            company,
            tier,
            phones.get(guest_id, []),
            last_stay.get(guest_id),
        )
        for guest_id, name, native, latin, member_no, email, company, tier in raw.execute(
            "SELECT id, name, native_name, latin_name, member_no, email, company, tier "
            f"FROM guests WHERE id IN ({marks}) ORDER BY id",
            tuple(ids),
        )
    ]


def entries_from_rows(rows: list[IndexRow]) -> list[IndexEntry]:
    """Index entries from plain rows (pure: runs in a worker process for big rebuilds)."""
    out = []
    for guest_id, name, native, latin, member_no, email, company, tier, phones, last in rows:
        draft = GuestDraft(
            name=name,
            native_name=native,
            latin_name=latin,
            member_no=member_no,
            email=email,
            company=company,
            tier=Tier(tier),
            phones=[Phone(e164, e164) for e164 in phones],
        )
        rowid = fts_rowid(guest_id, draft.tier, date.fromisoformat(last) if last else None)
        out.append(IndexEntry(guest_id, rowid, keys_for(draft).columns()))
    return out
