"""Run service calls off the UI thread and get the result back on it.

    ServiceCall(owner, lambda: search(db, actor, text), on_done).failed(on_error).start()

Like Anki's QueryOp: the work runs on the global thread pool; `on_done` or the failure
handler runs on the main thread. If `owner` has been deleted by then, neither runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from vipdesk.services.errors import ServiceError

log = logging.getLogger(__name__)


class ServiceCall(QObject):
    """One background call. Python owns it (no Qt parent); it lives until its callback ran."""

    _running: ClassVar[set[ServiceCall]] = set()
    finished = Signal()
    _succeeded_signal = Signal(object)
    _failed_signal = Signal(object)

    def __init__(
        self, owner: QObject, work: Callable[[], Any], on_done: Callable[[Any], None]
    ) -> None:
        super().__init__()
        self._owner = owner
        self._work = work
        self._on_done = on_done
        self._on_fail: Callable[[BaseException], None] | None = None
        # Emitted on a pool thread, delivered queued on the main thread (where self lives).
        self._succeeded_signal.connect(self._succeeded)
        self._failed_signal.connect(self._failed)

    def failed(self, handler: Callable[[BaseException], None]) -> ServiceCall:
        self._on_fail = handler
        return self

    def start(self) -> ServiceCall:
        ServiceCall._running.add(self)
        work, ok, fail = self._work, self._succeeded_signal, self._failed_signal

        def job() -> None:
            try:
                result = work()
            except BaseException as exc:  # delivered to the main thread, never lost
                fail.emit(exc)
            else:
                ok.emit(result)

        QThreadPool.globalInstance().start(job)
        return self

    def _owner_alive(self) -> bool:
        # The window that asked may have been closed while the work ran.
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        try:
            if self._owner_alive():
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if not self._owner_alive():
                log.info("dropped a failure for a closed window", exc_info=exc)
            elif self._on_fail is not None:
                self._on_fail(exc)
            else:
                show_error(self._owner, exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.finished.emit()
        ServiceCall._running.discard(self)


def show_error(parent: QObject | None, exc: BaseException) -> None:
    """A calm message for the user; details go to the log, not into their face."""
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, ServiceError):
        from vipdesk.ui.labels import error_text

        QMessageBox.warning(widget, "vipdesk", error_text(exc))
        return
    log.error("unexpected error", exc_info=exc)
    QMessageBox.critical(
        widget,
        "vipdesk",
        QCoreApplication.translate(
            "ServiceCall", "Something went wrong. Your data is safe; the details are in the log."
        ),
    )


def wait_for_background_work() -> None:
    """At quit: drop calls not yet started, wait for those running (they use the database).

    A call still running when Python shuts down would signal an object already gone.
    """
    pool = QThreadPool.globalInstance()
    pool.clear()
    pool.waitForDone()
