"""Counters on one PostgreSQL database hear about each other's changes (LISTEN/NOTIFY).

Publishing: every transaction that wrote to a table a screen shows (guests, stays,
complaints, care, staff, settings) sends `pg_notify('vipdesk_changes', payload)` just
before it commits, in the same transaction, so the note is delivered on commit only and
never for a rolled-back write. One note per kind and transaction (an import batch of
10,000 guests is one note), and the payload is small JSON with no guest data:
`{"kind": "guest", "id": 0, "origin": "<counter token>", "schema": "<schema>"}`.

Listening: `ChangeListener` is a thread with its own psycopg connection. It waits for
notes with a timeout, pings the server when none came, and reconnects every `retry_s`
seconds while the server cannot be reached; it reports notes (not its own counter's,
not another schema's) and the server's state through callbacks, on its own thread.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import uuid
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL = "vipdesk_changes"
_PENDING = "vipdesk_changed_kinds"


def table_kind(table: str) -> str | None:
    """What a screen calls a change to this table (None: nothing on screen shows it)."""
    table = table.lower()
    if table in ("guests", "not_duplicates", "guest_merges") or table.startswith(
        ("guest_", "erased_")
    ):
        return "guest"
    if table == "stays":
        return "stay"
    if table.startswith("complaint"):
        return "complaint"
    if table.startswith("care_"):
        return "care"
    if table == "staff":
        return "staff"
    if table == "app_meta":
        return "settings"
    return None  # the audit trail, the search index


_WRITE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?", re.IGNORECASE
)


def written_kind(sql: str) -> str | None:
    found = _WRITE.match(sql)
    return table_kind(found.group(1)) if found else None


# Writes made through the raw adapter (store/engines.PgRaw), by driver connection: they
# bypass SQLAlchemy's events but commit through its transaction.
_raw_pending: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def note_raw_write(driver_conn: Any, sql: str) -> None:
    kind = written_kind(sql)
    if kind is not None:
        _raw_pending.setdefault(driver_conn, set()).add(kind)


def origin_of(engine: Engine) -> str:
    """This counter's token in the notes it publishes (its listener skips them)."""
    return _origins.get(engine, "")


