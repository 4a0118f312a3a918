"""The open Care list follows what is stored elsewhere (another counter, another window).

It listens to the app-level `changes().changed` signal (fed by ui/live_link from the other
counters, and by this counter's own saves) and asks the Care list to read its tasks again
when a guest, a stay, a care task or a setting (script hints) changed. What comes in
within one turn of the event loop is one refresh; the read runs off the UI thread (the
view's ServiceCall), and the view keeps its selection and any script being typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from vipdesk.ui.operations import changes

FOLLOWED_KINDS = frozenset({"guest", "stay", "care", "settings"})
"""The changes a care task list depends on (tasks come from guests and their stays)."""


class CareFollower(QObject):
    """Calls `refresh` after a relevant change; a child of `view`, it ends with it."""

    def __init__(self, view: QObject, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(refresh)
        changes().changed.connect(self._changed)

    def _changed(self, kind: str, _ident: int) -> None:
        if kind in FOLLOWED_KINDS and not self._timer.isActive():
            self._timer.start()
