"""The CLI signs in: user from --as or VIPDESK_STAFF, password asked or VIPDESK_PASSWORD;
exit 3 for a failed sign-in (never saying which part), 4 for a role that may not."""

import json
from pathlib import Path

import pytest

from tests.accounts import CLI_USER
from vipdesk.cli import main

from .test_cli import vipdesk


@pytest.fixture
def desk(target: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new database (a file, or a PostgreSQL URL) with the first admin `boss` and a
    receptionist `desk`."""
    db = target
    monkeypatch.setenv("VIPDESK_STAFF", "boss")
    monkeypatch.setenv("VIPDESK_PASSWORD", "boss password")
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "boss password")
    assert main(["--db", db, "staff", "add", "Boss", "--role", "admin"]) == 0
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "desk password")
    assert main(["--db", db, "staff", "add", "desk", "--role", "receptionist"]) == 0
    monkeypatch.delenv("VIPDESK_NEW_PASSWORD")
    return db


def test_the_first_admin_is_shown_a_recovery_code_once(
    target: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = target
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "boss password")
    assert main(["--db", db, "staff", "add", "boss", "--role", "admin"]) == 0
    out = capsys.readouterr().out
    assert "created the first admin boss" in out and "recovery code" in out
    code = out.rsplit(": ", 1)[1].strip()
    monkeypatch.setenv("VIPDESK_RECOVERY_CODE", code)
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "recovered pass")
    assert main(["--db", db, "staff", "recover", "boss"]) == 0
    assert main(["--db", db, "staff", "recover", "boss"]) == 3  # used up


def test_wrong_password_and_unknown_user_fail_alike_with_exit_3(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIPDESK_PASSWORD", "not the password")
    assert main(["--db", desk, "search", "wang"]) == 3
    wrong_password = capsys.readouterr().err
    assert main(["--db", desk, "--as", "nobody", "search", "wang"]) == 3
    assert capsys.readouterr().err == wrong_password == "vipdesk: sign-in failed\n"
    monkeypatch.setenv("VIPDESK_PASSWORD", "boss password")
    assert main(["--db", desk, "--as", "BOSS", "search", "wang"]) == 0  # any case


def test_no_terminal_and_no_password_fails_at_once(desk: str) -> None:
    done = vipdesk("--db", desk, "search", "wang", env={"VIPDESK_PASSWORD": ""}, timeout=60)
    assert done.returncode == 3  # an empty password is a wrong one
    unset = vipdesk(
        "--db", desk, "--as", "boss", "search", "wang", env={"VIPDESK_PASSWORD": None}, timeout=60
    )
    assert unset.returncode == 3 and "set VIPDESK_STAFF and VIPDESK_PASSWORD" in unset.stderr


def test_a_receptionist_is_not_permitted_manager_work_exit_4(
    desk: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    monkeypatch.setenv("VIPDESK_PASSWORD", "desk password")
    assert main(["--db", desk, "search", "wang"]) == 0
    for command in (
        ["export", "guests", str(tmp_path / "all.csv")],
        ["duplicates"],
        ["backup", str(tmp_path / "b.db")],
        ["staff", "list"],
        ["hotel", "--name", "X"],
    ):
        assert main(["--db", desk, *command]) == 4, command
        assert "not permitted" in capsys.readouterr().err
    assert not (tmp_path / "all.csv").exists()


def test_staff_subcommands(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", desk, "staff", "role", "desk", "duty_manager"]) == 0
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "reset by boss")
    assert main(["--db", desk, "staff", "password", "desk"]) == 0
    as_desk = {"VIPDESK_STAFF": "desk", "VIPDESK_PASSWORD": "reset by boss"}
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    monkeypatch.setenv("VIPDESK_PASSWORD", as_desk["VIPDESK_PASSWORD"])
    assert main(["--db", desk, "search", "wang"]) == 1  # must choose their own first
    assert "vipdesk staff password" in capsys.readouterr().err
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "desk own pass")
    assert main(["--db", desk, "staff", "password"]) == 0
    monkeypatch.setenv("VIPDESK_PASSWORD", "desk own pass")
    assert main(["--db", desk, "search", "wang"]) == 0
    for _ in range(10):
        monkeypatch.setenv("VIPDESK_PASSWORD", "guessing")
        assert main(["--db", desk, "search", "wang"]) == 3
    monkeypatch.setenv("VIPDESK_PASSWORD", "desk own pass")
    assert main(["--db", desk, "search", "wang"]) == 3  # locked out
    monkeypatch.setenv("VIPDESK_STAFF", "boss")
    monkeypatch.setenv("VIPDESK_PASSWORD", "boss password")
    capsys.readouterr()
    assert main(["--db", desk, "staff", "list", "--json"]) == 0
    listed = {a["username"]: a for a in json.loads(capsys.readouterr().out)}
    assert listed["desk"]["locked"] and listed["desk"]["role"] == "duty_manager"
    assert main(["--db", desk, "staff", "unlock", "desk"]) == 0
    assert main(["--db", desk, "staff", "disable", "desk"]) == 0
    assert main(["--db", desk, "staff", "disable", "boss"]) == 1  # the last admin stays
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    monkeypatch.setenv("VIPDESK_PASSWORD", "desk own pass")
    assert main(["--db", desk, "search", "wang"]) == 3  # disabled


def test_the_demo_signs_in_with_the_documented_password(target: str) -> None:
    db = target
    assert main(["--db", db, "demo", "--guests", "5"]) == 0
    for user in ("demo.frontdesk", "demo.manager", CLI_USER):
        assert main(["--db", db, "--as", user, "search", "wang"]) == 0
