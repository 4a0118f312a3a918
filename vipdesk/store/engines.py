"""The PostgreSQL side of the one place that sets up connections (store/db has SQLite's).

A database given as a SQLAlchemy URL (`postgresql+psycopg://user@host/db`) runs on a
PostgreSQL server; psycopg talks to it through libpq, so PGPASSWORD, ~/.pgpass and
`sslmode` work as everywhere else. Nothing of SQLite's setup (pragmas, WAL, FTS5,
SQLCipher, BEGIN IMMEDIATE) applies there: the server has its own locks, and a record's
version column catches two counters editing the same guest.

The hot paths (search, imports) talk to the driver directly with SQLite's `?` markers;
`raw_driver` hands them a thin adapter that speaks psycopg instead.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError

from vipdesk.config import DB_URL_SCHEMES, is_database_url
from vipdesk.store.change_feed import note_raw_write, publish_changes

POOL_SIZE = 4
"""Connections kept open per counter: the UI's background helper and a search at once."""
POOL_OVERFLOW = 4


is_url = is_database_url


def normalised_url(value: str) -> str:
    """The URL with the psycopg (3) driver named, whatever PostgreSQL scheme was typed."""
    scheme, _sep, rest = value.strip().partition("://")
    return f"postgresql+psycopg://{rest}" if scheme.lower() in DB_URL_SCHEMES else value


_UNPARSED = "(a database URL that does not parse)"


def shown_url(value: str) -> str:
    """What the status bar, messages and logs call a server database: user@host:port/db.

    Never the password, never the query (options=-csearch_path…, sslmode…): those say how
    to connect, not where the data is. A socket connection (no host) shows as localhost.
    """
    try:
        url = make_url(normalised_url(value))
        port_number = url.port or _query_value(url, "port")
    except (ArgumentError, ValueError):  # ValueError: several hosts, which we do not name
        return _UNPARSED
    in_query = _query_value(url, "host")  # libpq takes the server in the query too
    host = url.host or (in_query if in_query and not in_query.startswith("/") else "localhost")
    if ":" in host:  # IPv6
        host = f"[{host}]"
    user = f"{url.username}@" if url.username else ""
    port = f":{port_number}" if port_number else ""
    database = f"/{url.database}" if url.database else ""
    return f"{user}{host}{port}{database}"


def url_without_password(value: str) -> str:
    """The URL another counter may be told to open (`--db`): everything but the password
    (libpq finds it in PGPASSWORD or ~/.pgpass), the query's options kept."""
    try:
        url = make_url(normalised_url(value))
    except ArgumentError:
        return _UNPARSED
    url = url._replace(password=None).difference_update_query(["password", "sslpassword"])
    return url.render_as_string(hide_password=False)


def _with_lock_timeout(value: str) -> str:
    """The URL's server options, plus a lock wait as long as SQLite's busy timeout:
    PostgreSQL waits for a row lock forever by default, and a counter behind another that
    holds one would hang (it is DatabaseBusy instead: db.ServerDatabase). A lock_timeout
    the URL's options set themselves is kept."""
    from vipdesk.store.db import BUSY_TIMEOUT_MS

    options = _query_value(make_url(normalised_url(value)), "options") or ""
    if "lock_timeout" in options:
        return options
    return f"{options} -c lock_timeout={BUSY_TIMEOUT_MS}".strip()


def _query_value(url: URL, key: str) -> str | None:
    """One value of the URL's query (the first, if it is given several times)."""
    value = url.query.get(key)
    if isinstance(value, tuple):
        value = value[0] if value else None
    return value or None


def make_server_engine(url: str) -> Engine:
    """An engine on a PostgreSQL server: a small pool, READ COMMITTED, dead connections
    replaced (a server restart must not leave the counter with broken ones)."""
    engine = create_engine(
        normalised_url(url),
        pool_size=POOL_SIZE,
        max_overflow=POOL_OVERFLOW,
        pool_recycle=3600,
        isolation_level="READ COMMITTED",
        connect_args={
            "application_name": "vipdesk",
            "connect_timeout": 10,
            "options": _with_lock_timeout(url),
        },
    )
    _ping_when_idle(engine)
    event.listen(engine, "before_cursor_execute", _driver_sql_markers, retval=True)
    publish_changes(engine)  # other counters hear of every committed write
    return engine


