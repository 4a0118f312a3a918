"""Signing in before any guest data is shown, and the first run's setup of the first admin.

The dialogs report through signals (`signed_in(Staff)`, `created(str)`); the password
check runs off the UI thread (Argon2id takes a noticeable fraction of a second).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.demo_accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from vipdesk.services.sign_in import sign_in
from vipdesk.services.staff import FirstAdmin, change_password, create_first_admin
from vipdesk.ui import labels
from vipdesk.ui.key_backup import KeyBackupBox
from vipdesk.ui.operations import ServiceCall


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class SignInDialog(QDialog):
    """User name and password; on a demo database it says the demo accounts' password.

    A password an admin reset is changed here before the window opens.
    """

    signed_in = Signal(object)  # Staff

    def __init__(
        self, db: Database, *, demo: bool = False, username: str = "", parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._db = db
        self._busy = False
        self._staff: Staff | None = None
        self.setWindowTitle(self.tr("Sign in to vipdesk"))
        self.setObjectName("signInDialog")
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Who is at the counter?"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        self.username = QLineEdit(username)
        _named(self.username, "signInUser", self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        _named(self.password, "signInPassword", self.tr("Password"))
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        _named(self.new_password, "signInNewPassword", self.tr("New password"))
        self.new_label = QLabel(self.tr("&New password:"))
        self.new_label.setBuddy(self.new_password)
        form.addRow(self.new_label, self.new_password)
        self.new_label.hide()
        self.new_password.hide()
        layout.addLayout(form)
        self.demo_note = QLabel(
            self.tr("Demo database: sign in as %1 with the password %2.")
            .replace("%1", ", ".join(name for name, _, _ in DEMO_ACCOUNTS))
            .replace("%2", DEMO_PASSWORD)
        )
        self.demo_note.setObjectName("signInDemoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(demo)
        layout.addWidget(self.demo_note)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("signInButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setDefault(True)  # once in the dialog: before, Enter fell to Cancel
        (self.password if username else self.username).setFocus()

    @property
    def staff(self) -> Staff | None:
        return self._staff

    def _show_error(self, text: str) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        if self._busy:
            return
        db, user, password = self._db, self.username.text(), self.password.text()
        if self._staff is not None and self._staff.must_change_password:
            self._change_password()
            return
        self._busy = True
        self.ok.setEnabled(False)
        ServiceCall(self, lambda: sign_in(db, user, password), self._signed).failed(
            self._refused
        ).start()

    def _refused(self, exc: BaseException) -> None:
        self.password.clear()
        self._show_error(
            self.tr("Sign-in failed. After 10 failed attempts an account is locked for 30 minutes.")
            if getattr(exc, "code", "") == "sign_in_failed"
            else labels.error_text(exc)
        )

    def _signed(self, staff: Staff) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self._staff = staff
        if staff.must_change_password:
            self.error.setText(self.tr("An admin reset your password: choose your own now."))
            self.error.show()
            self.username.setEnabled(False)
            self.new_label.show()
            self.new_password.show()
            self.new_password.setFocus()
            return
        self.signed_in.emit(staff)
        super().accept()

    def _change_password(self) -> None:
        db, staff = self._db, self._staff
        old, new = self.password.text(), self.new_password.text()
        assert staff is not None
        self._busy = True
        self.ok.setEnabled(False)
        ServiceCall(self, lambda: change_password(db, staff, old, new), self._signed).failed(
            lambda exc: self._show_error(labels.error_text(exc))
        ).start()


class FirstRunDialog(QDialog):
    """A database nobody can sign in to: create the first admin, then show the recovery
    code once (only its hash is kept)."""

    created = Signal(object)  # Staff

    def __init__(self, db: Database, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._db = db
        self._made: FirstAdmin | None = None
        self.setObjectName("firstRunDialog")
        self.setMinimumWidth(440)
        self.setWindowTitle(self.tr("Set up vipdesk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "No one can sign in to this database yet. Create the first administrator: "
                "they add the other staff accounts."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit()
        _named(self.username, "firstRunUser", self.tr("User name"))
        self.display_name = QLineEdit()
        _named(self.display_name, "firstRunName", self.tr("Name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        _named(self.password, "firstRunPassword", self.tr("Password"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        _named(self.again, "firstRunAgain", self.tr("Password again"))
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("N&ame:"), self.display_name)
        form.addRow(self.tr("&Password (8 characters or more):"), self.password)
        form.addRow(self.tr("Password &again:"), self.again)
        layout.addLayout(form)
        self.code = QLabel()
        self.code.setObjectName("firstRunRecoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.code.hide()
        layout.addWidget(self.code)
        self.key_box = KeyBackupBox(db, self)  # an encrypted database: save its key first
        self.key_box.hide()
        self.key_box.saved.connect(lambda _where: self.ok.setEnabled(True))
        layout.addWidget(self.key_box)
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(
            self.tr("Create administrator"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("firstRunButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok.setDefault(True)  # Enter creates the administrator, never cancels

    def accept(self) -> None:
        if self._made is not None:  # the code was read: go on to sign in
            self.created.emit(self._made.staff)
            super().accept()
            return
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        db, user, name, password = (
            self._db,
            self.username.text(),
            self.display_name.text(),
            self.password.text(),
        )
        self.ok.setEnabled(False)

        def made(first: FirstAdmin) -> None:
            self._made = first
            self.ok.setEnabled(True)
            self.ok.setText(self.tr("I have written it down"))
            self.error.hide()
            for edit in (self.username, self.display_name, self.password, self.again):
                edit.setEnabled(False)
            self.code.setText(
                self.tr(
                    "Recovery code: %1\nWrite it down and keep it away from this PC. It is "
                    "shown only this once, and resets this administrator's password if it "
                    "is forgotten."
                ).replace("%1", first.recovery_code)
            )
            self.code.show()
            if db.key is not None:  # continuing waits until the key is saved
                self.ok.setEnabled(False)
                self.key_box.start(first.staff)

        def refused(exc: BaseException) -> None:
            self.ok.setEnabled(True)
            self.error.setText(labels.error_text(exc))
            self.error.show()

        ServiceCall(
            self, lambda: create_first_admin(db, user, password, display_name=name), made
        ).failed(refused).start()


def sign_in_at_start(db: Database, username: str = "") -> Staff | None:
    """The first run's setup when needed, then the sign-in; None when cancelled."""
    from vipdesk.services.demo_accounts import is_demo
    from vipdesk.services.staff import has_accounts

    if not has_accounts(db):
        first = FirstRunDialog(db)
        if first.exec() != QDialog.DialogCode.Accepted or first._made is None:
            return None
        username = first._made.staff.username
    dialog = SignInDialog(db, demo=is_demo(db), username=username)
    return dialog.staff if dialog.exec() == QDialog.DialogCode.Accepted else None
