"""Open a database file in a test the way vipdesk does: SQLCipher, with the file's key.

A drop-in for the stdlib's `sqlite3.connect` on files (which cannot read an encrypted
database): a new file is created plain, as the stdlib would; an encrypted one is keyed
with the key kept for it in the test's key folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vipdesk.services.encryption import key_for
from vipdesk.store import driver

Error = driver.Error
DatabaseError = driver.DatabaseError
OperationalError = driver.OperationalError
Connection = driver.Connection


def connect(path: Path | str, *, timeout: float = 5.0, isolation_level: Any = "") -> Any:
    conn = driver.connect(path, key_for(Path(path)), timeout=timeout)
    if isolation_level != "":
        conn.isolation_level = isolation_level
    return conn


def attach(conn: Any, path: Path, alias: str) -> None:
    """ATTACH the database at `path` with its own key (a plain one with none)."""
    key = key_for(Path(path))
    value = f"x'{(key.key + key.salt).hex()}'" if key is not None else ""
    conn.execute(f"ATTACH DATABASE ? AS {alias} KEY ?", (str(path), value))


def backup(src: Path, dest: Path) -> None:
    """Copy `src` to a new file `dest` with the backup API, under the same key."""
    key = key_for(Path(src))
    source, target = driver.connect(src, key), driver.connect(dest, key)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
