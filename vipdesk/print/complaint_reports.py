"""Complaint reports for management: the month (with a chart) and one incident."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.complaints import (
    CATEGORIES,
    DEPARTMENTS,
    SEVERITY_ZH,
    STATUS_ZH,
    ComplaintCodes,
    MonthReport,
)
from vipdesk.domain.staff import Staff
from vipdesk.print.fonts import fonts, text_width
from vipdesk.print.layout import Page, wrap
from vipdesk.services.complaint_codes import complaint_codes
from vipdesk.services.complaints import ComplaintRecord, get_complaint, report
from vipdesk.services.database import Database
from vipdesk.services.hotel import Hotel, get_hotel

GREY = (0.35, 0.35, 0.35)
EVENT_KINDS = {
    "created": "登记 logged",
    "imported": "导入 imported",
    "status": "状态 status",
    "edited": "修改 edited",
    "note": "备注 note",
}


def _header(page: Page, hotel: Hotel, title: str) -> float:
    y = A4[1] - 20 * mm
    if hotel.name:
        page.text(18 * mm, y, hotel.name, 11, colour=GREY)
        y -= 26
    page.text(18 * mm, y, title, 18, bold=True)
    return y - 24


def render_month_report(
    figures: MonthReport, hotel: Hotel, path: Path, codes: ComplaintCodes | None = None
) -> None:
    codes = codes or ComplaintCodes()
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
    # The hotel's order first, then codes no longer listed (older complaints keep theirs).
    order = list(codes.categories) + sorted(set(figures.by_category) - set(codes.categories))
    categories = [c for c in order if figures.by_category.get(c)]
    if categories:
        page.text(left, y, "按类别 By category", 12, bold=True)
        chart_h = 70 * mm
        drawing = Drawing(170 * mm, chart_h)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 12 * mm, 14 * mm, 150 * mm, chart_h - 20 * mm
        chart.data = [[figures.by_category[c] for c in categories]]
        chart.categoryAxis.categoryNames = [_category(codes, c, "\n") for c in categories]
        chart.categoryAxis.labels.fontName = fonts().cjk
        chart.categoryAxis.labels.fontSize = 7
        chart.valueAxis.labels.fontName = fonts().latin
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueStep = max(1, max(chart.data[0]) // 5)
        chart.bars[0].fillColor = colors.HexColor("#b91c1c")
        chart.barLabelFormat = "%d"  # the count on top of each bar
        chart.barLabels.nudge = 6
        chart.barLabels.fontName = fonts().latin
        chart.barLabels.fontSize = 8
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
        page.text(left, y, _department(codes, code), 10.5)
        page.text(left + 95 * mm, y, str(count), 10.5, bold=True)
        y -= 14
    canvas.showPage()
    canvas.save()


def render_incident(
    record: ComplaintRecord, hotel: Hotel, path: Path, codes: ComplaintCodes | None = None
) -> None:
    """Everything recorded about one complaint, its recovery steps and its history."""
    codes = codes or ComplaintCodes()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Complaint {record.id}")
    page = Page(canvas)
    flow = _Flow(page, _header(page, hotel, f"投诉处理报告 Incident report #{record.id}"))
    when = _when
    returning = "回头客 returning guest" if record.returning_guest else "新客 new guest"
    flow.facts(
        [
            ("客人 Guest", f"{record.guest_name} ({returning})"),
            ("发生时间 Occurred", when(record.occurred_at)),
            ("部门 Department", _department(codes, record.department)),
            ("服务 Service", record.service or "—"),
            ("涉及员工 Staff involved", record.staff_involved or "—"),
            ("类别 Category", _category(codes, record.category)),
            ("严重程度 Severity", f"{SEVERITY_ZH[record.severity]} {record.severity.value}"),
            ("状态 Status", f"{STATUS_ZH[record.status]} {record.status.value}"),
            ("值班经理 Duty manager", record.assigned_name or "—"),
            ("反馈期限 Feedback promised by", when(record.feedback_due)),
            ("解决时间 Resolved", when(record.resolved_at)),
        ]
    )
    flow.section("描述 What happened", record.description)
    flow.section("真实原因 The guest's real reason", record.real_reason)
    wish = record.guest_wish
    if record.excessive:
        wish += f"\n⚠ 要求过分 Excessive request: {record.excessive_note or '—'}"
    flow.section("客人诉求 What the guest wants", wish.strip())
    flow.heading("补救步骤 Recovery steps")
    flow.facts(
        [
            (f"{'☑' if at else '☐'} {label}", when(at) if at else "未完成 not done")
            for label, at in (
                ("致歉 Apologised", record.apologised_at),
                ("倾听 Listened", record.listened_at),
                ("提出方案 Solution offered", record.solution_offered_at),
                ("补救行动 Remedial action taken", record.remedy_taken_at),
            )
        ]
        + [
            ("补偿 Compensation", record.compensation or "—"),
            ("补偿价值 Value", record.compensation_value or "—"),
        ]
    )
    if record.followup_result or record.satisfaction is not None:
        satisfaction = f"{record.satisfaction}/5" if record.satisfaction is not None else "—"
        flow.section(
            "回访 Follow-up call",
            f"{record.followup_result}\n满意度 Satisfaction after recovery: {satisfaction}",
        )
    flow.heading("经过 History")
    for event in record.history:
        detail = ", ".join(f"{k}: {_detail(v)}" for k, v in event.detail.items())
        who = event.staff_name or (f"#{event.staff_id}" if event.staff_id else "")
        kind = EVENT_KINDS.get(event.kind, event.kind)
        flow.lines(f"{event.at:%Y-%m-%d %H:%M}  {who}  {kind}  {detail}", 9, GREY)
    canvas.showPage()
    canvas.save()


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at else "—"


def _department(codes: ComplaintCodes, code: str) -> str:
    """The hotel's label and the code; a code no longer listed keeps its standard label."""
    return f"{codes.departments.get(code, DEPARTMENTS.get(code, code))} {code}"


