"""Noticing that nobody is at the counter: no keyboard or mouse input in any of the app's
windows for a while, and the Lock now key (Ctrl+Shift+L) wherever the focus is.

One application-wide event filter sees the input of every window, modal dialogs included,
so the idle clock restarts on any key or click, and the lock key works in a dialog whose
modality keeps the main window's own shortcuts from firing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenuBar, QToolButton

LOCK_KEYS = "Ctrl+Shift+L"

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatch(QObject):
    """`idle` after the interval without input; `lock_key` on Ctrl+Shift+L anywhere."""

    idle = Signal()
    lock_key = Signal()

    def __init__(self, minutes: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._paused = False
        self._keys = QKeySequence(LOCK_KEYS)
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time (tests use a few milliseconds); the clock starts again."""
        self.timer.setInterval(ms)
        if not self._paused:
            self.timer.start()

    def pause(self) -> None:
        """While the screen is locked nothing more is watched."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        self._paused = False
        self.timer.start()

    def stop(self) -> None:
        """No more watching at all (the window is closing)."""
        self.pause()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            if not self._paused:
                self.timer.start()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()).matches(self._keys)
                == QKeySequence.SequenceMatch.ExactMatch
            ):
                self.lock_key.emit()
                return True
        return False


def lock_button(action: QAction, menu_bar: QMenuBar) -> QToolButton:
    """The Lock button at the top right of the window, in the menu bar's row."""
    button = QToolButton(menu_bar)
    button.setObjectName("lockButton")
    button.setDefaultAction(action)  # its text, tooltip and shortcut
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu_bar.setCornerWidget(button, Qt.Corner.TopRightCorner)
    return button
