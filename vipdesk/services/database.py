"""Opening the database, for the UI and the CLI (which never touch the store directly)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from vipdesk.services import safe_files
from vipdesk.services.errors import DatabaseBusy, DatabaseUnavailable, FileProblem
from vipdesk.store.db import Database, MissingDatabase, open_database
from vipdesk.store.db import DatabaseBusy as StoreBusy
from vipdesk.store.migrate import HEAD_REVISION, SchemaProblem, check_openable, inspect_file

__all__ = ["Database", "open_desk"]


def open_desk(path: Path, *, create: bool = True, build_index: bool = True) -> Database:
    """Open the database at `path`, migrating it as needed.

    A missing file is created (owner-only, in an owner-only folder) only when `create` is
    set: the GUI's first run, `demo`, `import`. Otherwise it is "no database at PATH",
    and nothing is created, not even a folder. Without `build_index`, a search index
    from another version is left to services.search.reindex (the GUI runs it in the
    background once its window is up). A lock held too long by another process comes
    out of every service as DatabaseBusy.
    """
    path = Path(path)
    if create and not path.exists():
        safe_files.private_folder(path.parent)
        safe_files.create_private_file(path)
    try:
        if path.exists():
            _back_up_before_upgrade(path)
        db = open_database(path, create=create, build_index=build_index)
    except StoreBusy as exc:  # while the search index is brought up to date
        raise DatabaseBusy(str(exc)) from exc
    except (MissingDatabase, SchemaProblem, FileProblem) as exc:
        raise DatabaseUnavailable(str(exc)) from None
    except (OperationalError, DatabaseError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        reason = str(getattr(exc, "orig", exc))
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


def _back_up_before_upgrade(path: Path) -> None:
    """An older revision is copied (backup API, verified) before anything migrates it."""
    schema = inspect_file(path)
    check_openable(path, schema)
    if schema.revision is not None and schema.revision != HEAD_REVISION:
        from vipdesk.services.maintenance import backup_before_upgrade

        backup_before_upgrade(path, schema.revision)
