"""Opening the database, for the UI and the CLI (which never touch the store directly)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from vipdesk.services import encryption, safe_files
from vipdesk.services.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    FileProblem,
    KeyMissing,
    ServerUnreachable,
)
from vipdesk.store import driver
from vipdesk.store.db import Database, MissingDatabase, NotOnServer, is_server, open_database
from vipdesk.store.db import DatabaseBusy as StoreBusy
from vipdesk.store.driver import DatabaseKey
from vipdesk.store.engines import is_url, shown_url
from vipdesk.store.migrate import HEAD_REVISION, SchemaProblem, check_openable, inspect_file

__all__ = ["Database", "is_server", "open_desk", "require_file"]


def open_desk(
    path: Path | str,
    *,
    create: bool = True,
    build_index: bool = True,
    key: DatabaseKey | None = None,
) -> Database:
    """Open the database at `path`, migrating it as needed.

    A missing file is created (owner-only, in an owner-only folder) only when `create` is
    set: the GUI's first run, `demo`, `import`. Otherwise it is "no database at PATH",
    and nothing is created, not even a folder. Without `build_index`, a search index
    from another version is left to services.search.reindex (the GUI runs it in the
    background once its window is up). A lock held too long by another process comes
    out of every service as DatabaseBusy.

    A new database is encrypted with a new key (services/encryption); an encrypted one
    opens with the key kept on this computer (KeyMissing without it); a plain one still
    opens (`vipdesk encrypt` converts it). `key`: open with this key instead of the one
    kept on this computer (key import checks it before storing it).

    `path` may be a PostgreSQL URL (`postgresql+psycopg://user@host/db`): the database on
    a server that several counters share (open_server_desk).
    """
    if is_url(path):
        return open_server_desk(str(path), build_index=build_index)
    path = Path(path)
    if create and not path.exists():
        safe_files.private_folder(path.parent)
        safe_files.create_private_file(path)
    try:
        if key is not None:
            _back_up_before_upgrade(path, key)
        elif encryption.is_new(path):
            key = encryption.new_key() if path.exists() else None
        else:
            key = encryption.key_for(path)
            _back_up_before_upgrade(path, key)
        db = open_database(path, create=create, build_index=build_index, key=key)
    except StoreBusy as exc:  # while the search index is brought up to date
        raise DatabaseBusy(str(exc)) from exc
    except KeyMissing:
        raise
    except (MissingDatabase, SchemaProblem, FileProblem) as exc:
        raise DatabaseUnavailable(str(exc)) from None
    except (OperationalError, DatabaseError, driver.DatabaseError, UnicodeDecodeError) as exc:
        reason = str(getattr(exc, "orig", exc))
        if key is not None and driver.wrong_key(exc):
            raise KeyMissing(
                f"{path} does not open with the key kept on this computer for it: the key is "
                f"not this database's, or the file is damaged. If you have its saved key, "
                f"{encryption.HOW_TO_IMPORT.format(path=path)}; else restore a backup",
                path=str(path),
            ) from None
        if "locked" in reason or "busy" in reason:
            raise DatabaseUnavailable(
                f"{path} is busy: another vipdesk is migrating or writing it. Try again."
            ) from exc
        raise DatabaseUnavailable(
            f"{path} cannot be opened as a vipdesk database ({reason}). "
            "Check the path, or restore from a backup with `vipdesk restore`."
        ) from exc
    except PermissionError as exc:
        raise DatabaseUnavailable(f"no permission to open {path}: {exc.strerror}") from exc
    safe_files.protect_database(path)
    db.busy_error = DatabaseBusy
    return db


def _back_up_before_upgrade(path: Path, key: DatabaseKey | None) -> None:
    """An older revision is copied (backup API, verified) before anything migrates it."""
    schema = inspect_file(path, key)
    check_openable(path, schema)
    if schema.revision is not None and schema.revision != HEAD_REVISION:
        from vipdesk.services.maintenance import backup_before_upgrade

        backup_before_upgrade(path, schema.revision, key)


def open_server_desk(url: str, *, build_index: bool = True) -> Database:
    """Open (and migrate) the vipdesk database at a PostgreSQL URL.

    A server that cannot be reached, or refuses the role, is one clear message naming the
    URL without its password; an empty database gets the whole schema.
    """
    from vipdesk.store.db import open_server

    try:
        db = open_server(url, build_index=build_index)
    except (OperationalError, DatabaseError) as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise DatabaseUnavailable(
            f"the PostgreSQL database {shown_url(url)} cannot be opened "
            f"({reason[0] if reason else type(exc).__name__}). Check the server, the role "
            "and its password (PGPASSWORD or ~/.pgpass)",
            code="server_not_opened",
            url=shown_url(url),
        ) from None
    except ImportError as exc:  # a build without psycopg
        raise DatabaseUnavailable(f"this vipdesk cannot reach PostgreSQL ({exc})") from None
    db.busy_error = DatabaseBusy
    db.unreachable_error = ServerUnreachable
    return db


def require_file(db: Database | Path | str, what: str) -> None:
    """Refuse a feature that needs the SQLite file (backups, keys) on a PostgreSQL database:
    one clear message instead of a traceback."""
    if (isinstance(db, Database) and is_server(db)) or (isinstance(db, (str, Path)) and is_url(db)):
        raise DatabaseUnavailable(
            f"{NotOnServer(what)}: on PostgreSQL use the server's own tools (pg_dump for "
            "backups; encryption at rest is the server's disk encryption)",
            code="not_on_server",
        )
