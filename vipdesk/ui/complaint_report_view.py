"""The month's complaint figures with bar charts, in the app; printable as the PDF report."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.complaints import ComplaintCodes, MonthReport
from vipdesk.domain.staff import Staff
from vipdesk.services.complaints import report
from vipdesk.services.database import Database
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall
from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf, rendered
from vipdesk.ui.printing import render_month_report_pdf


class BarChart(QWidget):
    """Horizontal bars with their labels and counts: readable at any width, keyboard-free."""

    BAR = QColor("#b91c1c")

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = bars
        self.setAccessibleDescription(", ".join(f"{label}: {n}" for label, n in bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(360, self._row_height() * (max(1, len(self.bars)) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        row = self._row_height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(0, metrics.ascent() + 2, self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.setPen(QColor("#6b7280"))
            painter.drawText(0, row + metrics.ascent() + 4, self.tr("No complaints"))
            return
        widest = max(metrics.horizontalAdvance(t) for t, _ in self.bars) + 6
        label_w = min(self.width() // 3, widest)
        count_w = metrics.horizontalAdvance("0000")
        span = max(1, self.width() - label_w - count_w - 24)
        top = max(n for _, n in self.bars)
        for i, (text, n) in enumerate(self.bars):
            y = row * (i + 1) + 4
            painter.setPen(self.palette().windowText().color())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(0, y, label_w, row - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            width = span * n / top
            painter.fillRect(QRectF(label_w + 8, y + 2, width, row - 8), self.BAR)
            painter.drawText(
                QRectF(label_w + 12 + width, y, count_w + 8, row - 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(n),
            )


class ComplaintReportView(QDialog):
    """Pick a month; see its totals, promise-keeping and charts; print the PDF."""

    loaded = Signal(object)
    dialog_opened = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Staff,
        codes: ComplaintCodes | None = None,
        month: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintReportView")
        self.setWindowTitle(self.tr("Complaint report"))
        self._db, self._actor, self._codes = db, actor, codes or ComplaintCodes()
        self.month = QDateEdit(self)
        self.month.setObjectName("reportMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate(month or date.today()))
        self.month.dateChanged.connect(self.reload)
        self.figures: dict[str, QLabel] = {}
        grid = QFormLayout()
        for key, text in (
            ("total", self.tr("Complaints")),
            ("resolved", self.tr("Resolved")),
            ("within", self.tr("Resolved within the promised time")),
            ("median", self.tr("Median time to resolve")),
        ):
            value = QLabel(self)
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-weight: bold;")
            self.figures[key] = value
            grid.addRow(text, value)
        self.by_category = BarChart(self.tr("By category"), self)
        self.by_category.setObjectName("chartByCategory")
        self.by_department = BarChart(self.tr("By department"), self)
        self.by_department.setObjectName("chartByDepartment")
        self.print_button = QPushButton(self.tr("&Print / PDF…"), self)
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month)
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.by_category)
        layout.addWidget(self.by_department)
        layout.addStretch()
        layout.addLayout(buttons)
        self.resize(620, 640)
        self.month.setFocus()
        self.reload()

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def reload(self) -> None:
        db, actor, month = self._db, self._actor, self.month_text()
        ServiceCall(self, lambda: report(db, actor, month), self._show).start()

    def _show(self, figures: MonthReport) -> None:
        if figures.month != self.month_text():
            return  # the month changed meanwhile; its own load follows
        codes = self._codes
        rate = (
            f" ({figures.resolved_within_promise / figures.resolved:.0%})"
            if figures.resolved
            else ""
        )
        median = figures.median_hours_to_resolve
        self.figures["total"].setText(str(figures.total))
        self.figures["resolved"].setText(str(figures.resolved))
        self.figures["within"].setText(f"{figures.resolved_within_promise}{rate}")
        self.figures["median"].setText(
            self.tr("%1 h").replace("%1", f"{median:g}") if median is not None else "—"
        )
        order = list(codes.categories)
        self.by_category.set_bars(
            [
                (labels.complaint_category(code, codes.categories), n)
                for code, n in sorted(
                    figures.by_category.items(),
                    key=lambda kv: (-kv[1], order.index(kv[0]) if kv[0] in order else 99),
                )
            ]
        )
        self.by_department.set_bars(
            [
                (labels.department(code, codes.departments), n)
                for code, n in sorted(figures.by_department.items(), key=lambda kv: -kv[1])
            ]
        )
        self.loaded.emit(figures)

    def print_report(self) -> None:
        db, actor, month = self._db, self._actor, self.month_text()
        title = self.tr("Complaint report %1").replace("%1", month)

        def show(document: RenderedPdf) -> None:
            preview = PrintPreviewDialog(document, title, self)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog_opened.emit(preview)
            preview.open()

        ServiceCall(self, lambda: rendered(render_month_report_pdf(db, actor, month)), show).start()
