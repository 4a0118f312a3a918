"""Per-database secrets, kept outside the database and named by its random id.

The database id is a random value in `app_meta`, so it travels with the file (renamed,
moved, restored) while the secrets stay in the keystore (vipdesk.services.keystore).
"""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from vipdesk.services.keystore import get_secret, put_secret
from vipdesk.store.models import MetaRow

DATABASE_ID_KEY = "database_id"
SECRET_BYTES = 32


def database_id(session: Session, *, create: bool = True) -> str | None:
    """This database's random id; made (in the caller's write transaction) if missing."""
    row = session.get(MetaRow, DATABASE_ID_KEY)
    if row is not None and row.value:
        return row.value
    if not create:
        return None
    made = secrets.token_hex(16)
    session.add(MetaRow(key=DATABASE_ID_KEY, value=made))
    session.flush()
    return made


def database_secret(session: Session, purpose: str, *, create: bool = True) -> bytes | None:
    """The secret for `purpose` (e.g. `idhash`) of this database; made if missing and asked.

    Returns None when it does not exist and `create` is False (nothing was ever hashed
    with it, so nothing can be found with it either).
    """
    ident = database_id(session, create=create)
    if ident is None:
        return None
    name = f"{purpose}:{ident}"
    found = cached_secret(name)
    if found is None and create:
        found = secrets.token_bytes(SECRET_BYTES)
        put_secret(name, found)
        _known[name] = found
    return found


# Secrets read once per process: a keyring may take milliseconds, and search asks per keystroke.
# A secret never changes once made, so a cached one is never stale.
_known: dict[str, bytes] = {}


def cached_secret(name: str) -> bytes | None:
    """The secret named `name` (`purpose:database id`), read from the keystore once."""
    if name not in _known:
        found = get_secret(name)
        if found is None:
            return None
        _known[name] = found
    return _known[name]