def _category(codes: ComplaintCodes, code: str, sep: str = " ") -> str:
    return f"{codes.categories.get(code, CATEGORIES.get(code, code))}{sep}{code}"


def _detail(value: object) -> str:
    if isinstance(value, list) and len(value) == 2:  # an edit: [old, new]
        return f"{value[0] if value[0] not in ('', None) else '—'} → {value[1]}"
    return str(value)


class _Flow:
    """Text running down A4 pages: starts a new page when the next line would not fit."""

    LEFT, RIGHT, BOTTOM = 18 * mm, A4[0] - 18 * mm, 18 * mm

    def __init__(self, page: Page, y: float) -> None:
        self.page, self.y = page, y

    def _room(self, height: float) -> None:
        if self.y - height < self.BOTTOM:
            self.page.canvas.showPage()
            self.y = A4[1] - 20 * mm

    def heading(self, title: str) -> None:
        self.y -= 6
        self._room(30)
        self.page.text(self.LEFT, self.y, title, 11, bold=True)
        self.y -= 15

    def facts(self, rows: list[tuple[str, str]]) -> None:
        value_x = self.LEFT + max(text_width(label, 10) for label, _ in rows) + 4 * mm
        for label, value in rows:
            lines = wrap(value, self.RIGHT - value_x, 10.5) or [""]
            self._room(15)
            self.page.text(self.LEFT, self.y, label, 10, colour=GREY)
            for line in lines:
                self._room(14)
                self.page.text(value_x, self.y, line, 10.5)
                self.y -= 14
            self.y -= 1

    def lines(self, text: str, size: float, colour: tuple[float, float, float] = (0, 0, 0)) -> None:
        for paragraph in text.splitlines() or [""]:
            for line in wrap(paragraph, self.RIGHT - self.LEFT, size) or [""]:
                self._room(size * 1.3)
                self.page.text(self.LEFT, self.y, line, size, colour=colour)
                self.y -= size * 1.3

    def section(self, title: str, text: str) -> None:
        if text:
            self.heading(title)
            self.lines(text, 10)


def month_report_pdf(db: Database, actor: Staff, month: str, path: Path) -> None:
    """The month's figures and chart, with the hotel's own labels."""
    render_month_report(
        report(db, actor, month), get_hotel(db, actor), path, complaint_codes(db, actor)
    )


def incident_pdf(db: Database, actor: Staff, complaint_id: int, path: Path) -> None:
    """One complaint's incident report."""
    render_incident(
        get_complaint(db, actor, complaint_id),
        get_hotel(db, actor),
        path,
        complaint_codes(db, actor),
    )
