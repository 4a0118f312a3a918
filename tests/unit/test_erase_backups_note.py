"""What the erase note says about backups, on both engines.

On a SQLite file vipdesk keeps its own copies next to it and counts them. On PostgreSQL it
keeps none: the server's pg_dump backups still hold the guest until they rotate out, and
the note says so instead of looking for files (or claiming no backup holds the guest).
"""

from __future__ import annotations

import pytest

from tests.accounts import CLI_PASSWORD, make_staff
from vipdesk.cli import main
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, is_server
from vipdesk.services.guest_erasure import backups_holding, erase_guest
from vipdesk.services.guests import create_guest

NONE_HELD = "No backup holds this guest."


def _target(db: Database) -> str:
    return str(db.url) if is_server(db) else str(db.path)  # type: ignore[attr-defined]


def test_the_erase_note_says_what_holds_the_guest_on_each_engine(
    db: Database, manager: Staff, actor: Staff
) -> None:
    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    held = backups_holding(db)
    done = erase_guest(db, manager, guest_id, "the guest asked")
    if is_server(db):
        assert held.on_server and done.backups.on_server
        assert "pg_dump" in done.backups_note and "rotate out" in done.backups_note
        assert NONE_HELD not in done.backups_note
    else:
        assert not held.on_server
        assert done.backups_note == NONE_HELD  # no copy made yet next to the file


def test_the_cli_erase_note_on_each_engine(
    db: Database, actor: Staff, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_staff(db, "dm", Role.DUTY_MANAGER, password=CLI_PASSWORD)
    create_guest(db, actor, GuestDraft(name="赵敏", member_no="M7"))
    monkeypatch.setenv("VIPDESK_STAFF", "dm")
    args = ["--db", _target(db), "guest", "erase", "M7", "--reason", "asked", "--yes"]
    assert main(args) == 0
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert "erased the personal data" in captured.out
    if is_server(db):
        assert "pg_dump" in said and NONE_HELD not in said
        assert "VACUUM" in said and "overwritten" not in said
    else:
        assert NONE_HELD in said
        assert "overwritten" in said


def test_what_the_erase_did_to_the_storage_is_true_on_each_engine(
    db: Database, manager: Staff, actor: Staff
) -> None:
    """SQLite: the freed pages of the file are overwritten (secure_delete, VACUUM). On
    PostgreSQL vipdesk cannot do that: the old row versions stay in the server's files until
    its VACUUM reuses the space, and its pg_dump backups hold the guest until they rotate."""
    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    done = erase_guest(db, manager, guest_id, "the guest asked")
    if is_server(db):
        assert "VACUUM" in done.storage_note and "overwritten" not in done.storage_note
        assert "free pages" not in done.storage_note + done.backups_note
        assert "VACUUM" in done.backups_note and "pg_dump" in done.backups_note
    else:
        assert "overwritten" in done.storage_note and "database file" in done.storage_note
