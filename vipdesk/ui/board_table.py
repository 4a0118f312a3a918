"""The Today board's table view: the arrow keys and Space for choosing which arrivals to
print, Home/End by guest, and an outline on the row the keyboard is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from vipdesk.ui.today_board_model import ARRIVALS, Index, TodayBoardModel

FOCUS_COLOUR = "#f59e0b"  # the row the keyboard is on: amber, apart from the selection


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than their text: Qt elides a wrapped line when the next one,
    taken as tall as it, would not fit, and a line of Chinese (fallback font) is taller
    than one of Latin letters."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 2)


class BoardTable(QTableView):
    """The board's table. On the arrivals the selection is what gets printed (every VIP
    and above when the day loads): the arrow keys move the current row without touching
    it, and Space toggles. The current row is outlined while the table has the keyboard."""

    def __init__(self, model: TodayBoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._board_model = model
        self.setModel(model)
        self.setItemDelegate(_RoomyRows(self))

    def selectionCommand(
        self, index: Index, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._board_model.section == ARRIVALS
        ):
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last guest (a row is one guest, not a cell)."""
        rows = self.model().rowCount()
        if rows and action == QAbstractItemView.CursorAction.MoveHome:
            return self.model().index(0, 0)
        if rows and action == QAbstractItemView.CursorAction.MoveEnd:
            return self.model().index(rows - 1, 0)
        return super().moveCursor(action, modifiers)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        current = self.currentIndex()
        if not (self.hasFocus() and current.isValid()):
            return
        first = self.visualRect(self.model().index(current.row(), 0))
        last = self.visualRect(self.model().index(current.row(), self.model().columnCount() - 1))
        painter = QPainter(self.viewport())
        pen = QPen(QColor(FOCUS_COLOUR))
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawRect(first.united(last).adjusted(1, 1, -2, -2))
        painter.end()

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        self.viewport().update()  # the outline leaves the old row

    def focusInEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.viewport().update()

    def focusOutEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.viewport().update()
