"""The duty manager's complaint list: overdue promises first and in red, filters, workflow."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.complaints import DEPARTMENTS, Category, ComplaintSeverity, Status
from vipdesk.domain.staff import Staff
from vipdesk.services.complaints import ComplaintRecord, annotate, change_status, list_complaints
from vipdesk.services.database import Database
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall
from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf, rendered
from vipdesk.ui.printing import render_month_report_pdf

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


class ComplaintListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintRecord] = []
        self.now = datetime.now()

    def set_rows(self, rows: list[ComplaintRecord], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self.now = list(rows), now
        self.endResetModel()

    def record(self, row: int) -> ComplaintRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                c.feedback_due.strftime("%m-%d %H:%M"),
                labels.complaint_status(c.status.value),
                labels.complaint_category(c.category.value),
                c.severity.value,
                DEPARTMENTS.get(c.department, c.department),
                c.guest_name,
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and c.overdue(self.now):
            return QBrush(QColor("#fee2e2"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.description
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Feedback due"),
            self.tr("Status"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Department"),
            self.tr("Guest"),
        ]
        return titles[section] if 0 <= section < len(titles) else None


class ComplaintFilter(QSortFilterProxyModel):
    """Filters on category, department, severity and 'overdue only'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.category = self.department = self.severity = ""
        self.overdue_only = False
        self.since: date | None = None

    def set_filters(
        self,
        *,
        category: str,
        department: str,
        severity: str,
        overdue_only: bool,
        since: date | None = None,
    ) -> None:
        new_api = hasattr(self, "endFilterChange")  # Qt ≥ 6.10; invalidateFilter is deprecated
        if new_api:
            self.beginFilterChange()
        self.category, self.department, self.severity = category, department, severity
        self.overdue_only = overdue_only
        self.since = since
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ComplaintListModel)
        c = model.record(source_row)
        return (
            (not self.category or c.category.value == self.category)
            and (not self.department or c.department == self.department)
            and (not self.severity or c.severity.value == self.severity)
            and (not self.overdue_only or c.overdue(model.now))
            and (self.since is None or c.occurred_at.date() >= self.since)
        )


