"""A Qt table model over guest summaries handed out by the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vipdesk.services.guests import GuestSummary

Index = QModelIndex | QPersistentModelIndex


class GuestTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GuestSummary] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Tier"),
            self.tr("Member no."),
            self.tr("Phone"),
            self.tr("Company"),
        ]

    def set_guests(self, rows: list[GuestSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def guest_at(self, row: int) -> GuestSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        guest = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                guest.name,
                guest.tier.label_zh if self._chinese() else guest.tier.value,
                guest.member_no or "",
                guest.phone,
                guest.company,
            ][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return guest.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def _chinese(self) -> bool:
        return self.tr("Tier") != "Tier"
