"""The idle lock, Lock now, unlocking and switching user, with real windows and a real
database: while locked no window shows a guest, and unsaved edits wait behind the lock."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from tests.accounts import TEST_PASSWORD
from tests.screenshots import screenshots
from tests.ui.test_focus_order import check_pages, walk
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.staff import set_pin
from vipdesk.store.models import AuditRow
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.lock_screen import LockScreen
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.screen_lock import ScreenLock

GUEST = "欧阳娜娜"
LATIN = "Ouyang Nana"
WAIT = 10_000


@pytest.fixture
def counter(qtbot, db: Database, actor: Staff, english: None) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    create_guest(db, actor, GuestDraft(name=GUEST, latin_name=LATIN))
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 800, 600)  # the offscreen screen is 800 × 800
    window.show()
    qtbot.waitExposed(window)
    yield window
    for lock in window.findChildren(ScreenLock):  # windows linger until deleted
        lock.stop()
    for widget in QApplication.topLevelWidgets():  # dialogs left open by a test
        if widget is not window and widget.isVisible():
            widget.hide()


def open_profile_and_edit(qtbot, window: MainWindow) -> GuestDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.profile_shown, timeout=WAIT):
        window.search_box.setText("ouyang")
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)
        window.open_current()
    opened: list[QWidget] = []
    window.dialog_opened.connect(opened.append)
    window.edit_action.trigger()
    (dialog,) = opened
    assert isinstance(dialog, GuestDialog)
    qtbot.waitExposed(dialog)
    dialog.form.honorific.setText("Dr unsaved")
    dialog.form._mark_dirty()
    return dialog


def readable_texts(lock: ScreenLock) -> list[str]:
    """Every text a person could read on screen, but the lock screen's own."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible() or lock._part_of_screen(window):
            continue
        texts.append(window.windowTitle())
        for label in window.findChildren(QLabel):
            if label.isVisible():
                texts.append(label.text())
        for edit in window.findChildren(QLineEdit):
            if edit.isVisible():
                texts += [edit.text(), edit.placeholderText()]
        for box in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit):
            if box.isVisible():
                texts.append(box.toPlainText())
        for view in window.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None:
                model = view.model()
                texts += [
                    str(model.index(r, c).data() or "")
                    for r in range(model.rowCount())
                    for c in range(model.columnCount())
                ]
    return texts


def shows_guest(lock: ScreenLock) -> bool:
    return any(GUEST in t or LATIN in t for t in readable_texts(lock))


def audit_actions(db: Database) -> list[tuple[str, int | None, dict[str, object]]]:
    with db.read() as session:
        rows = session.scalars(select(AuditRow).order_by(AuditRow.id)).all()
        return [(r.action, r.staff_id, json.loads(r.detail or "{}")) for r in rows]


def picture(path, bottom: QWidget, *above: QWidget) -> None:  # type: ignore[no-untyped-def]
    """What the person at the counter sees: the windows painted over each other."""
    image = bottom.grab()
    painter = QPainter(image)
    for window in above:
        painter.drawPixmap(window.geometry().topLeft() - bottom.geometry().topLeft(), window.grab())
    painter.end()
    assert image.save(str(path))


def locked_screen(lock: ScreenLock) -> LockScreen:
    assert lock.screen is not None
    return lock.screen


# ---- 1. the idle lock ------------------------------------------------------------------


