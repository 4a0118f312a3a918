"""Opening the database, for the UI and the CLI (which never touch the store directly)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from vipdesk.services.errors import DatabaseBusy, DatabaseUnavailable
from vipdesk.store.db import Database, open_database
from vipdesk.store.db import DatabaseBusy as StoreBusy

__all__ = ["Database", "open_desk"]


def open_desk(path: Path) -> Database:
    """Open the database at `path`, creating and migrating it as needed.

    A lock held too long by another process comes out of every service as DatabaseBusy.
    """
    try:
        db = open_database(Path(path))
    except StoreBusy as exc:  # while the search index is brought up to date
        raise DatabaseBusy(str(exc)) from exc
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
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
    db.busy_error = DatabaseBusy
    return db
