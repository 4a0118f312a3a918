"""Settings → Staff (admins only): accounts in a table model, and what an admin does to
them: add one with an initial password (changed at its first sign-in), reset a password,
disable, lift a lock-out, change a role. Each is saved at once, through the services
(which check the role again); no account is ever deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.staff import (
    Account,
    add_staff,
    disable_staff,
    list_accounts,
    reset_password,
    set_role,
    unlock_staff,
)
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall
from vipdesk.ui.staff_account_dialog import AccountDialog, role_label

USER, NAME, ROLE, STATE = range(4)
Index = QModelIndex


def state_text(account: Account) -> str:
    """What stops or awaits this account, in words ("Active" when nothing does)."""
    parts = []
    if not account.active:
        parts.append(QCoreApplication.translate("StaffPage", "Disabled"))
    if account.locked:
        parts.append(QCoreApplication.translate("StaffPage", "Locked out"))
    if not account.has_password:
        parts.append(QCoreApplication.translate("StaffPage", "No password"))
    elif account.must_change_password:
        parts.append(QCoreApplication.translate("StaffPage", "Must change password"))
    if account.has_pin:
        parts.append(QCoreApplication.translate("StaffPage", "PIN"))
    return " · ".join(parts) if parts else QCoreApplication.translate("StaffPage", "Active")


class StaffModel(QAbstractTableModel):
    """Every account, disabled ones too, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, username: str) -> int:
        names = [a.username for a in self._accounts]
        return names.index(username) if username in names else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == USER:
                return account.username
            if column == NAME:
                return account.display_name
            if column == ROLE:
                return role_label(account.role)
            return state_text(account)
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return QColor("#6b7280")  # greyed: it can no longer sign in
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [
            QCoreApplication.translate("StaffPage", "User name"),
            QCoreApplication.translate("StaffPage", "Name"),
            QCoreApplication.translate("StaffPage", "Role"),
            QCoreApplication.translate("StaffPage", "State"),
        ][section]


class StaffPage(QWidget):
    """The accounts and an admin's actions on the selected one."""

    loaded = Signal()
    changed = Signal()  # an account was saved (the acting person's own role, perhaps)

    def __init__(self, db: Database, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self._db, self._actor = db, actor
        self.model = StaffModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.add_button = self._button("staffAdd", self.tr("&Add account…"), self.add)
        self.reset_button = self._button("staffReset", self.tr("Reset &password…"), self.reset)
        self.disable_button = self._button("staffDisable", self.tr("&Disable…"), self.disable)
        self.unlock_button = self._button("staffUnlock", self.tr("Unl&ock"), self.unlock)
        self.role = QComboBox(self)
        self.role.setObjectName("staffRole")
        self.role.setAccessibleName(self.tr("Role of the selected account"))
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.role_button = self._button("staffSetRole", self.tr("Set ro&le"), self.set_role)
        role_label_ = QLabel(self.tr("&Role:"), self)
        role_label_.setBuddy(self.role)
        self.error = QLabel(self)
        self.error.setObjectName("staffError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.confirm: QMessageBox | None = None
        grid = QGridLayout()
        grid.addWidget(self.add_button, 0, 0)
        grid.addWidget(self.reset_button, 0, 1)
        grid.addWidget(self.disable_button, 0, 2)
        grid.addWidget(self.unlock_button, 0, 3)
        grid.addWidget(role_label_, 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.role, 1, 1, 1, 2)
        grid.addWidget(self.role_button, 1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        self._update()
        self.load()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter is the dialog's OK, not an account action
        button.clicked.connect(slot)
        return button

    # ---- the list ----------------------------------------------------------------------

    def load(self, select: str = "") -> None:
        db, actor = self._db, self._actor
        keep = select or (self.selected().username if self.selected() else "")

        def shown(accounts: list[Account]) -> None:
            self.model.set_accounts(accounts)
            row = self.model.row_of(keep)
            self.table.selectRow(row if row >= 0 else 0)
            self._update()
            self.loaded.emit()

        ServiceCall(self, lambda: list_accounts(db, actor), shown).failed(self._failed).start()

    def selected(self) -> Account | None:
        index = self.table.currentIndex()
        return self.model.account(index.row()) if index.isValid() else None

    def _update(self, *_args: object) -> None:
        account = self.selected()
        for button in (self.reset_button, self.role_button, self.role):
            button.setEnabled(account is not None)
        self.disable_button.setEnabled(account is not None and account.active)
        self.unlock_button.setEnabled(account is not None and account.locked)
        if account is not None:
            self.role.setCurrentIndex(self.role.findData(account.role.value))

    # ---- actions -----------------------------------------------------------------------

    def _run(self, work: Callable[[], object], username: str) -> None:
        self.error.hide()

        def done(_result: object) -> None:
            self.changed.emit()
            self.load(username)

        ServiceCall(self, work, done).failed(self._failed).disabling(
            self.add_button, self.reset_button, self.disable_button, self.role_button
        ).start()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(labels.error_text(exc))
        self.error.show()

    def add(self) -> AccountDialog:
        """A new account; its first sign-in asks for a password of its owner's own."""
        dialog = AccountDialog(self, None)
        db, actor = self._db, self._actor

        def entered() -> None:
            user, name, role, password = dialog.values()
            self._run(
                lambda: add_staff(
                    db, actor, user, role, password, display_name=name, must_change_password=True
                ),
                user.strip().lower(),
            )

        dialog.accepted.connect(entered)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reset(self) -> AccountDialog | None:
        account = self.selected()
        if account is None:
            return None
        dialog = AccountDialog(self, account.username)
        db, actor, user = self._db, self._actor, account.username

        def entered() -> None:
            password = dialog.values()[3]
            self._run(lambda: reset_password(db, actor, user, password), user)

        dialog.accepted.connect(entered)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def disable(self) -> QMessageBox | None:
        account = self.selected()
        if account is None:
            return None
        db, actor, user = self._db, self._actor, account.username
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Disable account"),
            self.tr(
                "Disable %1? They can no longer sign in. The account is kept: the history "
                "refers to it."
            ).replace("%1", account.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._run(lambda: disable_staff(db, actor, user), user)

        box.finished.connect(answered)
        self.confirm = box
        box.open()
        return box

    def unlock(self) -> None:
        account = self.selected()
        if account is not None:
            db, actor, user = self._db, self._actor, account.username
            self._run(lambda: unlock_staff(db, actor, user), user)

    def set_role(self) -> None:
        account = self.selected()
        role = Role(self.role.currentData())
        if account is not None and role != account.role:
            db, actor, user = self._db, self._actor, account.username
            self._run(lambda: set_role(db, actor, user, role), user)
