"""Complaint reports for management: the month (with a chart) and one incident."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.complaints import (
    CATEGORY_ZH,
    DEPARTMENTS,
    SEVERITY_ZH,
    STATUS_ZH,
    Category,
    MonthReport,
)
from vipdesk.print.fonts import fonts
from vipdesk.print.layout import Page, wrap
from vipdesk.services.complaints import ComplaintRecord
from vipdesk.services.hotel import Hotel

GREY = (0.35, 0.35, 0.35)


def _header(page: Page, hotel: Hotel, title: str) -> float:
    y = A4[1] - 20 * mm
    if hotel.name:
        page.text(18 * mm, y, hotel.name, 11, colour=GREY)
        y -= 26
    page.text(18 * mm, y, title, 18, bold=True)
    return y - 24


def render_month_report(figures: MonthReport, hotel: Hotel, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Complaints {figures.month}")
    page = Page(canvas)
    left = 18 * mm
    y = _header(page, hotel, f"投诉月报 Complaint report {figures.month}")
    rate = f"{figures.resolved_within_promise / figures.resolved:.0%}" if figures.resolved else "—"
    median = (
        f"{figures.median_hours_to_resolve:g} h"
        if figures.median_hours_to_resolve is not None
        else "—"
    )
    for label, value in (
        ("投诉总数 Complaints", str(figures.total)),
        ("已解决 Resolved", str(figures.resolved)),
        (
            "按时解决 Resolved within the promised time",
            f"{figures.resolved_within_promise} ({rate})",
        ),
        ("解决时长中位数 Median time to resolve", median),
    ):
        page.text(left, y, label, 10.5, colour=GREY)
        page.text(left + 95 * mm, y, value, 10.5, bold=True)
        y -= 16
    y -= 10
    categories = [c for c in Category if figures.by_category.get(c.value)]
    if categories:
        page.text(left, y, "按类别 By category", 12, bold=True)
        chart_h = 70 * mm
        drawing = Drawing(170 * mm, chart_h)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, 150 * mm, chart_h - 20 * mm
        chart.data = [[figures.by_category[c.value] for c in categories]]
        chart.categoryAxis.categoryNames = [f"{CATEGORY_ZH[c]}\n{c.value}" for c in categories]
        chart.categoryAxis.labels.fontName = fonts().cjk
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.labels.fontName = fonts().latin
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueStep = max(1, max(chart.data[0]) // 5)
        chart.bars[0].fillColor = colors.HexColor("#b91c1c")
        drawing.add(chart)
        # The chart renderer starts from Helvetica, which would be left unembedded: use ours.
        saved = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = fonts().latin
        try:
            renderPDF.draw(drawing, canvas, left, y - chart_h - 4)
        finally:
            STATE_DEFAULTS["fontName"] = saved
        y -= chart_h + 16
    page.text(left, y, "按部门 By department", 12, bold=True)
    y -= 16
    for code, count in sorted(figures.by_department.items(), key=lambda kv: -kv[1]):
        page.text(left, y, f"{DEPARTMENTS.get(code, code)} {code}", 10.5)
        page.text(left + 95 * mm, y, str(count), 10.5, bold=True)
        y -= 14
    canvas.showPage()
    canvas.save()


def render_incident(record: ComplaintRecord, hotel: Hotel, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Complaint {record.id}")
    page = Page(canvas)
    left, right = 18 * mm, A4[0] - 18 * mm
    y = _header(page, hotel, f"投诉处理报告 Incident report #{record.id}")
    rows = [
        (
            "客人 Guest",
            f"{record.guest_name} ({'回头客 returning' if record.returning_guest else '新客 new'})",
        ),
        ("发生时间 Occurred", record.occurred_at.strftime("%Y-%m-%d %H:%M")),
        (
            "部门 Department",
            f"{DEPARTMENTS.get(record.department, record.department)} {record.department}",
        ),
        ("类别 Category", f"{CATEGORY_ZH[record.category]} {record.category.value}"),
        ("严重程度 Severity", f"{SEVERITY_ZH[record.severity]} {record.severity.value}"),
        ("状态 Status", f"{STATUS_ZH[record.status]} {record.status.value}"),
        ("反馈期限 Feedback due", record.feedback_due.strftime("%Y-%m-%d %H:%M")),
        (
            "解决时间 Resolved",
            record.resolved_at.strftime("%Y-%m-%d %H:%M") if record.resolved_at else "—",
        ),
    ]
    for label, value in rows:
        page.text(left, y, label, 10, colour=GREY)
        page.text(left + 45 * mm, y, value, 10.5)
        y -= 15
    for title, text in (
        ("描述 What happened", record.description),
        ("客人诉求 What the guest wants", record.guest_wish),
        ("回访 Follow-up", record.followup_result),
    ):
        if not text:
            continue
        y -= 6
        page.text(left, y, title, 11, bold=True)
        y -= 14
        for line in wrap(text, right - left, 10):
            page.text(left, y, line, 10)
            y -= 13
    y -= 8
    page.text(left, y, "经过 History", 11, bold=True)
    y -= 14
    for event in record.history:
        detail = ", ".join(f"{k}: {v}" for k, v in event.detail.items())
        for line in wrap(f"{event.at:%Y-%m-%d %H:%M}  {event.kind}  {detail}", right - left, 9):
            if y < 20 * mm:
                canvas.showPage()
                y = A4[1] - 20 * mm
            page.text(left, y, line, 9, colour=GREY)
            y -= 12
    canvas.showPage()
    canvas.save()
