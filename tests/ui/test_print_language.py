"""What the app prints follows the language it runs in: 繁體 labels under zh_TW."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from tests.unit.test_complaint_reports import _complaints
from tests.unit.test_print_script import simplified_only
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.hotel import Hotel, set_hotel
from vipdesk.ui.app import set_language
from vipdesk.ui.printing import render_incident_pdf, render_month_report_pdf, render_pdf


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(("language", "title"), [("zh_TW", "入住登記卡"), ("zh_CN", "入住登记卡")])
def test_documents_printed_from_the_app_follow_its_language(
    db: Database, actor: Staff, english: None, language: str, title: str
) -> None:
    set_hotel(db, actor, Hotel("Garden Hotel"))
    create_guest(db, actor, GuestDraft("José Müller", member_no="M1"))
    complaint_id = _complaints(db, actor)
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    regcard = _text(render_pdf(db, actor, ["M1"], "regcard"))
    assert title in regcard
    month = _text(render_month_report_pdf(db, actor, "2026-10"))
    incident = _text(render_incident_pdf(db, actor, complaint_id))
    if language == "zh_TW":
        assert simplified_only(regcard) == [] and "投訴月報" in month
        assert simplified_only(_text(render_pdf(db, actor, ["M1"], "card"))) == []
        assert "投訴處理報告" in incident
