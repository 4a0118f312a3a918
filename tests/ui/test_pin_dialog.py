"""My quick-unlock PIN, from the File menu: set, changed and removed after my password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.accounts import TEST_PASSWORD
from tests.screenshots import screenshots
from tests.ui.test_focus_order import check_pages
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.sign_in import has_pin, unlock_with_pin
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.pin_dialog import PinDialog

WAIT = 10_000


def _open(qtbot, window: MainWindow) -> PinDialog:  # type: ignore[no-untyped-def]
    opened: list[QWidget] = []
    window.dialog_opened.connect(opened.append)
    assert window.pin_action in window.file_menu.actions()
    window.pin_action.trigger()
    (dialog,) = opened
    assert isinstance(dialog, PinDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_set_change_and_remove_my_pin(
    qtbot, db: Database, receptionist: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, receptionist)
    qtbot.addWidget(window)
    window.show()
    dialog = _open(qtbot, window)
    qtbot.waitUntil(lambda: dialog.state.text() == "No PIN yet.", timeout=WAIT)
    assert not dialog.remove_button.isVisible()
    check_pages(qtbot, dialog)  # Tab: password, PIN, again, then the buttons
    dialog.password.setText(TEST_PASSWORD)
    dialog.pin.setText("12a4")
    dialog.again.setText("12a4")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "4 to 6 digits" in dialog.error.text()
    dialog.pin.setText("2580")
    dialog.again.setText("2581")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()
    dialog.again.setText("2580")
    dialog.password.setText("not my password")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not your password" in dialog.error.text(), timeout=WAIT)
    assert not has_pin(db, receptionist)
    dialog.password.setText(TEST_PASSWORD)
    dialog.grab().save(str(screenshots() / "pin-dialog-en.png"))
    with qtbot.waitSignal(dialog.changed, timeout=WAIT) as changed:
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)  # Enter saves
    assert changed.args == [True]
    assert unlock_with_pin(db, receptionist, "2580").id == receptionist.id

    dialog = _open(qtbot, window)
    qtbot.waitUntil(dialog.remove_button.isVisible, timeout=WAIT)
    dialog.password.setText(TEST_PASSWORD)
    with qtbot.waitSignal(dialog.changed, timeout=WAIT) as changed:
        dialog.remove_button.click()
    assert changed.args == [False] and not has_pin(db, receptionist)
