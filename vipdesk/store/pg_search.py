"""The guest search index on PostgreSQL: the same documents, a term table for matching.

`guest_search` is a plain table there (rowid, one text column per index column), so the
lookups by rowid and by guest read the same SQL on both engines. Matching goes through
`guest_search_terms`: one row per guest and token, with a bit per index column the token
is in. Results come best first by rowid (tier, recency, id), as FTS5's do.

How a lookup stays fast at a million guests (figures in the module's end notes):
- an exact token is an index range on (token, rowid), read backwards: the best guests
  first, and it stops at LIMIT however common the token;
- a prefix reads at most CAP matching rows (one index range) and sorts them; a prefix
  more common than that (王, w, chen) is found instead by walking the documents best
  first and probing each guest's tokens on the (rowid, token) index: with so many
  matches, the first LIMIT come within a few hundred guests;
- the other words of an AND are probed the same way, per candidate.
Prefix matching on a btree works for one Chinese character as for any other: pg_trgm's
index cannot serve a query of under three characters (see the notes at the end).

The FTS5 expressions services/search writes (`{a b} : "tok"*`, joined by AND) are read
here, so one query plan serves both engines.

Measured at 100,000 bench guests (2026-11-30, a 2-core machine at load 8-11 from other
work, so wall times are inflated; "server" is EXPLAIN ANALYZE's execution time):
- pg_trgm (GIN on `name`, 5.7 MB, built in 3 s): `name LIKE '王%'` cannot use the index
  (one character gives no trigram): a sequential scan, p50 24 ms, and 26 ms for 李.
  Two characters (欧阳%) use it: 2.5 ms. Our rule ("a token of the column starts with")
  is `LIKE 'q%' OR LIKE '% q%'`: 24 ms for 王 (no index), 400-560 ms for 王小, chen and
  陈梅熙 (index used, then a recheck of most of the table).
- this term table, the same queries best 40: 王 p50 14.9 ms wall / 0.7 ms server, 李 7.8,
  欧阳 1.0, smith 0.5 exact, 11 prefix. Server times on the six main columns: an exact
  token 0.05 ms, 王* 0.7-1.2, chen* 2.3, w* 13 (the walk), initials 0.3, a phone tail
  0.15; the slow case is an AND whose second word is rare (chen* AND mei*: 24-38 ms,
  the probes find few among many chen).
So the btree term table, not pg_trgm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from vipdesk.domain.search_text import COLUMNS

DOCS = "guest_search"
TERMS = "guest_search_terms"
_RETIRED = ("guest_search_tokens",)  # the first layout: one row per token and column
_COLUMN_BIT = {name: 1 << i for i, name in enumerate(COLUMNS)}
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps
_TERM = re.compile(r'^\s*(?:\{([^}]*)\}|(\w+))\s*:\s*"([^"]*)"(\*?)\s*$')
CAP = 5_000
"""Matching rows a prefix reads and sorts at most; beyond, the documents are walked."""


def create_tables(raw: Any) -> None:
    for table in (TERMS, *_RETIRED, DOCS):
        raw.execute(f"DROP TABLE IF EXISTS {table}")
    columns = ", ".join(f"{c} text NOT NULL DEFAULT ''" for c in COLUMNS)
    raw.execute(f"CREATE TABLE {DOCS} (rowid bigint PRIMARY KEY, {columns})")
    raw.execute(
        f"CREATE TABLE {TERMS} (token text NOT NULL, rowid bigint NOT NULL REFERENCES {DOCS} "
        "(rowid) ON DELETE CASCADE ON UPDATE CASCADE, cols integer NOT NULL)"
    )


def create_indexes(raw: Any) -> None:
    """After a bulk load (faster than keeping them up to date row by row)."""
    raw.execute("SET LOCAL maintenance_work_mem = '256MB'")  # sorts a million guests' terms
    raw.execute(
        f"CREATE INDEX IF NOT EXISTS {TERMS}_token ON {TERMS} "
        "(token text_pattern_ops, rowid) INCLUDE (cols)"
    )
    raw.execute(
        f"CREATE INDEX IF NOT EXISTS {TERMS}_rowid ON {TERMS} "
        "(rowid, token text_pattern_ops) INCLUDE (cols)"
    )
    raw.execute(f"ANALYZE {DOCS}")
    raw.execute(f"ANALYZE {TERMS}")


def present(raw: Any) -> bool:
    row = raw.execute(
        f"SELECT to_regclass('{DOCS}')::text, to_regclass('{TERMS}')::text"
    ).fetchone()
    return row is not None and row[0] is not None and row[1] is not None


def terms_of(rowid: int, columns: Sequence[str]) -> list[tuple[str, int, int]]:
    """(token, rowid, column bits): one row per distinct token of the document."""
    bits: dict[str, int] = {}
    for no, text in enumerate(columns):
        for token in _TOKEN.findall(text or ""):
            bits[token] = bits.get(token, 0) | (1 << no)
    return [(token, rowid, b) for token, b in bits.items()]


def write(raw: Any, entries: Sequence[Any], fresh: bool) -> None:
    """Replace these guests' documents (entries: search_index.IndexEntry)."""
    if not fresh:
        delete(raw, [e.guest_id for e in entries])
    terms = [t for e in entries for t in terms_of(e.rowid, e.columns)]
    if len(entries) > 50:  # a bulk load: COPY is several times faster than INSERTs
        with raw.conn.cursor() as cur:
            with cur.copy(f"COPY {DOCS} (rowid, {', '.join(COLUMNS)}) FROM STDIN") as copy:
                for e in entries:
                    copy.write_row((e.rowid, *e.columns))
            with cur.copy(f"COPY {TERMS} (token, rowid, cols) FROM STDIN") as copy:
                for t in terms:
                    copy.write_row(t)
    else:
        raw.executemany(
            f"INSERT INTO {DOCS} (rowid, {', '.join(COLUMNS)}) "
            f"VALUES (?, {', '.join('?' for _ in COLUMNS)})",
            [(e.rowid, *e.columns) for e in entries],
        )
        raw.executemany(f"INSERT INTO {TERMS} (token, rowid, cols) VALUES (?, ?, ?)", terms)
    raw.executemany(
        "INSERT INTO search_rowids (guest_id, fts_rowid) VALUES (?, ?) "
        "ON CONFLICT (guest_id) DO UPDATE SET fts_rowid = EXCLUDED.fts_rowid",
        [(e.guest_id, e.rowid) for e in entries],
    )


