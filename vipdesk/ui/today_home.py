"""Wires the Today board into the counter screen: shown while the search box is empty.

Down (or PageDown) in the empty search box, or Ctrl+T anywhere, moves to the board; Esc
or Ctrl+F goes back. The board is loaded off the UI thread each time it comes back into
view and when the day changes; Ctrl+P on it prints the selected arrivals' registration
cards and guest cards in one job through the window's preview.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget

from vipdesk.services.errors import ServerUnreachable
from vipdesk.services.today import DayBoard, day_board
from vipdesk.ui.operations import ServiceCall, changes, show_error
from vipdesk.ui.printing import render_arrival_documents
from vipdesk.ui.today_board import TodayBoard

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from vipdesk.ui.main_window import MainWindow

RESULTS, BOARD = range(2)


class TodayHome(QObject):
    def __init__(self, window: MainWindow, stack: QStackedWidget, board: TodayBoard) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self.board = board
        board.day_requested.connect(self.load)
        board.open_guest.connect(window.open_guest)
        board.search_requested.connect(window.focus_search)
        board.print_requested.connect(self.print_arrivals)
        window.search_box.textChanged.connect(self._text_changed)
        window.search_box.installEventFilter(self)
        self.shortcut = QShortcut(QKeySequence("Ctrl+T"), window)
        self.shortcut.setObjectName("todayBoardShortcut")
        self.shortcut.activated.connect(self.show_board)
        changes().changed.connect(self._stored_elsewhere)
        window.actor_changed.connect(self._someone_else)
        self.loads_started = 0
        self.loading = False  # one load at a time: at a million guests one takes seconds
        self._pending: date | None = None  # asked for while one ran: loaded after it
        self._discard_running = False
        self._text_changed(window.search_box.text())

    def _stored_elsewhere(self, _kind: str, _ident: int) -> None:
        """A guest, stay or complaint was saved: the board shows the day as it is now."""
        if self.board.model.board is not None:
            self.load()

    def _someone_else(self, _staff: object) -> None:
        """Another person signed in: what the board showed was read with the last one's
        rights (a confidential guest's real name): gone at once, then read again as them."""
        self.board.model.set_board(None)
        self._pending = None
        if self.loading:
            self._pending = self.board.chosen_day()  # the running load is the last person's
            self._discard_running = True
        else:
            self.load()

    def load(self, day: date | None = None) -> None:
        """Load the board for `day` (the chosen one); while a load runs, once after it."""
        wanted = day or self.board.chosen_day()
        if self.loading:
            self._pending = wanted
            return
        db, actor = self._window.database, self._window.actor
        self.loading = True
        self.loads_started += 1
        ServiceCall(self.board, lambda: day_board(db, actor, wanted), self._loaded).failed(
            self._load_failed
        ).start()

    def _loaded(self, board: DayBoard) -> None:
        self.loading = False
        pending, self._pending = self._pending, None
        if self._discard_running:  # read as the person before: never shown
            self._discard_running = False
            self.load(pending)
            return
        if pending is not None and pending != board.day:
            self.load(pending)  # the day changed meanwhile: this board is stale
            return
        self.board.show_board(board)
        if pending is not None:
            self.load(pending)  # something was stored meanwhile: the day as it is now

    def _load_failed(self, exc: BaseException) -> None:
        self.loading, self._pending, self._discard_running = False, None, False
        if isinstance(exc, ServerUnreachable):
            # The banner says so and the board reloads when the server is back: no box.
            log.info("the board could not be read: server unreachable")
            return
        show_error(self._window, exc)

    def _text_changed(self, text: str) -> None:
        came_back = not text.strip() and self._stack.currentIndex() != BOARD
        self._stack.setCurrentIndex(RESULTS if text.strip() else BOARD)
        if came_back or (self.board.model.board is None and not self.loading):
            self.load()

    def show_board(self) -> None:
        if self._window.search_box.text():
            self._window.search_box.clear()
        self.board.focus_board()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not self._window.search_box.text().strip()
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        ):
            self.board.focus_board()
            return True
        return super().eventFilter(watched, event)

    def print_arrivals(self, day: date, confirmations: list[str]) -> None:
        window = self._window
        if not confirmations:
            window.statusBar().showMessage(
                self.tr("Select the arrivals to print first (Space selects)."), 4000
            )
            return
        db, actor = window.database, window.actor
        title = self.tr("Registration and guest cards of %n arrival(s)", "", len(confirmations))
        ServiceCall(
            window,
            lambda: render_arrival_documents(db, actor, day, confirmations),
            lambda pdf: window.dialogs.preview(pdf, title),  # the window's one preview path
        ).start()
