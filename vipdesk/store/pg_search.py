"""The guest search index on PostgreSQL: the same documents, a token table for matching.

`guest_search` is a plain table there (rowid, one text column per index column), so the
lookups by rowid and by guest read the same SQL on both engines. Matching goes through
`guest_search_tokens` (rowid, column, token) with a btree `text_pattern_ops` index:
an exact token is an index lookup, a prefix a range scan, whatever its length (one
Chinese character included, where pg_trgm could not use its index). Results come best
first by rowid (tier, recency, id), as FTS5's do.

The FTS5 expressions services/search writes (`{a b} : "tok"*`, joined by AND) are read
here, so one query plan serves both engines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from vipdesk.domain.search_text import COLUMNS

DOCS = "guest_search"
TOKENS = "guest_search_tokens"
_COLUMN_NO = {name: i for i, name in enumerate(COLUMNS)}
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps
_TERM = re.compile(r'^\s*(?:\{([^}]*)\}|(\w+))\s*:\s*"([^"]*)"(\*?)\s*$')


def create_tables(raw: Any) -> None:
    raw.execute(f"DROP TABLE IF EXISTS {TOKENS}")
    raw.execute(f"DROP TABLE IF EXISTS {DOCS}")
    columns = ", ".join(f"{c} text NOT NULL DEFAULT ''" for c in COLUMNS)
    raw.execute(f"CREATE TABLE {DOCS} (rowid bigint PRIMARY KEY, {columns})")
    raw.execute(
        f"CREATE TABLE {TOKENS} (rowid bigint NOT NULL REFERENCES {DOCS} (rowid) "
        "ON DELETE CASCADE ON UPDATE CASCADE, col smallint NOT NULL, token text NOT NULL)"
    )


def create_indexes(raw: Any) -> None:
    """After a bulk load (faster than keeping them up to date row by row)."""
    raw.execute(
        f"CREATE INDEX IF NOT EXISTS {TOKENS}_prefix ON {TOKENS} "
        "(token text_pattern_ops, col, rowid)"
    )
    raw.execute(f"CREATE INDEX IF NOT EXISTS {TOKENS}_rowid ON {TOKENS} (rowid)")
    raw.execute(f"ANALYZE {DOCS}")
    raw.execute(f"ANALYZE {TOKENS}")


def present(raw: Any) -> bool:
    row = raw.execute(
        f"SELECT to_regclass('{DOCS}')::text, to_regclass('{TOKENS}')::text"
    ).fetchone()
    return row is not None and row[0] is not None and row[1] is not None


def tokens_of(rowid: int, columns: Sequence[str]) -> list[tuple[int, int, str]]:
    out = []
    for no, text in enumerate(columns):
        for token in dict.fromkeys(_TOKEN.findall(text or "")):
            out.append((rowid, no, token))
    return out


def write(raw: Any, entries: Sequence[Any], fresh: bool) -> None:
    """Replace these guests' documents (entries: search_index.IndexEntry)."""
    if not fresh:
        delete(raw, [e.guest_id for e in entries])
    raw.executemany(
        f"INSERT INTO {DOCS} (rowid, {', '.join(COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in COLUMNS)})",
        [(e.rowid, *e.columns) for e in entries],
    )
    raw.executemany(
        f"INSERT INTO {TOKENS} (rowid, col, token) VALUES (?, ?, ?)",
        [t for e in entries for t in tokens_of(e.rowid, e.columns)],
    )
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
    """(guest id, old rowid, new rowid): the tokens follow (ON UPDATE CASCADE)."""
    raw.executemany(
        f"UPDATE {DOCS} SET rowid = ? WHERE rowid = ?", [(new, old) for _, old, new in changes]
    )
    raw.executemany(
        "UPDATE search_rowids SET fts_rowid = ? WHERE guest_id = ?",
        [(new, guest_id) for guest_id, _, new in changes],
    )


def _like_prefix(token: str) -> str:
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _term_sql(term: str) -> tuple[str, list[Any]]:
    m = _TERM.match(term)
    if m is None:
        raise ValueError(f"not a search term this index reads: {term!r}")
    names = (m.group(1) or m.group(2) or "").split()
    cols = [_COLUMN_NO[n] for n in names]
    words = _TOKEN.findall(m.group(3).lower())
    prefix = bool(m.group(4))
    if not words:
        return f"SELECT rowid FROM {TOKENS} WHERE false", []
    parts, params = [], []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        op, value = ("LIKE", _like_prefix(word)) if prefix and last else ("=", word)
        parts.append(f"SELECT rowid FROM {TOKENS} WHERE token {op} ? AND col = ANY(?)")
        params += [value, cols]
    return " INTERSECT ".join(parts), params


def match_sql(expression: str) -> tuple[str, list[Any]]:
    """A subquery of the rowids matching an FTS5 expression (terms joined by AND)."""
    sqls, params = [], []
    for term in expression.split(" AND "):
        sql, more = _term_sql(term)
        sqls.append(f"({sql})")
        params += more
    return " INTERSECT ".join(sqls), params


def rowids(raw: Any, expression: str, limit: int) -> list[int]:
    sql, params = match_sql(expression)
    rows = raw.execute(
        f"SELECT DISTINCT rowid FROM ({sql}) m ORDER BY rowid DESC LIMIT ?", (*params, limit)
    ).fetchall()
    return [r[0] for r in rows]


def query(raw: Any, expression: str, limit: int) -> list[tuple[Any, ...]]:
    sql, params = match_sql(expression)
    return list(
        raw.execute(
            f"SELECT d.rowid, {', '.join('d.' + c for c in COLUMNS)} FROM {DOCS} d "
            f"WHERE d.rowid IN ({sql}) ORDER BY d.rowid DESC LIMIT ?",
            (*params, limit),
        ).fetchall()
    )
