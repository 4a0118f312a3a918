"""Rendering cards to PDF bytes for the GUI (runs on a worker thread, no widgets)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from vipdesk.domain.staff import Staff
from vipdesk.print.cards import render_cards
from vipdesk.print.regcard import render_registration_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.hotel import get_hotel


def render_pdf(db: Database, actor: Staff, keys: list[str], kind: str) -> bytes:
    """Cards ("card": CR80, or A4 sheets for several) or registration cards, as PDF bytes."""
    cards = card_data(db, actor, keys)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "print.pdf"
        if kind == "regcard":
            render_registration_cards(cards, get_hotel(db, actor), path)
        else:
            render_cards(cards, path, "cr80" if len(cards) == 1 else "a4-sheet")
        return path.read_bytes()


def render_month_report_pdf(db: Database, actor: Staff, month: str) -> bytes:
    """The month's complaint report (figures and chart) as PDF bytes."""
    from vipdesk.print.complaint_reports import render_month_report
    from vipdesk.services.complaints import report

    figures = report(db, actor, month)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        render_month_report(figures, get_hotel(db, actor), path)
        return path.read_bytes()
