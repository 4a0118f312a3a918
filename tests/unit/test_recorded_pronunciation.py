"""The guest's own reading of their name: stored, edited, carried by CSV, shown and printed."""

import csv
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from vipdesk.domain.guest import PRONUNCIATION_MAX, GuestDraft, validate_guest
from vipdesk.domain.guest_rows import EXPORT_COLUMNS, format_row, map_header, parse_row
from vipdesk.domain.staff import Staff
from vipdesk.print.cards import render_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.guest_export import export_guests
from vipdesk.services.guest_import import import_guests
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.services.profile import guest_profile
from vipdesk.services.search import hit_as_json, search

TODAY = date(2026, 11, 25)


def test_a_recorded_reading_wins_over_the_computed_one(db: Database, actor: Staff) -> None:
    plain = create_guest(db, actor, GuestDraft("曾小贤", member_no="M1"))
    assert guest_profile(db, actor, plain.id, today=TODAY).pronunciation == "Zēng Xiǎoxián"
    own = "Tsang Siu-yin (Cantonese)"
    said = create_guest(db, actor, GuestDraft("曾小贤", member_no="M2", pronunciation=own))
    assert get_guest(db, actor, said.id).pronunciation == own
    assert guest_profile(db, actor, said.id, today=TODAY).pronunciation == own
    hits = {h.member_no: h for h in search(db, actor, "曾小贤")}
    assert hit_as_json(hits["M2"])["pronunciation"] == own
    assert hit_as_json(hits["M1"])["pronunciation"] == "Zēng Xiǎoxián"


def test_editing_the_reading_bumps_the_version(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("单雄信", member_no="M1"))
    draft = guest.draft()
    draft.pronunciation = "Shàn Xióngxìn"
    saved = update_guest(db, actor, guest.id, draft, version=guest.version)
    assert saved.version == guest.version + 1
    assert saved.pronunciation == "Shàn Xióngxìn"


def test_the_reading_is_one_line_of_at_most_100_characters() -> None:
    assert PRONUNCIATION_MAX == 100
    fine = GuestDraft("谢", pronunciation="x" * 100)
    assert validate_guest(fine) == []
    too_long = GuestDraft("谢", pronunciation="x" * 101)
    assert [e.field for e in validate_guest(too_long)] == ["pronunciation"]
    two_lines = GuestDraft("谢", pronunciation="Xiè\nJiě")
    assert [e.field for e in validate_guest(two_lines)] == ["pronunciation"]


def test_the_csv_column_is_optional_and_round_trips() -> None:
    assert "pronunciation" in EXPORT_COLUMNS
    assert map_header(["姓名", "读音"]).positions == {"name": 0, "pronunciation": 1}
    assert parse_row({"name": "解小明"}).pronunciation == ""
    row = format_row(GuestDraft("解小明", pronunciation="Xiè Xiǎomíng"))
    assert row["pronunciation"] == "Xiè Xiǎomíng"
    assert parse_row(row).pronunciation == "Xiè Xiǎomíng"


def test_export_import_export_keeps_the_reading_byte_identical(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database import open_desk

    create_guest(db, actor, GuestDraft("解小明", member_no="M1", pronunciation="Xiè, not Jiě"))
    create_guest(db, actor, GuestDraft("王伟", member_no="M2"))
    first = tmp_path / "first.csv"
    export_guests(db, actor, first)
    with first.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["pronunciation"] for r in rows] == ["Xiè, not Jiě", ""]
    other_db = open_desk(tmp_path / "other.db")
    other = make_staff(other_db, "bob", Role.ADMIN)
    assert import_guests(other_db, other, first).imported == 2
    second = tmp_path / "second.csv"
    export_guests(other_db, other, second)
    other_db.close()
    assert second.read_bytes() == first.read_bytes()


def test_an_import_without_the_column_keeps_a_recorded_reading(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    guest = create_guest(db, actor, GuestDraft("解小明", member_no="M1", pronunciation="Xiè"))
    source = tmp_path / "g.csv"
    source.write_text("会员号,姓名,公司\nM1,解小明,ACME\n", encoding="utf-8-sig")
    import_guests(db, actor, source)
    again = get_guest(db, actor, guest.id)
    assert (again.company, again.pronunciation) == ("ACME", "Xiè")


@pytest.mark.parametrize("fmt", ["cr80", "a6"])
def test_the_printed_card_shows_the_recorded_reading(
    db: Database, actor: Staff, tmp_path: Path, fmt: str
) -> None:
    create_guest(db, actor, GuestDraft("曾小贤", member_no="M1", pronunciation="Tsang Siu-yin"))
    pdf = tmp_path / "card.pdf"
    render_cards(card_data(db, actor, ["M1"], today=TODAY), pdf, fmt, today=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Tsang Siu-yin" in text
    assert "Zēng" not in text
