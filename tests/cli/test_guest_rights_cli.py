"""`vipdesk guest export`, `guest erase` and `guests inactive` as a duty manager runs them."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.cli import main
from vipdesk.domain.guest import GuestDraft, Taboo, TabooKind
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role
from vipdesk.domain.stays import Stay
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.store.models import GuestRow


@pytest.fixture
def desk(db: Database, target: str) -> str:
    """A file or a PostgreSQL URL (both engines) with three staff and two guests."""
    admin = make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)
    make_staff(db, "desk", Role.RECEPTIONIST, password=CLI_PASSWORD)
    make_staff(db, "dm", Role.DUTY_MANAGER, password=CLI_PASSWORD)
    create_guest(
        db,
        admin,
        GuestDraft(
            name="赵敏",
            member_no="M7",
            phones=[normalise_phone("13912345678")],
            taboos=[Taboo("花生过敏", TabooKind.ALLERGY)],
            stays=[Stay(date(2020, 3, 1), date(2020, 3, 4), room="1808")],
        ),
    )
    create_guest(db, admin, GuestDraft(name="张无忌", member_no="M8"))
    return target


def test_a_copy_as_json_and_as_a_readable_pdf(
    desk: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", "dm")
    out = tmp_path / "copy.json"
    assert main(["--db", desk, "guest", "export", "M7", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["profile"]["name"] == "赵敏" and data["taboos"][0]["text"] == "花生过敏"
    pdf = tmp_path / "copy.pdf"
    assert main(["--db", desk, "guest", "export", "M7", "-o", str(pdf)]) == 0
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf))
    assert "赵敏" in text and "花生过敏" in text and "1808" in text
    assert main(["--db", desk, "guest", "export", "M7", "-o", str(tmp_path / "x.txt")]) == 1
    capsys.readouterr()
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    assert main(["--db", desk, "guest", "export", "M7", "-o", str(out)]) == 4


def test_erasing_needs_a_confirmation_or_yes(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIPDESK_STAFF", "dm")
    # No terminal here (pytest's stdin) and no --yes: refused, nothing erased.
    assert main(["--db", desk, "guest", "erase", "M7", "--reason", "asked"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main(["--db", desk, "search", "--json", "赵敏"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["--db", desk, "guest", "erase", "M7", "--reason", "asked", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Anonymised guest #1" in out and "backup" in out
    assert main(["--db", desk, "search", "--json", "赵敏"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    monkeypatch.setenv("VIPDESK_STAFF", "desk")
    assert main(["--db", desk, "guest", "erase", "M8", "--reason", "asked", "--yes"]) == 4


def test_on_a_terminal_typing_the_member_no_confirms(
    desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The desk knows the member number, not the internal id: that is what is typed."""
    monkeypatch.setenv("VIPDESK_STAFF", "dm")
    monkeypatch.setattr("vipdesk.cli.guest_rights._interactive", lambda: True)
    prompts: list[str] = []
    answers = iter(["no", "2", " m8 "])

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", typed)
    assert main(["--db", desk, "guest", "erase", "M8", "--reason", "asked"]) == 1
    assert "nothing was erased" in capsys.readouterr().err
    assert main(["--db", desk, "guest", "erase", "M8", "--reason", "asked"]) == 1  # the id
    assert "nothing was erased" in capsys.readouterr().err
    assert main(["--db", desk, "guest", "erase", "M8", "--reason", "asked"]) == 0
    captured = capsys.readouterr()
    assert "cannot be undone" in captured.err and "erased the personal data" in captured.out
    assert "张无忌" in captured.err and "M8" in captured.err
    assert "member no. (M8)" in prompts[0] and "id" not in prompts[0]


def test_inactive_guests_are_listed_then_erased_as_a_batch(
    db: Database, desk: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:  # 张无忌 was entered long ago and never stayed
        row = session.get(GuestRow, 2)
        assert row is not None
        row.created_at = datetime(2019, 6, 1)
    monkeypatch.setenv("VIPDESK_STAFF", "dm")
    assert main(["--db", desk, "guests", "inactive", "--years", "3", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(g["id"], g["last_stay"]) for g in listed] == [(2, None), (1, "2020-03-04")]
    assert main(["--db", desk, "guests", "inactive"]) == 0
    assert "2 guest(s) with no stay for 3 years" in capsys.readouterr().out
    assert main(["--db", desk, "guests", "inactive", "--erase", "--reason", "retention"]) == 1
    assert main(["--db", desk, "guests", "inactive", "--erase", "--yes"]) == 1
    capsys.readouterr()
    args = ["--db", desk, "guests", "inactive", "--erase", "--reason", "retention", "--yes"]
    assert main(args) == 0
    assert "erased the personal data of 2 guest(s)" in capsys.readouterr().out
    assert main(["--db", desk, "guests", "inactive", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
