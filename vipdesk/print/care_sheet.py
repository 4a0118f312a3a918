"""The day's call sheet: one block per call or visit, with room to write what was said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.care_texts import KIND_EN, KIND_ZH
from vipdesk.domain.staff import Staff
from vipdesk.print.fonts import fonts
from vipdesk.print.layout import Page, wrap
from vipdesk.services.care_outputs import SheetLine, call_sheet
from vipdesk.services.database import Database
from vipdesk.services.hotel import get_hotel

GREY = (0.35, 0.35, 0.35)
RED = (0.73, 0.11, 0.11)
PAGE = landscape(A4)
LEFT = 14 * mm
COLUMNS = (  # x offset, width
    (0, 62 * mm),  # guest, phone
    (64 * mm, 70 * mm),  # why, last stay, likes
    (136 * mm, 66 * mm),  # script hint
    (204 * mm, 65 * mm),  # notes (blank)
)
BLOCK = 30 * mm


def call_sheet_pdf(db: Database, actor: Staff, day: date, path: Path) -> int:
    """Write the call sheet for `day` to `path`; returns the number of tasks on it."""
    lines = call_sheet(db, actor, day)
    render_call_sheet(lines, day, get_hotel(db, actor).name, path)
    return len(lines)


def render_call_sheet(lines: list[SheetLine], day: date, hotel: str, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=PAGE, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Call sheet {day}")
    page = Page(canvas)
    y = _header(page, hotel, day, len(lines))
    if not lines:
        page.text(LEFT, y, "今天没有电话任务 No calls today", 11, colour=GREY)
    for line in lines:
        if y - BLOCK < 12 * mm:
            canvas.showPage()
            y = _header(page, hotel, day, len(lines))
        _block(page, line, y)
        y -= BLOCK
    canvas.showPage()
    canvas.save()


def _header(page: Page, hotel: str, day: date, count: int) -> float:
    y = PAGE[1] - 14 * mm
    title = f"回访电话单 Call sheet  {day.isoformat()}  ({count})"
    if hotel:
        page.text(LEFT, y, hotel, 10, colour=GREY)
        y -= 16
    page.text(LEFT, y, title, 15, bold=True)
    y -= 16
    for (dx, _w), label in zip(
        COLUMNS,
        ("客人 · 电话 Guest · phone", "原因 Why · 上次入住 Last stay · 喜好 Likes",
         "话术 Script hint", "记录 Notes"),
        strict=True,
    ):  # fmt: skip
        page.text(LEFT + dx, y, label, 8.5, bold=True, colour=GREY)
    page.canvas.setStrokeColorRGB(*GREY)
    page.canvas.line(LEFT, y - 4, PAGE[0] - LEFT, y - 4)
    return y - 16


def _lines(page: Page, x: float, y: float, width: float, text: str, size: float, **kw) -> float:  # type: ignore[no-untyped-def]
    for part in wrap(text, width, size)[:4]:
        page.text(x, y, part, size, **kw)
        y -= size * 1.3
    return y


def _block(page: Page, line: SheetLine, top: float) -> None:
    item, task = line.item, line.item.task
    y = top
    x0 = COLUMNS[0][0]
    overdue = "  逾期 overdue" if task.overdue else ""
    page.text(LEFT + x0, y, f"{item.name}  {item.tier.label_zh}", 11, bold=True)
    y -= 14
    page.text(LEFT + x0, y, item.phone or "—", 10.5)
    y -= 13
    page.text(LEFT + x0, y, f"{item.member_no or ''}  {task.due_iso()}{overdue}", 8.5,
              colour=RED if task.overdue else GREY)  # fmt: skip
    x1, w1 = COLUMNS[1]
    y = top
    page.text(LEFT + x1, y, f"{KIND_ZH[task.kind]} {KIND_EN[task.kind]}", 10, bold=True)
    y = _lines(page, LEFT + x1, y - 13, w1, line.reason, 9)
    last = line.last_stay.isoformat() if line.last_stay else "—"
    page.text(LEFT + x1, y, f"上次入住 Last stay: {last}", 8.5, colour=GREY)
    if line.likes:
        _lines(
            page, LEFT + x1, y - 11, w1, "喜好 Likes: " + "；".join(line.likes), 8.5, colour=GREY
        )
    x2, w2 = COLUMNS[2]
    _lines(page, LEFT + x2, top, w2, line.script, 9)
    x3, w3 = COLUMNS[3]
    c = page.canvas
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    for n in range(1, 4):
        c.line(LEFT + x3, top - n * 7 * mm, LEFT + x3 + w3, top - n * 7 * mm)
    c.setStrokeColorRGB(*GREY)
    c.line(LEFT, top - BLOCK + 5 * mm, PAGE[0] - LEFT, top - BLOCK + 5 * mm)
