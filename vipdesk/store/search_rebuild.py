"""Rebuilding the guest search index from the guest tables (store/search_index keeps it
up to date change by change): at once (`vipdesk reindex`, a new INDEX_VERSION, a move to a
server), or in steps beside the live index while the counters keep working.

Big rebuilds compute the tokens in a helper process (entries_from_rows is pure), so both
cores work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import Phone
from vipdesk.domain.tiers import Tier
from vipdesk.store import pg_search
from vipdesk.store.engines import PgRaw
from vipdesk.store.helper_process import HelperProcess
from vipdesk.store.search_index import (
    CREATE_FTS,
    EPOCH,
    FTS_TABLE,
    INDEX_VERSION,
    SHADOW_MAP,
    SHADOW_TABLE,
    IndexEntry,
    create_fts_sql,
    fts_rowid,
    has_shadow,
    keys_for,
    raw_of,
    stays_to_date_sql,
    write_documents,
    write_entries,
)

if TYPE_CHECKING:
    from vipdesk.store.db import Database


def rebuild(
    session: Session, progress: Callable[[int, int], None] | None = None, chunk: int = 2500
) -> int:
    """Rebuild the whole index from the guest tables; returns the number of guests.

    For big databases the tokens are computed in a second process while this one reads
    and writes, so both cores work.
    """
    conn = session.connection()
    raw = raw_of(conn)
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
        raw = raw_of(session.connection())
        for table in (SHADOW_TABLE, SHADOW_MAP):
            raw.execute(f"DROP TABLE IF EXISTS {table}")  # left by a killed reindex
        raw.execute(create_fts_sql(SHADOW_TABLE))
        raw.execute(
            f"CREATE TABLE {SHADOW_MAP} (guest_id INTEGER PRIMARY KEY, "
            "fts_rowid INTEGER NOT NULL UNIQUE)"
        )
    # FTS5 builds fastest when documents arrive in rowid order (its segments then never
    # overlap), so guests are indexed in the order of their future rowids.
    today = date.today()
    with db.read() as session:
        ordered = [r[0] for r in raw_of(session.connection()).execute(_ids_in_rowid_order(today))]
    total = len(ordered)

    def reads() -> Iterable[tuple[list[IndexRow]]]:
        for start in range(0, total, step):
            with db.read() as session:
                yield (
                    _index_rows(raw_of(session.connection()), ordered[start : start + step], today),
                )

    done = 0

    def write(entries: list[IndexEntry]) -> None:
        nonlocal done
        with db.write() as session:
            raw = raw_of(session.connection())
            if not has_shadow(raw):
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
                write_documents(raw, SHADOW_TABLE, SHADOW_MAP, keep, fresh=True)
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
        raw = raw_of(session.connection())
        if not has_shadow(raw):
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
            raw = raw_of(session.connection())
            if not has_shadow(raw):
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
             max(0, min(65535, coalesce(julianday(s.last) - julianday('{EPOCH.isoformat()}'), 0))),
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
