"""The dialogs and windows the counter screen opens: a guest's file (new, edit, identity and
privacy), complaints (log one, open one, the list), the Care list, and card printing with its
preview.

Each one is announced through the window's `dialog_opened` signal, and its service calls are
made as whoever works at the counter now. The texts keep the MainWindow translation context:
they are the counter window's own messages.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog

from vipdesk.domain.complaints import ComplaintCodes
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaint_codes import complaint_codes
from vipdesk.services.complaints import ComplaintRecord, get_complaint
from vipdesk.services.guests import get_guest
from vipdesk.services.profile import GuestProfile
from vipdesk.services.search import search
from vipdesk.services.staff import list_staff
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.complaints_view import ComplaintsView
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.guest_privacy_dialog import GuestPrivacyDialog
from vipdesk.ui.operations import ServiceCall
from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf
from vipdesk.ui.printing import render_document

if TYPE_CHECKING:
    from vipdesk.ui.main_window import MainWindow


class CounterDialogs(QObject):
    """Opens the counter's dialogs for the guest on the window's screen (or none)."""

    def __init__(self, window: MainWindow, today: date | None) -> None:
        super().__init__(window)
        self._window = window
        self._today = today

    def edit_guest(self, loaded: tuple[GuestProfile, bytes | None] | None) -> GuestDialog:
        """Open the guest dialog (new when `loaded` is None); saving reopens the profile."""
        window = self._window
        guest, photo = (loaded[0].guest, loaded[1]) if loaded else (None, None)
        dialog = GuestDialog(window.database, window.actor, guest, photo, window)
        dialog.saved.connect(lambda _id, d=dialog: self._confirm_saved(d.form.name.text()))
        dialog.saved.connect(window.open_guest)
        dialog.open_existing.connect(window.open_guest)
        self._open(dialog)
        return dialog

    def _confirm_saved(self, name: str) -> None:
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved: %1").replace("%1", name.strip()), 8000
        )

    def edit_privacy(self) -> None:
        """ID documents, and for duty managers the caution flag and confidential alias."""
        window = self._window
        shown = window.current_profile()
        if shown is None:
            return
        guest = shown[0].guest
        dialog = GuestPrivacyDialog(window.database, window.actor, guest.id, guest.name, window)
        dialog.changed.connect(window.open_guest)
        self._open(dialog)

    def log_complaint(self) -> None:
        """The complaint dialog for the guest on screen, or for a walk-in picked in it."""
        window = self._window
        shown = window.current_profile()
        guest = shown[0].guest if shown is not None else None
        db, actor, today = window.database, window.actor, date.today()

        def opened(loaded: tuple[list[Staff], ComplaintCodes]) -> None:
            managers, codes = loaded
            dialog = ComplaintDialog(
                db,
                actor,
                managers,
                codes,
                guest=(guest.id, guest.name) if guest is not None else None,
                search=lambda text: search(db, actor, text, limit=8, today=today),
                parent=window,
            )
            dialog.saved_for_guest.connect(window.open_guest)
            dialog.new_guest_requested.connect(lambda: self._walk_in_guest(dialog))
            self._open(dialog)

        ServiceCall(
            window,
            lambda: (list_staff(db, actor, Role.DUTY_MANAGER), complaint_codes(db, actor)),
            opened,
        ).start()

    def open_complaint(self, complaint_id: int) -> None:
        """A complaint from the profile's history, in the dialog (read-only once closed)."""
        window = self._window
        db, actor = window.database, window.actor

        def opened(loaded: tuple[ComplaintRecord, list[Staff], ComplaintCodes]) -> None:
            record, managers, codes = loaded
            dialog = ComplaintDialog(db, actor, managers, codes, record=record, parent=window)
            dialog.saved_for_guest.connect(window.open_guest)
            self._open(dialog)

        ServiceCall(
            window,
            lambda: (
                get_complaint(db, actor, complaint_id),
                list_staff(db, actor, Role.DUTY_MANAGER),
                complaint_codes(db, actor),
            ),
            opened,
        ).start()

    def _walk_in_guest(self, complaint: ComplaintDialog) -> None:
        """New guest… in the complaint dialog: create them, then the complaint is theirs."""
        db, actor = self._window.database, self._window.actor
        dialog = GuestDialog(db, actor, None, None, complaint)

        def chosen(guest_id: int) -> None:  # created, or an existing guest it duplicated
            ServiceCall(
                complaint,
                lambda: get_guest(db, actor, guest_id),
                lambda guest: complaint.set_guest(guest.id, guest.name),
            ).start()

        dialog.saved.connect(chosen)
        dialog.open_existing.connect(chosen)
        self._open(dialog)

    def show_complaints(self) -> None:
        window = self._window
        db, actor = window.database, window.actor

        def opened(codes: ComplaintCodes) -> None:
            view = ComplaintsView(db, actor, window, codes=codes)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.dialog_opened.connect(window.dialog_opened)
            window.dialog_opened.emit(view)
            view.show()

        ServiceCall(window, lambda: complaint_codes(db, actor), opened).start()

    def show_care(self) -> None:
        """The Care list window; it loads its tasks off the UI thread."""
        from vipdesk.ui.care_view import CareView

        window = self._window
        view = CareView(window.database, window.actor, window, today=self._today)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.dialog_opened.connect(window.dialog_opened)
        window.dialog_opened.emit(view)
        view.show()

    def print_cards(self, kind: str) -> None:
        """Render cards off the UI thread, then show the preview with the print dialog."""
        window = self._window
        ids = window.selected_ids()
        if not ids:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Find and select a guest first."), 4000
            )
            return
        db, actor = window.database, window.actor

        def render() -> RenderedPdf:  # the PDF and its preview images, off the UI thread
            return render_document(db, actor, [str(i) for i in ids], kind)

        title = (
            QCoreApplication.translate("MainWindow", "Guest cards")
            if kind == "card"
            else QCoreApplication.translate("MainWindow", "Registration cards")
        )
        ServiceCall(window, render, lambda pdf: self.preview(pdf, title)).start()

    def preview(self, document: RenderedPdf, title: str) -> None:
        """The counter's one preview path: the PDF's pages, then the print dialog."""
        self._open(PrintPreviewDialog(document, title, self._window))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._window.dialog_opened.emit(dialog)
        dialog.open()
