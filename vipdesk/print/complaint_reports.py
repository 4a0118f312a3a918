"""Complaint reports for management: the month (with a chart) and one incident."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from vipdesk.domain.complaints import (
    CATEGORIES,
    CATEGORIES_EN,
    DEPARTMENTS,
    DEPARTMENTS_EN,
    SEVERITY_EN,
    SEVERITY_ZH,
    STATUS_EN,
    STATUS_ZH,
    ComplaintCodes,
    ComplaintSeverity,
    MonthReport,
    Status,
)
from vipdesk.domain.staff import Staff
from vipdesk.print.fonts import fonts, text_width
from vipdesk.print.layout import Page, wrap
from vipdesk.print.script import guest_name, printing_in, t
from vipdesk.services.complaint_codes import complaint_codes
from vipdesk.services.complaints import ComplaintRecord, get_complaint, report
from vipdesk.services.database import Database
from vipdesk.services.hotel import Hotel, get_hotel

GREY = (0.35, 0.35, 0.35)
CHART_FONT_SIZE = 9.5
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
    figures: MonthReport,
    hotel: Hotel,
    path: Path,
    codes: ComplaintCodes | None = None,
    *,
    language: str = "zh_CN",
) -> None:
    """The month's figures and chart; Chinese labels in `language`'s script (zh_TW: 繁體)."""
    with printing_in(language):
        _month_report(figures, hotel, path, codes or ComplaintCodes())


def _month_report(figures: MonthReport, hotel: Hotel, path: Path, codes: ComplaintCodes) -> None:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Complaints {figures.month}")
    page = Page(canvas)
    left = 18 * mm
    y = _header(page, hotel, t("投诉月报 Complaint report") + f" {figures.month}")
    rate = f"{figures.resolved_within_promise / figures.resolved:.0%}" if figures.resolved else "—"
    median = (
        f"{figures.median_hours_to_resolve:g} h"
        if figures.median_hours_to_resolve is not None
        else "—"
    )
    for label, value in (
        (t("投诉总数 Complaints"), str(figures.total)),
        (t("已解决 Resolved"), str(figures.resolved)),
        (
            t("按时解决 Resolved within the promised time"),
            f"{figures.resolved_within_promise} ({rate})",
        ),
        (t("解决时长中位数 Median time to resolve"), median),
    ):
        page.text(left, y, label, 10.5, colour=GREY)
        page.text(left + 95 * mm, y, value, 10.5, bold=True)
        y -= 16
    y -= 10
    # The hotel's order first, then codes no longer listed (older complaints keep theirs).
    order = list(codes.categories) + sorted(set(figures.by_category) - set(codes.categories))
    categories = [c for c in order if figures.by_category.get(c)]
    if categories:
        page.text(left, y, t("按类别 By category"), 12, bold=True)
        # Bars across, one line per category: names of any length stay readable at the
        # size of the text around them.
        names = [_category(codes, c) for c in categories]
        label_w = max(text_width(n, CHART_FONT_SIZE) for n in names) + 3 * mm
        chart_h = len(categories) * 8 * mm + 12 * mm
        drawing = Drawing(170 * mm, chart_h)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_w, 8 * mm
        chart.width, chart.height = 165 * mm - label_w, chart_h - 12 * mm
        chart.data = [[figures.by_category[c] for c in categories]]
        chart.categoryAxis.categoryNames = names
        chart.categoryAxis.reverseDirection = 1  # the hotel's order, top to bottom
        chart.categoryAxis.labels.fontName = fonts().cjk
        chart.categoryAxis.labels.fontSize = CHART_FONT_SIZE
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -2 * mm
        chart.valueAxis.labels.fontName = fonts().latin
        chart.valueAxis.labels.fontSize = CHART_FONT_SIZE
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueStep = max(1, max(chart.data[0]) // 5)
        chart.bars[0].fillColor = colors.HexColor("#b91c1c")
        chart.barLabelFormat = "%d"  # the count at the end of each bar
        chart.barLabels.nudge = 8
        chart.barLabels.fontName = fonts().latin
        chart.barLabels.fontSize = CHART_FONT_SIZE
        drawing.add(chart)
        # The chart renderer starts from Helvetica, which would be left unembedded: use ours.
        saved = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = fonts().latin
        try:
            renderPDF.draw(drawing, canvas, left, y - chart_h - 4)
        finally:
            STATE_DEFAULTS["fontName"] = saved
        y -= chart_h + 16
    page.text(left, y, t("按部门 By department"), 12, bold=True)
    y -= 16
    for code, count in sorted(figures.by_department.items(), key=lambda kv: -kv[1]):
        page.text(left, y, _department(codes, code), 10.5)
        page.text(left + 95 * mm, y, str(count), 10.5, bold=True)
        y -= 14
    canvas.showPage()
    canvas.save()


def render_incident(
    record: ComplaintRecord,
    hotel: Hotel,
    path: Path,
    codes: ComplaintCodes | None = None,
    *,
    language: str = "zh_CN",
) -> None:
    """Everything recorded about one complaint, its recovery steps and its history."""
    with printing_in(language):
        _incident(record, hotel, path, codes or ComplaintCodes())


def _incident(record: ComplaintRecord, hotel: Hotel, path: Path, codes: ComplaintCodes) -> None:
    canvas = Canvas(str(path), pagesize=A4, initialFontName=fonts().latin, initialFontSize=10)
    canvas.setTitle(f"Complaint {record.id}")
    page = Page(canvas)
    flow = _Flow(page, _header(page, hotel, t("投诉处理报告 Incident report") + f" #{record.id}"))
    when = _when
    returning = t("回头客 returning guest") if record.returning_guest else t("新客 new guest")
    flow.facts(
        [
            (t("客人 Guest"), f"{guest_name(record.guest_name, record.guest_id)} ({returning})"),
            (t("发生时间 Occurred"), when(record.occurred_at)),
            (t("部门 Department"), _department(codes, record.department)),
            (t("服务 Service"), record.service or "—"),
            (t("涉及员工 Staff involved"), record.staff_involved or "—"),
            (t("类别 Category"), _category(codes, record.category)),
            (
                t("严重程度 Severity"),
                f"{t(SEVERITY_ZH[record.severity])} {SEVERITY_EN[record.severity]}",
            ),
            (t("状态 Status"), f"{t(STATUS_ZH[record.status])} {STATUS_EN[record.status]}"),
            (t("值班经理 Duty manager"), record.assigned_name or "—"),
            (t("反馈期限 Feedback promised by"), when(record.feedback_due)),
            (t("解决时间 Resolved"), when(record.resolved_at)),
        ]
    )
    flow.section(t("描述 What happened"), record.description)
    flow.section(t("真实原因 The guest's real reason"), record.real_reason)
    wish = record.guest_wish
    if record.excessive:
        wish += f"\n⚠ {t('要求过分 Excessive request')}: {record.excessive_note or '—'}"
    flow.section(t("客人诉求 What the guest wants"), wish.strip())
    flow.heading(t("补救步骤 Recovery steps"))
    flow.facts(
        [
            (f"{'☑' if at else '☐'} {label}", when(at) if at else t("未完成 not done"))
            for label, at in (
                (t("致歉 Apologised"), record.apologised_at),
                (t("倾听 Listened"), record.listened_at),
                (t("提出方案 Solution offered"), record.solution_offered_at),
                (t("补救行动 Remedial action taken"), record.remedy_taken_at),
            )
        ]
        + [
            (t("补偿 Compensation"), record.compensation or "—"),
            (t("补偿价值 Value"), record.compensation_value or "—"),
        ]
    )
    if record.followup_result or record.satisfaction is not None:
        satisfaction = f"{record.satisfaction}/5" if record.satisfaction is not None else "—"
        flow.section(
            t("回访 Follow-up call"),
            f"{record.followup_result}\n{t('满意度 Satisfaction after recovery')}: {satisfaction}",
        )
    flow.heading(t("经过 History"))
    for event in record.history:
        detail = describe_event(event.detail, codes)
        who = event.staff_name or (f"#{event.staff_id}" if event.staff_id else "")
        kind = t(EVENT_KINDS[event.kind]) if event.kind in EVENT_KINDS else event.kind
        flow.lines(f"{event.at:%Y-%m-%d %H:%M}  {who}  {kind}  {detail}", 9, GREY)
    canvas.showPage()
    canvas.save()


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at else "—"


def _department(codes: ComplaintCodes, code: str, sep: str = " ") -> str:
    """A department as the report reads it: 中文 and English, never the code."""
    return _label(code, codes.departments, DEPARTMENTS, DEPARTMENTS_EN, sep)


def _category(codes: ComplaintCodes, code: str, sep: str = " ") -> str:
    return _label(code, codes.categories, CATEGORIES, CATEGORIES_EN, sep)


def _label(
    code: str, own: dict[str, str], standard_zh: dict[str, str], english: dict[str, str], sep: str
) -> str:
    """Standard codes in both languages; the hotel's own label (or relabelling) as it set it.

    A code no longer listed keeps its standard label; an unknown one is shown as it is.
    """
    label = own.get(code)
    if code in standard_zh and (label is None or label == standard_zh[code]):
        return f"{t(standard_zh[code])}{sep}{english[code]}"  # the hotel's own: as written
    return label or code


FIELD_NAMES = {
    "status": "状态 status",
    "category": "类别 category",
    "severity": "严重程度 severity",
    "department": "部门 department",
}


def describe_event(detail: dict[str, object], codes: ComplaintCodes) -> str:
    """A history entry in words: status moves, edited fields (old → new), notes."""
    if set(detail) == {"from", "to"}:  # a status move
        return f"{complaint_value('status', detail['from'], codes)} → {complaint_value('status', detail['to'], codes)}"
    return ", ".join(
        f"{t(FIELD_NAMES[key]) if key in FIELD_NAMES else key.replace('_', ' ')}: "
        f"{complaint_value(key, value, codes)}"
        for key, value in detail.items()
    )


def complaint_value(key: str, value: object, codes: ComplaintCodes) -> str:
    if isinstance(value, list) and len(value) == 2:  # an edit: [old, new]
        old = complaint_value(key, value[0], codes) if value[0] not in ("", None) else "—"
        return f"{old} → {complaint_value(key, value[1], codes)}"
    text = str(value)
    if key == "status" and text in Status.__members__.values():
        return f"{t(STATUS_ZH[Status(text)])} {STATUS_EN[Status(text)]}"
    if key == "severity" and text in ComplaintSeverity.__members__.values():
        severity = ComplaintSeverity(text)
        return f"{t(SEVERITY_ZH[severity])} {SEVERITY_EN[severity]}"
    if key == "category":
        return _category(codes, text)
    if key == "department":
        return _department(codes, text)
    return text


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


def month_report_pdf(
    db: Database, actor: Staff, month: str, path: Path, *, language: str = "zh_CN"
) -> None:
    """The month's figures and chart, with the hotel's own labels."""
    render_month_report(
        report(db, actor, month),
        get_hotel(db, actor),
        path,
        complaint_codes(db, actor),
        language=language,
    )


def incident_pdf(
    db: Database, actor: Staff, complaint_id: int, path: Path, *, language: str = "zh_CN"
) -> None:
    """One complaint's incident report."""
    render_incident(
        get_complaint(db, actor, complaint_id),
        get_hotel(db, actor),
        path,
        complaint_codes(db, actor),
        language=language,
    )
