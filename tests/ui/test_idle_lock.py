"""The idle lock, Lock now, unlocking and switching user, with real windows and a real
database: while locked no window shows a guest, and unsaved edits wait behind the lock."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
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
    QApplication.primaryScreen().grabWindow(0).save(str(save / "lock-screen-en.png"))
    dialog.grab().save(str(save / "lock-dialog-behind-en.png"))


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
