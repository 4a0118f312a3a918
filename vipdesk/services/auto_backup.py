"""Automatic daily backups in the data folder, and the copies a restore can offer.

A hotel forgets to back up: on the first start of each day the app makes a verified
backup (the online backup API, then integrity and foreign-key checks) in a `backups`
folder beside the database, and rotates old ones out (domain.backups: 7 daily, 4 weekly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from vipdesk.domain.backups import backups_to_keep
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import safe_files
from vipdesk.services.database import is_server
from vipdesk.services.maintenance import copy_database
from vipdesk.services.staff import authorize
from vipdesk.store.db import Database

BACKUP_FOLDER = "backups"
_DAY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.db$")


@dataclass(frozen=True)
class KeptCopy:
    path: Path
    made_at: datetime
    kind: str  # "daily", "before upgrade" (both verified) or "before restore"

    @property
    def verified(self) -> bool:
        return self.kind != "before restore"


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_FOLDER


def _daily_name(db_path: Path, day: date) -> str:
    return f"{Path(db_path).stem}-{day.isoformat()}.db"


def daily_backup(db: Database, actor: Staff, today: date | None = None) -> Path | None:
    """Make today's verified backup unless there is one; returns its path (None: had one,
    or the database is on a PostgreSQL server, whose backups are pg_dump's)."""
    authorize(db, actor, Operation.DAILY_BACKUP)
    if is_server(db):
        return None
    today = today or date.today()
    folder = backup_folder(db.path)
    target = folder / _daily_name(db.path, today)
    if target.exists():
        return None
    safe_files.private_folder(folder)
    copy_database(db, target)
    _rotate(db.path)
    return target


def _daily_copies(db_path: Path) -> dict[date, Path]:
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return {}
    found: dict[date, Path] = {}
    for path in folder.glob(f"{Path(db_path).stem}-*.db"):
        match = _DAY.search(path.name)
        if match and path.name == _daily_name(db_path, date.fromisoformat(match[1])):
            found[date.fromisoformat(match[1])] = path
    return found


def _rotate(db_path: Path) -> None:
    copies = _daily_copies(db_path)
    keep = backups_to_keep(copies)
    for day, path in copies.items():
        if day not in keep:
            path.unlink(missing_ok=True)


def kept_copies(db_path: Path) -> list[KeptCopy]:
    """Every copy a restore can offer, newest first: daily backups and the files kept
    before an upgrade or a restore."""
    db_path = Path(db_path)
    found = [(p, "daily") for p in _daily_copies(db_path).values()]
    if db_path.parent.is_dir():
        for kind in ("before upgrade", "before restore"):
            pattern = f"{db_path.name}.{kind.replace(' ', '-')}-*"
            found += [
                (p, kind) for p in db_path.parent.glob(pattern) if not p.name.endswith(".part")
            ]
    copies = [
        KeptCopy(p, datetime.fromtimestamp(p.stat().st_mtime), kind)
        for p, kind in found
        if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    return sorted(copies, key=lambda c: c.made_at, reverse=True)


def last_good_backup(db_path: Path) -> KeptCopy | None:
    """The newest verified copy (daily or before an upgrade), if any."""
    return next((c for c in kept_copies(db_path) if c.verified), None)
