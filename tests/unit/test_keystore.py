"""Secrets outside the database: owner-only files where no keyring is used."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vipdesk.services import keystore


def test_a_secret_goes_to_an_owner_only_file_in_the_key_folder(tmp_path: Path) -> None:
    place = keystore.put_secret("audit:abc123", b"\x01\x02" * 16)
    assert place == keystore.KeyPlace("file", str(tmp_path / "keys"))
    assert keystore.get_secret("audit:abc123") == b"\x01\x02" * 16
    stored = tmp_path / "keys" / "audit-abc123.key"
    assert stored.read_text() == "0102" * 16 + "\n"
    if os.name == "posix":
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
        assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700


def test_an_unknown_secret_is_none_and_a_replaced_one_reads_back_new() -> None:
    assert keystore.get_secret("audit:nothing") is None
    keystore.put_secret("audit:x1", b"old")
    keystore.put_secret("audit:x1", b"new")
    assert keystore.get_secret("audit:x1") == b"new"


def test_the_key_dir_variable_forces_files_and_check_can_say_so(tmp_path: Path) -> None:
    assert keystore.key_place().kind == "file"
    assert not keystore.key_place().is_keyring


def test_a_damaged_key_file_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "keys"
    folder.mkdir(exist_ok=True)  # it may hold keys of module-scoped templates
    (folder / "audit-bad.key").write_text("not hex")
    with pytest.raises(keystore.FileProblem, match="is not a key"):
        keystore.get_secret("audit:bad")


@pytest.mark.parametrize("name", ["", "audit", "../etc:passwd", "audit:a/b", "Audit:x"])
def test_names_cannot_escape_the_key_folder(name: str) -> None:
    with pytest.raises(ValueError):
        keystore.put_secret(name, b"x")
