"""`vipdesk guest id-add` and `vipdesk caution …` as a user runs them."""

from __future__ import annotations

import json

import pytest

from tests import sql
from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.cli import main
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest

CN_ID = "11010519491231002X"


@pytest.fixture
def desk(db: Database) -> str:
    """What `--db` names: a file, or a PostgreSQL URL (both engines)."""
    admin = make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)
    make_staff(db, "desk", Role.RECEPTIONIST, password=CLI_PASSWORD)
    create_guest(db, admin, GuestDraft(name="赵敏", member_no="M7"))
    return sql.target(db)


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", user)


def test_an_id_recorded_at_the_desk_is_found_by_search(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "desk")
    assert main(["--db", desk, "guest", "id-add", "M7", "--type", "cn_id", "--number", CN_ID]) == 0
    assert "**************002X" in capsys.readouterr().out
    assert main(["--db", desk, "search", "--json", CN_ID]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["member_no"] == "M7" and hit["matched_field"] == "id_document"


def test_a_bad_id_number_says_why_in_one_line(
    desk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--db", desk, "guest", "id-add", "M7", "--type", "cn_id", "--number", "110105194912310021"]
    )
    err = capsys.readouterr().err
    assert code == 1 and "check digit" in err and err.count("\n") == 1


def test_the_caution_list_is_for_duty_managers(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "desk")
    args = ["--db", desk, "caution", "add", "M7", "--category", "unpaid_bill", "--reason", "跑账"]
    assert main(args) == 4
    _as(monkeypatch, CLI_USER)
    assert main(args) == 0
    capsys.readouterr()
    assert main(["--db", desk, "search", "--json", "赵敏"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["caution"] is True
    assert main(["--db", desk, "caution", "remove", "M7"]) == 0
    assert "off the caution list" in capsys.readouterr().out


def test_guest_show_says_caution_and_confidential_as_each_role_may_see_it(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["--db", desk, "caution", "add", "M7", "--category", "damage", "--reason", "TV"]) == 0
    )
    assert main(["--db", desk, "guest", "confidential", "M7", "--alias", "Mr Q"]) == 0
    capsys.readouterr()
    assert main(["--db", desk, "guest", "show", "M7"]) == 0
    shown = capsys.readouterr().out
    assert "CAUTION (damage): TV" in shown and "as 'Mr Q'" in shown and "赵敏" in shown
    _as(monkeypatch, "desk")
    assert main(["--db", desk, "guest", "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "CAUTION: ask the duty manager" in shown and "CONFIDENTIAL: use only this name" in shown
    assert "赵敏" not in shown and "TV" not in shown