PING_AFTER_IDLE_S = 1.0
"""A pooled connection unused for longer is checked before use (one round trip)."""


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's pre-ping, for connections that sat idle only: a server restart must not
    leave the counter with dead ones, but a search per keystroke need not pay a round trip
    to the server for a connection used a moment ago. (A connection that died within
    that moment fails its statement: the counter says the server is unreachable and
    retries, and the broken connection is replaced.)"""

    def checkin(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:
            if is_disconnect(exc):
                raise DisconnectionError("the server closed this connection") from exc
            raise

    event.listen(engine, "checkin", checkin)
    event.listen(engine, "checkout", checkout)


def _driver_sql_markers(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, context: Any, _many: bool
) -> tuple[str, Any]:
    # exec_driver_sql() statements (no compiled SQLAlchemy statement behind them) are
    # written with SQLite's `?`; compiled ones are psycopg's already.
    if context is not None and context.compiled is None:
        statement = _psycopg_sql(statement)
    return statement, parameters


_GONE_STATES = ("57P01", "57P02", "57P03")  # terminated, crash shutdown, cannot connect now


def is_disconnect(exc: BaseException) -> bool:
    """True when a PostgreSQL error means the server cannot be reached (down, restarted,
    the network gone, the session terminated), not that a statement failed. A transaction
    that cannot be rolled back because its connection died counts too (its context says so)."""
    from sqlalchemy.exc import PendingRollbackError

    if isinstance(exc, PendingRollbackError) and exc.__context__ is not None:
        return is_disconnect(exc.__context__)
    if getattr(exc, "connection_invalidated", False):
        return True
    orig = getattr(exc, "orig", None) or exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - a build without psycopg
        return False
    if isinstance(orig, psycopg.InterfaceError):
        return True
    if not isinstance(orig, psycopg.OperationalError):
        return False
    state = getattr(orig, "sqlstate", None)
    return state is None or state.startswith("08") or state in _GONE_STATES


_LOCK_WAIT_STATES = ("55P03", "57014")  # lock_not_available, query_canceled (a timeout)


def is_lock_timeout(exc: BaseException) -> bool:
    """True when a PostgreSQL statement gave up waiting: lock_timeout (55P03) or
    statement_timeout (57014) ran out, typically on a row another counter holds."""
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) in _LOCK_WAIT_STATES


def is_postgres(conn: Any) -> bool:
    """True when a SQLAlchemy connection/engine/session (or a raw adapter) is PostgreSQL's."""
    if isinstance(conn, PgRaw):
        return True
    bind = getattr(conn, "bind", None)  # a Session
    dialect = getattr(conn, "dialect", None) or getattr(bind, "dialect", None)
    return dialect is not None and dialect.name == "postgresql"


# ---- the raw adapter -----------------------------------------------------------------

_MARK = re.compile(r"'[^']*'|\?|%")


def _psycopg_sql(sql: str) -> str:
    """SQLite's `?` markers as psycopg's `%s` (quoted strings left alone; `%` doubled)."""

    def swap(m: re.Match[str]) -> str:
        text = m.group(0)
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        return text.replace("%", "%%")

    return _MARK.sub(swap, sql)


_NAMED = re.compile(r"'[^']*'|::|:([A-Za-z_]\w*)|%")


def _named_sql(sql: str) -> str:
    """SQLite's `:name` markers as psycopg's `%(name)s` (casts and quoted strings kept)."""

    def swap(m: re.Match[str]) -> str:
        text = m.group(0)
        if m.group(1):
            return f"%({m.group(1)})s"
        if text == "%":
            return "%%"
        return text.replace("%", "%%") if text.startswith("'") else text

    return _NAMED.sub(swap, sql)


class PgRaw:
    """A psycopg connection that takes SQLite-style `?` SQL (what the raw paths write).

    Dates and times come back as ISO text, as SQLite's driver gives them, so the raw
    paths parse them the same way on both engines.
    """

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def _cursor(self) -> Any:
        from psycopg.types.string import TextLoader

        cur = self.conn.cursor()
        for name in ("date", "timestamp", "timestamptz"):
            cur.adapters.register_loader(name, TextLoader)
        return cur

    def execute(
        self,
        sql: str,
        params: Sequence[Any] | Mapping[str, Any] = (),
        *,
        prepare: bool | None = None,
    ) -> Any:
        """`prepare`: True to keep the statement's plan on the server from its first run
        (psycopg's default prepares after five runs of the same SQL)."""
        note_raw_write(self.conn, sql)
        cur = self._cursor()
        if isinstance(params, Mapping):
            cur.execute(_named_sql(sql), dict(params) or None, prepare=prepare)
        else:
            cur.execute(_psycopg_sql(sql), tuple(params) or None, prepare=prepare)
        return cur

    def executemany(self, sql: str, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> Any:
        note_raw_write(self.conn, sql)
        cur = self._cursor()
        rows = list(rows)
        if rows and isinstance(rows[0], Mapping):
            cur.executemany(_named_sql(sql), [dict(r) for r in rows])  # type: ignore[arg-type]
        elif rows:
            cur.executemany(_psycopg_sql(sql), [tuple(r) for r in rows])
        return cur

    def __iter__(self) -> Iterator[Any]:  # pragma: no cover - not a cursor
        raise TypeError("PgRaw is a connection; iterate the result of execute()")


def pipelined(raw: Any) -> AbstractContextManager[Any]:
    """On PostgreSQL, statements executed in this block go to the server together (psycopg's
    pipeline mode): run them all first, then read their cursors, for one round trip. On
    SQLite (in process) a no-op."""
    return raw.conn.pipeline() if isinstance(raw, PgRaw) else nullcontext()


def raw_driver(conn: Any) -> Any:
    """The driver connection under a SQLAlchemy connection (same transaction): SQLCipher's
    for SQLite, a `PgRaw` for PostgreSQL. A driver connection passes through."""
    if isinstance(conn, PgRaw):
        return conn
    if hasattr(conn, "connection") and hasattr(conn, "dialect"):
        driver_conn = conn.connection.driver_connection
        return PgRaw(driver_conn) if conn.dialect.name == "postgresql" else driver_conn
    return conn
