"""Backup, restore and integrity checks, through SQLite's own online backup API."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from vipdesk.domain.staff import Staff
from vipdesk.services.errors import FileProblem
from vipdesk.store.db import Database


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys

    def lines(self) -> list[str]:
        out = [f"integrity_check: {', '.join(self.integrity[:20])}"]
        if self.foreign_keys:
            out.append(f"foreign_key_check: {len(self.foreign_keys)} broken reference(s)")
            out += [f"  {p}" for p in self.foreign_keys[:20]]
        else:
            out.append("foreign_key_check: ok")
        return out


def _check_connection(conn: sqlite3.Connection) -> CheckReport:
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    fks = [
        f"table {r[0]} row {r[1]} points to missing {r[2]}"
        for r in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return CheckReport(integrity, fks)


def check_file(path: Path) -> CheckReport:
    """integrity_check and foreign_key_check of any SQLite file, opened read-only."""
    path = Path(path)
    if not path.is_file():
        raise FileProblem(f"file not found: {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return _check_connection(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return CheckReport(integrity=[f"not a usable database: {exc}"])


def check(db: Database, actor: Staff) -> CheckReport:
    """Check the open database."""
    conn = db.raw_connection()
    try:
        return _check_connection(conn)
    finally:
        conn.close()


def backup(db: Database, actor: Staff, dest: Path) -> CheckReport:
    """Copy the live database to `dest` with the online backup API, then verify the copy."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = db.raw_connection()
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            # A backup is one self-contained file: no WAL beside it.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise FileProblem(f"backup to {dest} failed: {exc}") from None
    finally:
        source.close()
    report = check_file(tmp)
    if not report.ok:
        tmp.unlink(missing_ok=True)
        raise FileProblem(f"the backup copy failed its check: {'; '.join(report.lines())}")
    os.replace(tmp, dest)
    return report


def restore(db_path: Path, source: Path) -> CheckReport:
    """Replace the database at `db_path` with the backup `source`, after checking it.

    Refuses a file that fails integrity or foreign-key checks, or that is not a vipdesk
    database. The current database is kept beside it as `<name>.before-restore`.
    """
    db_path, source = Path(db_path), Path(source)
    report = check_file(source)
    if not report.ok:
        raise FileProblem(f"refusing to restore {source}: {'; '.join(report.lines())}")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            version = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise FileProblem(f"refusing to restore {source}: {exc}") from None
    if "guests" not in tables or version is None:
        raise FileProblem(f"refusing to restore {source}: it is not a vipdesk database")
    if db_path.exists():
        keep = db_path.with_name(db_path.name + ".before-restore")
        _copy_via_backup(db_path, keep)
    _copy_via_backup(source, db_path)
    return report


def _copy_via_backup(src: Path, dest: Path) -> None:
    # The backup API writes the destination page by page inside one transaction, and
    # takes the WAL of a live source into account: never copy SQLite files by hand.
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dest, timeout=15)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
