"""PostgreSQL for tests: a fresh schema per test on the server named by $VIPDESK_TEST_PG.

CI sets it (`.ci/run` starts a local cluster); without it the PostgreSQL tests are skipped
with the reason. Each test gets its own schema (search_path in the URL), dropped after.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

ENV = "VIPDESK_TEST_PG"
SKIP_REASON = (
    f"no PostgreSQL to test against: set {ENV}=postgresql+psycopg://user:password@localhost/db "
    "(a database the role may create schemas in; .ci/run does)"
)


def server_url() -> str | None:
    return os.environ.get(ENV, "").strip() or None


def require_server() -> str:
    url = server_url()
    if url is None:
        pytest.skip(SKIP_REASON)
    return url


def server_db_url(db: object) -> str:
    """The URL of a database on the test server (for a second counter on it)."""
    url = getattr(db, "url", None)
    assert isinstance(url, str), f"{db!r} is not a PostgreSQL database"
    return url


def with_search_path(url: str, schema: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """A URL whose tables go to a new, empty schema (dropped with everything in it after)."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            yield with_search_path(url, schema)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    finally:
        admin.dispose()


class TemplateSchema:
    """One migrated schema per test process, wiped back to its just-migrated rows before
    each test that uses it (tests/conftest.py `pg_db`).

    Migrating a new schema costs seconds; bringing this one back costs milliseconds. The
    rows the migrations and the first open put there (alembic_version, app_meta) are kept
    aside and written back; every other table is emptied (children before parents, by
    the foreign keys) and every sequence restarts where the fresh schema had it. A test
    that changed the schema's shape (a table dropped, a column added) gets a new schema,
    and so does one whose connections still hold locks (TRUNCATE would wait for them).
    """

    LOCK_TIMEOUT = "3s"

    def __init__(self, url: str, build: Callable[[str], None]) -> None:
        self._server = url
        self._build = build
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self._work = create_engine(url)  # the reset: one transaction
        self._abandoned: list[str] = []
        self._new_schema()

    def _new_schema(self) -> None:
        self.schema = f"t_{uuid.uuid4().hex[:16]}"
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {self.schema}"))
        self.url = with_search_path(self._server, self.schema)
        self._build(self.url)
        with self._admin.connect() as conn:
            self._shape = self._shape_of(conn)
            self._order = self._deletion_order(conn)
            self._rows = {
                table: (
                    list(conn.execute(text(f'SELECT * FROM {self.schema}."{table}"')).keys()),
                    [
                        tuple(r)
                        for r in conn.execute(text(f'SELECT * FROM {self.schema}."{table}"'))
                    ],
                )
                for table in self._order
            }
            self._rows = {t: kv for t, kv in self._rows.items() if kv[1]}
            self._sequences = dict(
                conn.execute(
                    text("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = :s"),
                    {"s": self.schema},
                ).all()
            )
        self.dirty = False

    def _shape_of(self, conn: Any) -> list[tuple[str, str, int]]:
        rows = conn.execute(
            text(
                "SELECT c.relname, c.relkind::text, count(a.attnum) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 "
                "AND NOT a.attisdropped WHERE n.nspname = :s "
                "GROUP BY c.relname, c.relkind ORDER BY 1, 2"
            ),
            {"s": self.schema},
        )
        return [tuple(r) for r in rows]

    def _deletion_order(self, conn: Any) -> list[str]:
        """The schema's tables, each after every table whose foreign keys point at it."""
        tables = conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY 1"),
            {"s": self.schema},
        ).scalars()
        refs = conn.execute(
            text(
                "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text "
                "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                "WHERE c.contype = 'f' AND n.nspname = :s AND c.conrelid <> c.confrelid"
            ),
            {"s": self.schema},
        ).all()
        strip = f"{self.schema}."
        children: dict[str, set[str]] = {t: set() for t in tables}
        for child, parent in refs:
            children.setdefault(parent.removeprefix(strip), set()).add(child.removeprefix(strip))
        order: list[str] = []
        seen: set[str] = set()

        def visit(table: str) -> None:
            if table in seen:
                return
            seen.add(table)
            for child in sorted(children.get(table, ())):
                visit(child)
            order.append(table)  # after all its children

        for table in sorted(children):
            visit(table)
        return order

    def reset(self) -> None:
        """Back to the rows of a just-migrated schema (a new schema if it cannot be)."""
        if not self.dirty:
            self.dirty = True
            return
        try:
            with self._work.connect() as conn, conn.begin():
                if self._shape_of(conn) != self._shape:
                    raise _Reshaped
                conn.execute(text(f"SET LOCAL lock_timeout = '{self.LOCK_TIMEOUT}'"))
                conn.execute(text(f"SET LOCAL search_path = {self.schema}"))
                filled = conn.execute(
                    text(
                        " UNION ALL ".join(
                            f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM \"{t}\")"
                            for t in self._order
                        )
                    )
                ).scalars()
                filled = set(filled) | set(self._rows)
                for table in self._order:
                    if table in filled:
                        conn.execute(text(f'DELETE FROM "{table}"'))
                for table, (columns, rows) in self._rows.items():
                    names = ", ".join(f'"{c}"' for c in columns)
                    marks = ", ".join(f":c{i}" for i in range(len(columns)))
                    conn.execute(
                        text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'),
                        [{f"c{i}": v for i, v in enumerate(row)} for row in rows],
                    )
                moved = conn.execute(
                    text("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = :s"),
                    {"s": self.schema},
                ).all()
                for name, last in moved:
                    start = self._sequences.get(name)
                    if last == start:
                        continue
                    if start is None:
                        conn.execute(text(f'ALTER SEQUENCE "{name}" RESTART'))
                    else:
                        conn.execute(text(f"SELECT setval('\"{name}\"', {int(start)})"))
        except Exception:  # reshaped, or locked by a connection the test left open
            self._abandoned.append(self.schema)
            self._new_schema()
            self.dirty = True

    def drop(self) -> None:
        try:
            with self._admin.connect() as conn:
                conn.execute(text("SET lock_timeout = '10s'"))
                for schema in [*self._abandoned, self.schema]:
                    conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        finally:
            self._admin.dispose()
            self._work.dispose()


class _Reshaped(Exception):
    pass
