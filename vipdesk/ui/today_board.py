"""The Today board: the counter screen's home while the search box is empty.

A day's arrivals (highest tier first, then ETA), the guests in house and the departures,
each line with what the desk must know before the guest says a word. A date picker
prepares tomorrow. Keyboard: Down or Ctrl+T from the empty search box comes here; Ctrl+1/2/3
switch arrivals / in house / departures; Enter opens the profile; Ctrl+P prints the
registration cards and guest cards of the selected arrivals (every VIP and above is
selected when the day loads) in one job; Esc or Ctrl+F goes back to the search box.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.care import Stage
from vipdesk.domain.pronunciation import addressed
from vipdesk.domain.tiers import Tier
from vipdesk.services.today import ArrivalDetails, DayBoard, StayLine
from vipdesk.ui import care_labels, labels, stay_labels
from vipdesk.ui.search_model import TIER_COLOURS

Index = QModelIndex | QPersistentModelIndex
NAME, TIER, STAY, REQUESTS, ALERTS = range(5)
ARRIVALS, IN_HOUSE, DEPARTURES = range(3)
RED, GREY, AMBER = "#b91c1c", "#6b7280", "#b45309"
FOCUS_COLOUR = "#f59e0b"  # the row the keyboard is on: amber, apart from the selection


class TodayBoardModel(QAbstractTableModel):
    """One section of a DayBoard (arrivals, in house or departures) as table rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._board: DayBoard | None = None
        self._section = ARRIVALS
        self._rows: tuple[Any, ...] = ()

    # ---- contents ----------------------------------------------------------------------

    def set_board(self, board: DayBoard | None) -> None:
        self.beginResetModel()
        self._board = board
        self._rows = self._section_rows()
        self.endResetModel()

    def set_section(self, section: int) -> None:
        self.beginResetModel()
        self._section = section
        self._rows = self._section_rows()
        self.endResetModel()

    @property
    def section(self) -> int:
        return self._section

    @property
    def board(self) -> DayBoard | None:
        return self._board

    def _section_rows(self) -> tuple[Any, ...]:
        b = self._board
        if b is None:
            return ()
        return (b.arrivals, b.in_house, b.departures)[self._section]

    def line(self, row: int) -> ArrivalDetails | StayLine:
        return self._rows[row]  # type: ignore[no-any-return]

    def guest_id(self, row: int) -> int | None:
        item = self._rows[row]
        return item.arrival.guest_id if isinstance(item, ArrivalDetails) else item.guest_id

    # ---- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Guest"),
            self.tr("Tier"),
            self.tr("Stay"),
            self.tr("Requests"),
            self.tr("Take care"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if isinstance(item, ArrivalDetails):
                return self._arrival_text(item, column)
            return self._stay_text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, column)
        if role == Qt.ItemDataRole.FontRole and column in (NAME, TIER):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return self.guest_id(index.row())
        return None

    def _tier(self, item: ArrivalDetails | StayLine) -> Tier | None:
        return item.arrival.tier if isinstance(item, ArrivalDetails) else item.tier

    def _colour(self, item: ArrivalDetails | StayLine, column: int) -> QBrush | None:
        tier = self._tier(item)
        if column == TIER:
            return QBrush(QColor(TIER_COLOURS[tier.value] if tier else RED))
        if (
            column == ALERTS
            and isinstance(item, ArrivalDetails)
            and (item.taboos or not item.arrival.matched or item.open_complaints or item.caution)
        ):
            return QBrush(QColor(RED))
        if column == ALERTS and item.care_stage is Stage.C:
            return QBrush(QColor(AMBER))  # the profile's colour for the 2nd stay
        return None

    def _arrival_text(self, d: ArrivalDetails, column: int) -> str:
        a, s = d.arrival, d.stay
        if column == NAME:
            name = addressed(labels.guest_name(a.name, a.guest_id), d.honorific)
            return f"{name} · {d.pronunciation}" if d.pronunciation else name
        if column == TIER:
            if a.tier is None:
                text = self.tr("Not matched")
                return f"{text} · {s.pms_vip}" if s.pms_vip else text
            label = labels.tier(a.tier)
            return f"{label} · PMS {s.pms_vip}" if d.pms_vip_differs else label
        if column == STAY:
            parts = [s.room or "—"]
            if s.eta:
                parts.append(s.eta)
            parts.append(stay_labels.nights(s.nights))
            if a.stay_number:
                parts.append(stay_labels.which_stay(a.stay_number))
            return " · ".join(parts)
        if column == REQUESTS:
            return " ".join(s.requests.split())
        alerts = []
        if d.caution_reason:  # first: a duty manager reads why
            alerts.append("⛔ " + self.tr("caution: %1").replace("%1", d.caution_reason))
        elif d.caution:  # the desk asks the duty manager before anything else
            alerts.append("⛔ " + self.tr("caution: ask the duty manager"))
        if not a.matched:
            alerts.append(self.tr("not matched to a guest yet"))
        if d.taboos:
            allergy = any(t.allergy for t in d.taboos)
            what = self.tr("allergy") if allergy else self.tr("taboo")
            alerts.append(f"⚠ {what}: " + "; ".join(t.text for t in d.taboos))
        if d.care_stage is Stage.C:
            alerts.append(care_labels.second_stay_alert())
        for x in d.dates_in_stay:
            alerts.append("★ " + stay_labels.date_in_stay(x.kind, x.label, x.day, s.arrival))
        if d.open_complaints:
            alerts.append(self.tr("open complaint"))
        return "  ".join(alerts)

    def _stay_text(self, line: StayLine, column: int) -> str:
        s = line.stay
        if column == NAME:
            return addressed(labels.guest_name(line.name, line.guest_id), line.honorific)
        if column == TIER:
            return labels.tier(line.tier) if line.tier else self.tr("Not matched")
        if column == STAY:
            until = self.tr("until %1").replace("%1", f"{s.departure:%m-%d}")
            parts = [f"{s.room or '—'} · {until}"]
            for more in line.also_booked:  # a booking from today of a guest who is here
                parts.append(
                    self.tr("also booked: %1 until %2")
                    .replace("%1", more.room or "—")
                    .replace("%2", f"{more.departure:%m-%d}")
                )
            return " · ".join(parts)
        if column == REQUESTS:
            return " ".join(s.requests.split())
        return care_labels.second_stay_alert() if line.care_stage is Stage.C else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))


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
