"""The Today board loads once at a time, and never while the guest at the counter is searched.

At a million guests a board load takes seconds; typing while the first load was in flight
started one load per keystroke, every pool thread ran the board, and each keystroke's
search waited seconds behind them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.ui.main_window import MainWindow

from .conftest import TODAY


def _type(window: MainWindow, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                window.search_box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def test_typing_while_the_board_loads_starts_no_more_loads(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db, actor, today=TODAY)
    qtbot.addWidget(window)
    home = window.today_home
    assert home.loads_started == 1  # the board under the empty search box
    _type(window, "zhuge")  # before the first load came back
    window.search_box.clear()
    _type(window, "wang")
    assert home.loads_started == 1
    qtbot.waitUntil(lambda: home.board.model.board is not None, timeout=10_000)
    # Coming back to the empty search box shows the day as it is now: one more load.
    window.search_box.clear()
    qtbot.waitUntil(lambda: home.loads_started == 2, timeout=10_000)
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)


def test_searches_do_not_wait_behind_slow_work(qapp) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.operations import pool

    assert pool().maxThreadCount() >= 4  # Qt's default on these 2-core PCs is 2
