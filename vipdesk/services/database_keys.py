"""The admin's key commands: save the database key, install it on another computer.

A backup is useless on a new PC without its key (kept in this computer's keyring or key
folder), so the admin saves it once with `vipdesk key export` and keeps the file apart
from the backups. `vipdesk key import` checks that the key opens the database before
storing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import encryption, keystore, safe_files
from vipdesk.services.audit import audit
from vipdesk.services.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    FileProblem,
    KeyMissing,
    ServiceError,
)
from vipdesk.services.staff import authorize
from vipdesk.store import driver
from vipdesk.store.db import BUSY_TIMEOUT_MS, Database, is_server
from vipdesk.store.driver import DatabaseKey

_KEY_LINE = re.compile(r"[0-9a-fA-F]{64}")
BUSY_SECONDS = BUSY_TIMEOUT_MS / 1000


class NotEncrypted(ServiceError):
    code = "not_encrypted"


def export_key(db: Database, actor: Staff, dest: Path) -> Path:
    """Write the database's key to `dest` (one line, 64 hex digits; owner-only). Admins only."""
    authorize(db, actor, Operation.MANAGE_KEYS)
    if is_server(db):
        raise NotEncrypted(
            f"{db.shown_name} has no vipdesk database key: on PostgreSQL, encryption at rest "
            "is the server's job"
        )
    if db.key is None:
        raise NotEncrypted(
            f"{db.shown_name} is not encrypted, so it has no key: encrypt it with `vipdesk encrypt`"
        )
    dest = Path(dest)
    safe_files.write_bytes(dest, (db.key.key.hex() + "\n").encode("ascii"))
    with db.write() as session:
        audit(session, actor, "export", "key", None, file=dest.name)
    return dest


