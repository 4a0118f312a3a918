"""Encryption at rest: SQLCipher for every connection, a random key per database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from vipdesk.services import keystore
from vipdesk.services.database import open_desk
from vipdesk.services.errors import DatabaseUnavailable, KeyMissing
from vipdesk.services.maintenance import backup, check, check_file
from vipdesk.store.driver import database_id, sqlite

PLAIN_HEADER = b"SQLite format 3\x00"


def test_the_bundled_sqlcipher_has_fts5() -> None:
    conn = sqlite.connect(":memory:")
    try:
        assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
        conn.execute("INSERT INTO t VALUES ('zhuge liang')")
        assert conn.execute("SELECT a FROM t WHERE t MATCH 'liang'").fetchall() == [
            ("zhuge liang",)
        ]
    finally:
        conn.close()


def test_a_new_database_is_encrypted_with_its_own_key(db_path: Path) -> None:
    open_desk(db_path).close()
    head = db_path.read_bytes()[:16]
    assert head != PLAIN_HEADER
    ident = database_id(db_path)
    assert ident == head.hex()
    key = keystore.get_secret(f"db:{ident}")
    assert key is not None and len(key) == 32
    plain = sqlite3.connect(db_path)  # the stdlib driver cannot read it
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    plain.close()


def test_two_databases_get_different_keys(tmp_path: Path) -> None:
    open_desk(tmp_path / "a.db").close()
    open_desk(tmp_path / "b.db").close()
    a, b = database_id(tmp_path / "a.db"), database_id(tmp_path / "b.db")
    assert a != b
    assert keystore.get_secret(f"db:{a}") != keystore.get_secret(f"db:{b}")


def test_a_renamed_database_still_opens(db_path: Path, tmp_path: Path) -> None:
    open_desk(db_path).close()
    moved = tmp_path / "elsewhere" / "renamed.db"
    moved.parent.mkdir()
    shutil.move(db_path, moved)
    open_desk(moved, create=False).close()


def test_without_its_key_a_database_does_not_open(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_desk(db_path).close()
    monkeypatch.setenv("VIPDESK_KEY_DIR", str(tmp_path / "other-machine"))
    with pytest.raises(DatabaseUnavailable, match="key import"):
        open_desk(db_path, create=False)
    with pytest.raises(KeyMissing, match="key import"):
        check_file(db_path)


def test_check_and_backup_go_through_sqlcipher(db, actor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert check(db, actor).ok
    dest = tmp_path / "backup.db"
    assert backup(db, actor, dest).ok
    assert dest.read_bytes()[:16] != PLAIN_HEADER
    assert check_file(dest).ok
    # A backup shares its database's id, so the one key opens both.
    assert database_id(dest) == database_id(db.path)


def test_canary_a_guest_never_appears_in_the_bytes_of_the_db_its_wal_or_a_backup(
    db, actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import GuestDraft, TabooKind, new_taboo
    from vipdesk.domain.phones import normalise_phone
    from vipdesk.services.guests import create_guest

    create_guest(
        db,
        actor,
        GuestDraft(
            "Quillonia Zephyrbottom",
            native_name="龔雀屏",
            phones=[normalise_phone("139 8765 4321")],
            taboos=[new_taboo("Xanthoberry anaphylaxis", TabooKind.ALLERGY)],
        ),
    )
    canaries = [
        "Quillonia",
        "quillonia",
        "Zephyrbottom",
        "zephyrbottom",
        "龔雀屏",
        "13987654321",
        "Xanthoberry",
        "xanthoberry",
    ]
    wal = Path(f"{db.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the guest is (also) in the WAL
    files = [db.path, wal]
    dest = tmp_path / "backup.db"
    backup(db, actor, dest)
    files.append(dest)
    for path in files:
        data = path.read_bytes()
        for canary in canaries:
            assert canary.encode("utf-8") not in data, f"{canary!r} in {path.name}"
            assert canary.encode("utf-16-le") not in data, f"{canary!r} in {path.name}"


def _plain_desk(path: Path):  # type: ignore[no-untyped-def]
    """A database made before encryption: plain SQLite, with guests and a backup folder."""
    from vipdesk.store.db import open_database

    db = open_database(path)  # the store alone, without a key: plain
    db.close()
    assert path.read_bytes()[:16] == PLAIN_HEADER
    return open_desk(path, create=False)


def test_a_plain_database_still_opens_and_check_says_how_to_convert(
    tmp_path: Path,
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database_keys import encryption_status

    db = _plain_desk(tmp_path / "old.db")
    try:
        admin = make_staff(db, "boss", Role.ADMIN)
        assert check(db, admin).ok
        status = encryption_status(db, admin)
        assert not status.encrypted
        assert any("vipdesk encrypt" in line for line in status.lines())
    finally:
        db.close()
    assert (tmp_path / "old.db").read_bytes()[:16] == PLAIN_HEADER  # opening converts nothing


def test_encrypt_converts_a_plain_database_and_removes_the_plain_file(tmp_path: Path) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database_keys import encrypt_database, encryption_status
    from vipdesk.services.demo import fill_demo
    from vipdesk.services.guests import count_guests

    path = tmp_path / "old.db"
    db = _plain_desk(path)
    admin = make_staff(db, "boss", Role.ADMIN)
    fill_demo(db, admin, 25)
    result = encrypt_database(db, admin)
    assert result.rows["guests"] == 25
    assert path.read_bytes()[:16] != PLAIN_HEADER
    assert not Path(f"{path}-wal").exists() or b"boss" not in Path(f"{path}-wal").read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("old.db.")] == []
    again = open_desk(path, create=False)
    try:
        assert again.key is not None
        assert count_guests(again, admin) == 25
        status = encryption_status(again, admin)
        assert status.encrypted and status.place.kind == "file"
        assert check(again, admin).ok
    finally:
        again.close()


def test_encrypt_is_for_admins_and_refuses_an_encrypted_database(db, actor, manager) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.database_keys import encrypt_database
    from vipdesk.services.errors import PermissionDenied, ServiceError

    with pytest.raises(PermissionDenied):
        encrypt_database(db, manager)
    with pytest.raises(ServiceError, match="already encrypted"):
        encrypt_database(db, actor)


def test_no_module_opens_a_database_with_the_stdlib_sqlite3() -> None:
    import ast

    import vipdesk

    root = Path(vipdesk.__file__).parent
    users = []
    for module in root.rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n == "sqlite3" or n.startswith("sqlite3.") for n in names):
                users.append(str(module.relative_to(root)))
    assert users == []


def test_a_wrong_key_is_one_clear_message(db_path: Path) -> None:
    open_desk(db_path).close()
    keystore.put_secret(f"db:{database_id(db_path)}", bytes(32))  # another key under its id
    with pytest.raises(KeyMissing, match="does not open with the key kept on this computer"):
        open_desk(db_path, create=False)


def test_a_restore_over_an_encrypted_database_keeps_that_databases_key(tmp_path: Path) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.demo import fill_demo
    from vipdesk.services.guests import count_guests
    from vipdesk.services.maintenance import restore

    other = open_desk(tmp_path / "other.db")  # another database: another key
    admin = make_staff(other, "boss", Role.ADMIN)
    fill_demo(other, admin, 7)
    backup(other, admin, tmp_path / "other-backup.db")
    other.close()
    live_path = tmp_path / "live.db"
    open_desk(live_path).close()
    live_id = database_id(live_path)
    assert live_id != database_id(tmp_path / "other-backup.db")

    restore(live_path, tmp_path / "other-backup.db")
    assert database_id(live_path) == live_id  # re-encrypted with the live database's key
    again = open_desk(live_path, create=False)
    try:
        assert count_guests(again, admin) == 7
    finally:
        again.close()


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.demo import fill_demo
    from vipdesk.services.maintenance import restore

    old = _plain_desk(tmp_path / "old.db")
    admin = make_staff(old, "boss", Role.ADMIN)
    fill_demo(old, admin, 4)
    backup(old, admin, tmp_path / "old-backup.db")
    old.close()
    assert (tmp_path / "old-backup.db").read_bytes()[:16] == PLAIN_HEADER
    live_path = tmp_path / "live.db"
    open_desk(live_path).close()
    restore(live_path, tmp_path / "old-backup.db")
    assert live_path.read_bytes()[:16] != PLAIN_HEADER
    open_desk(live_path, create=False).close()
