"""The guest's own rights at the counter (duty managers and admins): a copy of their data,
and erasure, confirmed twice (the second time by typing the guest's member number, or the
name of a guest without one, and a reason).

Two actions in the Guest menu, shown only to managers (the services refuse anyone else).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.erasure import confirms_erasure
from vipdesk.domain.staff import is_manager
from vipdesk.services.guest_erasure import BackupsHolding, Erasure, backups_holding, erase_guest
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall

if TYPE_CHECKING:
    from vipdesk.ui.main_window import MainWindow


class EraseConfirmDialog(QDialog):
    """The second confirmation: the reason, and the guest's member number (or, for a guest
    without one, the name) typed by hand: what the desk knows, never the internal id."""

    def __init__(
        self, parent: QWidget | None, guest_id: int, name: str, member_no: str | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseConfirmDialog")
        self.guest_id, self.name, self.member_no = guest_id, name, member_no
        self.setWindowTitle(self.tr("Erase guest data"))
        if member_no:
            text = self.tr(
                "Erase the personal data of %1, member no. %2? This cannot be undone. "
                "Type the member no. to confirm."
            ).replace("%2", member_no)
            typed_label = self.tr("&Member no.:")
        else:
            text = self.tr(
                "Erase the personal data of %1 (no member no.)? This cannot be undone. "
                "Type the name as shown to confirm."
            )
            typed_label = self.tr("&Name:")
        self.question = QLabel(text.replace("%1", labels.guest_name(name, guest_id)), self)
        self.question.setObjectName("eraseQuestion")
        self.question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("eraseReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.typed_id = QLineEdit(self)
        self.typed_id.setObjectName("eraseTypedId")
        self.typed_id.setAccessibleName(typed_label.replace("&", "").rstrip(":："))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(typed_label, self.typed_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Erase"))
        self.ok.setObjectName("eraseConfirmButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self.typed_id.textChanged.connect(self._check)
        self._check()
        self.resize(460, 200)
        self.reason.setFocus()

    def confirmed(self) -> bool:
        typed = self.typed_id.text()
        return confirms_erasure(typed, self.member_no, self.name) and bool(
            self.reason.text().strip()
        )

    def _check(self) -> None:
        self.ok.setEnabled(self.confirmed())


def ask_erase_reason(
    parent: QWidget | None, guest_id: int, name: str, member_no: str | None
) -> str | None:
    """The reason, once the member no. (or name) was typed and Erase pressed; None when
    cancelled."""
    dialog = EraseConfirmDialog(parent, guest_id, name, member_no)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.confirmed()
    reason = dialog.reason.text().strip() if accepted else None
    dialog.deleteLater()
    return reason


class GuestRightsActions(QObject):
    """The two Guest menu actions, on the profile on screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.copy_action = QAction(window)
        self.copy_action.setObjectName("guestCopyAction")
        self.copy_action.triggered.connect(self.choose_copy)
        self.erase_action = QAction(window)
        self.erase_action.setObjectName("guestEraseAction")
        self.erase_action.triggered.connect(self.start_erase)
        window.guest_menu.addSeparator()
        window.guest_menu.addAction(self.copy_action)
        window.guest_menu.addAction(self.erase_action)
        window.guest_menu.aboutToShow.connect(self.update)
        self.update()

    def actions(self) -> list[QAction]:
        return [self.copy_action, self.erase_action]

    def update(self) -> None:
        """Shown to managers only; usable while a guest is on screen."""
        manager = is_manager(self.window.actor.role)
        on_screen = self.window.current_guest_id() is not None
        for action in self.actions():
            action.setVisible(manager)
            action.setEnabled(manager and on_screen)

    def retranslate(self) -> None:
        self.copy_action.setText(self.tr("Copy of guest &data…"))
        self.erase_action.setText(self.tr("Erase guest data…"))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # ---- the copy --------------------------------------------------------------------

    def choose_copy(self) -> None:
        guest_id = self.window.current_guest_id()
        if guest_id is None:
            self._status(self.tr("Find and select a guest first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the guest's data"),
            f"guest-{guest_id}-data.pdf",
            "PDF (*.pdf);;JSON (*.json)",
        )
        if path:
            self.save_copy(guest_id, Path(path))

    def save_copy(self, guest_id: int, path: Path) -> ServiceCall:
        """Write the copy off the UI thread: JSON for a .json file, else a PDF."""
        db, actor = self.window.database, self.window.actor
        if path.suffix.lower() != ".json" and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        from vipdesk.ui.app import current_translation  # app imports the window, which imports us

        language = current_translation().language  # the PDF's labels follow the screen

        def write() -> Path:
            if path.suffix.lower() == ".json":
                from vipdesk.services.guest_copy import write_guest_copy_json

                return write_guest_copy_json(db, actor, guest_id, path)
            from vipdesk.print.guest_copy import guest_copy_pdf

            guest_copy_pdf(db, actor, guest_id, path, language=language)
            return path

        def saved(where: Path) -> None:
            self._status(
                self.tr("Saved the copy of the guest's data to %1").replace("%1", str(where))
            )

        return ServiceCall(self.window, write, saved).disabling(self.copy_action).start()

    # ---- erasure ---------------------------------------------------------------------

    def start_erase(self) -> None:
        shown = self.window.profile.shown_profile
        if shown is None:
            self._status(self.tr("Find and select a guest first."))
            return
        guest = shown.guest
        db = self.window.database
        ServiceCall(
            self.window,
            lambda: backups_holding(db),
            lambda held: self.confirm_erase(guest.id, held, guest.name, guest.member_no),
        ).start()

    def backups_text(self, held: BackupsHolding) -> str:
        if held.on_server:
            return self.tr(
                "This database is on a PostgreSQL server: the old versions of the erased rows "
                "stay in the server's data files until its VACUUM reuses the space, and "
                "vipdesk keeps no backups of its own there: the server's backups (pg_dump) "
                "made before now still hold this guest until they rotate out. Ask IT how long "
                "they are kept."
            )
        if not held.daily and not held.others:
            return self.tr("No backup holds this guest.")
        parts = []
        if held.daily:
            parts.append(
                self.tr(
                    "%n older daily backup(s) still hold this guest until they rotate out "
                    "(7 daily and 4 weekly copies are kept); the last one is gone by %1.",
                    "",
                    held.daily,
                ).replace("%1", held.gone_by.isoformat() if held.gone_by else "—")
            )
        if held.others:
            parts.append(
                self.tr(
                    "%n copy/copies kept before an upgrade or a restore hold them until "
                    "deleted by hand.",
                    "",
                    held.others,
                )
            )
        # Chinese sentences end in "。" and take no space between them.
        return "".join(p if p.endswith("。") else p + " " for p in parts).strip()

    def confirm_erase(
        self, guest_id: int, held: BackupsHolding, name: str = "", member_no: str | None = None
    ) -> None:
        """The first confirmation (who, what goes, what stays, the backups), then the second."""
        who = labels.guest_name(name, guest_id)
        if member_no:
            who = self.tr("%1, member no. %2").replace("%1", who).replace("%2", member_no)
        answer = QMessageBox.warning(
            self.window,
            self.tr("Erase guest data"),
            self.tr(
                "Erase the personal data of %3 (guest #%1)?\n\nRemoved: name, member no., phones, "
                "e-mail, dates, preferences, taboos, photo, notes, ID documents, care and "
                "complaint texts. Kept: stay dates and rooms, complaint categories and times, "
                "so reports stay true.\n\n%2"
            )
            .replace("%1", str(guest_id))
            .replace("%2", self.backups_text(held))
            .replace("%3", who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = ask_erase_reason(self.window, guest_id, name, member_no)
        if reason is None:
            return
        self.erase(guest_id, reason)

    def erase(self, guest_id: int, reason: str) -> ServiceCall:
        db, actor = self.window.database, self.window.actor

        def done(result: Erasure) -> None:
            if self.window.current_guest_id() == guest_id:
                self.window.clear_profile()
            self.window.searcher.request(self.window.search_box.text())
            self._status(
                self.tr("Erased the personal data of guest #%1. %2")
                .replace("%1", str(guest_id))
                .replace("%2", self.backups_text(result.backups))
            )

        return (
            ServiceCall(self.window, lambda: erase_guest(db, actor, guest_id, reason), done)
            .disabling(self.erase_action)
            .announcing("guest", lambda _r: guest_id)
            .start()
        )
