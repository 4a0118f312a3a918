"""The SQLite driver behind every connection vipdesk opens: SQLCipher 4, through `sqlcipher3`.

The stdlib `sqlite3` cannot read an encrypted database, so nothing in vipdesk uses it: the
engine, raw connections, checks, backups and restores all come through `connect` here.

A database is encrypted with a random 256-bit key given as a raw key (`x'…'`), which skips
SQLCipher's PBKDF2 (opening stays well under a millisecond). SQLCipher keeps a random 16-byte
salt in the first bytes of the file, readable before decrypting: it is the database's id,
and the key is stored outside the file under that id (services/encryption). The salt is
part of the raw key we give (`x'<key><salt>'`), so copies made through the backup API keep
it: a database and its backups share one id and one key. A plain (unencrypted) SQLite file
still opens, without a key.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlite

Connection = sqlite.Connection
Error = sqlite.Error
DatabaseError = sqlite.DatabaseError
OperationalError = sqlite.OperationalError

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class DatabaseKey:
    """A database's raw key and the salt in its file's first bytes."""

    key: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a database key is 32 bytes and its salt 16")

    @classmethod
    def new(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))

    @property
    def database_id(self) -> str:
        return self.salt.hex()

    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{(self.key + self.salt).hex()}'\""

    def __repr__(self) -> str:  # never the key itself, even in a log or a traceback
        return f"DatabaseKey(id={self.database_id})"


def read_only_uri(path: Path) -> str:
    """A URI opening `path` read-only (quoted, so `?` or `#` in a name stay part of it)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def file_header(path: Path) -> bytes:
    """The first 16 bytes of `path` (fewer for a short file, none for a missing one)."""
    try:
        with open(path, "rb") as f:
            return f.read(SALT_BYTES)
    except FileNotFoundError:
        return b""


def is_plain(path: Path) -> bool:
    """True for an unencrypted SQLite file."""
    return file_header(path) == PLAIN_HEADER


def database_id(path: Path) -> str | None:
    """The id of an encrypted database (its salt, in hex), read without the key.

    None for a plain SQLite file, an empty or missing one.
    """
    head = file_header(path)
    if len(head) < SALT_BYTES or head == PLAIN_HEADER:
        return None
    return head.hex()


def connect(
    path: Path | str,
    key: DatabaseKey | None,
    *,
    read_only: bool = False,
    timeout: float = 15.0,
    check_same_thread: bool = True,
) -> Any:
    """A driver connection to `path`, keyed when `key` is given (a plain file takes None)."""
    target = read_only_uri(Path(path)) if read_only else str(path)
    conn = sqlite.connect(
        target, uri=read_only, timeout=timeout, check_same_thread=check_same_thread
    )
    try:
        # A wrong key is one clear error for the caller, never lines on the user's stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key.pragma())
    except BaseException:
        conn.close()
        raise
    return conn


def wrong_key(exc: BaseException) -> bool:
    """SQLCipher's answer to a wrong key (or to a file that is no database at all)."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, DatabaseError) and "file is not a database" in str(orig)


def export(conn: Any, dest: Path, key: DatabaseKey | None) -> None:
    """Copy the whole database of `conn` into the new file `dest`, keyed with `key` (None:
    plain), with SQLCipher's `sqlcipher_export()`: the way to encrypt, or change a key."""
    value = f"x'{(key.key + key.salt).hex()}'" if key is not None else ""
    conn.execute("ATTACH DATABASE ? AS vipdesk_export KEY ?", (str(dest), value))
    try:
        conn.execute("SELECT sqlcipher_export('vipdesk_export')")
    finally:
        conn.execute("DETACH DATABASE vipdesk_export")
