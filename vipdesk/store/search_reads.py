"""Reading the guest search index (store/search_index writes it): the full-text lookups,
today's guests, the confidential aliases, and SearchReads, which sends all of one search's
lookups to a PostgreSQL server in one round trip.

The search hot path talks to the driver directly (raw_driver): SQLAlchemy's per-statement
work costs more than SQLite's own for these tiny queries. Same connection, same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.search_text import COLUMNS
from vipdesk.store import driver, pg_search
from vipdesk.store.engines import PgRaw, raw_driver
from vipdesk.store.engines import pipelined as engines_pipelined
from vipdesk.store.search_index import FTS_TABLE, guest_id_of, keys_for, under_way_ranges


@dataclass(frozen=True)
class Candidate:
    guest_id: int
    rowid: int
    columns: dict[str, str]


def _raw(conn: Connection | driver.Connection | PgRaw) -> Any:
    # The search hot path talks to the driver directly: SQLAlchemy's per-statement work
    # costs more than SQLite's own for these tiny queries. Same connection, same transaction.
    return raw_driver(conn)


def fts_query(
    conn: Connection | driver.Connection | PgRaw, match: str, limit: int
) -> list[Candidate]:
    """Documents matching an FTS5 expression, best tier and most recent stay first."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        return [
            Candidate(guest_id_of(r[0]), r[0], dict(zip(COLUMNS, r[1:], strict=True)))
            for r in pg_search.query(raw, match, limit)
        ]
    rows = (
        _raw(conn)
        .execute(
            f"SELECT rowid, {', '.join(COLUMNS)} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
            "ORDER BY rowid DESC LIMIT ?",
            (match, limit),
        )
        .fetchall()
    )
    return [
        Candidate(guest_id_of(r[0]), r[0], dict(zip(COLUMNS, r[1:], strict=True))) for r in rows
    ]


