"""The arrivals brief for the morning briefing: A4 landscape, bilingual, CJK embedded.

One row per arrival, highest tier first: who (name, reading, tier), where and when (room,
ETA, nights, which stay), what to avoid (taboos, allergies), what they like, the special
dates falling during the stay, open complaints, and the notes and requests.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.guest import SpecialDateKind
from vipdesk.domain.pronunciation import addressed
from vipdesk.domain.stays import ordinal
from vipdesk.domain.tiers import printed_label
from vipdesk.print.fonts import fonts
from vipdesk.print.layout import Box, Page, wrap
from vipdesk.print.script import guest_name
from vipdesk.services.hotel import Hotel
from vipdesk.services.today import ArrivalDetails

GREY = (0.35, 0.35, 0.35)
RED = (0.72, 0.11, 0.11)
AMBER = (0.6, 0.35, 0.0)
SIZE = 8.5
LEADING = SIZE * 1.3
WEEKDAYS = ("周一 Mon", "周二 Tue", "周三 Wed", "周四 Thu", "周五 Fri", "周六 Sat", "周日 Sun")
KINDS = {
    SpecialDateKind.BIRTHDAY: "生日 Birthday",
    SpecialDateKind.ANNIVERSARY: "纪念日 Anniversary",
    SpecialDateKind.OTHER: "纪念 Date",
}
# (title, width in mm): 277 mm between the margins of a landscape A4 page.
COLUMNS = (
    (("宾客", "Guest"), 52),
    (("房间 · 预计抵达", "Room · ETA"), 34),
    (("禁忌/过敏", "Taboos & allergies"), 50),
    (("偏好", "Preferences"), 46),
    (("住店期间的特别日期", "Dates during the stay"), 35),
    (("投诉", "Complaints"), 18),
    (("备注/要求", "Notes & requests"), 42),
)

Line = tuple[str, bool, tuple[float, float, float]]  # text, bold, colour


def _cells(d: ArrivalDetails) -> list[list[Line]]:
    a, s = d.arrival, d.stay
    black = (0.0, 0.0, 0.0)
    who: list[Line] = [(addressed(guest_name(a.name, a.guest_id), d.honorific), True, black)]
    if d.pronunciation and d.pronunciation != a.name:
        who.append((d.pronunciation, False, GREY))
    if a.tier is not None:
        tier = printed_label(a.tier)
        if d.pms_vip_differs:
            tier += f" · PMS {s.pms_vip}"
        who.append((tier, True, AMBER))
    else:
        who.append(("未匹配 Not matched", True, RED))
        if s.pms_vip:
            who.append((f"PMS {s.pms_vip}", False, GREY))
    where: list[Line] = [(f"{s.room or '—'} · {s.eta or '--:--'}", True, black)]
    where.append((f"{s.nights} 晚 nights · {s.arrival:%m-%d}→{s.departure:%m-%d}", False, black))
    if a.stay_number:
        first = (
            "首次 first stay"
            if a.stay_number == 1
            else f"第{a.stay_number}次 {ordinal(a.stay_number)} stay"
        )
        where.append((first, False, GREY))
    taboos: list[Line] = [("注意 Caution: ask the duty manager", True, RED)] if d.caution else []
    taboos += [(("过敏 Allergy: " if t.allergy else "") + t.text, t.allergy, RED) for t in d.taboos]
    likes: list[Line] = [(p, False, black) for p in d.preferences]
    dates: list[Line] = [
        (
            f"{KINDS[x.kind]}{' ' + x.label if x.label else ''}: {x.day:%m-%d} {WEEKDAYS[x.day.weekday()]}",
            True,
            RED,
        )
        for x in d.dates_in_stay
    ]
    complaints: list[Line] = (
        [(f"{d.open_complaints} 未结 open", True, RED)] if d.open_complaints else []
    )
    notes: list[Line] = [(t, False, black) for t in (s.requests, d.notes) if t.strip()]
    return [who, where, taboos, likes, dates, complaints, notes]


def _wrapped(cell: list[Line], width: float) -> list[Line]:
    out: list[Line] = []
    for text, bold, colour in cell:
        out += [(line, bold, colour) for line in wrap(text, width, SIZE, bold=bold)]
    return out


def render_arrivals_brief(
    found: Sequence[ArrivalDetails], day: date, hotel: Hotel, path: Path
) -> list[list[Box]]:
    """Write the brief; returns the text boxes of each page (tests check they fit)."""
    size = landscape(A4)
    canvas = Canvas(str(path), pagesize=size, initialFontName=fonts().latin, initialFontSize=9)
    canvas.setTitle(f"Arrivals {day.isoformat()}")
    left, top, bottom = 10 * mm, size[1] - 12 * mm, 12 * mm
    widths = [w * mm for _title, w in COLUMNS]
    pages: list[list[Box]] = []
    page = Page(canvas)
    number = 1

    def header() -> float:
        y = top
        if hotel.name.strip():
            page.text(left, y, hotel.name.strip(), 10, colour=GREY)
            y -= 16
        title = f"到店简报 Arrivals brief · {day.isoformat()} {WEEKDAYS[day.weekday()]}"
        page.text(left, y, title, 15, bold=True)
        vip = sum(1 for d in found if d.arrival.tier is not None and d.arrival.tier.rank >= 2)
        unmatched = sum(1 for d in found if not d.arrival.matched)
        summary = (
            f"抵店 Arrivals {len(found)} · VIP及以上 VIP and above {vip} · "
            f"未匹配 Not matched {unmatched} · 第{number}页 page {number}"
        )
        page.text(left, y - 15, summary, 9, colour=GREY)
        y -= 32
        x = left
        for ((zh, en), _w), width in zip(COLUMNS, widths, strict=True):
            page.text(x + 2, y, zh, 8, bold=True, colour=GREY)
            page.text(x + 2, y - 9.5, en, 7.5, colour=GREY)
            x += width
        y -= 9.5
        canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
        canvas.setLineWidth(0.8)
        canvas.line(left, y - 4, left + sum(widths), y - 4)
        return y - 4

    y = header()
    if not found:
        page.text(left, y - 20, "当日无抵店 No arrivals on this day", 11, colour=GREY)
    for d in found:
        cells = [_wrapped(c, w - 4) for c, w in zip(_cells(d), widths, strict=True)]
        height = max(len(c) for c in cells) * LEADING + 6
        if y - height < bottom:
            canvas.showPage()
            pages.append(page.boxes)
            page = Page(canvas)
            number += 1
            y = header()
        x = left
        for cell, width in zip(cells, widths, strict=True):
            for i, (text, bold, colour) in enumerate(cell):
                page.text(x + 2, y - 3 - SIZE - i * LEADING, text, SIZE, bold=bold, colour=colour)
            x += width
        y -= height
        canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
        canvas.setLineWidth(0.4)
        canvas.line(left, y, left + sum(widths), y)
    canvas.showPage()
    pages.append(page.boxes)
    canvas.save()
    return pages
