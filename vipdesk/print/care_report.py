"""The monthly care report: tasks planned, done and missed by kind (a chart), contacts by
outcome, guests woken up. Bilingual labels (中文 English), never codes."""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.care import KIND_ORDER
from vipdesk.domain.care_texts import KIND_EN, KIND_ZH
from vipdesk.domain.staff import Staff
from vipdesk.print.fonts import fonts, text_width
from vipdesk.print.layout import Page
from vipdesk.services.care_outputs import CareReport, care_report
from vipdesk.services.database import Database
from vipdesk.services.hotel import get_hotel

GREY = (0.35, 0.35, 0.35)
SIZE = 9.5
OUTCOMES = {
    "reached": "联系上 Reached",
    "no_answer": "无人接听 No answer",
    "left_message": "已留言 Left a message",
    "declined": "婉拒 Declined",
    "do_not_contact": "勿再联系 Do not contact",
}
SERIES = (
    ("planned", "计划 Planned", "#94a3b8"),
    ("done", "完成 Done", "#15803d"),
    ("missed", "错过 Missed", "#b91c1c"),
)


def care_report_pdf(db: Database, actor: Staff, month: str, path: Path) -> CareReport:
    figures = care_report(db, actor, month)
    render_care_report(figures, get_hotel(db, actor).name, path)
    return figures


def render_care_report(figures: CareReport, hotel: str, path: Path) -> None:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Care report {figures.month}")
    page = Page(canvas)
    left = 18 * mm
    y = A4[1] - 20 * mm
    if hotel:
        page.text(left, y, hotel, 11, colour=GREY)
        y -= 26
    page.text(left, y, f"客户关怀月报 Care report {figures.month}", 18, bold=True)
    y -= 26
    total = {key: sum(getattr(figures, key).values()) for key, _, _ in SERIES}
    for key, label, _ in SERIES:
        page.text(left, y, label, 10.5, colour=GREY)
        page.text(left + 95 * mm, y, str(total[key]), 10.5, bold=True)
        y -= 16
    page.text(left, y, "唤醒的客人 Guests woken up", 10.5, colour=GREY)
    page.text(left + 95 * mm, y, str(figures.woken_up), 10.5, bold=True)
    y -= 26
    kinds = [k for k in KIND_ORDER if figures.planned.get(k.value) or figures.done.get(k.value)]
    if kinds:
        page.text(left, y, "按任务类型 By kind", 12, bold=True)
        y -= 8
        names = [f"{KIND_ZH[k]} {KIND_EN[k]}" for k in kinds]
        label_w = max(text_width(n, SIZE) for n in names) + 3 * mm
        chart_h = len(kinds) * 13 * mm + 22 * mm
        drawing = Drawing(170 * mm, chart_h)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_w, 16 * mm
        chart.width, chart.height = 160 * mm - label_w, chart_h - 20 * mm
        # With the categories top to bottom, the series of a group run bottom to top:
        # reversed, "planned" stands above "done" and "missed".
        drawn = SERIES[::-1]
        chart.data = [[getattr(figures, key).get(k.value, 0) for k in kinds] for key, _, _ in drawn]
        chart.categoryAxis.categoryNames = names
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.fontName = fonts().cjk
        chart.categoryAxis.labels.fontSize = SIZE
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -2 * mm
        chart.valueAxis.labels.fontName = fonts().latin
        chart.valueAxis.labels.fontSize = SIZE
        chart.valueAxis.valueMin = 0
        top = max(max(row) for row in chart.data) or 1
        chart.valueAxis.valueStep = max(1, top // 5)
        for i, (_, _, colour) in enumerate(drawn):
            chart.bars[i].fillColor = colors.HexColor(colour)
        chart.barLabelFormat = "%d"
        chart.barLabels.nudge = 7
        chart.barLabels.fontName = fonts().latin
        chart.barLabels.fontSize = 8
        drawing.add(chart)
        legend = Legend()
        legend.x, legend.y = label_w, 6 * mm
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.fontName = fonts().cjk
        legend.fontSize = SIZE
        legend.colorNamePairs = [(colors.HexColor(c), label) for _, label, c in SERIES]
        drawing.add(legend)
        saved = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = fonts().latin
        try:
            renderPDF.draw(drawing, canvas, left, y - chart_h)
        finally:
            STATE_DEFAULTS["fontName"] = saved
        y -= chart_h + 20
    else:
        page.text(left, y, "本月没有任务 No tasks this month", 10.5, colour=GREY)
        y -= 24
    page.text(left, y, "联系结果 Contacts by outcome", 12, bold=True)
    y -= 16
    for code, label in OUTCOMES.items():
        page.text(left, y, label, 10.5)
        page.text(left + 95 * mm, y, str(figures.contacts_by_outcome.get(code, 0)), 10.5, bold=True)
        y -= 14
    canvas.showPage()
    canvas.save()
