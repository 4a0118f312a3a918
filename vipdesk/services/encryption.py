"""Database keys: made when a database is created, kept outside it, found by its id.

Each encrypted database has a random 256-bit key (store/driver). The key is kept with the
keystore (the OS keyring, else an owner-only file) under `db:<database id>`, the id being
the random salt in the file's first 16 bytes: readable before decrypting, the same after a
rename or a move, and the same in every backup vipdesk makes of it (they share the key).
On another computer, `vipdesk key import` installs a key saved with `vipdesk key export`.
"""

from __future__ import annotations

from pathlib import Path

from vipdesk.services import keystore
from vipdesk.services.errors import KeyMissing
from vipdesk.store.driver import DatabaseKey, database_id, file_header

SECRET_PREFIX = "db"
HOW_TO_IMPORT = (
    "import the key saved with `vipdesk key export`: vipdesk --db {path} key import KEYFILE"
)


def secret_name(ident: str) -> str:
    return f"{SECRET_PREFIX}:{ident}"


def is_new(path: Path) -> bool:
    """A missing or empty file: opening it creates a database."""
    return not file_header(Path(path))


def key_for(path: Path) -> DatabaseKey | None:
    """The key of the database at `path`: None for a plain (or new) file.

    Raises KeyMissing when the file is encrypted and no key for it is kept on this
    computer. A file that cannot be a database (SQLite files are whole pages long) gets
    None too: opening it then fails as "not a database".
    """
    path = Path(path)
    ident = database_id(path)
    if ident is None or not _whole_pages(path):
        return None
    raw = keystore.get_secret(secret_name(ident))
    if raw is None:
        raise KeyMissing(
            f"{path} cannot be opened: it is encrypted and its key is not on this computer "
            f"(or it is not a database at all). To open it, "
            f"{HOW_TO_IMPORT.format(path=_quoted(path))}",
            path=str(path),
        )
    return DatabaseKey(raw, bytes.fromhex(ident))


def new_key() -> DatabaseKey:
    """A fresh key for a database about to be created, stored before any byte is written."""
    key = DatabaseKey.new()
    keystore.put_secret(secret_name(key.database_id), key.key)
    return key


def store_key(key: DatabaseKey) -> keystore.KeyPlace:
    """Keep `key` on this computer (key import), under its database's id."""
    return keystore.put_secret(secret_name(key.database_id), key.key)


def _whole_pages(path: Path) -> bool:
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 512 and size % 512 == 0


def _quoted(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if " " in text else text
