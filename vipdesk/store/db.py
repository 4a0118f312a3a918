"""The one place that opens SQLite connections.

Every connection gets foreign keys, WAL, synchronous=FULL and a busy timeout. Reads run in
a deferred transaction; writes take the write lock up front with BEGIN IMMEDIATE, so two
counters saving at once wait for each other instead of failing half-way. Connections come
from SQLCipher (store/driver), keyed when the database is encrypted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from vipdesk.store import driver
from vipdesk.store.change_feed import count_local_writes
from vipdesk.store.driver import DatabaseKey

BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 65_536
"""Every connection's page cache: the search index stays in memory."""
IMPORT_CACHE_KIB = 4096
"""The page cache of a long bulk write (an import): its memory stays flat however big
the file grows, and appends need few old pages."""
BUSY_MESSAGE = (
    "the database is busy: another vipdesk (an import or reindex) or another program has "
    "been writing to it for over {seconds} s; try again when it finishes"
)


SERVER_BUSY_MESSAGE = (
    "the guest database ({url}) is busy: another counter or program holds the records this "
    "needs and did not let go in time; nothing was saved: try again in a moment"
)

UNREACHABLE_MESSAGE = (
    "the guest database server ({url}) cannot be reached: nothing was saved or read. "
    "vipdesk keeps retrying; try again in a moment, or ask IT to check the server and network"
)


class ServerUnreachable(Exception):
    """The PostgreSQL server cannot be reached (services raise their own error type)."""


class DatabaseBusy(Exception):
    """Another connection held the write lock for longer than the busy timeout.

    The services layer raises its own error type instead (Database.busy_error)."""


def is_lock_error(exc: BaseException) -> bool:
    """SQLite's 'database is locked' / 'database table is locked' / 'busy', however wrapped."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, driver.OperationalError):
        return False
    text = str(orig).lower()
    return "locked" in text or "busy" in text


@contextmanager
def _lock_errors_as(error: Callable[[str], Exception]) -> Iterator[None]:
    try:
        yield
    except (OperationalError, driver.OperationalError) as exc:
        if is_lock_error(exc):
            raise error(BUSY_MESSAGE.format(seconds=f"{BUSY_TIMEOUT_MS / 1000:g}")) from exc
        raise


def _configure(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: we issue BEGIN ourselves (see _begin), which also
    # makes DDL transactional for migrations.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("vipdesk_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path, key: DatabaseKey | None = None) -> Engine:
    """An engine on `path` whose connections are SQLCipher's, keyed with `key` (None: plain)."""

    def creator() -> Any:
        return driver.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    # `module` makes SQLAlchemy wrap SQLCipher's exceptions; the pool is the one a file
    # database gets (the bare URL alone would choose the in-memory database's).
    engine = create_engine(
        "sqlite+pysqlite://", creator=creator, module=driver.sqlite, poolclass=QueuePool
    )
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    count_local_writes(engine)  # a FileWatcher tells another process's writes from ours
    return engine


class Database:
    """An open vipdesk database file: hands out short sessions, one per unit of work.

    A lock another connection holds for longer than the busy timeout comes out of read(),
    write() and snapshot() as `busy_error` (one clear message), never as a driver error.
    """

    busy_error: Callable[[str], Exception] = DatabaseBusy

    def __init__(self, path: Path, engine: Engine, key: DatabaseKey | None = None) -> None:
        self.path = path
        self.engine = engine
        self.key = key
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(vipdesk_write=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _lock_errors_as(self.busy_error), self._read() as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self, *, per_statement: bool = False) -> Iterator[Any]:
        """A read transaction on a pooled driver connection, for hot paths like search.
        (`per_statement` matters on a server only: see PgDatabase.snapshot.)

        Same settings as every connection; skips the ORM session, which costs more than
        the handful of index lookups a keystroke needs.
        """
        with _lock_errors_as(self.busy_error):
            pooled = self.engine.raw_connection()
            conn: Any = pooled.driver_connection
            try:
                conn.execute("BEGIN")
                try:
                    yield conn
                finally:
                    conn.execute("ROLLBACK")
            finally:
                pooled.close()

    @contextmanager
    def write(self, *, cache_kib: int | None = None) -> Iterator[Session]:
        """A write transaction: committed whole at the end, rolled back whole on error.

        `cache_kib`: a page cache of that size for this transaction (the usual one is
        given back after it, without the pages beyond the smaller size).
        """
        with _lock_errors_as(self.busy_error), self._write() as session, session.begin():
            if cache_kib is None:
                yield session
                return
            conn = session.connection()
            conn.exec_driver_sql(f"PRAGMA cache_size=-{int(cache_kib)}")
            try:
                yield session
            finally:
                with suppress(OperationalError, driver.Error):  # the first error matters
                    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")

    def secure_delete(self, conn: Any, on: bool) -> None:
        """Deleted rows overwritten in the file (SQLite's secure_delete) while `on`."""
        conn.exec_driver_sql(f"PRAGMA secure_delete={'ON' if on else 'OFF'}")

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def shown_name(self) -> str:
        """What the screen and the log call this database (a URL never with its password)."""
        return str(self.path)

    def raw_connection(self) -> Any:
        """A driver connection with the same settings and key (backup, integrity checks)."""
        conn = driver.connect(self.path, self.key, timeout=BUSY_TIMEOUT_MS / 1000)
        _configure(conn, None)
        return conn

    def close(self) -> None:
        self.engine.dispose()


