"""Settings → Staff, for admins: add an account with an initial password, reset a
password, disable, lift a lock-out and change a role, each saved at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from tests.accounts import TEST_PASSWORD
from tests.screenshots import screenshots
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.errors import SignInFailed
from vipdesk.services.sign_in import sign_in
from vipdesk.services.staff import list_accounts
from vipdesk.ui.app import set_language
from vipdesk.ui.settings_dialog import SettingsDialog
from vipdesk.ui.settings_staff import ROLE, STATE, USER, StaffModel, StaffPage

WAIT = 10_000
NEW = "Lily-initial-1"


def _page(qtbot, db: Database, actor: Staff) -> tuple[SettingsDialog, StaffPage]:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None, db, actor)
    qtbot.addWidget(dialog)
    assert dialog.staff is not None
    page = dialog.staff
    dialog.tabs.setCurrentWidget(page)
    dialog.resize(760, 480)
    dialog.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    return dialog, page


def _select(page: StaffPage, username: str) -> None:
    page.table.selectRow(page.model.row_of(username))
    assert page.selected() is not None and page.selected().username == username


def _cell(page: StaffPage, username: str, column: int) -> str:
    return str(page.model.index(page.model.row_of(username), column).data())


def _saved(qtbot, page: StaffPage):  # type: ignore[no-untyped-def]
    return qtbot.waitSignal(page.loaded, timeout=WAIT)


def test_the_model_is_a_sound_table_model(qtmodeltester, db: Database, actor: Staff) -> None:  # type: ignore[no-untyped-def]
    model = StaffModel()
    model.set_accounts(list_accounts(db, actor))
    qtmodeltester.check(model)


def test_an_admin_adds_resets_disables_unlocks_and_changes_roles(
    qtbot, db: Database, actor: Staff, receptionist: Staff, manager: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    _dialog, page = _page(qtbot, db, actor)
    assert [page.model.index(r, USER).data() for r in range(page.model.rowCount())] == [
        "anna",
        "desk",
        "mgr",
    ]
    # Add: the initial password is typed twice; its owner must change it at the first sign-in.
    adding = page.add()
    qtbot.waitExposed(adding)
    adding.username.setText("Lily")
    adding.display_name.setText("莉莉 Lily")
    adding.role.setCurrentIndex(adding.role.findData(Role.RECEPTIONIST.value))
    adding.password.setText(NEW)
    adding.again.setText(NEW + "x")
    qtbot.keyClick(adding.again, Qt.Key.Key_Return)
    assert "differ" in adding.error.text() and adding.isVisible()
    adding.again.setText(NEW)
    with _saved(qtbot, page):
        qtbot.keyClick(adding.again, Qt.Key.Key_Return)
    assert page.selected() is not None and page.selected().username == "lily"
    assert "Must change password" in _cell(page, "lily", STATE)
    assert sign_in(db, "lily", NEW).must_change_password

    # Reset someone's password: they must change it too.
    _select(page, "desk")
    resetting = page.reset()
    assert resetting is not None
    resetting.password.setText("desk-reset-22")
    resetting.again.setText("desk-reset-22")
    with _saved(qtbot, page):
        resetting.accept()
    assert sign_in(db, "desk", "desk-reset-22").must_change_password

    # Change a role.
    _select(page, "desk")
    page.role.setCurrentIndex(page.role.findData(Role.DUTY_MANAGER.value))
    with _saved(qtbot, page):
        page.role_button.click()
    assert _cell(page, "desk", ROLE) == "Duty manager"

    # Lift a lock-out: ten wrong passwords locked the manager out.
    for _ in range(10):
        with pytest.raises(SignInFailed):
            sign_in(db, "mgr", "wrong password")
    with _saved(qtbot, page):
        page.load()
    _select(page, "mgr")
    assert "Locked out" in _cell(page, "mgr", STATE) and page.unlock_button.isEnabled()
    with _saved(qtbot, page):
        page.unlock_button.click()
    assert sign_in(db, "mgr", TEST_PASSWORD).id == manager.id
    assert not page.unlock_button.isEnabled()

    # Disable, after a question whose default is Cancel.
    _select(page, "lily")
    box = page.disable()
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with _saved(qtbot, page):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert "Disabled" in _cell(page, "lily", STATE) and not page.disable_button.isEnabled()
    with pytest.raises(SignInFailed):
        sign_in(db, "lily", NEW)
    page.grab().save(str(screenshots() / "settings-staff-en.png"))


def test_a_refusal_is_shown_on_the_page(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    _dialog, page = _page(qtbot, db, actor)
    _select(page, "anna")  # the only admin
    page.role.setCurrentIndex(page.role.findData(Role.RECEPTIONIST.value))
    page.role_button.click()
    qtbot.waitUntil(page.error.isVisible, timeout=WAIT)
    assert page.error.text()
    assert _cell(page, "anna", ROLE) == "Administrator"


def test_only_admins_see_the_staff_page(
    qtbot, db: Database, manager: Staff, receptionist: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    for staff in (manager, receptionist):
        dialog = SettingsDialog(None, db, staff)
        qtbot.addWidget(dialog)
        titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
        assert dialog.staff is None and "Staff" not in titles


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_staff_page_in_each_language(
    qtbot, db: Database, actor: Staff, receptionist: Staff, english: None, language: str
) -> None:  # type: ignore[no-untyped-def]
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    dialog, page = _page(qtbot, db, actor)
    _select(page, "desk")
    header = page.table.horizontalHeader()
    for row in range(page.model.rowCount()):
        text = str(page.model.index(row, ROLE).data())
        assert header.sectionSize(ROLE) >= page.table.fontMetrics().horizontalAdvance(text)
    dialog.grab().save(str(screenshots() / f"settings-staff-dialog-{language}.png"))
