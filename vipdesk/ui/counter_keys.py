"""The counter screen's keyboard, for the search box and the results list.

Arrows and Page keys in the search box move the highlight in the results, Enter opens the
highlighted guest, Escape empties the search (or, when it is empty, the profile) and goes back
to the search box. The counter's own shortcuts (Ctrl+E, Ctrl+K…) win over the line edit's keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from vipdesk.ui.main_window import MainWindow

_NAVIGATION = {
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
}
_STEPS = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 10,
    Qt.Key.Key_PageUp: -10,
}


class CounterKeys(QObject):
    """An event filter the window installs on its search box and results list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def _is_counter_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
            for action in self._window.counter_actions()
            for sequence in action.shortcuts()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._window
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_counter_shortcut(event)
        ):
            # The line edit would take Ctrl+E (end of line) and Ctrl+K (delete to the end):
            # not overriding lets the counter's own shortcut fire.
            event.ignore()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                if watched is window.search_box:
                    if window.search_box.text():
                        window.search_box.clear()  # no results: the profile leaves with them
                    else:
                        window.clear_profile()
                window.focus_search()
                return True
            if watched is window.search_box and key in _NAVIGATION and window.model.rowCount():
                self._move(key)
                return True
            if watched is window.search_box and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                window.open_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        rows = self._window.model.rowCount()
        current = self._window.results.currentIndex().row()
        step = _STEPS[Qt.Key(key)]
        row = min(max(current + step if current >= 0 else 0, 0), rows - 1)
        self._window.results.selectRow(row)