def delete(raw: Any, guest_ids: Sequence[int]) -> None:
    ids = list(guest_ids)
    if not ids:
        return
    raw.execute(
        f"DELETE FROM {DOCS} WHERE rowid IN "
        "(SELECT fts_rowid FROM search_rowids WHERE guest_id = ANY(?))",
        (ids,),
    )
    raw.execute("DELETE FROM search_rowids WHERE guest_id = ANY(?)", (ids,))


def move(raw: Any, changes: Sequence[tuple[int, int, int]]) -> None:
    """(guest id, old rowid, new rowid): the terms follow (ON UPDATE CASCADE)."""
    raw.executemany(
        f"UPDATE {DOCS} SET rowid = ? WHERE rowid = ?", [(new, old) for _, old, new in changes]
    )
    raw.executemany(
        "UPDATE search_rowids SET fts_rowid = ? WHERE guest_id = ?",
        [(new, guest_id) for guest_id, _, new in changes],
    )


def _like_prefix(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


Condition = tuple[str, bool, int]
"""(token, prefix?, column bits): a guest matches when one of its tokens in those columns
equals the token (or starts with it)."""


def conditions(expression: str) -> list[Condition] | None:
    """An FTS5 expression (terms joined by AND) as conditions; None when nothing can match."""
    out: list[Condition] = []
    for term in expression.split(" AND "):
        m = _TERM.match(term)
        if m is None:
            raise ValueError(f"not a search term this index reads: {term!r}")
        names = (m.group(1) or m.group(2) or "").split()
        bits = 0
        for name in names:
            bits |= _COLUMN_BIT[name]
        words = _TOKEN.findall(m.group(3).lower())
        if not words:
            return None
        for i, word in enumerate(words):
            out.append((word, bool(m.group(4)) and i == len(words) - 1, bits))
    return out


def _probe(cond: Condition, alias: str) -> tuple[str, list[Any]]:
    token, prefix, bits = cond
    op, value = ("LIKE", _like_prefix(token)) if prefix else ("=", token)
    # A scalar subquery, not EXISTS: the planner would turn EXISTS into a join that reads
    # every match first, where a probe per candidate stops at the first LIMIT of them.
    return (
        f"(SELECT true FROM {TERMS} p WHERE p.rowid = {alias}.rowid AND p.token {op} ? "
        "AND p.cols & ? <> 0 LIMIT 1)",
        [value, bits],
    )


def match_sql(expression: str) -> tuple[str, list[Any]]:
    """A query of the best rowids matching an FTS5 expression, best first (param: limit).

    An exact token drives (the others are probed per candidate); words that are all
    prefixes are intersected whole: two common words can have few guests in common, and
    walking the documents for those would read a great many.
    """
    conds = conditions(expression)
    if conds is None:
        return "SELECT rowid FROM (SELECT 1::bigint AS rowid) n WHERE false LIMIT ?", []
    conds.sort(key=lambda c: (c[1], -len(c[0])))
    if len(conds) > 1 and conds[0][1]:
        sets = " INTERSECT ".join(
            f"SELECT rowid FROM {TERMS} WHERE token LIKE ? AND cols & ? <> 0" for _ in conds
        )
        return (
            f"SELECT rowid FROM ({sets}) m ORDER BY rowid DESC LIMIT ?",
            [v for token, _p, bits in conds for v in (_like_prefix(token), bits)],
        )
    (token, prefix, bits), others = conds[0], conds[1:]
    probes, probe_params = [], []
    for cond in others:
        sql, params = _probe(cond, "m")
        probes.append(sql)
        probe_params += params
    where = "".join(f" AND {p}" for p in probes)
    if not prefix:
        return (
            f"SELECT rowid FROM {TERMS} m WHERE token = ? AND cols & ? <> 0{where} "
            "ORDER BY rowid DESC LIMIT ?",
            [token, bits, *probe_params],
        )
    # A prefix: its rows (when they are not too many) sorted, else the documents walked.
    walk_probe, walk_params = _probe((token, True, bits), "m")
    sql = (
        f"WITH d AS MATERIALIZED (SELECT rowid FROM {TERMS} WHERE token LIKE ? "
        f"AND cols & ? <> 0 LIMIT {CAP}) "
        "SELECT rowid FROM ("
        # OFFSET 0 keeps the probes above the sort: they stop at LIMIT, best first.
        "(SELECT m.rowid FROM (SELECT DISTINCT rowid FROM d "
        f"WHERE (SELECT count(*) FROM d) < {CAP} ORDER BY rowid DESC OFFSET 0) m "
        f"WHERE true{where} LIMIT ?)"
        f" UNION ALL (SELECT m.rowid FROM {DOCS} m WHERE (SELECT count(*) FROM d) >= {CAP} "
        f"AND {walk_probe}{where} ORDER BY m.rowid DESC LIMIT ?)) u"
    )
    return sql, [_like_prefix(token), bits, *probe_params, "LIMIT", *walk_params, *probe_params]


def rowids_sql(expression: str, limit: int) -> tuple[str, list[Any]]:
    """rowids() as (sql, parameters)."""
    sql, params = match_sql(expression)
    return sql, [*(limit if p == "LIMIT" else p for p in params), limit]


def rowids(raw: Any, expression: str, limit: int) -> list[int]:
    return [r[0] for r in raw.execute(*rowids_sql(expression, limit)).fetchall()]


def query(raw: Any, expression: str, limit: int) -> list[tuple[Any, ...]]:
    sql, params = match_sql(expression)
    params = [limit if p == "LIMIT" else p for p in params]
    return list(
        raw.execute(
            f"SELECT d.rowid, {', '.join('d.' + c for c in COLUMNS)} FROM ({sql}) r "
            f"JOIN {DOCS} d ON d.rowid = r.rowid ORDER BY d.rowid DESC",
            (*params, limit),
        ).fetchall()
    )


def size_bytes(raw: Any) -> int:
    """The index's tables and their indexes on disk."""
    row = raw.execute(
        f"SELECT pg_total_relation_size('{DOCS}') + pg_total_relation_size('{TERMS}')"
    ).fetchone()
    return int(row[0])
