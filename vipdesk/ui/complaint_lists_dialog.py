"""The hotel's departments and complaint categories, edited by a duty manager."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.complaints import ComplaintCodes
from vipdesk.domain.staff import Staff, is_manager
from vipdesk.services.complaint_codes import set_complaint_codes
from vipdesk.services.database import Database
from vipdesk.services.errors import ValidationFailed
from vipdesk.ui.labels import field_error_text
from vipdesk.ui.operations import ServiceCall, show_error


class CodeTable(QWidget):
    """Rows of code + label, with Add and Remove (Insert / Delete keys)."""

    def __init__(self, table: dict[str, str], editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QTableWidget(0, 2, self)
        self.grid.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Label")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().hide()
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for code, label in table.items():
            self._append(code, label)
        add = QPushButton(self.tr("&Add"), self)
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("&Remove"), self)
        remove.clicked.connect(self.remove_row)
        if not editable:
            self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            add.setEnabled(False)
            remove.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)

    def _append(self, code: str, label: str) -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.grid.setItem(row, 0, QTableWidgetItem(code))
        self.grid.setItem(row, 1, QTableWidgetItem(label))
        return row

    def add_row(self) -> None:
        row = self._append("", "")
        self.grid.setCurrentCell(row, 0)
        self.grid.editItem(self.grid.item(row, 0))

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.grid.rowCount()):
            code, label = (
                (self.grid.item(row, col).text() if self.grid.item(row, col) else "").strip()
                for col in (0, 1)
            )
            if code or label:
                out.append((code, label))
        return out


class ComplaintListsDialog(QDialog):
    """Departments and categories on two tabs; both are saved together, or neither."""

    saved = Signal(object)

    def __init__(
        self, db: Database, actor: Staff, codes: ComplaintCodes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintListsDialog")
        self.setWindowTitle(self.tr("Departments and categories"))
        self._db, self._actor = db, actor
        editable = is_manager(actor.role)
        self.departments = CodeTable(codes.departments, editable, self)
        self.categories = CodeTable(codes.categories, editable, self)
        tabs = QTabWidget(self)
        tabs.addTab(self.departments, self.tr("&Departments"))
        tabs.addTab(self.categories, self.tr("C&ategories"))
        note = QLabel(
            self.tr(
                "Codes are short lower-case words (letters, digits, _); complaints keep "
                "the code they were filed under."
            )
            if editable
            else self.tr("Only a duty manager can change these lists.")
        )
        note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("listsError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(editable)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def _table(self, rows: list[tuple[str, str]], what: str) -> dict[str, str]:
        table: dict[str, str] = {}
        for code, label in rows:
            if code in table:
                raise _RepeatedCode(
                    self.tr("%1: the code %2 is listed twice")
                    .replace("%1", what)
                    .replace("%2", code)
                )
            table[code] = label
        return table

    def save(self) -> None:
        try:
            codes = ComplaintCodes(
                departments=self._table(self.departments.rows(), self.tr("Departments")),
                categories=self._table(self.categories.rows(), self.tr("Categories")),
            )
        except _RepeatedCode as repeated:
            self._show_error(repeated.text)
            return
        db, actor = self._db, self._actor
        self.save_button.setEnabled(False)
        ServiceCall(
            self, lambda: set_complaint_codes(db, actor, codes), lambda _r: self._done(codes)
        ).failed(self._failed).start()

    def _done(self, codes: ComplaintCodes) -> None:
        self.saved.emit(codes)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._show_error("\n".join(field_error_text(e) for e in exc.errors))
        else:
            show_error(self, exc)


class _RepeatedCode(Exception):
    """A code listed twice in one table, told (already translated) before anything is sent."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text
