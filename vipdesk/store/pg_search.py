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
SHORT = "guest_search_short"
SHORT_LEN = 2
"""Prefixes this long or shorter are stored (like FTS5's `prefix=` option): one row per
prefix, column and guest, so a short prefix is an equality, read best first up to LIMIT."""
_SHORT_COLUMNS = tuple(i for i, name in enumerate(COLUMNS) if name != "tail")
"""The tail (a phone number backwards) is only looked up by four digits or more."""
_SHORT_BITS = sum(1 << i for i in _SHORT_COLUMNS)
_RARE = {
    "alt": _COLUMN_BIT["pinyin_alt"],
    "initials": _COLUMN_BIT["initials"],
    "inner": _COLUMN_BIT["name_inner"] | _COLUMN_BIT["pinyin_inner"],
}
"""Lookups in columns that hold few of the index's tokens, with an index of their own
(partial: only those rows), so a range is not read through the tokens of other columns.
services/search asks for exactly these column sets."""
CAP = 2_000
"""Matching rows a longer prefix reads and sorts at most; beyond, see match_sql."""
TRY = 400
"""Documents probed first for several common words (see _every_prefix_sql)."""
FEW = 64
"""Distinct tokens a prefix may cover to be read token by token (each its best first)."""


def create_tables(raw: Any) -> None:
    for table in (SHORT, TERMS, *_RETIRED, DOCS):
        raw.execute(f"DROP TABLE IF EXISTS {table}")
    columns = ", ".join(f"{c} text NOT NULL DEFAULT ''" for c in COLUMNS)
    raw.execute(f"CREATE TABLE {DOCS} (rowid bigint PRIMARY KEY, {columns})")
    raw.execute(
        f"CREATE TABLE {TERMS} (token text NOT NULL, rowid bigint NOT NULL REFERENCES {DOCS} "
        "(rowid) ON DELETE CASCADE ON UPDATE CASCADE, cols integer NOT NULL)"
    )
    # Kept in step with the terms by add_short/drop_short (a foreign key would need an
    # index on rowid: a third of the table's size again).
    raw.execute(
        f'CREATE TABLE {SHORT} (prefix text COLLATE "C" NOT NULL, col smallint NOT NULL, '
        "rowid bigint NOT NULL)"
    )


def _short_rows(where: str) -> str:
    """The short-prefix rows of the terms matching `where` (alias t), computed from them."""
    return (
        f"SELECT DISTINCT left(t.token, l.n) AS prefix, c.n::smallint AS col, t.rowid "
        f"FROM {TERMS} t CROSS JOIN generate_series(1, {SHORT_LEN}) l(n) "
        f"CROSS JOIN unnest(ARRAY{list(_SHORT_COLUMNS)}) c(n) "
        f"WHERE {where} AND l.n <= length(t.token) AND t.cols & (1 << c.n) <> 0"
    )


def add_short(raw: Any, rowids: Sequence[int] | None) -> None:
    """The short prefixes of these documents' terms (None: of all, after a bulk load)."""
    if rowids is None:
        raw.execute(f"INSERT INTO {SHORT} (prefix, col, rowid) {_short_rows('true')}")
    elif rowids:
        raw.execute(
            f"INSERT INTO {SHORT} (prefix, col, rowid) {_short_rows('t.rowid = ANY(?)')}",
            (list(rowids),),
        )


