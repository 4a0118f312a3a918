"""Run service calls off the UI thread and get the result back on it.

    ServiceCall(parent, lambda: search(db, actor, text), on_done).failed(on_error).start()

Like Anki's QueryOp: the work runs on the global thread pool; `on_done` or the failure
handler runs on the main thread. If `parent` has been destroyed by then, nothing runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from vipdesk.services.errors import ServiceError

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the main thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class ServiceCall(QObject):
    """One background call; keeps itself alive until its callback has run."""

    _running: ClassVar[set[ServiceCall]] = set()
    finished = Signal()

    def __init__(
        self, parent: QObject, work: Callable[[], Any], on_done: Callable[[Any], None]
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._on_done = on_done
        self._on_fail: Callable[[BaseException], None] | None = None
        # Emitted from the worker; delivered queued on the thread this object lives in.
        self._relay = _Relay()
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)

    def failed(self, handler: Callable[[BaseException], None]) -> ServiceCall:
        self._on_fail = handler
        return self

    def start(self) -> ServiceCall:
        ServiceCall._running.add(self)
        QThreadPool.globalInstance().start(_Job(self._work, self._relay))
        return self

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        try:
            self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if self._on_fail is not None:
                self._on_fail(exc)
            else:
                show_error(self.parent(), exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        ServiceCall._running.discard(self)
        self.finished.emit()
        self.deleteLater()


def show_error(parent: QObject | None, exc: BaseException) -> None:
    """A calm message for the user; details go to the log, not into their face."""
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, ServiceError):
        QMessageBox.warning(widget, "vipdesk", str(exc))
        return
    log.error("unexpected error", exc_info=exc)
    QMessageBox.critical(
        widget,
        "vipdesk",
        QCoreApplication.translate(
            "ServiceCall", "Something went wrong. Your data is safe; the details are in the log."
        ),
    )
