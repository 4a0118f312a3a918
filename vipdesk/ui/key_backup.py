"""Saving the database key at the first run: without it no backup opens on another PC.

Shown by the first-run setup once the first administrator exists (they may export keys).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.database_keys import export_key
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall


def suggested_key_file() -> Path:
    return Path.home() / f"vipdesk-key-{date.today():%Y%m%d}.key"


class KeyBackupBox(QWidget):
    """A file name and a Save button; `saved` once the key is written there."""

    saved = Signal(str)  # where

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyBackupBox")
        self._db = db
        self._actor: Staff | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        why = QLabel(
            self.tr(
                "The database is encrypted. Save its key now, on a USB stick or in the "
                "hotel's safe, not beside the backups: without it no backup can be restored "
                "on another PC (later: vipdesk key export)."
            ),
            self,
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        row = QHBoxLayout()
        self.path = QLineEdit(str(suggested_key_file()), self)
        self.path.setObjectName("keyFile")
        self.path.setAccessibleName(self.tr("Key file"))
        self.save = QPushButton(self.tr("Save the &key"), self)
        self.save.setObjectName("saveKey")
        self.save.clicked.connect(self._save)
        self.path.returnPressed.connect(self._save)
        row.addWidget(self.path, 1)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("keySaved")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def start(self, actor: Staff) -> None:
        self._actor = actor
        self.show()
        self.path.setFocus()

    def _save(self) -> None:
        if self._actor is None:
            return
        db, actor, where = self._db, self._actor, Path(self.path.text().strip()).expanduser()

        def done(path: Path) -> None:
            self.status.setText(self.tr("Key saved to %1. Keep it safe.").replace("%1", str(path)))
            self.saved.emit(str(path))

        def refused(exc: BaseException) -> None:
            self.status.setText("⚠ " + labels.error_text(exc))

        ServiceCall(self, lambda: export_key(db, actor, where), done).failed(refused).disabling(
            self.save
        ).start()
