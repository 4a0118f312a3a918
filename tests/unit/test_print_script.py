"""Printed documents follow the chosen language: in 繁體 (zh_TW) their Chinese labels are
Traditional; the guest's and the hotel's own words are printed as they were written."""

import re
from datetime import date
from pathlib import Path

import opencc
import pytest
from pypdf import PdfReader

from tests.unit.test_complaint_reports import _complaints
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.print.cards import render_cards
from vipdesk.print.complaint_reports import render_incident, render_month_report
from vipdesk.print.regcard import render_registration_cards
from vipdesk.services.cards import card_data
from vipdesk.services.complaint_codes import complaint_codes
from vipdesk.services.complaints import get_complaint, report
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.hotel import Hotel

TODAY = date(2026, 11, 25)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_S2TW = opencc.OpenCC("s2tw")
HOTEL = Hotel("Garden Hotel", "88 Bund Road", "+86 21 6333 8888")


def simplified_only(text: str) -> list[str]:
    """Characters Taiwan writes otherwise (checked one by one, as tests/ui/test_languages)."""
    return [c for c in text if _HAN.match(c) and c != "台" and _S2TW.convert(c) != c]


def _text(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


@pytest.fixture
def latin_guest(db: Database, actor: Staff) -> list[str]:
    create_guest(db, actor, GuestDraft("José Müller", member_no="M1", company="ACME"))
    return ["M1"]


def test_registration_card_in_traditional(
    db: Database, actor: Staff, latin_guest: list[str], tmp_path: Path
) -> None:
    cards = card_data(db, actor, latin_guest, today=TODAY)
    pdf = tmp_path / "reg.pdf"
    render_registration_cards(cards, HOTEL, pdf, TODAY, language="zh_TW")
    text = _text(pdf)
    assert "入住登記卡" in text and "簽名" in text and "Registration Card" in text
    assert simplified_only(text) == []
    render_registration_cards(cards, HOTEL, pdf, TODAY, language="zh_CN")
    assert "入住登记卡" in _text(pdf)
    render_registration_cards(cards, HOTEL, pdf, TODAY, language="en")  # Chinese half: 简体
    assert "入住登记卡" in _text(pdf)


def test_guest_card_in_traditional(
    db: Database, actor: Staff, latin_guest: list[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "card.pdf"
    render_cards(card_data(db, actor, latin_guest, today=TODAY), pdf, "a6", TODAY, language="zh_TW")
    assert simplified_only(_text(pdf)) == []


def test_complaint_reports_in_traditional(db: Database, actor: Staff, tmp_path: Path) -> None:
    complaint_id = _complaints(db, actor)  # its description is the guest's words: "等"
    codes = complaint_codes(db, actor)
    pdf = tmp_path / "month.pdf"
    render_month_report(report(db, actor, "2026-10"), HOTEL, pdf, codes, language="zh_TW")
    text = " ".join(_text(pdf).split())
    assert "投訴月報" in text and "前廳" in text and "Front office" in text
    assert simplified_only(text) == []
    incident = tmp_path / "incident.pdf"
    record = get_complaint(db, actor, complaint_id)
    render_incident(record, HOTEL, incident, codes, language="zh_TW")
    assert simplified_only(_text(incident).replace(record.guest_name, "")) == []