class ComplaintsView(QDialog):
    loaded = Signal(int)
    report_opened = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Staff,
        parent: QWidget | None = None,
        departments: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsView")
        self._departments = departments or dict(DEPARTMENTS)
        self.setWindowTitle(self.tr("Complaints"))
        self.resize(900, 520)
        self._db, self._actor = db, actor
        self.model = ComplaintListModel(self)
        self.proxy = ComplaintFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = self._combo(
            "statusFilter",
            [("", self.tr("Not closed"))]
            + [(s.value, labels.complaint_status(s.value)) for s in Status],
        )
        self.category = self._combo(
            "categoryFilter",
            [("", self.tr("All categories"))]
            + [(c.value, labels.complaint_category(c.value)) for c in Category],
        )
        self.department = self._combo(
            "departmentFilter",
            [("", self.tr("All departments")), *self._departments.items()],
        )
        self.severity = self._combo(
            "severityFilter",
            [("", self.tr("All severities"))] + [(s.value, s.value) for s in ComplaintSeverity],
        )
        self.since = QDateEdit(self)
        self.since.setObjectName("sinceFilter")
        self.since.setCalendarPopup(True)
        self.since.setDate(QDate.currentDate().addMonths(-3))
        self.since.setToolTip(self.tr("Only complaints that happened on or after this day"))
        self.since.dateChanged.connect(self._filter)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("overdueFilter")
        self.status.currentIndexChanged.connect(self.reload)
        for widget in (self.category, self.department, self.severity):
            widget.currentIndexChanged.connect(self._filter)
        self.overdue.toggled.connect(self._filter)
        filters = QHBoxLayout()
        for widget in (self.status, self.category, self.department, self.severity):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("since"), self))
        filters.addWidget(self.since)
        filters.addWidget(self.overdue)
        self.summary = QLabel(self)
        self.buttons: dict[Status, QPushButton] = {}
        actions = QHBoxLayout()
        for status, text in (
            (Status.IN_PROGRESS, self.tr("&Start handling")),
            (Status.RESOLVED, self.tr("&Resolved")),
            (Status.FOLLOWED_UP, self.tr("&Follow-up call…")),
            (Status.CLOSED, self.tr("&Close")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"to_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.move(s))
            actions.addWidget(button)
            self.buttons[status] = button
        note = QPushButton(self.tr("&Note…"), self)
        note.clicked.connect(self.note)
        actions.addWidget(note)
        actions.addStretch()
        self.report_button = QPushButton(self.tr("&Monthly report…"), self)
        self.report_button.setObjectName("monthlyReport")
        self.report_button.clicked.connect(self.monthly_report)
        actions.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.reload()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in items:
            combo.addItem(text, code)
        return combo

    def reload(self) -> None:
        db, actor = self._db, self._actor
        code = self.status.currentData()
        status = Status(code) if code else None

        def load() -> tuple[list[ComplaintRecord], datetime]:
            rows = list_complaints(db, actor, status=status)
            if status is None:
                rows = [r for r in rows if r.status != Status.CLOSED]
            return rows, datetime.now()

        ServiceCall(self, load, self._show).start()

    def _show(self, loaded: tuple[list[ComplaintRecord], datetime]) -> None:
        rows, now = loaded
        self.model.set_rows(rows, now)
        self._filter()
        overdue = sum(r.overdue(now) for r in rows)
        self.summary.setText(
            self.tr("%n complaint(s)", "", len(rows)) + " · " + self.tr("%n overdue", "", overdue)
        )
        self.loaded.emit(len(rows))

    def _filter(self) -> None:
        self.proxy.set_filters(
            category=self.category.currentData() or "",
            department=self.department.currentData() or "",
            severity=self.severity.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            since=self.since.date().toPython(),
        )

    def current(self) -> ComplaintRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def move(self, target: Status) -> None:
        record = self.current()
        if record is None:
            return
        result, satisfaction = "", None
        if target == Status.FOLLOWED_UP:
            result, ok = QInputDialog.getMultiLineText(
                self, self.tr("Follow-up call"), self.tr("What did the guest say?")
            )
            if not ok:
                return
            satisfaction, ok = QInputDialog.getInt(
                self,
                self.tr("Follow-up call"),
                self.tr("Satisfaction after recovery (1–5)"),
                4,
                1,
                5,
            )
            if not ok:
                return
        db, actor = self._db, self._actor
        ServiceCall(
            self,
            lambda: change_status(
                db, actor, record.id, target, followup_result=result, satisfaction=satisfaction
            ),
            lambda _r: self.reload(),
        ).start()

    def monthly_report(self, month: str | None = None) -> None:
        """Figures and the chart by category for a month, previewed and printable."""
        if month is None:
            default = datetime.now().strftime("%Y-%m")
            month, ok = QInputDialog.getText(
                self, self.tr("Monthly report"), self.tr("Month (YYYY-MM):"), text=default
            )
            if not ok:
                return
        db, actor, title = (
            self._db,
            self._actor,
            self.tr("Complaint report %1").replace("%1", month),
        )

        def show(document: RenderedPdf) -> None:
            preview = PrintPreviewDialog(document, title, self)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_opened.emit(preview)
            preview.open()

        ServiceCall(self, lambda: rendered(render_month_report_pdf(db, actor, month)), show).start()

    def note(self) -> None:
        record = self.current()
        if record is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Note"), self.tr("Add to the history:")
        )
        if ok and text.strip():
            db, actor = self._db, self._actor
            ServiceCall(
                self, lambda: annotate(db, actor, record.id, text), lambda _r: self.reload()
            ).start()