def drop_short(raw: Any, rowids_sql: str, params: Sequence[Any]) -> None:
    """Before their terms go: the short prefixes of the documents `rowids_sql` selects."""
    raw.execute(
        f"DELETE FROM {SHORT} s USING ({_short_rows(f't.rowid IN ({rowids_sql})')}) x "
        "WHERE s.prefix = x.prefix AND s.col = x.col AND s.rowid = x.rowid",
        params,
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
    for name, bits in _RARE.items():
        raw.execute(
            f"CREATE INDEX IF NOT EXISTS {TERMS}_{name} ON {TERMS} "
            f"(token text_pattern_ops, rowid) INCLUDE (cols) WHERE cols & {bits} <> 0"
        )
    raw.execute(f"CREATE INDEX IF NOT EXISTS {SHORT}_prefix ON {SHORT} (prefix, col, rowid)")
    raw.execute(f"ANALYZE {DOCS}")
    raw.execute(f"ANALYZE {TERMS}")
    raw.execute(f"ANALYZE {SHORT}")


def present(raw: Any) -> bool:
    """The index's tables are there, in this layout (else it is rebuilt)."""
    row = raw.execute(
        f"SELECT to_regclass('{DOCS}') IS NOT NULL AND to_regclass('{TERMS}') IS NOT NULL "
        f"AND to_regclass('{SHORT}') IS NOT NULL"
    ).fetchone()
    return row is not None and bool(row[0])


def terms_of(rowid: int, columns: Sequence[str]) -> list[tuple[str, int, int]]:
    """(token, rowid, column bits): one row per distinct token of the document."""
    bits: dict[str, int] = {}
    for no, text in enumerate(columns):
        for token in _TOKEN.findall(text or ""):
            bits[token] = bits.get(token, 0) | (1 << no)
    return [(token, rowid, b) for token, b in bits.items()]


def write(raw: Any, entries: Sequence[Any], fresh: bool, *, short: bool = True) -> None:
    """Replace these guests' documents (entries: search_index.IndexEntry). `short=False`:
    their short prefixes are left to add_short(raw, None), after a bulk load."""
    if not fresh:
        delete(raw, [e.guest_id for e in entries])
    _write(raw, entries, fresh)
    if short:
        add_short(raw, [e.rowid for e in entries])


def _write(raw: Any, entries: Sequence[Any], fresh: bool) -> None:
    terms = [t for e in entries for t in terms_of(e.rowid, e.columns)]
    if len(entries) > 50:  # a bulk load: COPY is several times faster than INSERTs
        with raw.conn.cursor() as cur:
            with cur.copy(f"COPY {DOCS} (rowid, {', '.join(COLUMNS)}) FROM STDIN") as copy:
                for e in entries:
                    copy.write_row((e.rowid, *e.columns))
            with cur.copy(f"COPY {TERMS} (token, rowid, cols) FROM STDIN") as copy:
                for t in terms:
                    copy.write_row(t)
            if fresh:  # no rowid of theirs to replace
                with cur.copy("COPY search_rowids (guest_id, fts_rowid) FROM STDIN") as copy:
                    for e in entries:
                        copy.write_row((e.guest_id, e.rowid))
                return
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
    drop_short(raw, "SELECT fts_rowid FROM search_rowids WHERE guest_id = ANY(?)", (ids,))
    raw.execute(
        f"DELETE FROM {DOCS} WHERE rowid IN "
        "(SELECT fts_rowid FROM search_rowids WHERE guest_id = ANY(?))",
        (ids,),
    )
    raw.execute("DELETE FROM search_rowids WHERE guest_id = ANY(?)", (ids,))


def move(raw: Any, changes: Sequence[tuple[int, int, int]]) -> None:
    """(guest id, old rowid, new rowid): the terms follow (ON UPDATE CASCADE), the short
    prefixes are written again."""
    drop_short(raw, "SELECT unnest(?::bigint[])", ([old for _, old, _ in changes],))
    raw.executemany(
        f"UPDATE {DOCS} SET rowid = ? WHERE rowid = ?", [(new, old) for _, old, new in changes]
    )
    add_short(raw, [new for _, _, new in changes])
    raw.executemany(
        "UPDATE search_rowids SET fts_rowid = ? WHERE guest_id = ?",
        [(new, guest_id) for guest_id, _, new in changes],
    )


_TOP = "\U0010ffff"
"""Above every character a token holds: [p, p + _TOP) is the range of tokens starting p
(an index range usable by a cached plan, where LIKE needs its pattern at planning)."""
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


def _test(cond: Condition, alias: str, key: str, params: dict[str, Any]) -> str:
    """The condition on one term row `alias` (its bits inlined: a partial index may serve)."""
    token, prefix, bits = cond
    if prefix:
        params[f"{key}lo"], params[f"{key}hi"] = token, token + _TOP
        match = f"{alias}.token ~>=~ :{key}lo AND {alias}.token ~<~ :{key}hi"
    else:
        params[f"{key}t"] = token
        match = f"{alias}.token = :{key}t"
    return f"{match} AND {alias}.cols & {int(bits)} <> 0"


def _probe(cond: Condition, alias: str, key: str, params: dict[str, Any]) -> str:
    # A scalar subquery, not EXISTS: the planner would turn EXISTS into a join that reads
    # every match first, where a probe per candidate stops at the first LIMIT of them.
    return (
        f"(SELECT true FROM {TERMS} p WHERE p.rowid = {alias}.rowid AND "
        f"{_test(cond, 'p', key, params)} LIMIT 1)"
    )


def match_sql(expression: str, key: str = "") -> tuple[str, dict[str, Any]]:
    """A query of the best rowids matching an FTS5 expression, best first (parameter
    `:{key}limit` to fill in).

    The rarest-looking word drives (an exact token before a prefix, a longer prefix before
    a shorter); the others are probed per candidate, best first, so the query stops at
    LIMIT. A prefix is read the cheapest way, chosen on the server:
    - a short one (SHORT_LEN): the stored prefix's rows, best first, per column;
    - one with few rows (under CAP): all read and sorted;
    - one covering few distinct tokens: each token's best rows (an index range read
      backwards, up to LIMIT), merged;
    - else it is common: the documents walked best first, each probed.
    """
    params: dict[str, Any] = {}
    limit = f":{key}limit"
    conds = conditions(expression)
    if conds is None:
        return f"SELECT rowid FROM (SELECT 1::bigint AS rowid) n WHERE false LIMIT {limit}", {}
    conds.sort(key=lambda c: (c[1], -len(c[0])))
    if len(conds) > 1 and conds[0][1]:
        return _every_prefix_sql(conds, key, params), params
    (token, prefix, bits), others = conds[0], conds[1:]
    where = "".join(
        f" AND {_probe(cond, 'm', f'{key}p{i}_', params)}" for i, cond in enumerate(others)
    )
    if not prefix:
        return (
            f"SELECT m.rowid FROM {TERMS} m WHERE {_test(conds[0], 'm', key, params)}{where} "
            f"ORDER BY m.rowid DESC LIMIT {limit}",
            params,
        )
    if len(token) <= SHORT_LEN and bits & ~_SHORT_BITS == 0:
        params[f"{key}t"] = token
        per_column = " UNION ALL ".join(
            f"(SELECT m.rowid FROM {SHORT} m WHERE m.prefix = :{key}t AND m.col = {col}{where} "
            f"ORDER BY m.rowid DESC LIMIT {limit})"
            for col in _SHORT_COLUMNS
            if bits & (1 << col)
        )
        return (
            f"SELECT DISTINCT rowid FROM ({per_column}) {key}c ORDER BY rowid DESC LIMIT {limit}",
            params,
        )
    lo, hi = f":{key}lo", f":{key}hi"
    walk_probe = _probe(conds[0], "m", key, params)
    in_range = _test(conds[0], "t", key, params)
    # In a column of its own index, only its tokens (the others' rows are not read).
    own = f" AND t.cols & {int(bits)} <> 0" if bits in _RARE.values() else ""
    few = f"(SELECT count(*) FROM {key}few)"
    rows = f"(SELECT count(*) FROM {key}d)"
    sql = (
        f"WITH RECURSIVE {key}toks(token) AS ("
        f"(SELECT t.token FROM {TERMS} t WHERE t.token ~>=~ {lo} AND t.token ~<~ {hi}{own} "
        "ORDER BY t.token USING ~<~ LIMIT 1) UNION ALL "
        f"SELECT (SELECT t.token FROM {TERMS} t WHERE t.token ~>~ k.token AND t.token ~<~ {hi}"
        f"{own} ORDER BY t.token USING ~<~ LIMIT 1) FROM {key}toks k "
        "WHERE k.token IS NOT NULL), "
        f"{key}few AS MATERIALIZED (SELECT token FROM {key}toks WHERE token IS NOT NULL "
        f"LIMIT {FEW + 1}), "
        f"{key}d AS MATERIALIZED (SELECT t.rowid FROM {TERMS} t WHERE {in_range} LIMIT {CAP}) "
        "SELECT rowid FROM ("
        # OFFSET 0 keeps the probes above the sort: they stop at LIMIT, best first.
        f"(SELECT m.rowid FROM (SELECT DISTINCT rowid FROM {key}d WHERE {rows} < {CAP} "
        f"ORDER BY rowid DESC OFFSET 0) m WHERE true{where} LIMIT {limit})"
        f" UNION ALL (SELECT r.rowid FROM {key}few f CROSS JOIN LATERAL (SELECT m.rowid "
        f"FROM {TERMS} m WHERE m.token = f.token AND m.cols & {int(bits)} <> 0{where} "
        f"ORDER BY m.rowid DESC LIMIT {limit}) r WHERE {rows} >= {CAP} AND {few} <= {FEW} "
        f"GROUP BY r.rowid ORDER BY r.rowid DESC LIMIT {limit})"
        f" UNION ALL (SELECT m.rowid FROM {DOCS} m WHERE {rows} >= {CAP} AND {few} > {FEW} "
        f"AND {walk_probe}{where} ORDER BY m.rowid DESC LIMIT {limit})) {key}u"
    )
    return sql, params


def rowids_sql(expression: str, limit: int) -> tuple[str, dict[str, Any]]:
    """rowids() as (sql, parameters)."""
    sql, params = match_sql(expression)
    return sql, {**params, "limit": limit}


def _every_prefix_sql(conds: list[Condition], key: str, params: dict[str, Any]) -> str:
    """Several prefixes, all to match (each word of a name typed in any order).

    The rarest drives: each word's rows are counted up to CAP, and the rows of the one
    with the fewest (when under CAP) are sorted, best first, each probed for the other
    words until LIMIT. When every word is common, the best TRY documents are probed for
    all; when they hold fewer than LIMIT, the words' rows are intersected whole (a walk
    through the documents would probe a great many when few guests have them all).
    """
    limit = f":{key}limit"
    counts = [f"(SELECT count(*) FROM {key}d{i})" for i in range(len(conds))]
    fewest = f"least({', '.join(counts)})"
    ctes = ", ".join(
        f"{key}d{i} AS MATERIALIZED (SELECT t.rowid FROM {TERMS} t "
        f"WHERE {_test(cond, 't', f'{key}w{i}_', params)} LIMIT {CAP})"
        for i, cond in enumerate(conds)
    )
    probes = [_probe(cond, "m", f"{key}w{i}_", params) for i, cond in enumerate(conds)]
    branches = []
    for i in range(len(conds)):
        # This word drives when it has the fewest rows (the first such), under CAP.
        chosen = " AND ".join(
            [f"{counts[i]} < {CAP}", f"{counts[i]} = {fewest}"]
            + [f"{counts[j]} > {counts[i]}" for j in range(i)]
        )
        others = "".join(f" AND {p}" for j, p in enumerate(probes) if j != i)
        branches.append(
            f"(SELECT m.rowid FROM (SELECT DISTINCT rowid FROM {key}d{i} WHERE {chosen} "
            f"ORDER BY rowid DESC OFFSET 0) m WHERE true{others} LIMIT {limit})"
        )
    every = " INTERSECT ".join(
        f"SELECT t.rowid FROM {TERMS} t WHERE {_test(cond, 't', f'{key}w{i}_', params)}"
        for i, cond in enumerate(conds)
    )
    walked = f"(SELECT count(*) FROM {key}top)"
    branches.append(f"(SELECT rowid FROM {key}top WHERE {fewest} >= {CAP} AND {walked} >= {limit})")
    branches.append(
        f"(SELECT rowid FROM ({every}) m WHERE {fewest} >= {CAP} AND {walked} < {limit} "
        f"ORDER BY rowid DESC LIMIT {limit})"
    )
    # Common words often share many guests: the best documents are tried first.
    top = (
        f"{key}top AS MATERIALIZED (SELECT m.rowid FROM (SELECT rowid FROM {DOCS} "
        f"ORDER BY rowid DESC LIMIT {TRY}) m WHERE {' AND '.join(probes)} "
        f"ORDER BY m.rowid DESC LIMIT {limit})"
    )
    return f"WITH {ctes}, {top} SELECT rowid FROM ({' UNION ALL '.join(branches)}) {key}u"


def rowids(raw: Any, expression: str, limit: int) -> list[int]:
    return [r[0] for r in raw.execute(*rowids_sql(expression, limit)).fetchall()]


def query(raw: Any, expression: str, limit: int) -> list[tuple[Any, ...]]:
    sql, params = rowids_sql(expression, limit)
    return list(
        raw.execute(
            f"SELECT d.rowid, {', '.join('d.' + c for c in COLUMNS)} FROM ({sql}) r "
            f"JOIN {DOCS} d ON d.rowid = r.rowid ORDER BY d.rowid DESC",
            params,
        ).fetchall()
    )


def size_bytes(raw: Any) -> int:
    """The index's tables and their indexes on disk."""
    row = raw.execute(
        f"SELECT pg_total_relation_size('{DOCS}') + pg_total_relation_size('{TERMS}') "
        f"+ pg_total_relation_size('{SHORT}')"
    ).fetchone()
    return int(row[0])
