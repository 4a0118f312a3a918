"""Copying a SQLite vipdesk database into PostgreSQL, table by table (`migrate-to`).

Rows are read from the SQLite driver as stored and written with PostgreSQL's COPY, on one
server connection inside one transaction: a failure anywhere leaves the server database
as it was. Every table of the models is copied in foreign-key order, ids included (the
sequences are moved past them after); the search index is not copied but rebuilt there.

Each table's copy is checked by its row count and an order-free digest of every row, its
values normalised by column type (SQLite keeps times as text and booleans as 0/1).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Table

from vipdesk.store import search_index
from vipdesk.store.models import Base, SearchMapRow

NOT_COPIED = {SearchMapRow.__tablename__}  # the search index's: rebuilt on the server
BATCH = 5000
_MASK = (1 << 128) - 1

Progress = Callable[[str, int, int], None]
"""(table, rows copied so far, rows in that table)"""


@dataclass(frozen=True)
class TableCount:
    """One table's copy: rows and digest on each side."""

    table: str
    source_rows: int
    target_rows: int
    source_digest: str
    target_digest: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_digest == self.target_digest


def tables() -> list[Table]:
    """The tables to copy, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def unknown_tables(sqlite: Any) -> list[str]:
    """Tables in the SQLite file that are neither the models', Alembic's nor the index's."""
    known = {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
    names = [
        r[0]
        for r in sqlite.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return sorted(n for n in names if n not in known and not search_index.is_search_table(n))


def rows_in(raw: Any, names: Iterable[str]) -> dict[str, int]:
    """Row counts of these tables (either engine's raw connection)."""
    return {name: int(raw.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in names}


def _normaliser(table: Table) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    kinds: list[Callable[[Any], Any]] = []
    for column in table.columns:
        t = column.type
        if isinstance(t, DateTime):
            kinds.append(_as_datetime)
        elif isinstance(t, Date):
            kinds.append(_as_date)
        elif isinstance(t, Boolean):
            kinds.append(lambda v: None if v is None else bool(v))
        elif isinstance(t, LargeBinary):
            kinds.append(lambda v: None if v is None else bytes(v))
        elif isinstance(t, Integer):
            kinds.append(lambda v: None if v is None else int(v))
        else:
            kinds.append(lambda v: v)

    def normalise(row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(f(v) for f, v in zip(kinds, row, strict=True))

    return normalise


def _as_datetime(value: Any) -> Any:
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", ""))
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return value


def _as_date(value: Any) -> Any:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    return value


class Digest:
    """An order-free digest of rows: the sum of each normalised row's hash."""

    def __init__(self, table: Table) -> None:
        self._normalise = _normaliser(table)
        self.total = 0
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        data = repr(self._normalise(row)).encode("utf-8", "surrogatepass")
        self.total = (
            self.total + int.from_bytes(hashlib.blake2b(data, digest_size=16).digest())
        ) & _MASK
        self.rows += 1

    def hex(self) -> str:
        return f"{self.total:032x}"


def _select(table: Table) -> str:
    return f"SELECT {', '.join(c.name for c in table.columns)} FROM {table.name}"


def copy_table(
    sqlite: Any, pg_conn: Any, table: Table, total: int, progress: Progress | None
) -> Digest:
    """Copy one table's rows from the SQLite driver connection into PostgreSQL with COPY
    (psycopg connection, the caller's transaction); returns the source rows' digest."""
    digest = Digest(table)
    columns = ", ".join(c.name for c in table.columns)
    cursor = sqlite.execute(_select(table))
    with pg_conn.cursor() as cur, cur.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
        while True:
            batch = cursor.fetchmany(BATCH)
            if not batch:
                break
            for row in batch:
                copy.write_row(row)
                digest.add(row)
            if progress:
                progress(table.name, digest.rows, total)
    return digest


def target_digest(pg_conn: Any, table: Table) -> Digest:
    """The digest of the rows now in PostgreSQL (read in the copying transaction)."""
    digest = Digest(table)
    with pg_conn.cursor(name=f"vipdesk_check_{table.name}") as cur:
        cur.itersize = BATCH
        cur.execute(_select(table))
        for row in cur:
            digest.add(row)
    return digest


def reset_sequences(pg_conn: Any, copied: Iterable[Table]) -> None:
    """Move each id sequence past the largest id copied (else the next insert collides)."""
    for table in copied:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0].name
        with pg_conn.cursor() as cur:
            cur.execute("SELECT pg_get_serial_sequence(%s, %s)", (table.name, column))
            row = cur.fetchone()
            if row is None or row[0] is None:
                continue
            cur.execute(
                f"SELECT setval(%s, COALESCE((SELECT max({column}) FROM {table.name}), 0) + 1, "
                "false)",
                (row[0],),
            )


def clear_for_copy(pg_conn: Any) -> None:
    """What opening an empty server database wrote before the copy (its app_meta rows)."""
    with pg_conn.cursor() as cur:
        cur.execute("DELETE FROM app_meta")
