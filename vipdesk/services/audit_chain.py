"""The audit trail's HMAC chain: its key, its canonical encoding, its tail anchor.

Each entry's `mac` is HMAC-SHA256, keyed with a secret kept outside the database
(keystore name `audit:<database id>`), over the previous chained entry's MAC and the
entry's own canonical content. Someone with an SQLite shell can recompute a plain hash,
not this. Entries with no MAC (written before 0008) precede the chain; its first entry is
chained from the empty MAC. When the key is not on this machine (a database moved without
it), writing starts a new segment under a new key: an `audit_key_new` entry names the old
database id, and app_meta `audit_chain_from` says where the verifiable chain starts now.

The anchor, an owner-only file in the key folder named by the database id, holds the
number and MAC of the latest entry, so cutting off the tail is caught. It is written after
the commit and never moved back (a lagging anchor, from two processes racing, is fine);
only a restore resets it, and says so in the restored chain.
"""

from __future__ import annotations

import atexit
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime
from json.encoder import encode_basestring as _quote  # type: ignore[attr-defined]
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from vipdesk.services import keystore
from vipdesk.services.errors import FileProblem
from vipdesk.services.safe_files import private_folder

log = logging.getLogger(__name__)

DATABASE_ID_KEY = "database_id"
CHAIN_FROM_KEY = "audit_chain_from"
_TAIL = "vipdesk_audit_tail"  # session.info: (database id, id, mac) of the last entry added
_RESET = "vipdesk_audit_anchor_reset"  # session.info: a restore may move the anchor back
_KEYS: dict[str, bytes] = {}  # keys already read, by database id (a keyring read is slow)


def secret_name(database_id: str) -> str:
    return f"audit:{database_id}"


def canonical(
    entry_id: int,
    at: datetime,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str,
    workstation: str,
) -> bytes:
    """The fixed encoding an entry's MAC covers (`at` is naive UTC, as stored): the JSON
    array [id, at as ISO UTC with microseconds and Z, staff_id, action, entity, entity_id,
    detail, workstation], compact, UTF-8, non-ASCII as it is."""
    iso = at.isoformat(timespec="microseconds") + "Z"
    return canonical_text(entry_id, iso, staff_id, action, entity, entity_id, detail, workstation)


def canonical_text(
    entry_id: int,
    at_iso: str,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str,
    workstation: str,
) -> bytes:
    """`canonical` with the time already in its ISO form; byte for byte what
    json.dumps(fields, ensure_ascii=False, separators=(",", ":")) gives, faster (verify
    runs it a million times)."""
    staff = "null" if staff_id is None else int(staff_id)
    object_id = "null" if entity_id is None else int(entity_id)
    return (
        f"[{int(entry_id)},{_quote(at_iso)},{staff},{_quote(action)},{_quote(entity)},"
        f"{object_id},{_quote(detail)},{_quote(workstation)}]"
    ).encode()


def stored_time_iso(text: str) -> str:
    """A stored `at` ("YYYY-MM-DD HH:MM:SS.ffffff", naive UTC) in the canonical ISO form."""
    if len(text) == 26 and text[10] == " ":
        return text[:10] + "T" + text[11:] + "Z"
    return datetime.fromisoformat(text).isoformat(timespec="microseconds") + "Z"


def mac(key: bytes, previous: str, content: bytes) -> str:
    """HMAC-SHA256 (hex) over the previous chained entry's MAC and this entry's content."""
    return hmac.digest(key, previous.encode("ascii") + b"\n" + content, "sha256").hex()


class Signer:
    """`mac` for many entries under one key: the key's pads are hashed once (RFC 2104)."""

    def __init__(self, key: bytes) -> None:
        block = (hashlib.sha256(key).digest() if len(key) > 64 else key).ljust(64, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))

    def mac(self, previous: str, content: bytes) -> str:
        inner = self._inner.copy()
        inner.update(previous.encode("ascii") + b"\n" + content)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


# ---- the database id and its key ------------------------------------------------------


def meta(session: Session, key: str) -> str | None:
    row = (
        session.connection()
        .exec_driver_sql("SELECT value FROM app_meta WHERE key = ?", (key,))
        .first()
    )
    return str(row[0]) if row is not None else None


def _set_meta(session: Session, key: str, value: str) -> None:
    session.connection().exec_driver_sql(
        "INSERT INTO app_meta (key, value, version) VALUES (?, ?, 1) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = app_meta.version + 1",
        (key, value),
    )


def load_key(database_id: str) -> bytes | None:
    """This database's audit key on this machine, or None."""
    key = _KEYS.get(database_id)
    if key is None:
        key = keystore.get_secret(secret_name(database_id))
        if key is not None:
            _KEYS[database_id] = key
    return key


def _new_key(session: Session) -> tuple[str, bytes]:
    database_id = secrets.token_hex(16)
    key = secrets.token_bytes(32)
    keystore.put_secret(secret_name(database_id), key)
    _KEYS[database_id] = key
    _set_meta(session, DATABASE_ID_KEY, database_id)
    return database_id, key


@dataclass(frozen=True)
class Tail:
    id: int
    mac: str | None


AUDIT_TAIL_LOCK = 0x76697064  # 'vipd': the advisory lock class serialising appends


