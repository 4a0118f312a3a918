"""The complaint list's Qt models: the rows, and the filters the duty manager sets."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from vipdesk.domain.complaints import ComplaintCodes
from vipdesk.services.complaints import ComplaintRecord
from vipdesk.ui import labels
from vipdesk.ui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


class ComplaintListModel(RowsModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None, codes: ComplaintCodes | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintRecord] = []
        self.now = datetime.now()
        self.codes = codes or ComplaintCodes()

    def set_rows(self, rows: list[ComplaintRecord], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self.now = list(rows), now
        self.endResetModel()

    def record(self, row: int) -> ComplaintRecord:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                c.feedback_due.strftime("%m-%d %H:%M"),
                labels.complaint_status(c.status.value),
                labels.complaint_category(c.category, self.codes.categories),
                labels.complaint_severity(c.severity.value),
                labels.department(c.department, self.codes.departments),
                labels.guest_name(c.guest_name, c.guest_id),
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and c.overdue(self.now):
            return QBrush(QColor("#fee2e2"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.description
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def titles(self) -> list[str]:
        return [
            self.tr("Feedback due"),
            self.tr("Status"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Department"),
            self.tr("Guest"),
        ]


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
        self.beginFilterChange()
        self.category, self.department, self.severity = category, department, severity
        self.overdue_only = overdue_only
        self.since = since
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ComplaintListModel)
        c = model.record(source_row)
        return (
            (not self.category or c.category == self.category)
            and (not self.department or c.department == self.department)
            and (not self.severity or c.severity.value == self.severity)
            and (not self.overdue_only or c.overdue(model.now))
            and (self.since is None or c.occurred_at.date() >= self.since)
        )
