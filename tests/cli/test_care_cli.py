"""`vipdesk care …` and `vipdesk report care` as a user runs them."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests import sql
from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.cli import main
from vipdesk.domain.care import Channel
from vipdesk.domain.guest import GuestDraft, Preference
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.services.care_contacts import set_consent
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest

from ..unit.test_cards import fonts_of

DAY = date(2026, 2, 15)
FIELDS = {
    "id", "guest_id", "member_no", "name", "tier", "kind", "due", "overdue", "reason",
    "occasion_date",
}  # fmt: skip


@pytest.fixture
def desk(db: Database) -> str:
    """The database `--db` names: a file, or a PostgreSQL URL (both engines)."""
    make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)  # the CLI signs in as them
    make_staff(db, "desk", Role.RECEPTIONIST, password=CLI_PASSWORD)
    actor = make_staff(db, "tester", Role.DUTY_MANAGER)
    stay = [Stay(date(2025, 12, 1), date(2025, 12, 3), room="808")]
    for member, name, tier, lang, email in (
        ("M1", "陈总", Tier.VVVIP, "zh", "chen@example.com"),
        ("M2", "Anna Smith", Tier.VIP, "en", "anna@example.com"),
        ("M3", "王五", Tier.VIP, "", ""),
    ):
        g = create_guest(
            db,
            actor,
            GuestDraft(
                name=name,
                member_no=member,
                tier=tier,
                language=lang,
                email=email,
                honorific="陈总" if member == "M1" else "",
                phones=[normalise_phone("139" + member[-1] * 8)],
                stays=stay,
                preferences=[Preference("高楼层 high floor")],
            ),
        )
        if member != "M3":
            set_consent(db, actor, g.id, Channel.SMS, True, how="registration card")
            set_consent(db, actor, g.id, Channel.EMAIL, True, how="registration card")
    return sql.target(db)


def run_json(capsys, *args: str):  # type: ignore[no-untyped-def]
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_care_list_json_has_the_issues_fields(desk: str, capsys) -> None:  # type: ignore[no-untyped-def]
    tasks = run_json(capsys, "--db", desk, "care", "list", "--from", str(DAY), "--json")
    assert tasks and all(set(t) >= FIELDS for t in tasks)
    kinds = [(t["kind"], t["member_no"]) for t in tasks if t["kind"] != "festival"]
    # Grouped by kind, the highest tier first.
    assert kinds[:3] == [("message", "M1"), ("message", "M2"), ("message", "M3")]
    message = tasks[0]
    assert message["due"] == "2026-02-15T15:00" and message["tier"] == "VVVIP"
    assert message["id"] == f"message-{message['guest_id']}-20260215"
    festival = next(t for t in tasks if t["kind"] == "festival")
    assert festival["occasion_date"] == "2026-02-17" and festival["overdue"]


def test_care_list_range_and_kind(desk: str, capsys) -> None:  # type: ignore[no-untyped-def]
    tasks = run_json(
        capsys, "--db", desk, "care", "list", "--from", "2026-03-01", "--to", "2026-03-31",
        "--kind", "long_call", "--json",
    )  # fmt: skip
    assert {(t["kind"], t["due"]) for t in tasks} == {("long_call", "2026-03-31")}


def test_care_log_with_task_completes_it(desk: str, capsys) -> None:  # type: ignore[no-untyped-def]
    tasks = run_json(capsys, "--db", desk, "care", "list", "--from", str(DAY), "--json")
    call = next(t for t in tasks if t["kind"] == "short_call" and t["member_no"] == "M1")
    args = ["--db", desk, "care", "log", "M1", "--channel", "phone", "--outcome", "reached"]
    assert main([*args, "--task", call["id"], "--note", "很满意"]) == 0
    assert f"task {call['id']} done" in capsys.readouterr().out
    again = run_json(capsys, "--db", desk, "care", "list", "--from", str(DAY), "--json")
    assert call["id"] not in {t["id"] for t in again}


def test_care_log_refuses_bad_input(desk: str, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--db", desk, "care", "log", "M1", "--channel", "phone", "--outcome", "reached"]
    assert main([*args, "--task", "nonsense"]) == 1
    assert "not a care task id" in capsys.readouterr().err
    assert (
        main(["--db", desk, "care", "log", "NOPE", "--channel", "sms", "--outcome", "reached"]) == 1
    )
    assert "no guest" in capsys.readouterr().err


def test_care_export_only_consenting_guests_in_their_language(
    desk: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sms.csv"
    assert (
        main(
            ["--db", desk, "care", "export", "--channel", "sms", "--date", str(DAY), "-o", str(out)]
        )
        == 0
    )
    summary = capsys.readouterr().out
    assert "wrote 2 sms messages" in summary
    assert "left out 1 without consent for sms: 王五 (M3)" in summary
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["member_no", "name", "honorific", "phone", "language", "message"]
    by_member = {r["member_no"]: r for r in rows}
    assert by_member["M1"]["message"].startswith("陈总您好")
    assert by_member["M2"]["message"].startswith("Dear Anna Smith")
    assert "{" not in by_member["M2"]["message"]


def test_care_sheet_pdf_with_cjk_embedded(desk: str, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["--db", desk, "care", "sheet", "--date", str(DAY), "-o", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "回访电话单" in text and "陈总" in text and "high floor" in text
    assert all(embedded for _, embedded in fonts_of(out))


def test_report_care_json_and_pdf(desk: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--db", desk, "care", "log", "M1", "--channel", "phone", "--outcome", "reached"]
    tasks = run_json(capsys, "--db", desk, "care", "list", "--from", "2026-02-15", "--json")
    call = next(t for t in tasks if t["kind"] == "short_call" and t["member_no"] == "M1")
    assert main([*args, "--task", call["id"]]) == 0
    capsys.readouterr()
    figures = run_json(capsys, "--db", desk, "report", "care", "--month", "2026-02", "--json")
    assert figures["planned"]["message"] == 6  # 3 guests × (1st, 15th)
    assert figures["done"] == {"short_call": 1}
    assert figures["missed"]["message"] == 6
    assert figures["contacts_by_outcome"] == {}  # the call was made today, not in February
    month = date.today().strftime("%Y-%m")
    now = run_json(capsys, "--db", desk, "report", "care", "--month", month, "--json")
    assert now["contacts_by_outcome"] == {"reached": 1}
    out = tmp_path / "care.pdf"
    assert main(["--db", desk, "report", "care", "--month", "2026-02", "-o", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "客户关怀月报" in text and "611短信" in text
    assert all(embedded for _, embedded in fonts_of(out))
    assert main(["--db", desk, "report", "care", "--month", "2026-13", "--json"]) == 1


def test_today_is_the_default(desk: str, capsys) -> None:  # type: ignore[no-untyped-def]
    tasks = run_json(capsys, "--db", desk, "care", "list", "--json")
    assert all(t["due"][:10] <= str(date.today()) for t in tasks)


def test_care_settings_and_consent(desk: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    args = ["--db", desk, "care", "settings"]  # as the signed-in admin
    assert (
        main([*args, "--calls", "long_call=VVVIP", "short_call=三VIP", "--sleep-months", "VIP=6"])
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["call_tiers"] == {"long_call": ["VVVIP"], "short_call": ["VVVIP"]}
    assert shown["sleep_months"]["VIP"] == 6
    tasks = run_json(
        capsys, "--db", desk, "care", "list", "--from", str(DAY), "--kind", "short_call", "--json"
    )
    assert [t["member_no"] for t in tasks] == ["M1"]
    assert main([*args, "--plan-tiers", "VIP,金卡"]) == 1
    assert "unknown tier '金卡'" in capsys.readouterr().err
    # A receptionist may not change the plan: exit 4, not permitted.
    assert main(["--db", desk, "--as", "desk", "care", "settings", "--lead-days", "5"]) == 4
    assert "care_plan" in capsys.readouterr().err
    assert (
        main(["--db", desk, "care", "consent", "M3", "--channel", "sms", "--how", "电话确认"]) == 0
    )
    out = tmp_path / "sms.csv"
    export = ["--db", desk, "care", "export", "--channel", "sms", "--date", str(DAY)]
    assert main([*export, "-o", str(out)]) == 0
    assert "wrote 3 sms messages" in capsys.readouterr().out
