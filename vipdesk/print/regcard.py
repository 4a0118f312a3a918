"""Pre-filled registration cards (A5, bilingual) that a VIP only has to sign."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.print.fonts import fonts
from vipdesk.print.layout import Box, Page, fit, wrap
from vipdesk.print.script import printing_in, t
from vipdesk.services.arrival_cards import RegistrationCard, registration_from_card
from vipdesk.services.cards import CardData
from vipdesk.services.hotel import Hotel

CONSENT = (
    "本人同意酒店为提供住宿服务及改善服务而保存和使用上述个人信息，并可随时要求查阅、更正或删除。"
    "I agree that the hotel keeps and uses the personal details above to provide and improve "
    "its services, and that I may ask at any time to see, correct or delete them."
)
GREY = (0.35, 0.35, 0.35)


def hotel_details_missing(hotel: Hotel) -> bool:
    """No hotel name: the cards would print without their header (warn before printing)."""
    return not hotel.name.strip()


def render_registration_cards(
    cards: Sequence[CardData | RegistrationCard],
    hotel: Hotel,
    path: Path,
    today: date | None = None,
    *,
    language: str = "zh_CN",
) -> list[list[Box]]:
    """One A5 page per guest; returns the text boxes of each page.

    The guest reads and signs it: nothing internal (their tier) is printed on it. A
    guest's card (CardData) shows the stay under way or the next booking on `today`.
    """
    today = today or date.today()
    filled = [
        c if isinstance(c, RegistrationCard) else registration_from_card(c, today) for c in cards
    ]
    canvas = Canvas(str(path), pagesize=A5, initialFontName=fonts().latin, initialFontSize=9)
    canvas.setTitle("Registration cards")
    out = []
    for card in filled:
        page = Page(canvas)
        with printing_in(language):  # its Chinese labels in the reader's script
            _page(page, card, hotel)
        out.append(page.boxes)
        canvas.showPage()
    canvas.save()
    return out


def _page(page: Page, card: RegistrationCard, hotel: Hotel) -> None:
    c = page.canvas
    width, height = A5
    left, right = 14 * mm, width - 14 * mm
    y = height - 16 * mm
    if hotel.name.strip():  # without it no header at all (the print warns), never a lone "—"
        size, lines = fit(hotel.name.strip(), right - left, 2, 16, 10, bold=True)
        for line in lines:
            page.text(left, y, line, size, bold=True)
            y -= size * 1.2
    contact = " · ".join(p.strip() for p in (hotel.address, hotel.phone) if p.strip())
    for line in wrap(contact, right - left, 8):
        page.text(left, y, line, 8, colour=GREY)
        y -= 10
    if hotel.name.strip() or contact:
        y -= 8
    page.text(left, y, t("入住登记卡  Registration Card"), 13, bold=True)
    y -= 20
    stay = card.stay
    fields = [
        (t("姓名 Name"), card.name),
        (t("拼音 / Latin"), card.reading),
        (t("会员号 Member no."), card.member_no),
        (t("国籍 Nationality"), card.nationality),
        (t("电话 Phone"), card.phones),
        (t("邮箱 E-mail"), card.email),
        (t("公司 Company"), card.company),
        (t("抵店 Arrival"), stay.arrival.isoformat() if stay else ""),
        (t("离店 Departure"), stay.departure.isoformat() if stay else ""),
        (t("房号 Room"), stay.room if stay else ""),
    ]
    label_w = 38 * mm
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.setLineWidth(0.4)
    for label, value in fields:
        page.text(left, y, label, 8.5, colour=GREY)
        size, lines = fit(value, right - left - label_w, 2, 10.5, 7)
        for i, line in enumerate(lines[:2]):
            page.text(left + label_w, y - i * size * 1.15, line, size)
        extra = (min(len(lines), 2) - 1) * size * 1.15
        c.line(left + label_w, y - 3 - extra, right, y - 3 - extra)
        y -= 19 + extra
    likes = card.preferences
    if likes:
        y -= 2
        for line in wrap(t("偏好 Preferences: ") + "; ".join(likes), right - left, 8)[:3]:
            page.text(left, y, line, 8, colour=GREY)
            y -= 10
    y -= 8
    for line in wrap(t(CONSENT), right - left, 7.5):
        page.text(left, y, line, 7.5, colour=GREY)
        y -= 9.5
    y = max(y - 26, 22 * mm)
    c.line(left, y, left + 70 * mm, y)
    c.line(right - 35 * mm, y, right, y)
    page.text(left, y - 11, t("签名 Signature"), 8.5, colour=GREY)
    page.text(right - 35 * mm, y - 11, t("日期 Date"), 8.5, colour=GREY)
