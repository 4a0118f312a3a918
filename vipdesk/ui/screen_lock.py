"""Locking the counter: after the idle minutes, on Ctrl+Shift+L or the Lock button.

Every open window, the main one and each dialog (modal ones too), is covered
(ui/curtain.py) and the lock screen (ui/lock_screen.py) asks for the password or PIN.
A window that opens while the screen is locked (a slow load finishing) is covered as it
appears.

Switch user: the windows the previous person left open are theirs. They cannot be asked
(they are gone), and the next person must not save someone else's half-typed changes
under their own name, so those windows are closed and their unsaved changes discarded.
The lock screen says so (with how many hold unsaved changes) before anyone signs in, so
the next person can instead wait for the previous one to unlock. The sign-out is audited
with the number of windows closed and of changes discarded, never their content.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

from vipdesk.domain.staff import Staff
from vipdesk.services.demo_accounts import is_demo
from vipdesk.services.security import idle_lock_minutes
from vipdesk.services.sign_in import record
from vipdesk.ui.curtain import Covered, cover, uncover
from vipdesk.ui.idle_watch import IdleWatch
from vipdesk.ui.lock_screen import LockScreen
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import ServiceCall, changes

log = logging.getLogger(__name__)

_NOT_WINDOWS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop)


def has_unsaved_changes(window: QWidget) -> bool:
    """A dialog with a `dirty` property (guest, complaint…) holding typed changes."""
    dirty = getattr(window, "dirty", False)
    return bool(dirty() if callable(dirty) else dirty)


class ScreenLock(QObject):
    """Watches for idleness and locks `window` and every other window of the app."""

    locked = Signal()
    unlocked = Signal(object)  # Staff: the same person
    switched = Signal(object)  # Staff: the person now at the counter

    def __init__(self, window: MainWindow, *, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._covered: list[Covered] = []
        self._demo = False
        self.screen: LockScreen | None = None
        self.watch = IdleWatch(parent=self)
        self.watch.idle.connect(self.lock)
        self.watch.lock_key.connect(self.lock)
        window.lock_requested.connect(self.lock)
        window.switch_user_requested.connect(self.switch_user)
        self._fixed_ms = idle_ms
        if idle_ms is not None:
            self.watch.set_interval_ms(idle_ms)
        self._load_settings()
        changes().changed.connect(self._stored)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def _load_settings(self) -> None:
        db, actor = self._window.database, self._window.actor

        def loaded(settings: tuple[bool, int]) -> None:
            self._demo, minutes = settings
            if self._fixed_ms is None and not self.is_locked:
                self.watch.set_minutes(minutes)

        ServiceCall(
            self._window, lambda: (is_demo(db), idle_lock_minutes(db, actor)), loaded
        ).failed(lambda exc: log.warning("idle lock settings not read: %s", exc)).start()

    def _stored(self, kind: str, _ident: int) -> None:
        if kind == "security":
            self._load_settings()

    # ---- locking --------------------------------------------------------------------

    def lock(self) -> None:
        """Cover every window and show the lock screen (nothing happens when locked)."""
        if self.screen is not None:
            return
        self.watch.pause()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # a menu or a completer list may show names
        QToolTip.hideText()
        windows = [w for w in QApplication.topLevelWidgets() if self._coverable(w)]
        unsaved = sum(has_unsaved_changes(w) for w in windows)
        title = self.tr("vipdesk — locked")
        self._covered = [cover(w, title) for w in windows]
        db, actor = self._window.database, self._window.actor
        screen = LockScreen(db, actor, self._window, unsaved=unsaved, demo=self._demo)
        screen.unlocked.connect(self._unlocked)
        screen.switched.connect(self._switched)
        self.screen = screen
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        screen.show()
        screen.raise_()
        screen.activateWindow()
        ServiceCall(self._window, lambda: record(db, actor, "lock"), lambda _none: None).failed(
            lambda exc: log.warning("lock not audited: %s", exc)
        ).start()
        self.locked.emit()

    def stop(self) -> None:
        """Watch no more (the window is closing); a lock screen showing goes with it."""
        self.watch.stop()
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None

    def switch_user(self) -> None:
        """File → Switch user…: lock, then ask who signs in."""
        self.lock()
        if self.screen is not None:
            self.screen.switch_user()

    def _coverable(self, widget: QWidget) -> bool:
        if not widget.isWindow() or not widget.isVisible():
            return False
        if widget.windowType() in _NOT_WINDOWS:
            return False
        return not self._part_of_screen(widget)

    def _part_of_screen(self, widget: QWidget) -> bool:
        node: QObject | None = widget
        while node is not None:
            if node is self.screen:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A window appearing while the screen is locked is covered before it is painted.
        if (
            event.type() == QEvent.Type.Show
            and self.screen is not None
            and isinstance(watched, QWidget)
            and self._coverable(watched)
            and all(c.window is not watched for c in self._covered)
        ):
            self._covered.append(cover(watched, self.tr("vipdesk — locked")))
            if watched.isModal():  # it would take the keyboard from the lock screen
                QTimer.singleShot(0, self, self._raise_screen)
        return False

    def _raise_screen(self) -> None:
        if self.screen is not None:
            self.screen.hide()
            self.screen.show()
            self.screen.activateWindow()

    # ---- unlocking ------------------------------------------------------------------

    def _end_lock(self) -> list[Covered]:
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        covered, self._covered = self._covered, []
        if self.screen is not None:
            self.screen.deleteLater()
            self.screen = None
        self.watch.resume()
        return covered

    def _unlocked(self, staff: Staff) -> None:
        covered = self._end_lock()
        for item in covered:
            uncover(item)
        if covered:  # the window that had the keyboard gets it back
            first = covered[-1].window if covered[-1].window.isVisible() else self._window
            first.activateWindow()
        self.unlocked.emit(staff)

    def _switched(self, staff: Staff) -> None:
        previous = self._window.actor
        covered = self._end_lock()
        closed = discarded = 0
        for item in reversed(covered):  # the newest (topmost) first
            window = item.window
            if window is self._window or not shiboken6.isValid(window):
                continue
            closed += 1
            discarded += has_unsaved_changes(window)
            if isinstance(window, QDialog):
                window.done(QDialog.DialogCode.Rejected)  # no "save the changes?" to ask
            else:
                window.close()
            if shiboken6.isValid(window) and window.isVisible():
                uncover(item)  # it refused to close: the next person sees it
        for item in covered:
            if item.window is self._window:
                uncover(item)
        db = self._window.database
        ServiceCall(
            self._window,
            lambda: record(db, previous, "sign_out", closed=closed, discarded=discarded),
            lambda _none: None,
        ).failed(lambda exc: log.warning("sign-out not audited: %s", exc)).start()
        self._window.switch_actor(staff)
        self._window.activateWindow()
        self.switched.emit(staff)
