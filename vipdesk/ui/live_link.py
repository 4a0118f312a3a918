"""Another counter's changes on this screen, and a banner while the server is gone.

On a PostgreSQL database a watcher thread (services/live_changes) hears every change other
counters commit. Its reports are handed to the UI thread through queued signals, gathered
for a moment (an import of 10,000 guests is a handful of notes, and a burst is one
refresh), then fed to the app-level `changes().changed` signal that the open profile, the
Today board and the complaints list already follow; the search results are searched again.

If the server cannot be reached, a banner says so above everything while the watcher
retries; nothing falls back to a local copy. When the server is back, the banner goes and
the views reload. On a SQLite file there is nobody else to hear: nothing is started.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from vipdesk.services.live_changes import RETRY_S, watch_changes
from vipdesk.ui.operations import announce

COALESCE_MS = 250
"""How long changes are gathered before the screen refreshes once for all of them."""
RELOAD_KINDS = ("guest", "stay", "complaint")
"""What is read again when the server is back (what changed meanwhile is unknown)."""


class ServerBanner(QLabel):
    """ "The guest database server cannot be reached — retrying…", above the counter screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDownBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #b91c1c; color: white; font-weight: bold; padding: 8px 12px;"
        )
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        text = self.tr("The guest database server cannot be reached — retrying…")
        self.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_banner(window: QMainWindow) -> ServerBanner:
    """Put a (hidden) banner above the window's central widget."""
    inner = window.takeCentralWidget()
    box = QWidget(window)
    box.setObjectName("counterWithBanner")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    banner = ServerBanner(box)
    column.addWidget(banner)
    if inner is not None:
        column.addWidget(inner, 1)
    window.setCentralWidget(box)
    return banner


class LiveLink(QObject):
    """The counter window's link to the other counters (see the module's text)."""

    server_lost = Signal()
    server_back = Signal()
    refreshed = Signal(list)  # [(kind, id), ...] announced from other counters
    _heard = Signal(str, int)  # emitted on the watcher's thread, delivered on this one
    _state = Signal(bool)

    def __init__(self, window: Any, *, retry_s: float = RETRY_S) -> None:
        super().__init__(window)
        self._window = window
        self._pending: dict[str, set[int]] = {}
        self.reachable = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._on_heard)
        self._state.connect(self._on_state)
        self.banner = add_banner(window)
        self.watch = watch_changes(
            window.database, self._heard.emit, self._state.emit, retry_s=retry_s
        )
        watch = self.watch
        if watch is not None:  # the thread ends with the window (its signals would be gone)
            self.destroyed.connect(lambda *_: watch.stop())

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()

    @Slot(str, int)
    def _on_heard(self, kind: str, ident: int) -> None:
        self._pending.setdefault(kind, set()).add(ident)
        if not self._timer.isActive():
            self._timer.start()

    @Slot(bool)
    def _on_state(self, reachable: bool) -> None:
        was, self.reachable = self.reachable, reachable
        self.banner.setVisible(not reachable)
        if was and not reachable:
            self.server_lost.emit()
        elif reachable and not was:
            for kind in RELOAD_KINDS:
                self._pending.setdefault(kind, set()).add(0)
            self._flush()
            self.server_back.emit()

    def _flush(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        told = [(kind, next(iter(ids)) if len(ids) == 1 else 0) for kind, ids in pending.items()]
        for kind, ident in told:
            announce(kind, ident)
        text = self._window.search_box.text()
        if text.strip() and {"guest", "stay"} & pending.keys():
            self._window.searcher.request(text)  # a new or renamed guest may match now
        if told:
            self.refreshed.emit(told)
