"""Guest recognition cards: CR80 (85.6 × 54 mm), A6, and sheets of CR80 cards on A4.

Name large with honorific and pronunciation, tier, taboos and allergies in a red box,
key preferences, next special date, last stay, an open-complaint mark, and a QR code of
the member number. Text shrinks to fit; what does not fit is counted ("+2 more"), never
cut silently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.guest import Severity, SpecialDateKind, TabooKind
from vipdesk.domain.pronunciation import addressed
from vipdesk.domain.tiers import Tier, printed_label
from vipdesk.print.fonts import fonts
from vipdesk.print.layout import Box, Page, fit
from vipdesk.print.script import printing_in
from vipdesk.print.script import t as zh
from vipdesk.services.cards import CardData
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.photos import normalised_photo
from vipdesk.services.profile import GuestProfile

log = logging.getLogger(__name__)
CR80 = (85.6 * mm, 54 * mm)
FORMATS = ("cr80", "a6", "a4-sheet")
TIER_RGB = {
    Tier.P: (0.42, 0.45, 0.50),
    Tier.IP: (0.15, 0.39, 0.92),
    Tier.VIP: (0.71, 0.33, 0.04),
    Tier.VVIP: (0.76, 0.25, 0.05),
    Tier.VVVIP: (0.62, 0.09, 0.30),
}
RED = (0.60, 0.06, 0.06)
GREY = (0.30, 0.30, 0.30)
SHEET_COLUMNS, SHEET_ROWS = 2, 5


@dataclass(frozen=True)
class CardFrame:
    """Where one card was drawn, and the text boxes inside it."""

    x: float
    y: float
    width: float
    height: float
    boxes: tuple[Box, ...]
    photo_skipped: bool = False  # the guest has a photo on file that could not be read


def printable_photo(data: bytes) -> ImageReader | None:
    """The photo as a small image safe to draw, or None when it cannot be read.

    Photos kept by older versions were checked by their first bytes only; one may be
    damaged or a "decompression bomb", so each goes through the same check as a new one.
    """
    try:
        return ImageReader(BytesIO(normalised_photo(data)))
    except ValidationFailed:
        log.warning("a guest photo cannot be read; the card is printed without it")
        return None


def render_cards(
    cards: list[CardData],
    path: Path,
    fmt: str = "cr80",
    today: date | None = None,
    *,
    language: str = "zh_CN",
) -> list[CardFrame]:
    """Write the cards to a PDF at `path`; returns where each card and its text went.

    Chinese labels follow `language` (zh_TW: 繁體); the guest's data is printed as written.
    """
    with printing_in(language):
        return _render_cards(cards, path, fmt, today)


def _render_cards(
    cards: list[CardData], path: Path, fmt: str, today: date | None
) -> list[CardFrame]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown card format {fmt!r} (use {', '.join(FORMATS)})")
    today = today or date.today()
    frames: list[CardFrame] = []
    page_size = {"cr80": CR80, "a6": landscape(A6), "a4-sheet": A4}[fmt]
    # The initial font is ours too, so that every font in the file is embedded.
    canvas = Canvas(
        str(path),
        pagesize=page_size,
        pageCompression=1,
        initialFontName=fonts().latin,
        initialFontSize=8,
    )
    canvas.setTitle("vipdesk guest cards")
    canvas.setAuthor("vipdesk")
    if fmt == "a4-sheet":
        margin_x = (A4[0] - SHEET_COLUMNS * CR80[0]) / 2
        margin_y = (A4[1] - SHEET_ROWS * CR80[1]) / 2
        per_page = SHEET_COLUMNS * SHEET_ROWS
        for start in range(0, len(cards), per_page):
            page = Page(canvas)
            for i, card in enumerate(cards[start : start + per_page]):
                col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
                x = margin_x + col * CR80[0]
                y = A4[1] - margin_y - (row + 1) * CR80[1]
                frames.append(_card(page, card, x, y, *CR80, today))
            _cut_marks(canvas, margin_x, margin_y)
            canvas.showPage()
    else:
        for card in cards:
            page = Page(canvas)
            frames.append(_card(page, card, 0, 0, *page_size, today))
            canvas.showPage()
    canvas.save()
    return frames


def _cut_marks(c: Canvas, margin_x: float, margin_y: float) -> None:
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.setLineWidth(0.3)
    xs = [margin_x + i * CR80[0] for i in range(SHEET_COLUMNS + 1)]
    ys = [margin_y + i * CR80[1] for i in range(SHEET_ROWS + 1)]
    mark = 4 * mm
    for x in xs:
        c.line(x, A4[1] - margin_y + 1 * mm, x, A4[1] - margin_y + 1 * mm + mark)
        c.line(x, margin_y - 1 * mm, x, margin_y - 1 * mm - mark)
    for y in ys:
        c.line(margin_x - 1 * mm, y, margin_x - 1 * mm - mark, y)
        c.line(A4[0] - margin_x + 1 * mm, y, A4[0] - margin_x + 1 * mm + mark, y)


def _card(
    page: Page, card: CardData, x0: float, y0: float, width: float, height: float, today: date
) -> CardFrame:
    c = page.canvas
    first_box = len(page.boxes)
    s = width / CR80[0]  # everything scales with the card
    p = card.profile
    g = p.guest
    pad = 3 * mm * s
    c.saveState()
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.4)
    c.rect(x0, y0, width, height)
    c.setFillColorRGB(*TIER_RGB[g.tier])
    c.rect(x0, y0, 2.5 * mm * s, height, stroke=0, fill=1)
    left = x0 + 2.5 * mm * s + pad
    right = x0 + width - pad
    top = y0 + height - pad

    qr_size = 14 * mm * s
    _qr(c, g.member_no or f"id:{g.id}", right - qr_size, y0 + pad, qr_size)
    photo_w = 0.0
    photo_skipped = False
    if card.photo:
        photo_w, photo_h = 15 * mm * s, 19 * mm * s
        image = printable_photo(card.photo)
        if image is not None:
            c.drawImage(
                image,
                right - photo_w,
                top - photo_h,
                photo_w,
                photo_h,
                preserveAspectRatio=True,
                anchor="ne",
            )
        else:  # a stored photo that cannot be read: the card says so instead of failing
            photo_skipped = True
            c.setStrokeColorRGB(*GREY)
            c.rect(right - photo_w, top - photo_h, photo_w, photo_h)
            page.text(right - photo_w + 1 * mm * s, top - photo_h / 2, zh("照片无法读取"), 4.5 * s)
            page.text(right - photo_w + 1 * mm * s, top - photo_h / 2 - 6 * s, "no photo", 4.5 * s)
    text_right = right - (photo_w + 2 * mm * s if photo_w else 0)

    name = addressed(g.name, g.honorific)
    size, lines = fit(name, text_right - left, 2, 15 * s, 7 * s, bold=True)
    y = top - size
    for line in lines[:2]:
        page.text(left, y, line, size, bold=True)
        y -= size * 1.1
    if len(lines) > 2:
        page.text(left, y, f"(+{len(lines) - 2} …)", 6 * s, colour=GREY)
        y -= 7 * s
    if p.pronunciation:
        page.text(left, y - 1 * s, p.pronunciation, 7.5 * s, colour=GREY)
        y -= 9 * s
    tier = zh(printed_label(g.tier))
    page.text(left, y - 1 * s, tier, 7.5 * s, bold=True, colour=TIER_RGB[g.tier])
    y -= 10 * s

    if p.taboos:
        y = _taboos(
            page, p, left, text_right if y > y0 + height / 2 else right - qr_size - 2 * mm * s, y, s
        )
    y = _facts(page, p, left, right - qr_size - 2 * mm * s, y, y0 + pad, s, today)
    c.restoreState()
    return CardFrame(x0, y0, width, height, tuple(page.boxes[first_box:]), photo_skipped)


def _taboos(page: Page, p: GuestProfile, left: float, right: float, y: float, s: float) -> float:
    c = page.canvas
    items = []
    for t in p.taboos:
        mark = zh("过敏 allergy") if t.kind == TabooKind.ALLERGY else zh("忌 taboo")
        items.append(f"{'!! ' if t.severity == Severity.DANGER else ''}{mark}: {t.text}")
    text = "; ".join(items)
    size, lines = fit(text, right - left - 3 * mm * s, 3, 7 * s, 5.5 * s, bold=True)
    shown = lines[:3]
    if len(lines) > 3:  # the third line says how much more there is, rather than cutting
        shown = [*lines[:2], f"(+{len(lines) - 2} more lines: see profile)"]
    box_h = len(shown) * size * 1.2 + 2.5 * mm * s
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(1.0, 0.93, 0.93)
    c.setLineWidth(1.2 * s)
    c.rect(left, y - box_h + size, right - left, box_h, stroke=1, fill=1)
    line_y = y - 1 * mm * s
    for line in shown:
        page.text(left + 1.5 * mm * s, line_y, line, size, bold=True, colour=RED)
        line_y -= size * 1.2
    return y - box_h - 1.5 * mm * s


def _facts(
    page: Page,
    p: GuestProfile,
    left: float,
    right: float,
    y: float,
    bottom: float,
    s: float,
    today: date,
) -> float:
    facts: list[tuple[str, tuple[float, float, float]]] = []
    if p.open_complaints:
        facts.append((f"⚠ {zh('未解决投诉')} open complaint ×{p.open_complaints}", (0.6, 0.3, 0.0)))
    if p.upcoming:
        u = p.upcoming[0]
        kind = {
            SpecialDateKind.BIRTHDAY: zh("生日 birthday"),
            SpecialDateKind.ANNIVERSARY: zh("纪念日 anniversary"),
        }.get(u.kind, zh("特别日子 special day"))
        # "天后" alone reads as the goddess to OpenCC's phrase table: 后 converted on its own.
        later = zh("天") + zh("后")
        when = (
            zh("today 今天")
            if u.days_until == 0
            else f"in {u.days_until} d · {u.days_until}{later}"
        )
        facts.append(
            (
                f"{kind} {u.date.month_day(today)} ({when})",
                RED if u.days_until <= 7 else (0, 0, 0),
            )
        )
    prefs = [text for items in p.preferences.values() for text in items]
    if prefs:
        facts.append((zh("喜好 likes: ") + "; ".join(prefs), (0, 0, 0)))
    if p.in_house:
        facts.append(
            (f"{zh('在住')} in house: {p.in_house.room} → {p.in_house.departure:%m-%d}", (0, 0, 0))
        )
    elif p.last_stay:
        facts.append(
            (
                f"{zh('上次')} last stay {p.last_stay.arrival.isoformat()}"
                + (f" · {zh('房')} room {p.last_stay.room}" if p.last_stay.room else ""),
                GREY,
            )
        )
    if p.guest.member_no:
        facts.append((f"{zh('会员')} member {p.guest.member_no}", GREY))
    size = 6.5 * s
    left_out = 0
    for index, (text, colour) in enumerate(facts):
        _, lines = fit(text, right - left, 2, size, size)
        for line in lines[:2]:
            if y - size < bottom:
                left_out = len(facts) - index
                break
            page.text(left, y - size, line, size, colour=colour)
            y -= size * 1.25
        if left_out:
            break
    if left_out:
        page.text(left, bottom, f"(+{left_out} more, see profile)", 5 * s, colour=GREY)
    return y


def _qr(c: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code drawn as plain squares (no fonts involved)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # None: smallest version
    code.addData(value)
    code.make()
    count = code.getModuleCount()
    quiet = 2  # modules of white border
    cell = size / (count + 2 * quiet)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                c.rect(
                    x + (col + quiet) * cell,
                    y + size - (row + quiet + 1) * cell,
                    cell,
                    cell,
                    stroke=0,
                    fill=1,
                )
