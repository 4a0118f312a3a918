"""A restore resets the audit anchor honestly: the restored chain records the restore."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests import sqlite_files
from vipdesk.domain.staff import Staff
from vipdesk.services import audit_chain
from vipdesk.services.audit import audit
from vipdesk.services.audit_trail import verify_chain
from vipdesk.services.database import Database, open_desk
from vipdesk.services.errors import AuditChainBroken
from vipdesk.services.maintenance import backup, restore


def _entries(path: Path) -> list[tuple[int, str, int | None, dict]]:
    conn = sqlite_files.connect(path)
    try:
        rows = conn.execute("SELECT id, action, staff_id, detail FROM audit_log ORDER BY id")
        return [(i, a, s, json.loads(d)) for i, a, s, d in rows.fetchall()]
    finally:
        conn.close()


def _write(db: Database, actor: Staff, n: int) -> None:
    for i in range(n):
        with db.write() as session:
            audit(session, actor, "view_guest", "guest", i + 1)


def test_restore_records_itself_in_the_restored_chain_and_resets_the_anchor(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    _write(db, actor, 3)
    backup(db, actor, tmp_path / "b.db")  # the copy ends at entry 3; "backup" is entry 4
    _write(db, actor, 2)
    db.close()
    restore(db.path, tmp_path / "b.db", actor)
    *_, last = _entries(db.path)
    assert last[:3] == (4, "restore", actor.id)
    assert last[3] == {
        "file": "b.db",
        "restored_tail": 3,
        "anchor_was": 6,
        "chain": "intact",
    }
    reopened = open_desk(db.path)
    try:
        assert verify_chain(reopened, actor).last == 4
    finally:
        reopened.close()


def test_a_file_copied_back_by_hand_is_caught_as_a_cut_tail(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    _write(db, actor, 3)
    backup(db, actor, tmp_path / "b.db")
    _write(db, actor, 2)
    db.close()
    db.path.unlink()
    Path(f"{db.path}-wal").unlink(missing_ok=True)
    Path(f"{db.path}-shm").unlink(missing_ok=True)
    db.path.write_bytes((tmp_path / "b.db").read_bytes())
    reopened = open_desk(db.path)
    try:
        with pytest.raises(AuditChainBroken, match="tail was cut"):
            verify_chain(reopened, actor)
    finally:
        reopened.close()


def test_restore_onto_a_machine_without_the_key_starts_a_new_segment(
    db: Database, actor: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(db, actor, 2)
    backup(db, actor, tmp_path / "b.db")
    db.close()
    # Another PC: the database's own key was imported there (`vipdesk key import`), the
    # audit chain's key was not.
    _db_keys_only(Path(os.environ["VIPDESK_KEY_DIR"]), tmp_path / "other-pc-keys")
    monkeypatch.setenv("VIPDESK_KEY_DIR", str(tmp_path / "other-pc-keys"))
    audit_chain._KEYS.clear()
    target = tmp_path / "new-pc" / "vipdesk.db"
    restore(target, tmp_path / "b.db", None)
    entries = _entries(target)
    assert [e[1] for e in entries] == ["view_guest", "view_guest", "audit_key_new", "restore"]
    assert entries[3][2] is None and entries[3][3]["chain"] == "no_key"
    restored = open_desk(target)
    try:
        report = verify_chain(restored, actor)
        assert (report.before, report.first, report.last) == (2, 3, 4)
    finally:
        restored.close()


def _db_keys_only(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for key in source.glob("db-*.key"):
        (target / key.name).write_bytes(key.read_bytes())