def publish_changes(engine: Engine) -> str:
    """Make every committed write on `engine` publish its kinds; returns the counter token."""
    origin = f"{uuid.uuid4().hex[:12]}"
    _origins[engine] = origin

    @event.listens_for(engine, "after_cursor_execute")
    def _seen(
        conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        kind = written_kind(statement)
        if kind is not None:
            conn.info.setdefault(_PENDING, set()).add(kind)

    @event.listens_for(engine, "commit")
    def _publish(conn: Any) -> None:
        kinds: set[str] = conn.info.pop(_PENDING, set())
        driver = conn.connection.driver_connection
        kinds |= _raw_pending.pop(driver, set())
        for kind in sorted(kinds):
            driver.execute(
                "SELECT pg_notify(%s, json_build_object('kind', %s::text, 'id', 0, "
                "'origin', %s::text, 'schema', current_schema())::text)",
                (CHANNEL, kind, origin),
            )

    @event.listens_for(engine, "rollback")
    def _forget(conn: Any) -> None:
        conn.info.pop(_PENDING, None)
        driver = getattr(conn.connection, "driver_connection", None)
        if driver is not None:
            _raw_pending.pop(driver, None)

    return origin


_local_writes: weakref.WeakKeyDictionary[Engine, list[int]] = weakref.WeakKeyDictionary()


def count_local_writes(engine: Engine) -> None:
    """Count the write transactions committed through `engine` (a SQLite file's), so that
    a FileWatcher can tell another process's changes from this one's."""
    counter = _local_writes.setdefault(engine, [0])

    @event.listens_for(engine, "after_cursor_execute")
    def _seen(
        conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
    ) -> None:
        if written_kind(statement) is not None:
            conn.info[_PENDING] = True

    @event.listens_for(engine, "commit")
    def _committed(conn: Any) -> None:
        if conn.info.pop(_PENDING, False):
            counter[0] += 1

    @event.listens_for(engine, "rollback")
    def _forget(conn: Any) -> None:
        conn.info.pop(_PENDING, None)


def local_writes(engine: Engine) -> int:
    return _local_writes.get(engine, [0])[0]


FILE_KINDS = ("guest", "stay", "complaint")
"""What a SQLite file's watcher reports when another process wrote (it cannot tell what)."""


class Callbacks:
    """A watcher thread's way back to whoever listens. Once `cut()` has returned, no
    callback runs any more: one running on the watcher's thread is waited for. So a
    window that stops its watcher before it goes is never called while it is going."""

    def __init__(self, *calls: Callable[..., None]) -> None:
        self._lock = threading.RLock()
        self._calls: tuple[Callable[..., None], ...] | None = calls

    def call(self, which: int, *args: Any) -> bool:
        """Run callback number `which`; False once cut (nothing ran)."""
        with self._lock:
            if self._calls is None:
                return False
            self._calls[which](*args)
            return True

    def cut(self) -> None:
        with self._lock:
            self._calls = None


class FileWatcher(threading.Thread):
    """Polls a SQLite file's `PRAGMA data_version` every `every_s` seconds on its own
    connection: it changes when another connection commits. A change while this process
    wrote nothing is another process's (a CLI import while the window is open) and is
    reported as FILE_KINDS; one that coincides with this process's own writes is not (the
    window announced those itself)."""

    def __init__(
        self,
        connect: Callable[[], Any],
        engine: Engine,
        on_change: Callable[[str, int], None],
        *,
        every_s: float = 2.0,
    ) -> None:
        super().__init__(name="vipdesk-file-watch", daemon=True)
        self._connect = connect
        self._engine = engine
        self._calls = Callbacks(on_change)
        self._every_s = every_s
        self._stopping = threading.Event()
        # Its connection goes with the database's (a restore replaces the file).
        event.listen(engine, "engine_disposed", lambda _engine: self.stop())

    def stop(self) -> None:
        """No callback runs once this returned (see Callbacks); the thread ends soon."""
        self._stopping.set()
        self._calls.cut()

    def run(self) -> None:
        conn: Any = None
        seen: tuple[int, int] | None = None
        try:
            while not self._stopping.wait(0 if seen is None else self._every_s):
                try:
                    if conn is None:
                        conn = self._connect()
                    mine = local_writes(self._engine)
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                except Exception:  # busy or briefly unreadable: the next poll tries again
                    log.info("file watcher: data_version not read", exc_info=True)
                    continue
                if seen is not None and version != seen[0] and mine == seen[1]:
                    try:
                        for kind in FILE_KINDS:
                            if not self._calls.call(0, kind, 0):
                                return
                    except Exception:  # whoever listened is gone
                        return
                seen = (version, mine)
        finally:
            if conn is not None:
                conn.close()


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as libpq's own (for a plain psycopg connection)."""
    from vipdesk.store.engines import normalised_url

    parsed = make_url(normalised_url(url)).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class ChangeListener(threading.Thread):
    """LISTENs on its own connection; reports notes and whether the server answers.

    `on_change(kind, id)` and `on_state(reachable)` run on this thread: the UI hands them
    to its own thread. `on_state(True)` comes after every (re)connection, `on_state(False)`
    each time the connection is lost or a reconnection fails.
    """

    def __init__(
        self,
        url: str,
        origin: str,
        on_change: Callable[[str, int], None],
        on_state: Callable[[bool], None],
        *,
        retry_s: float = 5.0,
        wait_s: float = 2.0,
    ) -> None:
        super().__init__(name="vipdesk-changes", daemon=True)
        self._conninfo = libpq_url(url)
        self._origin = origin
        self._calls = Callbacks(on_change, on_state)
        self.retry_s = retry_s
        self._wait_s = wait_s
        self._stopping = threading.Event()
        self._conn: Any = None

    def stop(self) -> None:
        """No callback runs once this returned (see Callbacks); the thread ends within
        its wait (`wait_s`)."""
        self._stopping.set()
        self._calls.cut()

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._listen()
            except Exception as exc:  # the server went away or never answered
                if self._stopping.is_set():
                    break
                log.info("change listener: server not reachable (%s)", type(exc).__name__)
                self._report_state(False)
                self._stopping.wait(self.retry_s)
            finally:
                self._close()

    def _listen(self) -> None:
        import psycopg

        self._conn = conn = psycopg.connect(
            self._conninfo,
            autocommit=True,
            connect_timeout=max(2, int(self.retry_s)),
            application_name="vipdesk-listener",
        )
        row = conn.execute("SELECT current_schema()").fetchone()
        schema = row[0] if row else None
        conn.execute(f"LISTEN {CHANNEL}")
        self._report_state(True)
        while not self._stopping.is_set():
            heard = False
            for note in conn.notifies(timeout=self._wait_s):
                heard = True
                self._deliver(note.payload, schema)
                if self._stopping.is_set():
                    return
            if not heard:
                conn.execute("SELECT 1")  # a dead server or network shows up here

    def _deliver(self, payload: str, schema: str | None) -> None:
        try:
            note = json.loads(payload)
            if note.get("origin") == self._origin or note.get("schema") != schema:
                return
            kind, ident = str(note["kind"]), int(note.get("id") or 0)
        except (ValueError, KeyError, TypeError):
            log.warning("change listener: a note it does not understand was ignored")
            return
        try:
            self._calls.call(0, kind, ident)
        except Exception:  # whoever listened is gone
            log.info("change listener: change not delivered", exc_info=True)
            self._stopping.set()

    def _report_state(self, reachable: bool) -> None:
        try:
            self._calls.call(1, reachable)
        except Exception:  # whoever listened is gone: nothing more to do
            log.info("change listener: state not delivered", exc_info=True)
            self._stopping.set()

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken
                log.debug("change listener: close failed", exc_info=True)
