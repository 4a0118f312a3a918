"""Sharing a server database's audit key between counters (`vipdesk --db URL key …`).

On PostgreSQL there is no database key (encryption at rest is the server's job), but
every counter needs the audit trail's key, kept per computer (services/audit_chain): a
counter without it would start a new stretch of the chain when it first writes. The admin
exports it once (`key export`) and each counter imports it before its first sign-in
(`key import`): the key is checked against the stored trail's MACs first, so only the
real key is installed; then the admin signs in and the import is recorded.
"""

from __future__ import annotations

import re
from pathlib import Path

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services import audit_chain, keystore, safe_files
from vipdesk.services.audit import audit
from vipdesk.services.audit_trail import (
    _COLUMNS,
    AuditChainBroken,
    AuditKeyMissing,
    verify_rows,
)
from vipdesk.services.database_keys import read_key_line
from vipdesk.services.errors import FileProblem, ServiceError
from vipdesk.services.staff import authorize
from vipdesk.store.db import Database

HEADER = "vipdesk-audit-key"
_LINE = re.compile(rf"{HEADER} ([0-9a-f]{{32}}) ([0-9a-f]{{64}})")


def _database_id(db: Database) -> str | None:
    with db.read() as session:
        return audit_chain.meta(session, audit_chain.DATABASE_ID_KEY)


def export_audit_key(db: Database, actor: Staff, dest: Path) -> Path:
    """Write this database's audit key to `dest` (owner-only; one line naming the
    database id). Admins only."""
    authorize(db, actor, Operation.MANAGE_KEYS)
    database_id = _database_id(db)
    key = audit_chain.load_key(database_id) if database_id else None
    if database_id is None or key is None:
        raise AuditKeyMissing(
            "this computer does not hold the audit key of this database: export it on the "
            "computer that moved it to the server (or its first counter)"
        )
    dest = Path(dest)
    safe_files.write_bytes(dest, f"{HEADER} {database_id} {key.hex()}\n".encode("ascii"))
    with db.write() as session:
        audit(session, actor, "export", "audit_key", None, file=dest.name)
    return dest


def install_audit_key(db: Database, key_file: Path) -> keystore.KeyPlace:
    """Check the key in `key_file` against this database's trail, then keep it on this
    computer (nothing stored when it is not this database's key)."""
    key_file = Path(key_file)
    text = read_key_line(key_file)
    found = _LINE.fullmatch(text)
    if found is None:
        raise FileProblem(
            f"{key_file} is not a vipdesk audit key (as `vipdesk --db URL key export` writes)"
        )
    database_id, key = found.group(1), bytes.fromhex(found.group(2))
    with db.snapshot() as conn:
        meta = dict(
            conn.execute(
                "SELECT key, value FROM app_meta WHERE key IN (?, ?)",
                (audit_chain.DATABASE_ID_KEY, audit_chain.CHAIN_FROM_KEY),
            ).fetchall()
        )
        if meta.get(audit_chain.DATABASE_ID_KEY) != database_id:
            raise ServiceError(
                f"{key_file} is the audit key of another database (or of an earlier stretch "
                "of this one's trail); nothing was stored",
                code="audit_key_other_database",
            )
        chain_from = meta.get(audit_chain.CHAIN_FROM_KEY)
        rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")
        try:
            verify_rows(rows, key, int(chain_from) if chain_from else None, None)
        except AuditChainBroken as exc:
            raise ServiceError(
                f"the key in {key_file} does not check this database's audit trail ({exc}); "
                "nothing was stored",
                code="audit_key_wrong",
            ) from None
    place = keystore.put_secret(audit_chain.secret_name(database_id), key)
    return place


def record_audit_key_import(db: Database, actor: Staff, place: keystore.KeyPlace) -> None:
    """The import, by the admin who signed in after it (refused for other roles)."""
    authorize(db, actor, Operation.MANAGE_KEYS)
    with db.write() as session:
        audit(session, actor, "import", "audit_key", None, place=place.kind)
