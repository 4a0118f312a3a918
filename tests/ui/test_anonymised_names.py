"""An erased guest is "Anonymised guest #N" in the reader's language: on the board, in the
complaint list and details, and on printed reports (the services leave the name empty)."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from vipdesk.domain.complaints import ComplaintCodes, ComplaintDraft, ComplaintSeverity
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay
from vipdesk.print.arrivals_brief import render_arrivals_brief
from vipdesk.print.complaint_reports import render_incident
from vipdesk.print.script import printing_in
from vipdesk.services.complaints import list_complaints, log_complaint
from vipdesk.services.database import Database
from vipdesk.services.guest_erasure import erase_guest
from vipdesk.services.guests import create_guest
from vipdesk.services.hotel import Hotel
from vipdesk.services.stay_import import import_stays
from vipdesk.services.today import arrival_details, day_board
from vipdesk.ui.app import set_language
from vipdesk.ui.complaint_details import details_html
from vipdesk.ui.complaint_list_model import ComplaintListModel
from vipdesk.ui.today_board import ARRIVALS, IN_HOUSE, NAME, TodayBoardModel

TODAY = date.today()
HOTEL = Hotel("Garden Hotel", "88 Bund Road", "+86 21 6333 8888")


@pytest.fixture
def erased(db: Database, actor: Staff, manager: Staff, tmp_path: Path) -> tuple[int, int, int]:
    """Two erased guests, one in house with a complaint, one arriving today."""
    here = create_guest(
        db,
        actor,
        GuestDraft(
            "欧阳明月",
            stays=[Stay(TODAY - timedelta(days=1), TODAY + timedelta(days=2), room="1808")],
        ),
    ).id
    coming = create_guest(db, actor, GuestDraft("诸葛亮", member_no="V1")).id
    booked = tmp_path / "stays.csv"
    with booked.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status"],
                [
                    "A1",
                    "诸葛亮",
                    "V1",
                    f"{TODAY}",
                    f"{TODAY + timedelta(days=3)}",
                    "1809",
                    "reserved",
                ],
            ]
        )
    import_stays(db, actor, booked)
    complaint = log_complaint(
        db,
        actor,
        ComplaintDraft(
            guest_id=here,
            occurred_at=datetime.now() - timedelta(hours=2),
            department="housekeeping",
            category="noise",
            severity=ComplaintSeverity.HIGH,
            description="noisy",
        ),
        now=datetime.now() - timedelta(hours=1),
    ).id
    erase_guest(db, manager, here, "asked")
    erase_guest(db, manager, coming, "asked")
    return here, coming, complaint


@pytest.mark.parametrize(
    ("language", "label"),
    [("en", "Anonymised guest #"), ("zh_CN", "匿名客人 #"), ("zh_TW", "匿名客人 #")],
)
def test_the_board_and_complaints_name_an_erased_guest_in_the_ui_language(  # type: ignore[no-untyped-def]
    qapp, db: Database, actor: Staff, erased: tuple[int, int], language: str, label: str
) -> None:
    here, coming, _ = erased
    set_language(qapp, language)
    try:
        board = TodayBoardModel()
        board.set_board(day_board(db, actor, TODAY))
        for section, guest in ((ARRIVALS, coming), (IN_HOUSE, here)):
            board.set_section(section)
            names = [board.data(board.index(row, NAME)) for row in range(board.rowCount())]
            assert names == [f"{label}{guest}"], (section, names)
        [record] = list_complaints(db, actor, guest_id=here)
        complaints = ComplaintListModel()
        complaints.set_rows([record], datetime.now())
        assert complaints.data(complaints.index(0, 5)) == f"{label}{here}"
        assert f"{label}{here}" in details_html(record, ComplaintCodes())
    finally:
        set_language(qapp, "en")


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_printed_reports_name_an_erased_guest_in_the_print_language(
    db: Database, actor: Staff, erased: tuple[int, int], tmp_path: Path, language: str
) -> None:
    here, coming, _ = erased
    [record] = list_complaints(db, actor, guest_id=here)
    pdf = tmp_path / "incident.pdf"
    render_incident(record, HOTEL, pdf, ComplaintCodes(), language=language)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "匿名客人" in text and "Anonymised guest" in text and f"#{here}" in text, text
    brief = tmp_path / "brief.pdf"
    with printing_in(language):  # the brief has no language of its own yet: its labels are 简体
        render_arrivals_brief(arrival_details(db, actor, TODAY), TODAY, HOTEL, brief)
    text = " ".join(page.extract_text() for page in PdfReader(brief).pages)
    assert "匿名客人" in text and "Anonymised guest" in text and f"#{coming}" in text, text
