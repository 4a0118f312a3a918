"""Counter actions act on the profile on screen, or on none; shortcuts win in the search box."""

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import ServiceCall

from .test_counter_screen import open_with_enter, type_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier


def opened_dialogs(window: MainWindow) -> list[object]:
    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    return opened


def close_all(opened: list[object]) -> None:
    for d in opened:
        if not shiboken6.isValid(d):
            continue
        if isinstance(d, GuestDialog):
            d.form.mark_clean()
        if isinstance(d, ComplaintDialog):
            d.discard_changes()
        d.close()  # type: ignore[attr-defined]


def test_after_clearing_the_search_ctrl_k_logs_a_walk_in_complaint(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    assert "歐陽娜娜" in window.profile.name.text()
    for _ in "oynn":
        qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and not window.searcher._busy)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.profile.name.text() == "No guest selected"
    opened = opened_dialogs(window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    (dialog,) = opened
    assert isinstance(dialog, ComplaintDialog)
    assert dialog.windowTitle() == "Log a complaint" and dialog.picker is not None
    close_all(opened)
    # Nothing on screen: no guest to edit, no card to print.
    assert not window.edit_action.isEnabled()
    qtbot.keyClick(window.search_box, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window.search_box, Qt.Key.Key_P, CTRL)
    assert opened == [dialog]
    assert window.selected_ids() == []


def test_a_changed_highlight_takes_the_old_profile_off_screen_at_once(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert type_and_wait(qtbot, window, "zhuge") >= 3
    open_with_enter(qtbot, window)
    first = window.model.hit(0)
    assert first.name in window.profile.name.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    # At once: the old guest is gone before the next one is loaded.
    assert window.profile.name.text() == "No guest selected"
    assert window.current_guest_id() is None
    second = window.model.hit(1)
    # The highlight rests: the new profile opens by itself.
    qtbot.waitUntil(lambda: window.current_guest_id() == second.id, timeout=5000)
    assert second.name in window.profile.name.text()


def test_typing_on_clears_the_profile_and_escape_clears_the_search_box(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.profile.name.text() == "No guest selected"
    assert window.current_guest_id() is None
    assert QApplication.focusWidget() is window.search_box


def test_a_profile_loaded_after_the_search_changed_is_not_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "oynn")
    window.open_current()  # the load runs off the UI thread ...
    window.search_box.clear()  # ... while the receptionist clears the search
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and not window.searcher._busy)
    qtbot.waitUntil(lambda: not ServiceCall._running, timeout=10_000)
    assert window.current_guest_id() is None
    assert window.profile.name.text() == "No guest selected"


def test_ctrl_e_and_ctrl_k_win_in_the_search_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    window.search_box.setFocus()
    window.search_box.setCursorPosition(0)
    opened = opened_dialogs(window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_E, CTRL)
    assert len(opened) == 1 and isinstance(opened[0], GuestDialog)
    close_all(opened)
    window.search_box.setFocus()
    window.search_box.setCursorPosition(0)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert isinstance(opened[1], ComplaintDialog)
    assert "歐陽娜娜" in opened[1].windowTitle()
    assert window.search_box.text() == "oynn"  # not "deleted to the end of the line"
    close_all(opened)


def test_every_counter_shortcut_wins_in_the_search_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search_box.setFocus()
    fired: list[str] = []
    for action in window.counter_actions():
        name = action.objectName()
        action.triggered.disconnect()
        action.setEnabled(True)
        action.triggered.connect(lambda *_a, name=name: fired.append(name))
        for sequence in action.shortcuts():
            combo = sequence[0]
            fired.clear()
            qtbot.keyClick(window.search_box, combo.key(), combo.keyboardModifiers())
            assert fired == [name], sequence.toString()
