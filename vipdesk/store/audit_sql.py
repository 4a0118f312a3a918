"""The audit trail's guest filter in each engine's SQL.

An entry names a guest in its JSON detail (`guest`, `merged`, `other`, or among `guests`).
SQLite reads the text with its JSON functions; PostgreSQL casts it to jsonb (the column is
text on both, the MACs are over that text).
"""

from __future__ import annotations

from typing import Any

from vipdesk.store.engines import is_postgres

_SQLITE = (
    "(json_extract(a.detail, '$.guest') = ?"
    " OR json_extract(a.detail, '$.merged') = ?"
    " OR json_extract(a.detail, '$.other') = ?"
    " OR EXISTS (SELECT 1 FROM json_each(a.detail, '$.guests') WHERE value = ?))"
)

# Only a detail that is a JSON object is cast (an empty detail is no guest's); a number
# equals the id, a string of digits does not, as in SQLite.
_POSTGRES = (
    "EXISTS (SELECT 1 FROM (SELECT CASE WHEN left(a.detail, 1) = '{' THEN a.detail::jsonb"
    " END AS j) d WHERE d.j -> 'guest' = to_jsonb(?::bigint)"
    " OR d.j -> 'merged' = to_jsonb(?::bigint)"
    " OR d.j -> 'other' = to_jsonb(?::bigint)"
    " OR (jsonb_typeof(d.j -> 'guests') = 'array' AND d.j -> 'guests' @> to_jsonb(?::bigint)))"
)


def detail_names_guest(conn: Any) -> str:
    """A condition on audit_log `a`: its detail names the guest given four times as `?`."""
    return _POSTGRES if is_postgres(conn) else _SQLITE
