"""The counter screen records a view when a profile is shown, not per keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests import sql
from vipdesk.services.database import Database
from vipdesk.ui.main_window import MainWindow

from .test_counter_screen import open_with_enter, type_and_wait


def _views(db: Database) -> list[int]:
    rows = sql.fetchall(
        db, "SELECT entity_id FROM audit_log WHERE action = 'view_guest' ORDER BY id"
    )
    return [r[0] for r in rows]


def test_typing_a_name_records_one_view_of_the_guest_shown(
    qtbot, window: MainWindow, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    assert _views(demo_db) == []
    with qtbot.waitSignal(window.profile_shown, timeout=10_000) as shown:
        type_and_wait(qtbot, window, "zhuge")  # every keystroke searches
    assert _views(demo_db) == [shown.args[0]]
    open_with_enter(qtbot, window)  # the same guest again: already recorded
    assert _views(demo_db) == [shown.args[0]]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    open_with_enter(qtbot, window)
    assert _views(demo_db) == [shown.args[0], window.current_guest_id()]
