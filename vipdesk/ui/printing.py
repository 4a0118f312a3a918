"""Rendering cards and reports to PDF bytes for the GUI (on a worker thread, no widgets).

reportlab is imported on first use, not at start: the counter screen opens faster.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from vipdesk.domain.staff import Staff
from vipdesk.services.audit import record_output
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.hotel import get_hotel
from vipdesk.ui.print_preview import RenderedPdf, rendered

HOTEL_DETAILS_MISSING = "hotel_details_missing"


def _language() -> str:
    """The interface language: printed labels follow it (zh_TW prints 繁體)."""
    from vipdesk.ui.app import current_translation  # app imports the window, which imports us

    return current_translation().language


def render_pdf(db: Database, actor: Staff, keys: list[str], kind: str) -> bytes:
    """Cards ("card": CR80, or A4 sheets for several) or registration cards, as PDF bytes."""
    from vipdesk.print.cards import render_cards
    from vipdesk.print.regcard import render_registration_cards

    cards, lang = card_data(db, actor, keys), _language()
    if kind == "regcard":
        hotel = get_hotel(db, actor)
        data = _pdf_bytes(lambda path: render_registration_cards(cards, hotel, path, language=lang))
    else:
        layout = "cr80" if len(cards) == 1 else "a4-sheet"
        data = _pdf_bytes(lambda path: render_cards(cards, path, layout, language=lang))
    record_output(db, actor, "print", kind, guests=[c.profile.guest.id for c in cards])
    return data


def render_document(db: Database, actor: Staff, keys: list[str], kind: str) -> RenderedPdf:
    """`render_pdf` with its preview pages, and what to warn about before printing."""
    from vipdesk.print.regcard import hotel_details_missing

    notices: tuple[str, ...] = ()
    if kind == "regcard" and hotel_details_missing(get_hotel(db, actor)):
        notices = (HOTEL_DETAILS_MISSING,)
    return rendered(render_pdf(db, actor, keys, kind), notices)


def render_arrival_documents(
    db: Database, actor: Staff, day: date, confirmations: list[str]
) -> RenderedPdf:
    """Registration cards of these arrivals (their stay's room and dates), then the guest
    cards of the matched ones: one PDF, one print job."""
    import io

    import pypdfium2

    from vipdesk.print.cards import render_cards
    from vipdesk.print.regcard import hotel_details_missing, render_registration_cards
    from vipdesk.services.arrival_cards import arrival_registrations
    from vipdesk.services.today import arrival_details

    hotel, lang = get_hotel(db, actor), _language()
    cards = arrival_registrations(db, actor, day, confirmations=confirmations)
    document = pypdfium2.PdfDocument(
        _pdf_bytes(lambda path: render_registration_cards(cards, hotel, path, day, language=lang))
    )
    wanted = set(confirmations)
    guests = [
        str(d.arrival.guest_id)
        for d in arrival_details(db, actor, day)
        if d.arrival.guest_id is not None and d.arrival.reservation.confirmation_no in wanted
    ]
    if guests:
        recognition = card_data(db, actor, guests, today=day)
        layout = "cr80" if len(recognition) == 1 else "a4-sheet"
        extra = pypdfium2.PdfDocument(
            _pdf_bytes(lambda path: render_cards(recognition, path, layout, language=lang))
        )
        document.import_pages(extra)
    buffer = io.BytesIO()
    document.save(buffer)
    record_output(
        db,
        actor,
        "print",
        "arrival_regcards",
        guests=[int(g) for g in guests],
        day=day.isoformat(),
        count=len(cards),
    )
    notices = (HOTEL_DETAILS_MISSING,) if hotel_details_missing(hotel) else ()
    return rendered(buffer.getvalue(), notices)


def render_month_report_pdf(db: Database, actor: Staff, month: str) -> bytes:
    """The month's complaint report (figures and chart) as PDF bytes."""
    from vipdesk.print.complaint_reports import month_report_pdf

    lang = _language()
    data = _pdf_bytes(lambda path: month_report_pdf(db, actor, month, path, language=lang))
    record_output(db, actor, "print", "complaint_report", month=month)
    return data


def render_incident_pdf(db: Database, actor: Staff, complaint_id: int) -> bytes:
    """One complaint's incident report as PDF bytes."""
    from vipdesk.print.complaint_reports import incident_pdf

    lang = _language()
    data = _pdf_bytes(lambda path: incident_pdf(db, actor, complaint_id, path, language=lang))
    record_output(db, actor, "print", "incident_report", complaint=complaint_id)
    return data


def _pdf_bytes(write: Callable[[Path], None]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        write(path)
        return path.read_bytes()