def test_idle_minutes_cover_the_window_and_every_dialog_and_edits_wait(
    qtbot, counter: MainWindow, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_profile_and_edit(qtbot, counter)
    lock = ScreenLock(counter, idle_ms=60_000)
    assert shows_guest(lock)  # the test can see a guest when there is one
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        lock.watch.set_interval_ms(5)  # nobody touches anything for a few ms
    screen = locked_screen(lock)
    qtbot.waitExposed(screen)
    assert not shows_guest(lock)
    assert dialog.isVisible() and dialog.form.honorific.text() == "Dr unsaved"
    assert not dialog.form.isVisible() and not counter.profile.isVisible()
    assert screen.isVisible() and screen.isModal()
    assert actor.display_name in screen.who.text()
    assert all(GUEST not in t and LATIN not in t for t in (screen.who.text(), screen.windowTitle()))
    qtbot.waitUntil(lambda: ("lock", actor.id, {}) in audit_actions(db), timeout=WAIT)
    save = screenshots()
    picture(save / "lock-screen-en.png", counter, dialog, screen)


def test_any_key_or_click_restarts_the_idle_clock(qtbot, counter: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.watch.timer.stop()
    qtbot.keyClick(counter.search_box, "w")
    assert lock.watch.timer.isActive() and not lock.is_locked
    lock.watch.timer.stop()
    qtbot.mouseClick(counter.search_box, Qt.MouseButton.LeftButton)
    assert lock.watch.timer.isActive()


def test_a_dialog_opening_while_locked_is_covered_at_once(
    qtbot, counter: MainWindow, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    late = QLabel(f"{GUEST} arrives")
    qtbot.addWidget(late)
    late.show()  # e.g. a slow load finishing behind the lock
    assert not late.isVisible() or not shows_guest(lock)
    assert not shows_guest(lock)


# ---- 2. unlocking ------------------------------------------------------------------------


def test_the_same_person_unlocks_with_the_password_and_finds_their_edits(
    qtbot, counter: MainWindow, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_profile_and_edit(qtbot, counter)
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    screen = locked_screen(lock)
    screen.secret.setText("wrong password")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.error.isVisible, timeout=WAIT)
    assert "Unlock failed" in screen.error.text() and lock.is_locked
    assert "user" not in screen.error.text().lower()
    screen.secret.setText(TEST_PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)  # Enter unlocks
    assert not lock.is_locked
    assert dialog.isVisible() and dialog.form.isVisible()
    assert dialog.form.honorific.text() == "Dr unsaved" and dialog.dirty
    assert dialog.windowTitle() and "locked" not in dialog.windowTitle()
    assert counter.profile.isVisible() and shows_guest(lock)
    actions = [a for a, _, _ in audit_actions(db)]
    assert "unlock_failed" in actions and actions[-1] == "unlock"


def test_a_pin_unlocks_and_five_wrong_pins_ask_for_the_password(
    qtbot, counter: MainWindow, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    set_pin(db, actor, "2468")
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    screen = locked_screen(lock)
    qtbot.waitUntil(lambda: "PIN" in screen.secret_label.text(), timeout=WAIT)
    screen.secret.setText("2468")
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Enter)
    lock.lock()
    screen = locked_screen(lock)
    qtbot.waitUntil(lambda: "PIN" in screen.secret_label.text(), timeout=WAIT)
    for _ in range(5):
        screen.secret.setText("1111")
        screen.error.hide()
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(screen.error.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: "PIN" not in screen.secret_label.text(), timeout=WAIT)
    assert "password" in screen.error.text().lower()
    screen.secret.setText(TEST_PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)


def test_escape_does_not_close_the_lock_screen(qtbot, counter: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    screen = locked_screen(lock)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Escape)
    screen.close()
    assert screen.isVisible() and lock.is_locked


def test_tab_goes_from_the_password_to_unlock_to_switch_user(qtbot, counter: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    screen = locked_screen(lock)
    check_pages(qtbot, screen)
    assert walk(qtbot, screen)[:3] == [screen.secret, screen.unlock_button, screen.switch_button]
    assert screen.unlock_button.isDefault()


# ---- 3. switch user ------------------------------------------------------------------------


def sign_in_as(qtbot, screen: LockScreen, username: str) -> None:  # type: ignore[no-untyped-def]
    screen.switch_button.click()
    dialog = screen.sign_in_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.username.setText(username)
    dialog.password.setText(TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_someone_else_signs_in_the_old_windows_close_and_the_screen_is_empty(
    qtbot, counter: MainWindow, db: Database, actor: Staff, receptionist: Staff
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_profile_and_edit(qtbot, counter)
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    screen = locked_screen(lock)
    assert "unsaved changes in 1 of them are discarded" in screen.switch_note.text()
    save = screenshots()
    with qtbot.waitSignal(lock.switched, timeout=WAIT) as switched:
        screen.switch_button.click()
        signing = screen.sign_in_dialog
        assert signing is not None
        qtbot.waitExposed(signing)
        signing.username.setText("desk")
        signing.password.setText(TEST_PASSWORD)
        assert not shows_guest(lock)
        picture(save / "lock-switch-user-en.png", counter, dialog, screen, signing)
        qtbot.keyClick(signing.password, Qt.Key.Key_Return)
    assert switched.args[0].id == receptionist.id and not lock.is_locked
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)  # closed, never asked
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not counter), (
        "no 'save the changes?' question for a person who is gone"
    )
    assert counter.actor.id == receptionist.id
    assert counter.search_box.text() == "" and counter.current_guest_id() is None
    assert not shows_guest(lock)
    assert receptionist.display_name in counter.staff_line.text()
    assert counter.centralWidget().isVisible()
    qtbot.waitUntil(
        lambda: ("sign_out", actor.id, {"closed": 1, "discarded": 1}) in audit_actions(db),
        timeout=WAIT,
    )
    assert ("sign_in", receptionist.id, {}) in audit_actions(db)
    # The window now searches as the receptionist.
    with qtbot.waitSignal(counter.results_shown, timeout=WAIT):
        counter.search_box.setText("ouyang")
    counter.grab().save(str(save / "lock-after-switch-en.png"))


def test_signing_in_as_the_same_person_is_an_unlock(
    qtbot, counter: MainWindow, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_profile_and_edit(qtbot, counter)
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    with qtbot.waitSignal(lock.unlocked, timeout=WAIT):
        sign_in_as(qtbot, locked_screen(lock), "ANNA")
    assert dialog.isVisible() and dialog.form.honorific.text() == "Dr unsaved"
    assert counter.actor.id == actor.id


def test_file_switch_user_locks_and_asks_who_signs_in(qtbot, counter: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    assert counter.switch_user_action in counter.file_menu.actions()
    counter.switch_user_action.trigger()
    screen = locked_screen(lock)
    assert screen.sign_in_dialog is not None
    qtbot.waitExposed(screen.sign_in_dialog)


# ---- 4. Lock now -----------------------------------------------------------------------------


LOCK_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_l_locks_from_the_search_box(qtbot, counter: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    counter.activateWindow()
    qtbot.waitActive(counter)
    counter.search_box.setFocus()
    counter.search_box.setText("ouy")
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        qtbot.keyClick(counter.search_box, Qt.Key.Key_L, LOCK_KEYS)
    assert counter.search_box.text() == "ouy"  # the key was not typed into the box
    assert counter.lock_action.shortcut().toString() == "Ctrl+Shift+L"


def test_ctrl_shift_l_locks_while_a_modal_dialog_has_the_keyboard(
    qtbot, counter: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_profile_and_edit(qtbot, counter)
    assert dialog.isModal()
    lock = ScreenLock(counter, idle_ms=60_000)
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        qtbot.keyClick(dialog.form.honorific, Qt.Key.Key_L, LOCK_KEYS)
    assert dialog.form.honorific.text() == "Dr unsaved" and not shows_guest(lock)
    qtbot.keyClick(locked_screen(lock).secret, Qt.Key.Key_L, LOCK_KEYS)  # locked already
    assert lock.is_locked


def test_the_lock_button_at_the_top_right(
    qtbot, counter: MainWindow, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    lock = ScreenLock(counter, idle_ms=60_000)
    button = counter.lock_button
    assert button.isVisible() and button.accessibleName() == "Lock the screen"
    assert button.toolTip() == "Lock now (Ctrl+Shift+L)"
    with qtbot.waitSignal(lock.locked, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("lock", actor.id, {}) in audit_actions(db), timeout=WAIT)


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_the_lock_screen_and_switch_user_in_each_language(
    qtbot, counter: MainWindow, receptionist: Staff, language: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from vipdesk.ui.app import set_language

    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    dialog = open_profile_and_edit(qtbot, counter)
    lock = ScreenLock(counter, idle_ms=60_000)
    lock.lock()
    screen = locked_screen(lock)
    qtbot.waitExposed(screen)
    assert not shows_guest(lock)
    assert screen.unlock_button.sizeHint().width() <= screen.unlock_button.width()
    save = screenshots()
    picture(save / f"lock-screen-{language}.png", counter, dialog, screen)
    screen.switch_button.click()
    signing = screen.sign_in_dialog
    assert signing is not None
    qtbot.waitExposed(signing)
    signing.username.setText("desk")
    assert not shows_guest(lock)
    picture(save / f"lock-switch-user-{language}.png", counter, dialog, screen, signing)
