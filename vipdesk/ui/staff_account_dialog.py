"""A new staff account, or a new password an admin gives one: typed twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import MIN_PASSWORD_LENGTH, Role, password_problem


def role_label(role: Role) -> str:
    """A role's name in the UI language."""
    return {
        Role.RECEPTIONIST: QCoreApplication.translate("Roles", "Receptionist"),
        Role.DUTY_MANAGER: QCoreApplication.translate("Roles", "Duty manager"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
    }[role]


class AccountDialog(QDialog):
    """`username` None: a new account (user name, name, role, password); else a reset."""

    def __init__(self, parent: QWidget | None, username: str | None) -> None:
        super().__init__(parent)
        self._username = username
        self.setObjectName("accountDialog")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("accountUser")
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("accountName")
        self.display_name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self)
        self.role.setObjectName("accountRole")
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit(self)
        self.password.setObjectName("accountPassword")
        self.password.setAccessibleName(self.tr("Initial password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("accountAgain")
        self.again.setAccessibleName(self.tr("Password again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if username is None:
            self.setWindowTitle(self.tr("Add a staff account"))
            form.addRow(self.tr("&User name:"), self.username)
            form.addRow(self.tr("N&ame:"), self.display_name)
            form.addRow(self.tr("&Role:"), self.role)
        else:
            self.setWindowTitle(self.tr("Reset the password of %1").replace("%1", username))
            for widget in (self.username, self.display_name, self.role):
                widget.hide()
        form.addRow(self.tr("&Initial password:"), self.password)
        form.addRow(self.tr("Password a&gain:"), self.again)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "At least %1 characters, not the user name. Its owner chooses a password "
                "of their own at the next sign-in."
            ).replace("%1", str(MIN_PASSWORD_LENGTH)),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("accountError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.username if username is None else self.password).setFocus()

    def values(self) -> tuple[str, str, Role, str]:
        """(user name, name, role, password) as entered."""
        user = self._username if self._username is not None else self.username.text().strip()
        return (
            user,
            self.display_name.text().strip(),
            Role(self.role.currentData()),
            self.password.text(),
        )

    def accept(self) -> None:
        user, _name, _role, password = self.values()
        problem = (
            self.tr("Give a user name.")
            if not user
            else self.tr("The two passwords differ.")
            if password != self.again.text()
            else self.tr("At least %1 characters, and not the user name.").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
            if password_problem(user, password)
            else ""
        )
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()
