"""The Care list's Qt item models: one row per care task (CareListModel), and the proxy that
filters the rows on kind, lowest tier and assignee (CareFilter). The window is ui/care_view.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from vipdesk.domain.care import TaskKind
from vipdesk.domain.tiers import Tier
from vipdesk.services.care import CareItem, utc_to_local
from vipdesk.ui import care_labels, labels
from vipdesk.ui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
KIND, GUEST, REASON, DUE, LAST, PHONE, SCRIPT = range(7)
COLUMNS = 7
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class CareListModel(RowsModel):
    """One row per task, in the plan's order (by kind, VIP and above first)."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CareItem] = []
        self.hints: dict[TaskKind, str] = {}

    def set_rows(self, rows: list[CareItem], hints: dict[TaskKind, str]) -> None:
        self.beginResetModel()
        self._rows, self.hints = list(rows), dict(hints)
        self.endResetModel()

    def set_hint(self, kind: TaskKind, text: str) -> None:
        self.hints[kind] = text
        if self._rows:
            self.dataChanged.emit(self.index(0, SCRIPT), self.index(len(self._rows) - 1, SCRIPT))

    def item(self, row: int) -> CareItem:
        return self._rows[row]

    def remove_task(self, task_id: str) -> None:
        for row, item in enumerate(self._rows):
            if item.id == task_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
                return

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        task = item.task
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SCRIPT:
            return self.hints.get(task.kind, "")
        if role == Qt.ItemDataRole.BackgroundRole and task.overdue:
            return QBrush(QColor("#fee2e2"))
        if role == ITEM_ROLE:
            return item
        return None

    def _text(self, item: CareItem, column: int) -> str:
        task = item.task
        if column == KIND:
            return care_labels.kind(task.kind)
        if column == GUEST:
            return f"{item.name} · {labels.tier(item.tier)}"
        if column == REASON:
            return care_labels.reason(task)
        if column == DUE:
            when = task.due_iso().replace("T", " ")
            return self.tr("%1 (overdue)").replace("%1", when) if task.overdue else when
        if column == LAST:
            last = item.last_contact
            return utc_to_local(last).strftime("%Y-%m-%d") if last else "—"
        if column == PHONE:
            return item.phone or "—"
        return self.hints.get(task.kind, "")

    def titles(self) -> list[str]:
        return [
            self.tr("Task"),
            self.tr("Guest"),
            self.tr("Why"),
            self.tr("Due"),
            self.tr("Last contact"),
            self.tr("Phone"),
            self.tr("Script hint"),
        ]


class CareFilter(QSortFilterProxyModel):
    """Filters on kind, lowest tier and assignee ("mine", "duty manager")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind: TaskKind | None = None
        self.min_tier: Tier | None = None
        self.assignee = ""
        self.me = 0

    def set_filters(self, kind: TaskKind | None, min_tier: Tier | None, assignee: str) -> None:
        new_api = hasattr(self, "endFilterChange")  # Qt ≥ 6.10
        if new_api:
            self.beginFilterChange()
        self.kind, self.min_tier, self.assignee = kind, min_tier, assignee
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CareListModel)
        item = model.item(source_row)
        task = item.task
        if self.kind is not None and task.kind is not self.kind:
            return False
        if self.min_tier is not None and item.tier.rank < self.min_tier.rank:
            return False
        if self.assignee == "mine":
            return task.assignee == self.me
        if self.assignee == "manager":
            return task.for_manager
        return True
