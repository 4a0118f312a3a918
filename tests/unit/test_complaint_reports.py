"""Management PDFs speak the report's language (中文 + English): labels, never codes."""

from datetime import datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from vipdesk.domain.complaints import Category, ComplaintDraft, ComplaintSeverity, Status
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.print.complaint_reports import render_incident, render_month_report
from vipdesk.services.complaint_codes import complaint_codes
from vipdesk.services.complaints import change_status, get_complaint, log_complaint, report
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.hotel import Hotel

T0 = datetime(2026, 10, 3, 9, 0)
CODES = ("slow_service", "front_office", "food_beverage", "in_progress", "_")


def _complaints(db: Database, actor: Staff) -> int:
    guest = create_guest(db, actor, GuestDraft("歐陽娜娜"))
    last = 0
    for i, (department, category) in enumerate(
        [
            ("front_office", Category.SLOW_SERVICE),
            ("front_office", Category.SLOW_SERVICE),
            ("food_beverage", Category.FOOD),
            ("housekeeping", Category.NOISE),
        ]
    ):
        draft = ComplaintDraft(
            guest.id, T0 + timedelta(days=i), department, category, ComplaintSeverity.MEDIUM, "等"
        )
        last = log_complaint(db, actor, draft, now=T0 + timedelta(days=i)).id
    change_status(db, actor, last, Status.IN_PROGRESS, now=T0 + timedelta(days=4))
    return last


def _sizes_of(pdf: Path, wanted: str) -> list[float]:
    sizes: list[float] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if wanted in text:
            sizes.append(size * (cm[0] ** 2 + cm[1] ** 2) ** 0.5 * (tm[0] ** 2 + tm[1] ** 2) ** 0.5)

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_month_report_shows_labels_not_codes_and_a_readable_chart(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    _complaints(db, actor)
    pdf = tmp_path / "month.pdf"
    render_month_report(
        report(db, actor, "2026-10"), Hotel("华庭酒店"), pdf, complaint_codes(db, actor)
    )
    text = PdfReader(pdf).pages[0].extract_text()
    flat = " ".join(text.split())
    for code in CODES:
        assert code not in text
    for label in (
        "服务不及时",
        "Slow service",
        "前厅",
        "Front office",
        "餐饮部",
        "Food & beverage",
    ):
        assert label in flat
    # The chart's category names are as large as the text around them, not 7 pt.
    assert _sizes_of(pdf, "服务不及时") and min(_sizes_of(pdf, "服务不及时")) >= 9


def test_incident_report_shows_labels_not_codes(db: Database, actor: Staff, tmp_path: Path) -> None:
    complaint_id = _complaints(db, actor)
    pdf = tmp_path / "incident.pdf"
    record = get_complaint(db, actor, complaint_id)
    render_incident(record, Hotel("华庭酒店"), pdf, complaint_codes(db, actor))
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for code in ("housekeeping", "noise", "in_progress", "medium"):
        assert f" {code}" not in text
    for label in ("客房 Housekeeping", "噪音 Noise", "处理中 In progress", "中 Medium"):
        assert label in " ".join(text.split())
