"""Editable lists inside the guest dialog (preferences, taboos, special dates) as Qt models."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

CHOSEN_BY_DEFAULT = Qt.ItemDataRole.UserRole + 1
"""On a choice cell of a new row until someone picks its value by hand."""


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (code, label) choices; the model keeps the code."""

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]
        combo = QComboBox(parent)
        for code, label in self.choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):  # type: ignore[no-untyped-def]
        code = index.data(Qt.ItemDataRole.UserRole)
        editor.setCurrentIndex(max(0, editor.findData(code)))

    def setModelData(self, editor, model, index):  # type: ignore[no-untyped-def]
        # Read the choice first and store the code first: every setData tells the view,
        # which refreshes the open editor from the model. Marking the cell "chosen by hand"
        # first reset the editor to the old code, so a new row's "Allergy" was stored as
        # "Taboo" (the trial's allergy saved as a taboo).
        code, label = editor.currentData(), editor.currentText()
        model.setData(index, code, Qt.ItemDataRole.UserRole)
        model.setData(index, label, Qt.ItemDataRole.DisplayRole)
        model.setData(index, False, CHOSEN_BY_DEFAULT)  # chosen by hand: kept as chosen


class EditableList(QWidget):
    """A table of rows with Add/Remove buttons; choice columns show labels, keep codes."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        headers: list[str],
        choices: dict[int, list[tuple[str, str]]],
        parent: QWidget | None = None,
        defaults: dict[int, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.choices = choices
        self.defaults = defaults or {}  # a new row's choice per column (else the first)
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.view = QTableView(self)
        self.view.setObjectName(f"{name}View")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between cells
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        header = self.view.horizontalHeader()
        for column, options in choices.items():
            self.view.setItemDelegateForColumn(column, ChoiceDelegate(options, self.view))
            # As wide as the longest choice (and its combo's arrow), whatever the rows hold now.
            widest = max(header.fontMetrics().horizontalAdvance(label) for _code, label in options)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widest + 40)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"{name}Remove")
        self.view.installEventFilter(self)  # Delete removes the current row
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setMinimumHeight(120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)

    def set_button_texts(self, add: str, remove: str) -> None:
        self.add_button.setText(add)
        self.remove_button.setText(remove)

    def add_row(self, values: list[str] | None = None) -> None:
        new = values is None
        values = values or [
            self.defaults.get(c, self.choices[c][0][0]) if c in self.choices else ""
            for c in range(self.model.columnCount())
        ]
        items = []
        for column, value in enumerate(values):
            item = QStandardItem()
            if column in self.choices:
                labels = dict(self.choices[column])
                item.setData(value, Qt.ItemDataRole.UserRole)
                item.setData(new, CHOSEN_BY_DEFAULT)
                item.setText(labels.get(value, value))
            else:
                item.setText(value)
            items.append(item)
        self.model.appendRow(items)
        # The keyboard lands on the row's first text cell (the taboo, the date): typing
        # goes there, not into the Kind list, which keeps its default until chosen.
        text_column = next((c for c in range(self.model.columnCount()) if c not in self.choices), 0)
        self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, text_column))
        if new:  # typing goes into the row just added, never into another list
            self.view.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRow(row)
            self.changed.emit()

    def set_choice(self, row: int, column: int, code: str) -> None:
        """Set a choice cell (code and label) without counting it as chosen by hand."""
        item = self.model.item(row, column)
        item.setData(code, Qt.ItemDataRole.UserRole)
        item.setText(dict(self.choices[column]).get(code, code))

    def chosen_by_default(self, row: int, column: int) -> bool:
        return bool(self.model.item(row, column).data(CHOSEN_BY_DEFAULT))

    def rows(self) -> list[list[str]]:
        out = []
        for row in range(self.model.rowCount()):
            values = []
            for column in range(self.model.columnCount()):
                index: QModelIndex = self.model.index(row, column)
                if column in self.choices:
                    values.append(str(index.data(Qt.ItemDataRole.UserRole) or ""))
                else:
                    values.append(str(index.data() or "").strip())
            out.append(values)
        return out

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
