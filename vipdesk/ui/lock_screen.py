"""The lock screen's form: the same person unlocks with their password or PIN, or
someone else signs in instead (a shift change).

It names who locked the counter and nothing else: no guest, no list. It is application
modal, so it takes the keyboard even when a modal dialog was open when the screen locked.
Errors never say whether the user or the password was wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import Staff, pin_problem
from vipdesk.services.database import Database
from vipdesk.services.errors import PasswordRequired
from vipdesk.services.sign_in import has_pin, unlock_with_password, unlock_with_pin
from vipdesk.ui.operations import ServiceCall
from vipdesk.ui.sign_in import SignInDialog


class LockScreen(QDialog):
    """Unlock (Enter) or Switch user…; Esc and the close button do nothing."""

    unlocked = Signal(object)  # Staff: the same person
    switched = Signal(object)  # Staff: someone else signed in

    def __init__(
        self,
        db: Database,
        staff: Staff,
        over: QWidget,
        *,
        unsaved: int = 0,
        demo: bool = False,
    ) -> None:
        super().__init__(over, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self._db, self._staff, self._over, self._demo = db, staff, over, demo
        self._pin = False
        self._busy = False
        self._done = False
        self.sign_in_dialog: SignInDialog | None = None
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("vipdesk is locked"))
        self.setMinimumWidth(440)
        box = QFrame(self)
        box.setObjectName("lockBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 20, 24, 20)
        title = QLabel(self.tr("vipdesk is locked"), box)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.who = QLabel(
            self.tr("Locked by %1. Only they can unlock it.").replace("%1", staff.display_name),
            box,
        )
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        form = QFormLayout()
        self.secret = QLineEdit(box)
        self.secret.setObjectName("lockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel(box)
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.error = QLabel(box)
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.unlock_button = QPushButton(self.tr("&Unlock"), box)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)  # Enter unlocks
        self.unlock_button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        line = QFrame(box)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.switch_note = QLabel(self._switch_text(unsaved), box)
        self.switch_note.setObjectName("lockSwitchNote")
        self.switch_note.setWordWrap(True)
        layout.addWidget(self.switch_note)
        self.switch_button = QPushButton(self.tr("&Switch user…"), box)
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_user)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch()
        layout.addLayout(row)
        self.setTabOrder(self.secret, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)
        self._show_pin(False)
        over.installEventFilter(self)  # stay centred over the window it covers
        self.secret.setFocus()
        db_, staff_ = db, staff
        ServiceCall(self, lambda: has_pin(db_, staff_), self._show_pin).failed(
            lambda _exc: None
        ).start()

    def _switch_text(self, unsaved: int) -> str:
        name = self._staff.display_name
        if unsaved:
            return self.tr(
                "Someone else may sign in instead. The windows %1 left open are then closed, "
                "and the unsaved changes in %n of them are discarded.",
                "",
                unsaved,
            ).replace("%1", name)
        return self.tr(
            "Someone else may sign in instead. The windows %1 left open are then closed."
        ).replace("%1", name)

    def _show_pin(self, pin: bool) -> None:
        self._pin = pin
        text = self.tr("&Password or PIN:") if pin else self.tr("&Password:")
        self.secret_label.setText(text)
        self.secret.setAccessibleName(text.replace("&", "").rstrip(":："))

    # ---- placement ------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self._centre()
        super().showEvent(event)  # type: ignore[arg-type]

    def _centre(self) -> None:
        self.adjustSize()
        frame = self._over.frameGeometry()
        self.move(frame.center() - self.rect().center())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize) and self.isVisible():
            self._centre()
        return False

    # ---- unlocking ------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._busy:
            return
        db, staff, secret = self._db, self._staff, self.secret.text()
        if not secret:
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        if self._pin and pin_problem(secret) is None:
            work = lambda: unlock_with_pin(db, staff, secret)  # noqa: E731
        else:
            work = lambda: unlock_with_password(db, staff, secret)  # noqa: E731
        ServiceCall(self, work, self._unlocked).failed(self._refused).start()

    def _refused(self, exc: BaseException) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self.secret.clear()
        self.secret.setFocus()
        if isinstance(exc, PasswordRequired):
            self._show_pin(False)
            text = self.tr("Too many wrong PINs: unlock with your password.")
        else:
            text = self.tr(
                "Unlock failed. After 10 failed attempts the account is locked for 30 minutes."
            )
        self.error.setText(text)
        self.error.show()

    def _unlocked(self, staff: Staff) -> None:
        self._busy = False
        self._finish()
        self.unlocked.emit(staff)

    def switch_user(self) -> None:
        """Someone else signs in (the usual sign-in dialog: a reset password is changed there)."""
        dialog = SignInDialog(self._db, demo=self._demo, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        self.sign_in_dialog = dialog
        dialog.open()

    def _signed_in(self, staff: Staff) -> None:
        self._finish()
        if staff.id == self._staff.id:  # the same person, by user name and password
            self.unlocked.emit(staff)
        else:
            self.switched.emit(staff)

    def _finish(self) -> None:
        self._done = True
        self._over.removeEventFilter(self)
        self.hide()

    # ---- nothing closes it but an unlock ----------------------------------------------

    def reject(self) -> None:
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