def _lock_tail(session: Session) -> None:
    """Serialise appends to the chain until this transaction ends.

    Nothing to do in SQLite: writers took the write lock with BEGIN IMMEDIATE, so the last
    entry read next stays the last until commit. On PostgreSQL (READ COMMITTED) two counters
    could read the same tail: a transaction-scoped advisory lock makes the second wait. The
    lock is (class, hash of the schema): one vipdesk database per schema, and two of them in
    one server database (two hotels, the test workers) do not wait for each other. A hash
    collision between two schema names only costs a wait, never a broken chain.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(:cls, hashtext(current_schema()))"),
            {"cls": AUDIT_TAIL_LOCK},
        )


def _tail(session: Session) -> Tail | None:
    row = (
        session.connection()
        .exec_driver_sql("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1")
        .first()
    )
    return Tail(int(row[0]), row[1]) if row is not None else None


@dataclass(frozen=True)
class Link:
    """Where the next entry goes: its id, the MAC it chains from, the key, the database id."""

    id: int
    previous: str
    key: bytes
    database_id: str


def next_link(session: Session) -> tuple[Link, list[tuple[str, dict[str, object]]]]:
    """The link for the next entry, and any entry that must come first (a new key's)."""
    held = session.info.get(_TAIL)
    if held is not None:  # an entry added earlier in this transaction (maybe not flushed)
        database_id, last_id, last_mac = held
        key = load_key(database_id)
        assert key is not None
        return Link(last_id + 1, last_mac, key, database_id), []
    _lock_tail(session)
    tail = _tail(session)
    next_id = (tail.id if tail else 0) + 1
    database_id = meta(session, DATABASE_ID_KEY)
    key = load_key(database_id) if database_id else None
    if key is not None and database_id is not None:
        previous = tail.mac if tail is not None and tail.mac else ""
        return Link(next_id, previous, key, database_id), []
    if not _any_chained(session):  # the chain starts here
        database_id, key = _new_key(session)
        return Link(next_id, "", key, database_id), []
    # Chained entries whose key is not on this machine: a new segment, and an entry saying so.
    old_id = database_id or ""
    database_id, key = _new_key(session)
    _set_meta(session, CHAIN_FROM_KEY, str(next_id))
    note: tuple[str, dict[str, object]] = (
        "audit_key_new",
        {"previous_database_id": old_id, "reason": "key_missing"},
    )
    return Link(next_id, "", key, database_id), [note]


def _any_chained(session: Session) -> bool:
    row = (
        session.connection()
        .exec_driver_sql("SELECT 1 FROM audit_log WHERE mac IS NOT NULL LIMIT 1")
        .first()
    )
    return row is not None


def added(session: Session, database_id: str, entry_id: int, entry_mac: str) -> None:
    """Remember the new tail: the next entry chains from it, the anchor follows the commit."""
    session.info[_TAIL] = (database_id, entry_id, entry_mac)


def allow_anchor_reset(session: Session) -> None:
    """This transaction (a restore's) may move the anchor back to its tail."""
    session.info[_RESET] = True


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    held = session.info.pop(_TAIL, None)
    reset = session.info.pop(_RESET, False)
    if held is None:
        return
    database_id, entry_id, entry_mac = held
    _ANCHORS.submit(keystore.key_dir(), database_id, entry_id, entry_mac, reset)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_TAIL, None)
    session.info.pop(_RESET, None)


# ---- the anchor -------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    id: int
    mac: str


def anchor_path(database_id: str, folder: Path | None = None) -> Path:
    return (folder or keystore.key_dir()) / f"audit-anchor-{database_id}.json"


def read_anchor(database_id: str) -> Anchor | None:
    """The anchor of this database on this machine, or None (none written yet)."""
    flush_anchors()
    return _read_anchor_file(anchor_path(database_id))


def _read_anchor_file(path: Path) -> Anchor | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(int(data["id"]), str(data["mac"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise FileProblem(f"the audit anchor {path} cannot be read: {exc}") from None


def write_anchor(
    database_id: str,
    entry_id: int,
    entry_mac: str,
    *,
    reset: bool = False,
    folder: Path | None = None,
) -> None:
    """Point the anchor at entry `entry_id`, unless it already points further (or `reset`)."""
    folder = folder or keystore.key_dir()
    path = anchor_path(database_id, folder)
    if not reset:
        try:
            current = _read_anchor_file(path)
        except FileProblem:
            current = None
        if current is not None and current.id >= entry_id:
            return
    private_folder(folder)
    data = json.dumps({"database_id": database_id, "id": entry_id, "mac": entry_mac})
    # Owner-only, complete or absent: a fresh file renamed over the old one. Not synced:
    # after a power cut the anchor may lag, which verify accepts.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class _AnchorQueue:
    """Anchor files are written by one background thread, so a commit never waits for a
    file rename: the newest tail per database wins, `flush` waits for what is queued (read
    paths and the end of the process call it). A crash before it is written leaves the
    anchor lagging, which verify accepts."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pending: dict[tuple[Path, str], tuple[int, str, bool]] = {}
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, folder: Path, database_id: str, entry_id: int, mac: str, reset: bool) -> None:
        with self._cond:
            key = (folder, database_id)
            old = self._pending.get(key)
            if reset or old is None:
                self._pending[key] = (entry_id, mac, reset)
            elif entry_id > old[0]:
                self._pending[key] = (entry_id, mac, old[2])  # after a queued reset: still one
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="vipdesk-audit-anchor", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._pending))
                (folder, database_id), (entry_id, mac, reset) = self._pending.popitem()
                self._busy = True
            try:
                write_anchor(database_id, entry_id, mac, reset=reset, folder=folder)
            except (OSError, FileProblem) as exc:  # a lagging anchor is fine
                log.warning("audit anchor not written: %s", exc)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def flush(self, timeout: float = 30.0) -> None:
        with self._cond:
            self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)


_ANCHORS = _AnchorQueue()
atexit.register(_ANCHORS.flush)


def flush_anchors() -> None:
    """Wait until the anchors of entries committed by this process are written."""
    _ANCHORS.flush()
