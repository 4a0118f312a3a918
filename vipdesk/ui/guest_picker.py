"""Finding the guest a form is about, by typing as at the counter (used for walk-ins)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.services.search import SearchHit
from vipdesk.ui import labels
from vipdesk.ui.search_model import GuestSearch


def describe(hit: SearchHit) -> str:
    """One line that tells namesakes apart: tier, name, member no., phone tail, last stay."""
    parts = [labels.tier(hit.tier), hit.name]
    if hit.member_no:
        parts.append(hit.member_no)
    if hit.phone_tail:
        parts.append(f"…{hit.phone_tail}")
    if hit.in_house:
        parts.append(QCoreApplication.translate("GuestPicker", "in house"))
    elif hit.last_stay:
        parts.append(hit.last_stay.isoformat())
    return " · ".join(parts)


class GuestPicker(QWidget):
    """A search box with its results underneath; Enter or a click picks the guest."""

    picked = Signal(int, str)
    new_guest_requested = Signal()

    def __init__(
        self, run: Callable[[str], list[SearchHit]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guestPicker")
        self.box = QLineEdit(self)
        self.box.setObjectName("guestSearch")
        self.box.setPlaceholderText(self.tr("Name, pinyin, initials, phone digits, member no."))
        self.box.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New &guest…"), self)
        self.new_button.setObjectName("newGuestButton")
        self.new_button.clicked.connect(self.new_guest_requested)
        self.results = QListWidget(self)
        self.results.setObjectName("guestResults")
        self.results.setMaximumHeight(130)
        self.results.hide()
        self.chosen = QLabel(self)
        self.chosen.setObjectName("chosenGuest")
        self.chosen.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        self.searcher = GuestSearch(run, self)
        self.searcher.results_ready.connect(self._show)
        self.guest_id: int | None = None
        self.box.textEdited.connect(self._edited)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.setFocusProxy(self.box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down move through the results while the cursor stays in the search box.
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.isVisible():
                self._pick_current()  # picks; it must not also press the dialog's Save
                return True
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(key)
            if step and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _edited(self, text: str) -> None:
        if self.guest_id is not None:  # typing again: the chosen guest no longer holds
            self.guest_id = None
            self.chosen.hide()
            self.picked.emit(0, "")
        self.searcher.request(text)

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(describe(hit), self.results)
            item.setData(Qt.ItemDataRole.UserRole, (hit.id, hit.name))
        if not hits and text.strip():
            self.results.addItem(self.tr("No guest found: use New guest… (Alt+G)"))
        else:
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(text.strip()))

    def _pick_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.set_guest(*data)

    def set_guest(self, guest_id: int, name: str) -> None:
        self.guest_id = guest_id
        self.results.hide()
        self.box.setText(name)
        self.chosen.setText("✓ " + self.tr("Complaint by %1").replace("%1", name))
        self.chosen.show()
        self.picked.emit(guest_id, name)
