"""`vipdesk arrivals`, `vipdesk arrivals brief` and `vipdesk regcard --arrivals`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests import sql
from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff
from vipdesk.cli import main
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.fixture
def hotel_db(db: Database, tmp_path: Path) -> str:
    """What `--db` names: a file, or a PostgreSQL URL (both engines)."""
    make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD)
    target = sql.target(db)
    guests = _write(
        tmp_path / "g.csv",
        [
            ["member_no", "name", "tier", "birthday", "taboos"],
            ["V1", "诸葛亮", "VVIP", "1981-12-04", "花生过敏"],
            ["P1", "Plain Person", "P", "", ""],
        ],
    )
    assert main(["--db", target, "import", "guests", str(guests)]) == 0
    stays = _write(
        tmp_path / "s.csv",
        [
            ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status"],
            ["A1", "Plain Person", "P1", "2026-12-03", "2026-12-04", "0303", "reserved"],
            ["A2", "诸葛亮", "V1", "2026-12-03", "2026-12-06", "1808", "reserved"],
            ["A3", "HARTMANN, KLAUS", "", "2026-12-03", "2026-12-05", "2201", "checked in"],
            ["A4", "Gone Away", "", "2026-12-03", "2026-12-05", "", "cancelled"],
        ],
    )
    assert main(["--db", target, "import", "stays", str(stays)]) == 0
    return target


def test_arrivals_json_has_the_issue_fields(
    hotel_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", hotel_db, "arrivals", "--date", "2026-12-03", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["confirmation_no"] for i in items] == ["A2", "A1", "A3"]
    vip, _plain, unmatched = items
    for key in ("confirmation_no", "status", "matched", "guest_id", "member_no", "name", "tier",
                "room", "arrival", "departure", "nights", "stay_number", "taboos",
                "special_dates_in_stay", "open_complaints"):  # fmt: skip
        assert key in vip and key in unmatched
    assert vip["tier"] == "VVIP" and vip["matched"] is True and vip["member_no"] == "V1"
    assert vip["nights"] == 3 and vip["stay_number"] == 1 and vip["room"] == "1808"
    assert vip["taboos"] == ["花生过敏"]
    assert vip["special_dates_in_stay"] == [{"kind": "birthday", "label": "", "date": "2026-12-04"}]
    assert vip["open_complaints"] == 0
    assert unmatched["matched"] is False and unmatched["status"] == "checked_in"
    assert unmatched["guest_id"] is None and unmatched["member_no"] is None
    assert unmatched["tier"] is None and unmatched["name"] == "HARTMANN, KLAUS"

    assert main(["--db", hotel_db, "arrivals", "--date", "2026-12-03", "--min-tier", "VIP",
                 "--json"]) == 0  # fmt: skip
    assert [i["confirmation_no"] for i in json.loads(capsys.readouterr().out)] == ["A2"]
    assert main(["--db", hotel_db, "arrivals", "--date", "2026-12-03"]) == 0
    assert "3 arrivals on 2026-12-03" in capsys.readouterr().out


def test_bad_dates_and_tiers_are_refused_clearly(
    hotel_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", hotel_db, "arrivals", "--date", "3/12/2026"]) == 2
    assert "not a date like 2026-12-01" in capsys.readouterr().err
    assert main(["--db", hotel_db, "arrivals", "--min-tier", "gold"]) == 2
    assert "unknown tier" in capsys.readouterr().err
    assert main(["--db", hotel_db, "arrivals", "brief"]) == 2
    assert "-o FILE.pdf" in capsys.readouterr().err


def test_brief_and_registration_cards_of_a_day(hotel_db: str, tmp_path: Path) -> None:
    brief = tmp_path / "brief.pdf"
    assert main(["--db", hotel_db, "arrivals", "brief", "--date", "2026-12-03", "-o",
                 str(brief)]) == 0  # fmt: skip
    page = PdfReader(brief).pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "诸葛亮" in page.extract_text()
    assert brief.stat().st_mode & 0o077 == 0  # written through safe_files: owner only

    cards = tmp_path / "reg.pdf"
    assert main(["--db", hotel_db, "regcard", "--arrivals", "2026-12-03", "-o", str(cards)]) == 0
    texts = ["".join(p.extract_text().split()) for p in PdfReader(cards).pages]
    assert len(texts) == 3
    assert "1808" in texts[0] and "2026-12-06" in texts[0]
    assert "HARTMANN" in texts[2] and "2201" in texts[2]
    assert main(["--db", hotel_db, "regcard", "--arrivals", "2026-12-03", "--min-tier", "VIP",
                 "-o", str(cards)]) == 0  # fmt: skip
    assert len(PdfReader(cards).pages) == 1
    assert main(["--db", hotel_db, "regcard", "-o", str(cards)]) == 2
