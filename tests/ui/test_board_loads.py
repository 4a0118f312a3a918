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


def test_after_switch_user_the_board_shows_what_the_new_person_may_see(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    """A duty manager's board named a confidential guest; a receptionist signing in after
    them must never see that name, not even until the next reload."""
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.confidential import set_confidential
    from vipdesk.services.today import day_board
    from vipdesk.ui.today_board import NAME

    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER)
    desk = make_staff(demo_db, "desk", Role.RECEPTIONIST)
    arrival = next(d for d in day_board(demo_db, manager, TODAY).arrivals if d.arrival.guest_id)
    real = arrival.arrival.name
    set_confidential(demo_db, manager, arrival.arrival.guest_id, "Ms Green")
    window = MainWindow(demo_db, manager, today=TODAY)
    qtbot.addWidget(window)
    model = window.today_home.board.model

    def names() -> list[str]:
        return [str(model.data(model.index(r, NAME))) for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: any(real in n for n in names()), timeout=10_000)
    window.switch_actor(desk)
    assert not any(real in n for n in names())  # gone at once, before any reload
    qtbot.waitUntil(lambda: any("Ms Green" in n for n in names()), timeout=10_000)
    assert not any(real in n for n in names())
