"""The Today board: the counter screen's home while the search box is empty.

A day's arrivals (highest tier first, then ETA), the guests in house and the departures,
each line with what the desk must know before the guest says a word. A date picker
prepares tomorrow. Keyboard: Down or Ctrl+T from the empty search box comes here; Ctrl+1/2/3
switch arrivals / in house / departures; Enter opens the profile; Ctrl+P prints the
registration cards and guest cards of the selected arrivals (every VIP and above is
selected when the day loads) in one job; Esc or Ctrl+F goes back to the search box.

This module is the widget; the rows are today_board_model, the table view board_table.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.tiers import Tier
from vipdesk.services.today import ArrivalDetails, DayBoard
from vipdesk.ui.board_table import FOCUS_COLOUR, BoardTable
from vipdesk.ui.today_board_model import (
    ALERTS,
    ARRIVALS,
    DEPARTURES,
    GREY,
    IN_HOUSE,
    NAME,
    REQUESTS,
    STAY,
    TIER,
    TodayBoardModel,
)

__all__ = [  # what callers have always imported from here
    "ALERTS",
    "ARRIVALS",
    "DEPARTURES",
    "FOCUS_COLOUR",
    "IN_HOUSE",
    "NAME",
    "REQUESTS",
    "STAY",
    "TIER",
    "BoardTable",
    "TodayBoard",
    "TodayBoardModel",
]


class TodayBoard(QWidget):
    """The board widget. It only shows what it is given (`show_board`); the window loads."""

    day_requested = Signal(object)  # a date: load this day's board
    open_guest = Signal(int)
    print_requested = Signal(object, list)  # the day, confirmation numbers of the arrivals
    search_requested = Signal()

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayBoard")
        self._today = today or date.today()

        self.day = QDateEdit(self)
        self.day.setObjectName("boardDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(self._today.year, self._today.month, self._today.day))
        self.day.dateChanged.connect(lambda _d: self.day_requested.emit(self.chosen_day()))
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("boardToday")
        self.today_button.clicked.connect(self.go_today)
        self.tomorrow_button = QPushButton(self)
        self.tomorrow_button.setObjectName("boardTomorrow")
        self.tomorrow_button.clicked.connect(lambda: self.set_day(self._today.toordinal() + 1))
        self.counts = QLabel(self)
        self.counts.setObjectName("boardCounts")
        self.counts.setStyleSheet("font-size: 12pt; font-weight: bold;")

        self.sections = QTabBar(self)
        self.sections.setObjectName("boardSections")
        for _ in range(3):
            self.sections.addTab("")
        self.sections.currentChanged.connect(self._section_changed)

        self.model = TodayBoardModel(self)
        self.table = BoardTable(self.model, self)
        self.table.setObjectName("boardTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # At 1366×768 the board is ~880 px wide: a long line wraps (the row grows) rather
        # than being cut to "Ta…"; the tier, short, takes the width it needs.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TIER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ALERTS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 220), (STAY, 190), (REQUESTS, 140)):
            header.resizeSection(column, width)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.installEventFilter(self)

        self.hint = QLabel(self)
        self.hint.setObjectName("boardHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {GREY};")

        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addWidget(self.today_button)
        top.addWidget(self.tomorrow_button)
        top.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.counts)
        column.addWidget(self.sections)
        column.addWidget(self.table, 1)
        column.addWidget(self.hint)
        self.retranslate()

    # ---- day -------------------------------------------------------------------------

    def chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def set_day(self, ordinal: int) -> None:
        d = date.fromordinal(ordinal)
        self.day.setDate(QDate(d.year, d.month, d.day))

    def go_today(self) -> None:
        self.set_day(self._today.toordinal())

    def show_board(self, board: DayBoard) -> None:
        """Show a loaded board (a board for another day than the chosen one is dropped)."""
        if board.day != self.chosen_day():
            return
        self.model.set_board(board)
        self._select_vips()
        self._update_counts()

    def _section_changed(self, section: int) -> None:
        self.model.set_section(section)
        if section == ARRIVALS:
            self._select_vips()
        elif self.model.rowCount():
            self.table.selectRow(0)

    def _select_vips(self) -> None:
        """The default selection: every arrival of VIP and above (what gets printed)."""
        if self.model.section != ARRIVALS:
            return
        selection = QItemSelection()
        for row in range(self.model.rowCount()):
            item = self.model.line(row)
            tier = item.arrival.tier if isinstance(item, ArrivalDetails) else None
            if tier is not None and tier.rank >= Tier.VIP.rank:
                selection.select(self.model.index(row, 0), self.model.index(row, 4))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().select(selection, flags)
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def selected_arrivals(self) -> list[str]:
        """Confirmation numbers of the selected arrivals, in board order."""
        if self.model.section != ARRIVALS:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for row in rows:
            item = self.model.line(row)
            if isinstance(item, ArrivalDetails):
                out.append(item.arrival.reservation.confirmation_no)
        return out

    def _update_counts(self) -> None:
        b = self.model.board
        if b is None:
            self.counts.setText(self.tr("Loading…"))
            return
        self.counts.setText(  # each count with its own plural (%n): "1 arrival"
            " · ".join(
                (
                    self.tr("%n arrival(s)", "", len(b.arrivals)),
                    self.tr("%n VIP and above", "", b.vip_arrivals),
                    self.tr("%n not matched", "", b.unmatched),
                    self.tr("%n birthday(s)", "", b.birthdays),
                )
            )
        )
        titles = (
            self.tr("Arrivals (%1)").replace("%1", str(len(b.arrivals))),
            self.tr("In house (%1)").replace("%1", str(len(b.in_house))),
            self.tr("Departures (%1)").replace("%1", str(len(b.departures))),
        )
        for i, title in enumerate(titles):
            self.sections.setTabText(i, title)

    # ---- keyboard --------------------------------------------------------------------

    def focus_board(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _is_print(self, event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Print) or (
            event.key() == Qt.Key.Key_P
            and event.modifiers()
            == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent):
            # The window's Print keys would print the search selection: here they print
            # the selected arrivals (ShortcutOverride keeps the key for the board).
            if event.type() == QEvent.Type.ShortcutOverride and self._is_print(event):
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                sections = {
                    Qt.Key.Key_1: ARRIVALS,
                    Qt.Key.Key_2: IN_HOUSE,
                    Qt.Key.Key_3: DEPARTURES,
                }
                if (
                    event.modifiers() == Qt.KeyboardModifier.ControlModifier
                    and event.key() in sections
                ):
                    self.sections.setCurrentIndex(sections[Qt.Key(event.key())])
                    return True
                if self._is_print(event):
                    self.request_print()
                    return True
                if event.key() == Qt.Key.Key_Escape:
                    self.search_requested.emit()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._open(self.table.currentIndex().row())
                    return True
                if event.key() == Qt.Key.Key_Space:  # toggle the current row's selection
                    index = self.table.currentIndex()
                    if index.isValid():
                        self.table.selectionModel().select(
                            index,
                            QItemSelectionModel.SelectionFlag.Toggle
                            | QItemSelectionModel.SelectionFlag.Rows,
                        )
                    return True
        return super().eventFilter(watched, event)

    def request_print(self) -> None:
        self.print_requested.emit(self.chosen_day(), self.selected_arrivals())

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            guest_id = self.model.guest_id(row)
            if guest_id is not None:
                self.open_guest.emit(guest_id)

    # ---- text ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("&Today"))
        self.tomorrow_button.setText(self.tr("To&morrow"))
        self.day.setAccessibleName(self.tr("Day shown on the board"))
        self.table.setAccessibleName(self.tr("Today's guests"))
        self.sections.setAccessibleName(self.tr("Arrivals, in house, departures"))
        self.hint.setText(
            self.tr(
                "Enter opens the profile · Space selects · Ctrl+P prints the registration "
                "and guest cards of the selected arrivals · Ctrl+1/2/3 arrivals, in house, "
                "departures · Esc back to the search box"
            )
        )
        self.model.retranslate()
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