def fts_rowids(conn: Connection | driver.Connection | PgRaw, match: str, limit: int) -> list[int]:
    """Only the rowids (tier, recency, id) of matching documents, best first: cheap."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        return pg_search.rowids(raw, match, limit)
    rows = (
        _raw(conn)
        .execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, limit),
        )
        .fetchall()
    )
    return [r[0] for r in rows]


def candidates_by_id(
    conn: Connection | driver.Connection | PgRaw, guest_ids: Sequence[int]
) -> list[Candidate]:
    return candidates_later(conn, guest_ids)()


def candidates_later(
    conn: Connection | driver.Connection | PgRaw, guest_ids: Sequence[int]
) -> Callable[[], list[Candidate]]:
    """candidates_by_id, sent now and read when called (in a `pipelined` block, with the
    reads sent after it)."""
    if not guest_ids:
        return list
    raw = _raw(conn)
    params: tuple[Any, ...]
    if isinstance(raw, PgRaw):  # one statement for any number: prepared once
        marks, params = "= ANY(?)", (list(guest_ids),)
    else:
        marks, params = f"IN ({', '.join('?' for _ in guest_ids)})", tuple(guest_ids)
    cursor = raw.execute(
        f"SELECT s.rowid, {', '.join('s.' + c for c in COLUMNS)} FROM search_rowids m "
        f"JOIN {FTS_TABLE} s ON s.rowid = m.fts_rowid WHERE m.guest_id {marks}",
        params,
    )
    return lambda: [
        Candidate(guest_id_of(r[0]), r[0], dict(zip(COLUMNS, r[1:], strict=True)))
        for r in cursor.fetchall()
    ]


# domain.stays.is_in_house in SQL (parameters: today, today); a test keeps them in step.
# A hand-typed stay (status NULL) is checked in between its dates.
IN_HOUSE_SQL = "coalesce(status, 'checked_in') = 'checked_in' AND arrival <= ? AND departure > ?"


def in_house_by_room(
    conn: Connection | driver.Connection | PgRaw, room: str, today: date
) -> list[int]:
    return [r[0] for r in _raw(conn).execute(*_in_house_by_room_sql(room, today)).fetchall()]


def _in_house_by_room_sql(room: str, today: date) -> tuple[str, tuple[Any, ...]]:
    return (
        "SELECT DISTINCT guest_id FROM stays WHERE room = ? AND guest_id IS NOT NULL "
        f"AND {IN_HOUSE_SQL} "
        # An erased guest is found by no search (their row only keeps reports true).
        "AND guest_id NOT IN (SELECT guest_id FROM erased_guests)",
        (room, today.isoformat(), today.isoformat()),
    )


# domain.stays.is_arriving in SQL (parameter: the day); a test keeps them in step.
ARRIVING_SQL = "arrival = ? AND coalesce(status, 'reserved') IN ('reserved', 'checked_in')"


def today_rowids(conn: Connection | driver.Connection | PgRaw, today: date) -> list[int]:
    """FTS rowids of the guests search should look at first today: a small set.

    Guests arriving on `today` (by the stays' arrival index), and guests whose stay is
    under way, found by their rowid: a stay under way gives the highest recency of all
    (its departure is today or later), so in each tier they sit at the top of the rowid
    range. Both may include a few guests who are neither by now; the caller checks.
    """
    raw = _raw(conn)
    if isinstance(raw, PgRaw):  # one round trip to the server instead of six
        return [r[0] for r in raw.execute(*_today_rowids_sql(today))]
    out = [
        r[0]
        for r in raw.execute(
            "SELECT fts_rowid FROM search_rowids WHERE guest_id IN "
            f"(SELECT guest_id FROM stays WHERE {ARRIVING_SQL})",
            (today.isoformat(),),
        )
    ]
    for low, high in under_way_ranges(today):
        out += [
            r[0]
            for r in raw.execute(
                "SELECT fts_rowid FROM search_rowids WHERE fts_rowid BETWEEN ? AND ?",
                (low, high),
            )
        ]
    return out


def _today_rowids_sql(today: date) -> tuple[str, tuple[Any, ...]]:
    """today_rowids() as one query (PostgreSQL)."""
    ranges = under_way_ranges(today)
    # UNION ALL, not OR: each part keeps its own index.
    between = " UNION ALL ".join(
        "SELECT fts_rowid FROM search_rowids WHERE fts_rowid BETWEEN ? AND ?" for _ in ranges
    )
    return (
        "SELECT fts_rowid FROM search_rowids WHERE guest_id IN "
        f"(SELECT guest_id FROM stays WHERE {ARRIVING_SQL}) UNION ALL {between}",
        (today.isoformat(), *(v for pair in ranges for v in pair)),
    )


def lookup_settings(conn: Connection | driver.Connection | PgRaw) -> None:
    """PostgreSQL: the settings for the reads of one pipelined batch of a search (local to
    its implicit transaction, see Database.snapshot). SQLite: no-op."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):
        _lookup_settings(raw)


def _lookup_settings(raw: PgRaw) -> None:
    """For the lookups of one pipelined batch (SET LOCAL: until its end)."""
    # Compiling a plan to machine code costs more than these lookups ever do, and planning
    # them (a few shapes, reused with every keystroke) more than running them: one
    # generic plan per shape, prepared once per connection.
    # A hash table is sized (and allocated) for a generic plan's guess of rows, where a
    # lookup sorts a few dozen. One statement: each costs the server a little.
    raw.execute(
        "SELECT set_config('jit', 'off', true), "
        "set_config('plan_cache_mode', 'force_generic_plan', true), "
        "set_config('enable_hashagg', 'off', true)"
    )


class SearchReads:
    """What one search reads before it ranks: the confidential guests' aliases, the rowid
    lists of its FTS lookups (in rank order) and today's guests' documents.

    SQLite reads each lookup when asked (the caller stops once it has enough); PostgreSQL
    sends them all at once, each for up to `most` rows: one round trip to the server
    instead of one per lookup, which is what a search costs there. Only the `first`
    lookups go with it (all when None); the rest follow together in a second round trip
    when the caller asks for one of them (a search for a common word has found enough
    before, and the server never runs them).
    """

    def __init__(
        self,
        conn: Connection | driver.Connection | PgRaw,
        expressions: Sequence[str],
        most: int,
        today: date,
        *,
        staff_id: int,
        room: str | None = None,
        first: int | None = None,
    ) -> None:
        raw = _raw(conn)
        self._raw, self._expressions, self._today = raw, list(expressions), today
        self._most = most
        self._lists: list[list[int]] | None = None
        self._today_docs: list[Candidate] | None = None
        role_sql = "SELECT role FROM staff WHERE id = ? AND active = ?"
        if not isinstance(raw, PgRaw):
            found = raw.execute(role_sql, (staff_id, True)).fetchone()
            self.role: str | None = found[0] if found else None
            self.confidential = confidential_aliases(raw)
            self.in_room = in_house_by_room(raw, room, today) if room else []
            return
        today_sql, today_params = _today_rowids_sql(today)
        with raw.conn.pipeline():
            _lookup_settings(raw)
            role = raw.execute(role_sql, (staff_id, True))
            in_room = raw.execute(*_in_house_by_room_sql(room, today)) if room else None
            aliases = raw.execute("SELECT guest_id, alias FROM guest_confidential")
            docs = raw.execute(
                f"SELECT rowid, {', '.join(COLUMNS)} FROM {FTS_TABLE} WHERE rowid IN "
                f"({today_sql}) ORDER BY rowid DESC",
                today_params,
            )
            lists = [self._send(e) for e in self._expressions[:first]]
        found = role.fetchone()
        self.role = found[0] if found else None
        self.in_room = [r[0] for r in in_room.fetchall()] if in_room is not None else []
        self.confidential = dict(aliases.fetchall())
        self._today_docs = [
            Candidate(guest_id_of(r[0]), r[0], dict(zip(COLUMNS, r[1:], strict=True)))
            for r in docs.fetchall()
        ]
        self._lists = [[r[0] for r in cur.fetchall()] for cur in lists]

    def _send(self, expression: str) -> Any:
        # Prepared: the plan of each shape of lookup is made once per connection.
        return self._raw.execute(*pg_search.rowids_sql(expression, self._most), prepare=True)

    def rowids(self, index: int, limit: int) -> list[int]:
        """The best `limit` rowids of lookup `index` (limit <= most)."""
        if self._lists is None:
            return fts_rowids(self._raw, self._expressions[index], limit)
        if index >= len(self._lists):  # the rest, in a second round trip
            with self._raw.conn.pipeline():
                _lookup_settings(self._raw)
                rest = [self._send(e) for e in self._expressions[len(self._lists) :]]
            self._lists += [[r[0] for r in cur.fetchall()] for cur in rest]
        return self._lists[index][:limit]

    def today_documents(self) -> list[Candidate]:
        """The documents of the guests search looks at first today (see today_rowids)."""
        if self._today_docs is None:
            self._today_docs = documents(self._raw, today_rowids(self._raw, self._today))
        return self._today_docs


def pipelined(conn: Connection | driver.Connection | PgRaw) -> AbstractContextManager[Any]:
    """engines.pipelined on a search connection."""
    return engines_pipelined(_raw(conn))


def documents(
    conn: Connection | driver.Connection | PgRaw, rowids: Sequence[int]
) -> list[Candidate]:
    """The index documents of these rowids (each looked up by rowid: no full-text query)."""
    raw = _raw(conn)
    if isinstance(raw, PgRaw):  # one round trip to the server for all of them
        rows = raw.execute(
            f"SELECT rowid, {', '.join(COLUMNS)} FROM {FTS_TABLE} WHERE rowid = ANY(?) "
            "ORDER BY rowid DESC",
            (sorted(set(rowids)),),
        ).fetchall()
        return [
            Candidate(guest_id_of(r[0]), r[0], dict(zip(COLUMNS, r[1:], strict=True))) for r in rows
        ]
    out = []
    select = f"SELECT rowid, {', '.join(COLUMNS)} FROM {FTS_TABLE} WHERE rowid = ?"
    for rowid in sorted(set(rowids), reverse=True):
        row = raw.execute(select, (rowid,)).fetchone()
        if row is not None:
            out.append(
                Candidate(guest_id_of(row[0]), row[0], dict(zip(COLUMNS, row[1:], strict=True)))
            )
    return out


def meta_value(conn: Connection | driver.Connection | PgRaw, key: str) -> str | None:
    """A value from `app_meta` through a search connection (e.g. the database id)."""
    row = _raw(conn).execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row and row[0] else None


def guests_by_document_hash(
    conn: Connection | driver.Connection | PgRaw, lookup_hash: str
) -> list[int]:
    """Guests holding a document whose number hashes to `lookup_hash` (exact match only)."""
    return [
        r[0]
        for r in _raw(conn).execute(
            "SELECT DISTINCT guest_id FROM guest_id_documents WHERE lookup_hash = ? "
            "ORDER BY guest_id",
            (lookup_hash,),
        )
    ]


def confidential_aliases(conn: Connection | driver.Connection) -> dict[int, str]:
    """guest id → alias of every confidential guest (a short table, read per search)."""
    return dict(_raw(conn).execute("SELECT guest_id, alias FROM guest_confidential").fetchall())


def columns_of_name(name: str) -> dict[str, str]:
    """The index columns a guest with only this name would have (to match an alias)."""
    return dict(zip(COLUMNS, keys_for(GuestDraft(name=name)).columns(), strict=True))
