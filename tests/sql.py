"""A test's own driver connection to a vipdesk database, on either engine.

SQLite: the file through SQLCipher with its key (tests/sqlite_files.connect). PostgreSQL:
a psycopg connection from the database's pool that takes the same SQLite-style `?` SQL
(store/engines.PgRaw), so a test reads and pokes rows the same way on both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tests import sqlite_files
from vipdesk.services.database import Database, is_server
from vipdesk.store.engines import PgRaw


def target(db: Database) -> str:
    """What `--db` takes for this database: its file, or its URL (with the password)."""
    url = getattr(db, "url", None)
    return url if isinstance(url, str) else str(db.path)


def connect(db: Database) -> Any:
    if not is_server(db):
        return sqlite_files.connect(db.path)
    return ServerConnection(db)


def fetchall(db: Database, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """The rows of one query, on a connection of its own (closed again)."""
    conn = connect(db)
    try:
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


class ServerConnection:
    """What the tests use of sqlite3's Connection, on PostgreSQL."""

    def __init__(self, db: Database) -> None:
        self._pooled = db.engine.raw_connection()
        self._conn: Any = self._pooled.driver_connection
        self._raw = PgRaw(self._conn)

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        return self._raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> Any:
        return self._raw.executemany(sql, rows)

    def commit(self) -> None:
        self._conn.commit()

    def rollback(self) -> None:
        self._conn.rollback()

    def close(self) -> None:
        self._conn.rollback()
        self._pooled.close()

    def __enter__(self) -> ServerConnection:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        # As sqlite3's: commit on success, roll back on error (the connection stays open).
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