class ServerDatabase(Database):
    """A vipdesk database on a PostgreSQL server (store/engines): same sessions, no file.

    `path` is the URL without its password (for messages); `url` is the real one.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        from vipdesk.store.engines import shown_url

        super().__init__(Path(shown_url(url)), engine, None)
        self.url = url

    @property
    def shown_name(self) -> str:
        from vipdesk.store.engines import shown_url

        return shown_url(self.url)

    unreachable_error: Callable[[str], Exception] = ServerUnreachable

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._server_errors(), self._read() as session, session.begin():
            yield session

    @contextmanager
    def snapshot(self, *, per_statement: bool = False) -> Iterator[Any]:
        """A read transaction on a pooled driver connection.

        `per_statement`: no transaction around the statements, each sees what is committed
        when it runs (all READ COMMITTED gives anyway). For a search per keystroke: no
        BEGIN and no ROLLBACK, which cost a round trip to the server, and the prepared
        plans stay on the connection (psycopg forgets them after a rollback). The
        statements of one pipelined batch still share an implicit transaction (SET LOCAL
        holds through it).
        """
        from vipdesk.store.engines import PgRaw, is_disconnect

        with self._server_errors():
            pooled = self.engine.raw_connection()
            conn: Any = pooled.driver_connection
            try:
                conn.autocommit = per_statement
                try:
                    yield PgRaw(conn)
                finally:
                    conn.rollback()  # nothing to do (no round trip) when per statement
            except BaseException as exc:
                if is_disconnect(exc):
                    pooled.invalidate(exc)  # never handed out again
                raise
            finally:
                if not conn.closed and conn.autocommit:
                    conn.autocommit = False
                pooled.close()

    @contextmanager
    def write(self, *, cache_kib: int | None = None) -> Iterator[Session]:
        with self._server_errors(), self._write() as session, session.begin():
            yield session

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        """A server gone away is one clear error (the counter never works on without it);
        a lock wait that ran out (lock_timeout, statement_timeout) is `busy_error`, as
        SQLite's busy timeout is."""
        from vipdesk.store.engines import is_disconnect, is_lock_timeout

        try:
            yield
        except Exception as exc:
            if is_disconnect(exc):
                raise self.unreachable_error(
                    UNREACHABLE_MESSAGE.format(url=self.shown_name)
                ) from exc
            if is_lock_timeout(exc):
                raise self.busy_error(SERVER_BUSY_MESSAGE.format(url=self.shown_name)) from exc
            raise

    def secure_delete(self, conn: Any, on: bool) -> None:
        """Nothing on a server: its storage (and its encryption at rest) is the server's."""

    def raw_connection(self) -> Any:
        raise NotOnServer("a raw SQLite connection (backup, integrity check, encryption)")


class NotOnServer(Exception):
    """What a file-only feature says on a PostgreSQL database (services turn it into a
    clear message)."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(f"{what} is not available on a PostgreSQL database yet")


def is_server(db: Database) -> bool:
    return isinstance(db, ServerDatabase)


def open_server(url: str, *, migrate: bool = True, build_index: bool = True) -> ServerDatabase:
    """Open the vipdesk database at a PostgreSQL URL and bring its schema up to date
    (an empty database gets the whole schema)."""
    from vipdesk.store.engines import make_server_engine
    from vipdesk.store.migrate import upgrade_to_head

    db = ServerDatabase(url, make_server_engine(url))
    try:
        if migrate:
            upgrade_to_head(db.engine)
            from vipdesk.store import search_index

            with db.write() as session:  # empty until built, but there to be written
                search_index.ensure_server_tables(session.connection())
            if build_index:
                ensure_search_index(db)
    except BaseException:
        db.close()
        raise
    return db


class MissingDatabase(Exception):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"no database at {path}")


def open_database(
    path: Path,
    *,
    migrate: bool = True,
    create: bool = True,
    build_index: bool = True,
    key: DatabaseKey | None = None,
) -> Database:
    """Open the database at `path` and bring its schema up to date.

    A missing file is created only when `create` is set. An existing file is looked at
    read-only first: another program's database, or a newer vipdesk's, is refused before
    a connection could switch it to WAL or migrate it. Without `build_index`, a search
    index from another version is left for the caller to rebuild (the GUI does it once
    its window is up). `key`: the database's key (None for a plain file; a new file is
    created encrypted with it).
    """
    from vipdesk.store.migrate import check_openable, inspect_file, upgrade_to_head

    path = Path(path)
    if path.exists():
        check_openable(path, inspect_file(path, key))
    elif not create:
        raise MissingDatabase(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, key)
    db = Database(path, engine, key)
    if migrate:
        upgrade_to_head(engine)
        if build_index:
            ensure_search_index(db)
    return db


def search_index_is_current(db: Database) -> bool:
    """True when the search index exists and was built by this version's normaliser."""
    from vipdesk.store import search_index

    with db.read() as session:
        conn = session.connection()
        current = search_index.stored_version(conn)
        present = search_index.index_present(conn)
    return current == search_index.INDEX_VERSION and present


def ensure_search_index(db: Database) -> None:
    """Rebuild the search index when it is missing or was built by another version."""
    from vipdesk.store import search_rebuild

    if not search_index_is_current(db):
        with db.write() as session:
            search_rebuild.rebuild(session)
