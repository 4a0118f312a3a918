"""The guest dialog by keyboard: Delete removes a row, Add has a key, errors show on tab
headers, and a saved change is confirmed in the counter's status bar."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.guest_form import GuestForm
from vipdesk.ui.main_window import MainWindow

from .test_counter_screen import open_with_enter, type_and_wait


def test_delete_removes_a_row_and_add_buttons_have_keys(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    form = GuestForm()
    qtbot.addWidget(form)
    form.show()
    form.setCurrentIndex(1)
    for lst in (form.taboos, form.preferences, form.dates):
        assert "&" in lst.add_button.text() and "&" in lst.remove_button.text()
    form.taboos.add_row(["taboo", "serious", "no lilies"])
    form.taboos.add_row(["allergy", "danger", "peanuts"])
    form.taboos.view.setFocus()
    form.taboos.view.setCurrentIndex(form.taboos.model.index(0, 2))
    qtbot.keyClick(form.taboos.view, Qt.Key.Key_Delete)
    assert [r[2] for r in form.taboos.rows()] == ["peanuts"]
    assert form.dirty


def test_tab_headers_mark_errors_on_hidden_tabs(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    form = GuestForm()
    qtbot.addWidget(form)
    form.dates.add_row(["birthday", "02-30", ""])
    _draft, errors = form.draft()  # no name, and a day that does not exist
    form.show_errors(errors)
    assert form.currentIndex() == 0  # the first problem is shown ...
    assert form.tabText(2).startswith("⚠")  # ... and the hidden one is marked
    assert not form.tabText(1).startswith("⚠")
    form.dates.clear()
    form.name.setText("Anna")
    _draft, errors = form.draft()
    form.show_errors(errors)
    assert not any(form.tabText(i).startswith("⚠") for i in range(form.count()))


def test_a_saved_change_is_confirmed_in_the_status_bar(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    opened: list[GuestDialog] = []
    window.dialog_opened.connect(opened.append)
    window.edit_action.trigger()
    (d,) = opened
    d.form.honorific.setText("Ms")
    d.form._mark_dirty()
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Saved" in window.statusBar().currentMessage()
    assert "歐陽娜娜" in window.statusBar().currentMessage()


def test_adding_a_row_puts_the_keyboard_in_that_list_and_a_picked_choice_is_kept(
    qtbot, db, actor, english
) -> None:  # type: ignore[no-untyped-def]
    """The trial: Alt+P added a preference while typing still went into the allergy above it,
    and an "Allergy" picked from the list fell back to "Taboo" when the editor closed."""
    from PySide6.QtWidgets import QApplication, QComboBox

    from vipdesk.ui.guest_dialog import GuestDialog

    dialog = GuestDialog(db, actor, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    form = dialog.form
    try:
        form.setCurrentIndex(1)
        form.taboos.add_row()
        assert QApplication.focusWidget() is form.taboos.view
        form.preferences.add_button.click()
        assert QApplication.focusWidget() is form.preferences.view
        assert form.preferences.view.currentIndex().row() == form.preferences.model.rowCount() - 1

        view = form.taboos.view
        view.setFocus()
        view.edit(form.taboos.model.index(0, 0))
        combo = view.findChild(QComboBox)
        assert combo is not None
        combo.setCurrentIndex(combo.findData("allergy"))
        index = form.taboos.model.index(0, 0)
        view.itemDelegateForColumn(0).setModelData(combo, form.taboos.model, index)  # committed
        assert form.taboos.rows()[0][0] == "allergy"  # not reset to the kind it opened with
        assert form.taboos.rows()[0][1] == "danger"  # and a new allergy is a danger
    finally:
        form.mark_clean()  # closing must not ask about the rows added here


def test_typing_right_after_alt_a_goes_into_the_text_cell(qtbot, db, actor, english) -> None:  # type: ignore[no-untyped-def]
    """The trial: Alt+A, then "peanuts" went into the Kind cell (a list), not the text."""
    from PySide6.QtWidgets import QApplication

    dialog = GuestDialog(db, actor, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    form = dialog.form
    try:
        form.setCurrentIndex(1)
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: form.taboos.model.rowCount() == 1)  # the button's click
        for char in "peanuts":  # each key to whatever has the keyboard then, as typed
            qtbot.keyClicks(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits (queued)
        qtbot.waitUntil(lambda: form.taboos.view.state() != form.taboos.view.State.EditingState)
        assert form.taboos.rows() == [["taboo", "serious", "peanuts"]]
        form.setCurrentIndex(2)  # the dates: typing goes into the date
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: form.dates.model.rowCount() == 1)
        for char in "03-05":
            qtbot.keyClicks(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: form.dates.view.state() != form.dates.view.State.EditingState)
        assert form.dates.rows() == [["birthday", "03-05", ""]]
    finally:
        QApplication.focusWidget().clearFocus()  # an open editor commits now, not on close
        form.mark_clean()
