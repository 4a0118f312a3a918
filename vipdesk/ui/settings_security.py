"""Settings → Security (admins only): after how many idle minutes the screen locks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.security import (
    DEFAULT_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    idle_lock_minutes,
    set_idle_lock_minutes,
)
from vipdesk.ui.operations import ServiceCall, announce


class SecurityPage(QWidget):
    """Loads itself; `pending()` is the save to run with the dialog's other saves."""

    loaded = Signal()

    def __init__(self, db: Database, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self._db, self._actor = db, actor
        self._stored: int | None = None
        self._changed = False
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(DEFAULT_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock the screen after idle minutes"))
        self.idle_minutes.setEnabled(False)  # until the stored value is read
        form = QFormLayout(self)
        form.addRow(self.tr("&Lock the screen after"), self.idle_minutes)
        note = QLabel(
            self.tr(
                "Without keyboard or mouse input for this long, every vipdesk window on every "
                "counter is covered until its user unlocks it (1 to 60 minutes). "
                "Ctrl+Shift+L locks at once."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        db_, actor_ = db, actor
        ServiceCall(self, lambda: idle_lock_minutes(db_, actor_), self._show).start()

    def _show(self, minutes: int) -> None:
        self._stored = minutes
        self.idle_minutes.setValue(minutes)
        self.idle_minutes.setEnabled(True)
        self.loaded.emit()

    def pending(self) -> Callable[[], object] | None:
        """The save to run off the UI thread, or None when nothing changed."""
        minutes = self.idle_minutes.value()
        if self._stored is None or minutes == self._stored:
            return None
        db, actor = self._db, self._actor
        self._changed = True
        return lambda: set_idle_lock_minutes(db, actor, minutes)

    def saved(self) -> None:
        """Every open window's idle lock follows the new minutes."""
        if self._changed:
            announce("security")
