"""`vipdesk check` is a read-only health check (integrity, keys, the last backup; no guest
data): every signed-in role may run it, by its own line in the role table (Operation.CHECK),
and a refusal names the operation that was refused, never another."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.cli import main
from vipdesk.domain.staff import PERMISSIONS, Operation, Role
from vipdesk.services.database import open_desk


@pytest.fixture
def desk(tmp_path: Path) -> str:
    path = tmp_path / "c.db"
    db = open_desk(path, create=True)
    make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)
    make_staff(db, "desk", Role.RECEPTIONIST, password=CLI_PASSWORD)
    db.close()
    return str(path)


def test_a_receptionist_may_run_check(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert PERMISSIONS[Operation.CHECK] is Role.RECEPTIONIST  # listed, not allowed by default
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    assert main(["--db", desk, "check"]) == 0
    captured = capsys.readouterr()
    assert "not permitted" not in captured.err and "integrity" in captured.out


def test_a_refused_check_names_check(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(PERMISSIONS, Operation.CHECK)  # deny by default: not in the table
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    assert main(["--db", desk, "check"]) == 4
    err = capsys.readouterr().err
    assert "(check)" in err and "backup" not in err
