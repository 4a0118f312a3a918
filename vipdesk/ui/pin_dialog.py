"""My quick-unlock PIN (File menu): set, change or remove it, after one's password.

The PIN (4 to 6 digits) unlocks one's own lock screen; after 5 wrong PINs only the
password does. The check runs off the UI thread (Argon2id).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import Staff, pin_problem
from vipdesk.services.database import Database
from vipdesk.services.security import set_my_pin
from vipdesk.services.sign_in import has_pin
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall


def _secret(name: str, accessible: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PinDialog(QDialog):
    """`changed(bool)` once saved: whether a PIN is set now."""

    changed = Signal(bool)

    def __init__(self, db: Database, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._busy = False
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.tr("My quick-unlock PIN"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A PIN of 4 to 6 digits unlocks your own locked screen. After 5 wrong PINs "
                "your password is needed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.state = QLabel(self)
        self.state.setObjectName("pinState")
        layout.addWidget(self.state)
        form = QFormLayout()
        self.password = _secret("pinPassword", self.tr("Your password"), self)
        self.pin = _secret("pinNew", self.tr("New PIN"), self)
        self.again = _secret("pinAgain", self.tr("New PIN again"), self)
        for edit in (self.pin, self.again):
            edit.setMaxLength(6)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        form.addRow(self.tr("Your &password:"), self.password)
        form.addRow(self.tr("&New PIN:"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.again)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("pinError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save PIN"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("pinSave")
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove PIN"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setObjectName("pinRemove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # Enter saves
        self.password.setFocus()
        db_, actor_ = db, actor
        ServiceCall(self, lambda: has_pin(db_, actor_), self._show_state).start()

    def _show_state(self, pin: bool) -> None:
        self.state.setText(
            self.tr("You have a PIN. A new one replaces it.") if pin else self.tr("No PIN yet.")
        )
        self.remove_button.setVisible(pin)

    def _refuse(self, text: str) -> None:
        self._busy = False
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        pin = self.pin.text()
        if pin_problem(pin):
            self._refuse(self.tr("A PIN is 4 to 6 digits."))
            self.pin.setFocus()
            return
        if pin != self.again.text():
            self._refuse(self.tr("The two PINs differ."))
            self.again.setFocus()
            return
        self._save(pin)

    def remove(self) -> None:
        self._save(None)

    def _save(self, pin: str | None) -> None:
        if self._busy:
            return
        self._busy = True
        db, actor, password = self._db, self._actor, self.password.text()
        ServiceCall(self, lambda: set_my_pin(db, actor, password, pin), self._saved).failed(
            self._failed
        ).disabling(self.save_button, self.remove_button).start()

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "sign_in_failed":
            self.password.clear()
            self.password.setFocus()
            self._refuse(self.tr("That is not your password."))
        else:
            self._refuse(labels.error_text(exc))

    def _saved(self, pin: bool) -> None:
        self._busy = False
        self.changed.emit(pin)
        super().accept()


def open_pin_dialog(parent: QWidget, db: Database, actor: Staff) -> PinDialog:
    dialog = PinDialog(db, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
