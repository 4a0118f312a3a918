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