def read_key_line(key_file: Path) -> str:
    """The text of a key file as `key export` writes it (a clear FileProblem otherwise)."""
    try:
        return key_file.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise FileProblem(f"file not found: {key_file}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileProblem(f"cannot read {key_file}: {getattr(exc, 'strerror', exc)}") from None


def read_key_file(db_path: Path, key_file: Path) -> DatabaseKey:
    """The key in `key_file`, checked to open the database at `db_path` (nothing stored)."""
    db_path, key_file = Path(db_path), Path(key_file)
    text = read_key_line(key_file)
    if not _KEY_LINE.fullmatch(text):
        raise FileProblem(
            f"{key_file} is not a vipdesk key (one line of 64 hexadecimal characters, "
            "as `vipdesk key export` writes)"
        )
    if not db_path.is_file():
        raise FileProblem(f"file not found: {db_path}")
    ident = driver.database_id(db_path)
    if ident is None:
        raise NotEncrypted(f"{db_path} is not encrypted: it opens without a key")
    key = DatabaseKey(bytes.fromhex(text), bytes.fromhex(ident))
    try:
        conn = driver.connect(db_path, key, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except driver.DatabaseError:
        raise KeyMissing(
            f"the key in {key_file} does not open {db_path}: it is another database's key, "
            "or the file is damaged; nothing was stored",
            path=str(db_path),
        ) from None
    return key


def import_key(db: Database, actor: Staff, key: DatabaseKey) -> keystore.KeyPlace:
    """Keep `key` (read_key_file's, which opened `db`) on this computer. Admins only."""
    authorize(db, actor, Operation.MANAGE_KEYS)
    place = encryption.store_key(key)
    with db.write() as session:
        audit(session, actor, "import", "key", None, place=place.kind)
    return place


@dataclass(frozen=True)
class EncryptionStatus:
    """What `vipdesk check` says about encryption."""

    encrypted: bool
    cipher_version: str
    place: keystore.KeyPlace | None  # where this database's key is kept
    why_files: str = ""  # why a key folder rather than the OS keyring

    def lines(self) -> list[str]:
        if not self.encrypted:
            return [
                "encryption: off - this database is a plain SQLite file: anyone who copies "
                "it reads every guest. Convert it with `vipdesk encrypt` (admin)"
            ]
        line = f"encryption: on (SQLCipher {self.cipher_version})"
        if self.place is None:
            return [f"{line}; its key is not kept on this computer"]
        if self.place.is_keyring:
            return [f"{line}; key in the OS keyring ({self.place.where})"]
        why = f" ({self.why_files})" if self.why_files else ""
        return [
            f"{line}; key in an owner-only file {self.place.where}{why}",
            "  save it with `vipdesk key export -o FILE` and keep it apart from the backups",
        ]


def encryption_status(db: Database, actor: Staff) -> EncryptionStatus:
    """Whether the database is encrypted, and where its key is kept (part of `check`)."""
    authorize(db, actor, Operation.CHECK)
    with db.read() as session:
        version = session.connection().exec_driver_sql("PRAGMA cipher_version").scalar()
    if db.key is None:
        return EncryptionStatus(False, str(version or ""), None)
    place = keystore.secret_place(encryption.secret_name(db.key.database_id))
    why = keystore.why_files() if place is not None and not place.is_keyring else ""
    return EncryptionStatus(True, str(version or ""), place, why)


class AlreadyEncrypted(ServiceError):
    code = "already_encrypted"


@dataclass
class EncryptResult:
    rows: dict[str, int] = field(default_factory=dict)  # per table, checked in the copy
    place: keystore.KeyPlace | None = None
    plain_copies: list[Path] = field(default_factory=list)  # kept copies still unencrypted


def encrypt_database(db: Database, actor: Staff) -> EncryptResult:
    """Convert a plain database into an encrypted one, in place. Admins only.

    `sqlcipher_export()` writes an encrypted copy beside it under a new key; the copy is
    checked (integrity, foreign keys, the rows of every table) and the key stored before
    the copy is renamed over the plain file (one atomic rename: the file is always one or
    the other). The plain file is removed by that rename; its bytes stay in the disk's
    free space until overwritten. Backups made before still hold plain copies: they are
    listed. `db` is closed; open the database again.
    """
    authorize(db, actor, Operation.MANAGE_KEYS)
    if is_server(db):  # before anything: there is no file to convert
        raise DatabaseUnavailable(
            f"{db.shown_name} is on a PostgreSQL server: encryption at rest is the server's "
            "job (its disk or volume encryption), not vipdesk's",
            code="encryption_on_server",
        )
    if db.key is not None:
        raise AlreadyEncrypted(f"{db.shown_name} is already encrypted")
    path = db.path
    db.close()
    key = DatabaseKey.new()
    tmp = safe_files.exclusive_temp(path.with_name(path.name + ".encrypting"))
    try:
        rows, before = _export_plain(path, tmp, key)
        _verify_copy(tmp, key, rows)
        if _stamp(path) != before:
            raise DatabaseBusy(
                f"{path} changed while it was being encrypted: close vipdesk on every other "
                "counter and try again (nothing was changed)"
            )
        place = encryption.store_key(key)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        safe_files.replace_database(tmp, path)
    except BaseException:
        safe_files.discard(tmp)
        raise
    from vipdesk.services.auto_backup import kept_copies
    from vipdesk.services.database import open_desk

    again = open_desk(path, create=False)
    try:
        with again.write() as session:
            audit(session, actor, "encrypt", "database", None, tables=len(rows))
    finally:
        again.close()
    plain = [c.path for c in kept_copies(path) if driver.is_plain(c.path)]
    return EncryptResult(rows, place, plain)


def _stamp(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_size, found.st_mtime_ns


def _export_plain(path: Path, tmp: Path, key: DatabaseKey) -> tuple[dict[str, int], Any]:
    conn = driver.connect(path, None, timeout=BUSY_SECONDS)
    try:
        conn.isolation_level = None
        # Leaving WAL needs every other connection gone: it both checks that no other
        # vipdesk has the file open and folds the WAL into the file being copied.
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        except driver.OperationalError:
            mode = "wal"
        if str(mode).lower() != "delete":
            raise DatabaseBusy(
                f"{path} is open in another vipdesk: close it on every counter, then encrypt"
            )
        before = _stamp(path)
        rows = _row_counts(conn)
        driver.export(conn, tmp, key)
        return rows, before
    finally:
        conn.close()


def _row_counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _verify_copy(tmp: Path, key: DatabaseKey, rows: dict[str, int]) -> None:
    conn = driver.connect(tmp, key)
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        copied = _row_counts(conn)
    finally:
        conn.close()
    if integrity != ["ok"] or broken or copied != rows:
        differ = sorted(t for t in rows.keys() | copied.keys() if rows.get(t) != copied.get(t))
        raise FileProblem(
            "the encrypted copy failed its check (integrity: "
            f"{', '.join(integrity[:3])}; broken references: {len(broken)}; tables that "
            f"differ: {', '.join(differ) or 'none'}); the plain database was left as it was"
        )
