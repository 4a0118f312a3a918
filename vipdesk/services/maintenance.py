"""Backup, restore and integrity checks, through SQLite's own online backup API.

Every file is opened through SQLCipher (store/driver) with its key. The backup API copies
only between databases with the same key: a backup is keyed like its database (same key,
same id), so the key kept for the database opens its backups too.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import safe_files
from vipdesk.services.audit import audit
from vipdesk.services.database import require_file
from vipdesk.services.encryption import key_for
from vipdesk.services.errors import FileProblem, KeyMissing
from vipdesk.services.staff import authorize
from vipdesk.store import driver
from vipdesk.store.db import Database, ensure_search_index, make_engine
from vipdesk.store.driver import DatabaseKey
from vipdesk.store.migrate import (
    SchemaProblem,
    check_openable,
    inspect_file,
    schema_differences,
    upgrade_to_head,
)


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    schema: list[str] | None = None  # differences from this version's models (None: not compared)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys and not self.schema

    def lines(self) -> list[str]:
        out = [f"integrity_check: {', '.join(self.integrity[:20])}"]
        if self.foreign_keys:
            out.append(f"foreign_key_check: {len(self.foreign_keys)} broken reference(s)")
            out += [f"  {p}" for p in self.foreign_keys[:20]]
        else:
            out.append("foreign_key_check: ok")
        if self.schema:
            out.append(f"schema: {len(self.schema)} difference(s) from this version's tables")
            out += [f"  {d}" for d in self.schema[:20]]
        elif self.schema is not None:
            out.append("schema: ok")
        return out


def _check_connection(conn: Any) -> CheckReport:
    integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    fks = [
        f"table {r[0]} row {r[1]} points to missing {r[2]}"
        for r in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return CheckReport(integrity, fks)


def check_file(
    path: Path, *, read_only: bool = True, key: DatabaseKey | None = None
) -> CheckReport:
    """integrity_check and foreign_key_check of any SQLite file, opened read-only.

    SQLite skips CHECK constraints when it checks a read-only connection, so files of our
    own (a backup being made, a copy being restored) are checked with `read_only=False`.
    An encrypted file is opened with `key`, else the key kept on this computer for it
    (KeyMissing when there is none).
    """
    path = Path(path)
    if not path.is_file():
        raise FileProblem(f"file not found: {path}")
    key = key or key_for(path)
    try:
        conn = driver.connect(path, key, read_only=read_only)
        # A damaged file can hold bytes that are not UTF-8, even in its error messages.
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        try:
            return _check_connection(conn)
        finally:
            conn.close()
    except driver.DatabaseError as exc:
        return CheckReport(integrity=[f"not a usable database: {exc}"])
    except UnicodeDecodeError:  # SQLite's own message quoted damaged bytes
        return CheckReport(integrity=["not a usable database: its schema is damaged"])


def check(db: Database, actor: Staff) -> CheckReport:
    """Check the open database: integrity, foreign keys, and its tables against the models."""
    authorize(db, actor, Operation.CHECK)
    conn = db.raw_connection()
    try:
        report = _check_connection(conn)
    finally:
        conn.close()
    report.schema = [describe_difference(d) for d in schema_differences(db.engine)]
    return report


def backup(db: Database, actor: Staff, dest: Path) -> CheckReport:
    """Copy the live database to `dest` with the online backup API, then verify the copy."""
    authorize(db, actor, Operation.BACKUP)
    require_file(db, "a backup file")  # a clear message on PostgreSQL, not NotOnServer
    report = copy_database(db, dest)
    with db.write() as session:
        audit(session, actor, "backup", "database", None, file=Path(dest).name)
    return report


def copy_database(db: Database, dest: Path) -> CheckReport:
    """The copy behind `backup` and the daily backup (whose callers checked the role)."""
    dest = Path(dest)
    safe_files.check_target(dest)
    tmp = safe_files.exclusive_temp(dest)
    source = db.raw_connection()
    try:
        target = driver.connect(tmp, db.key)
        try:
            source.backup(target)
            # A backup is one self-contained file: no WAL beside it.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    except (driver.Error, OSError) as exc:
        safe_files.discard(tmp)
        raise FileProblem(f"backup to {dest} failed: {exc}") from None
    finally:
        source.close()
    report = check_file(tmp, read_only=False, key=db.key)
    if not report.ok:
        safe_files.discard(tmp)
        raise FileProblem(f"the backup copy failed its check: {'; '.join(report.lines())}")
    try:
        safe_files.install(tmp, dest)
    except BaseException:
        safe_files.discard(tmp)
        raise
    return report


@dataclass
class RestoreResult:
    report: CheckReport
    kept: Path | None  # where the replaced database was kept (None: there was none)


def restore(db_path: Path, source: Path, actor: Staff | None = None) -> RestoreResult:
    """Replace the database at `db_path` with the backup `source`, after checking it.

    Refuses a file that fails integrity or foreign-key checks, that is not a vipdesk
    database, that a newer vipdesk made, or whose tables and columns do not match this
    version's once brought up to date (checked on a temporary copy; the backup itself is
    only read). The replaced database is kept beside it under a new name,
    `<name>.before-restore-YYYYMMDD-HHMMSS`, every time: a kept copy is never overwritten.
    The restore is audited in the restored database's own chain, by `actor` (the admin who
    signed in to the replaced database; None on a new machine), and the tail anchor is reset
    to that entry (see audit_trail.record_restore). The caller checked the role.
    """
    db_path, source = Path(db_path), Path(source)
    try:
        key = key_for(source)
    except KeyMissing as exc:
        raise KeyMissing(f"refusing to restore: {exc}", path=str(source)) from None
    report = check_file(source, key=key)
    if not report.ok:
        raise FileProblem(f"refusing to restore {source}: {'; '.join(report.lines())}")
    try:
        schema = inspect_file(source, key)
    except (driver.Error, UnicodeDecodeError) as exc:
        raise FileProblem(f"refusing to restore {source}: {exc}") from None
    if schema.revision is None:
        raise FileProblem(f"refusing to restore {source}: it is not a vipdesk database")
    try:
        check_openable(source, schema)
    except SchemaProblem as exc:
        raise FileProblem(f"refusing to restore: {exc}") from None
    safe_files.private_folder(db_path.parent)
    verified = _verified_copy(source, db_path, key)
    try:
        kept = _keep_aside(db_path) if db_path.exists() else None
        _install_database(verified, db_path, key)
    finally:
        safe_files.discard(verified)
    _audit_restore(db_path, source, actor)
    return RestoreResult(report, kept)


def _audit_restore(db_path: Path, source: Path, actor: Staff | None) -> None:
    from vipdesk.services.audit_trail import record_restore
    from vipdesk.services.database import open_desk

    db = open_desk(db_path, create=False)
    try:
        record_restore(db, actor, source.name)
    finally:
        db.close()


def _refuse(source: Path, why: str) -> FileProblem:
    return FileProblem(f"refusing to restore {source}: {why}")


def _verified_copy(source: Path, db_path: Path, key: DatabaseKey | None) -> Path:
    """A temporary copy of `source` beside `db_path`, checked, brought up to date, checked."""
    tmp = safe_files.exclusive_temp(db_path.with_name(db_path.name + ".restoring"))
    try:
        _copy_via_backup(source, tmp, key)
        _verify(source, tmp, key)
    except FileProblem:
        safe_files.discard(tmp)
        raise
    except Exception as exc:  # damage shows up in many ways; each one means "refuse"
        safe_files.discard(tmp)
        reason = str(getattr(exc, "orig", exc)).splitlines()[0][:200] if str(exc) else ""
        raise _refuse(source, f"it cannot be read whole ({type(exc).__name__}: {reason})") from None
    except BaseException:
        safe_files.discard(tmp)
        raise
    return tmp


def _verify(source: Path, tmp: Path, key: DatabaseKey | None) -> None:
    before = check_file(tmp, read_only=False, key=key)
    if not before.ok:
        raise _refuse(source, "; ".join(before.lines()))
    engine = make_engine(tmp, key)
    try:
        try:
            upgrade_to_head(engine)
        except Exception as exc:  # any failure of an old schema to migrate
            reason = str(getattr(exc, "orig", exc)).splitlines()[0][:200]
            raise _refuse(source, f"it cannot be brought up to date ({reason})") from None
        differences = schema_differences(engine)
        if differences:
            shown = "; ".join(describe_difference(d) for d in differences[:4])
            more = f" and {len(differences) - 4} more" if len(differences) > 4 else ""
            raise _refuse(
                source, f"its tables do not match this version of vipdesk ({shown}{more})"
            )
        ensure_search_index(Database(tmp, engine, key))
    finally:
        engine.dispose()
    _one_file(tmp, key)  # checkpoints the migration's WAL into the file
    after = check_file(tmp, read_only=False, key=key)
    if not after.ok:
        raise _refuse(source, "; ".join(after.lines()))


def describe_difference(difference: object) -> str:
    """One schema difference from Alembic's comparison, in a few words."""
    if isinstance(difference, list) and difference:
        difference = difference[0]
    if not isinstance(difference, tuple) or not difference:
        return str(difference)[:80]
    op, *rest = difference
    words = {
        "add_table": "table missing",
        "remove_table": "unknown table",
        "add_column": "column missing",
        "remove_column": "unknown column",
        "add_index": "index missing",
        "remove_index": "unknown index",
    }.get(str(op), str(op).replace("_", " "))
    names = [_name(x) for x in rest if x is not None and not isinstance(x, dict)]
    return f"{words}: {names[-1] if names else ''}".strip(": ")


