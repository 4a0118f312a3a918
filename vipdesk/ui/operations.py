"""Run service calls off the UI thread and get the result back on it.

    ServiceCall(owner, lambda: search(db, actor, text), on_done).failed(on_error).start()

Like Anki's QueryOp: the work runs on the global thread pool; `on_done` or the failure
handler runs on the main thread. If `owner` has been deleted by then, neither runs.

Three habits every caller gets from here rather than by hand:

- `.latest("slot")`: a newer call of the same owner and slot supersedes this one; its
  result (or failure) is dropped, so a slow answer never overwrites a newer one.
- `.disabling(button, action…)`: what started the call is disabled while it runs (Vorta's
  busy state), so a second click cannot save twice.
- `.announcing("guest", id_of)`: once it succeeded, the app-level `changes().changed(kind,
  id)` signal fires (Anki's operation_did_execute); views refresh from it instead of being
  wired to each other.
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


class Changes(QObject):
    """Something was stored: `kind` is guest, complaint, stay or settings; `id` 0 means many."""

    changed = Signal(str, int)


_changes: Changes | None = None


def changes() -> Changes:
    """The one app-level change signal (lives as long as the application)."""
    global _changes
    if _changes is None or not shiboken6.isValid(_changes):
        _changes = Changes()
    return _changes


def announce(kind: str, ident: int = 0) -> None:
    changes().changed.emit(kind, ident)


MIN_THREADS = 4
"""Background threads at least: on a 2-core counter PC Qt's default is 2, and one slow job
(the Today board at a million guests, a report) kept the next keystroke's search waiting."""


def pool() -> QThreadPool:
    """The pool every ServiceCall runs on (the global one, with at least MIN_THREADS)."""
    found = QThreadPool.globalInstance()
    if found.maxThreadCount() < MIN_THREADS:
        found.setMaxThreadCount(MIN_THREADS)
    return found


class ServiceCall(QObject):
    """One background call. Python owns it (no Qt parent); it lives until its callback ran."""

    _running: ClassVar[set[ServiceCall]] = set()
    _generations: ClassVar[dict[tuple[int, str], int]] = {}
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
        self._slot: tuple[tuple[int, str], int] | None = None
        self._disabled: list[tuple[Any, bool]] = []
        self._announce: tuple[str, Callable[[Any], int]] | None = None
        # Emitted on a pool thread, delivered queued on the main thread (where self lives).
        self._succeeded_signal.connect(self._succeeded)
        self._failed_signal.connect(self._failed)

    def failed(self, handler: Callable[[BaseException], None]) -> ServiceCall:
        self._on_fail = handler
        return self

    def latest(self, slot: str) -> ServiceCall:
        """Only the newest call of this owner and `slot` answers; older ones are dropped."""
        key = (id(self._owner), slot)
        generation = ServiceCall._generations.get(key, 0) + 1
        ServiceCall._generations[key] = generation
        self._slot = (key, generation)
        return self

    def disabling(self, *targets: Any) -> ServiceCall:
        """Disable these widgets or actions while the call runs (each gets its state back)."""
        self._disabled = [(t, t.isEnabled()) for t in targets if t is not None]
        return self

    def announcing(self, kind: str, id_of: Callable[[Any], int] = lambda _r: 0) -> ServiceCall:
        """On success, tell the whole app that a `kind` record (id_of(result)) changed."""
        self._announce = (kind, id_of)
        return self

    def _superseded(self) -> bool:
        if self._slot is None:
            return False
        key, generation = self._slot
        return ServiceCall._generations.get(key) != generation

    def start(self) -> ServiceCall:
        ServiceCall._running.add(self)
        for target, _was in self._disabled:
            target.setEnabled(False)
        work, ok, fail = self._work, self._succeeded_signal, self._failed_signal

        def job() -> None:
            try:
                result = work()
            except BaseException as exc:  # delivered to the main thread, never lost
                fail.emit(exc)
            else:
                ok.emit(result)

        pool().start(job)
        return self

    def _owner_alive(self) -> bool:
        # The window that asked may have been closed while the work ran.
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        try:
            self._restore_enabled()
            if self._owner_alive() and not self._superseded():
                self._on_done(result)
            if self._announce is not None:  # stored, whether or not the asker still waits
                kind, id_of = self._announce
                announce(kind, id_of(result))
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            self._restore_enabled()
            if not self._owner_alive():
                log.info("dropped a failure for a closed window", exc_info=exc)
            elif self._superseded():
                log.info("dropped the failure of a superseded call", exc_info=exc)
            elif self._on_fail is not None:
                self._on_fail(exc)
            else:
                show_error(self._owner, exc)
        finally:
            self._finish()

    def _restore_enabled(self) -> None:
        for target, was in self._disabled:
            if shiboken6.isValid(target):
                target.setEnabled(was)

    def _finish(self) -> None:
        self.finished.emit()
        ServiceCall._running.discard(self)


def failure_text(exc: BaseException) -> str:
    """What to tell the user about a failed call, in the UI language: a service's error
    by its code (labels.error_text), anything else a calm sentence (the details are logged)."""
    if isinstance(exc, ServiceError):
        from vipdesk.ui.labels import error_text

        return error_text(exc)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "ServiceCall", "Something went wrong. Your data is safe; the details are in the log."
    )


def show_error(parent: QObject | None, exc: BaseException) -> None:
    """A calm message for the user; details go to the log, not into their face."""
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(exc, ServiceError):
        QMessageBox.warning(widget, "vipdesk", failure_text(exc))
    else:
        QMessageBox.critical(widget, "vipdesk", failure_text(exc))


def wait_for_background_work() -> None:
    """At quit: drop calls not yet started, wait for those running (they use the database).

    A call still running when Python shuts down would signal an object already gone.
    """
    pool = QThreadPool.globalInstance()
    pool.clear()
    pool.waitForDone()
