"""The registration card is the guest's document: no internal tier, a real hotel header."""

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.print.regcard import hotel_details_missing, render_registration_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.hotel import Hotel

TODAY = date(2026, 11, 25)


def _card_text(db: Database, actor: Staff, hotel: Hotel, tmp_path: Path) -> str:
    for i, tier in enumerate((Tier.VVIP, Tier.P)):
        create_guest(db, actor, GuestDraft(f"歐陽娜娜{i}", member_no=f"M{i}", tier=tier))
    pdf = tmp_path / "reg.pdf"
    render_registration_cards(card_data(db, actor, ["M0", "M1"], today=TODAY), hotel, pdf, TODAY)
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_the_guest_never_reads_their_internal_tier(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    text = _card_text(db, actor, Hotel("华庭酒店 Garden Hotel"), tmp_path)
    assert "歐陽娜娜" in text and "Garden Hotel" in text
    for internal in ("VVIP", "双VIP", "雙VIP", "普通", "Double VIP", "Regular", "等级", "Tier"):
        assert internal not in text


def test_without_a_hotel_name_no_lone_dash_and_the_details_are_missing(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    assert hotel_details_missing(Hotel())
    assert hotel_details_missing(Hotel(name="  ", address="Somewhere"))
    assert not hotel_details_missing(Hotel(name="华庭酒店"))
    text = _card_text(db, actor, Hotel(), tmp_path)
    first_lines = [line.strip() for line in text.splitlines()[:2]]
    assert "—" not in first_lines
    assert first_lines[0].startswith("入住登记卡")