def _name(thing: object) -> str:
    table = getattr(thing, "table", None)
    name = str(getattr(thing, "name", thing))
    return f"{table.name}.{name}" if table is not None and hasattr(table, "name") else name


def _keep_aside(db_path: Path) -> Path:
    """Copy the database about to be replaced to a new, timestamped name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    wanted = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    return keep_copy(db_path, wanted, verify=False)


def backup_before_upgrade(db_path: Path, revision: str, key: DatabaseKey | None = None) -> Path:
    """A verified copy of a database at an older revision, made before it is migrated."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    wanted = db_path.with_name(f"{db_path.name}.before-upgrade-{revision}-{stamp}")
    try:
        return keep_copy(db_path, wanted, verify=True, key=key)
    except (driver.Error, OSError, FileProblem) as exc:
        raise FileProblem(
            f"not upgrading {db_path}: the backup before the upgrade failed ({exc})"
        ) from None


def keep_copy(db_path: Path, wanted: Path, *, verify: bool, key: DatabaseKey | None = None) -> Path:
    """Copy `db_path` through the backup API to `wanted` (or `wanted-2`…), never overwriting.

    With `verify`, the copy must pass its checks. Without, a file too damaged for SQLite to
    read (often why one restores) is kept byte for byte.
    """
    tmp = safe_files.exclusive_temp(wanted)
    try:
        try:
            key = key or key_for(db_path)
            _copy_via_backup(db_path, tmp, key)
            _one_file(tmp, key)
        except (driver.Error, KeyMissing):
            if verify:
                raise
            safe_files.discard(tmp)
            tmp = safe_files.exclusive_temp(wanted)
            shutil.copyfile(db_path, tmp)
        if verify:
            report = check_file(tmp, read_only=False, key=key)
            if not report.ok:
                raise FileProblem(f"the copy failed its check: {'; '.join(report.lines())}")
        return safe_files.install_new(tmp, wanted)
    except BaseException:
        safe_files.discard(tmp)
        raise


