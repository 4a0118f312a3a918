"""`vipdesk key export/import`: a backup restores on a second machine with the saved key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests import sqlite_files
from tests.accounts import make_staff, new_desk
from vipdesk.cli import main
from vipdesk.domain.staff import Role
from vipdesk.services.database import open_desk


def _audit(path: Path, action: str) -> list[dict[str, object]]:
    conn = sqlite_files.connect(path)
    try:
        rows = conn.execute(
            "SELECT entity, detail FROM audit_log WHERE action = ?", (action,)
        ).fetchall()
    finally:
        conn.close()
    return [{"entity": e, **json.loads(d)} for e, d in rows]


def test_key_export_writes_one_line_of_64_hex(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = new_desk(tmp_path / "desk.db")
    out = tmp_path / "desk.key"
    assert main(["--db", str(db), "key", "export", "-o", str(out)]) == 0
    text = out.read_text(encoding="ascii")
    assert re.fullmatch(r"[0-9a-f]{64}\n", text)
    assert out.stat().st_mode & 0o077 == 0
    assert [a["entity"] for a in _audit(db, "export") if a["entity"] == "key"] == ["key"]


def test_key_export_is_for_admins_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = new_desk(tmp_path / "desk.db")
    db = open_desk(path)
    make_staff(db, "mgr", Role.DUTY_MANAGER, password="manager-pass-1")
    db.close()
    monkeypatch.setenv("VIPDESK_STAFF", "mgr")
    monkeypatch.setenv("VIPDESK_PASSWORD", "manager-pass-1")
    assert main(["--db", str(path), "key", "export", "-o", str(tmp_path / "k")]) == 4
    assert not (tmp_path / "k").exists()


def test_a_backup_restores_on_a_second_machine_with_the_exported_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first" / "desk.db"
    first.parent.mkdir()
    new_desk(first)
    assert main(["--db", str(first), "demo", "--guests", "0"]) in (0, 1)
    backup = tmp_path / "usb" / "desk-backup.db"
    backup.parent.mkdir()
    assert main(["--db", str(first), "backup", str(backup)]) == 0
    key_file = tmp_path / "usb" / "desk.key"
    assert main(["--db", str(first), "key", "export", "-o", str(key_file)]) == 0
    capsys.readouterr()

    # The second machine: its own key folder, which holds no key of this database.
    monkeypatch.setenv("VIPDESK_KEY_DIR", str(tmp_path / "second-machine-keys"))
    second = tmp_path / "second" / "desk.db"
    assert main(["--db", str(second), "restore", str(backup)]) == 1
    err = capsys.readouterr().err
    assert "key import" in err and "Traceback" not in err
    assert not second.exists()

    # A wrong key is refused before anything is stored.
    wrong = tmp_path / "wrong.key"
    wrong.write_text("ab" * 32 + "\n", encoding="ascii")
    assert main(["--db", str(backup), "key", "import", str(wrong)]) == 1
    assert "does not open" in capsys.readouterr().err
    assert not (tmp_path / "second-machine-keys").exists() or not any(
        (tmp_path / "second-machine-keys").iterdir()
    )

    assert main(["--db", str(backup), "key", "import", str(key_file)]) == 0
    assert main(["--db", str(second), "restore", str(backup)]) == 0
    assert main(["--db", str(second), "check"]) == 0
    assert [a["entity"] for a in _audit(second, "import") if a["entity"] == "key"] == ["key"]


def test_key_import_refuses_a_file_that_is_not_a_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = new_desk(tmp_path / "desk.db")
    bad = tmp_path / "bad.key"
    bad.write_text("not a key\n", encoding="ascii")
    assert main(["--db", str(db), "key", "import", str(bad)]) == 1
    assert "64 hexadecimal" in capsys.readouterr().err


def test_check_says_where_the_key_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = new_desk(tmp_path / "desk.db")
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert "encryption: on (SQLCipher 4." in out
    assert str(tmp_path / "keys") in out and "VIPDESK_KEY_DIR" in out


def test_encrypt_converts_a_plain_database_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vipdesk.store.db import open_database

    path = tmp_path / "old.db"
    open_database(path).close()  # made before encryption: plain
    new_desk(path)
    assert main(["--db", str(path), "demo", "--guests", "30"]) in (0, 1)
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 0
    assert "vipdesk encrypt" in capsys.readouterr().out
    assert main(["--db", str(path), "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "encrypted" in out and "guests" in out
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert main(["--db", str(path), "check"]) == 0
    assert "encryption: on" in capsys.readouterr().out
    assert main(["--db", str(path), "encrypt"]) == 1
    assert "already encrypted" in capsys.readouterr().err