def _one_file(path: Path, key: DatabaseKey | None) -> None:
    """Leave WAL mode (the backup API copies the source's header): one self-contained file."""
    conn = driver.connect(path, key)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _install_database(verified: Path, db_path: Path, key: DatabaseKey | None) -> None:
    """Write the verified copy (keyed with `key`) into `db_path`.

    Through the backup API when `db_path` is a database SQLite can open, so that another
    process holding it open sees the new content rather than writing on into an unlinked
    file. An encrypted database keeps its own key: a backup under another key (or none) is
    re-encrypted with it first. A file SQLite cannot read, or a plain one receiving an
    encrypted backup (both already kept aside), is replaced by a rename.
    """
    safe_files.create_private_file(db_path)
    target_key = _live_key(db_path, key)
    if target_key is not _UNREADABLE:
        source, rekeyed = verified, None
        if target_key != key:
            rekeyed = safe_files.exclusive_temp(db_path.with_name(db_path.name + ".restoring"))
            _export(verified, key, rekeyed, target_key)
            source = rekeyed
        try:
            _copy_via_backup(source, db_path, target_key)
            return
        except driver.DatabaseError:
            pass
        finally:
            if rekeyed is not None:
                safe_files.discard(rekeyed)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    safe_files.replace_database(verified, db_path)


_UNREADABLE: Any = object()


def _live_key(db_path: Path, key: DatabaseKey | None) -> Any:
    """The key the backup API must write `db_path` with, or _UNREADABLE (rename it)."""
    if not driver.file_header(db_path):
        return key  # a new file takes the backup as it is
    if driver.is_plain(db_path):
        return None if key is None else _UNREADABLE  # never decrypt into a plain file
    try:
        return key_for(db_path)
    except KeyMissing:
        return _UNREADABLE


def _export(src: Path, src_key: DatabaseKey | None, dest: Path, key: DatabaseKey | None) -> None:
    conn = driver.connect(src, src_key)
    try:
        driver.export(conn, dest, key)
    finally:
        conn.close()


def _copy_via_backup(src: Path, dest: Path, key: DatabaseKey | None) -> None:
    # The backup API writes the destination page by page inside one transaction, and
    # takes the WAL of a live source into account: never copy SQLite files by hand.
    # Both ends have the same key (SQLCipher copies only between equal keys).
    source = driver.connect(src, key, read_only=True)
    try:
        target = driver.connect(dest, key, timeout=15)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
