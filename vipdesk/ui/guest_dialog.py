"""New / edit guest: inline validation, lists, photo, duplicate warning, unsaved-changes prompt."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.guest import (
    GuestDraft,
    GuestRecord,
)
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.duplicates import (
    DuplicateCandidate,
    find_duplicates,
    mark_not_duplicate,
    merge_guests,
)
from vipdesk.services.errors import ChangedMeanwhile, ValidationFailed
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.services.photos import get_photo, set_photo
from vipdesk.ui import unsaved_prompt
from vipdesk.ui.conflict_prompt import TypedTextPanel, ask_to_reload, guest_field_label, typed_text
from vipdesk.ui.guest_form import UNCHANGED, GuestForm
from vipdesk.ui.operations import ServiceCall, show_error


class GuestDialog(QDialog):
    saved = Signal(int)
    open_existing = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Staff,
        guest: GuestRecord | None = None,
        photo: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guestDialog")
        self._db, self._actor, self._guest = db, actor, guest
        self._saving = False
        self._duplicates: list[DuplicateCandidate] = []
        self._unsaved: GuestDraft | None = None
        self.typed_panel: TypedTextPanel | None = None
        self._warned_for: GuestDraft | None = None  # the draft the duplicate warning is about
        self.resize(760, 620)
        self.form = GuestForm(guest, photo, self)
        self._build()
        self.form.name.setFocus()

    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def _build(self) -> None:
        self.duplicate_box = QWidget(self)
        self.duplicate_box.setObjectName("duplicateWarning")
        self.duplicate_box.setStyleSheet("background: #fef3c7;")
        dup_layout = QVBoxLayout(self.duplicate_box)
        self.duplicate_text = QLabel(self.duplicate_box)
        self.duplicate_text.setWordWrap(True)
        self.duplicate_list_model = QStringListModel(self)
        self.duplicate_list = QListView(self.duplicate_box)
        self.duplicate_list.setObjectName("duplicateList")
        self.duplicate_list.setModel(self.duplicate_list_model)
        self.duplicate_list.setMaximumHeight(90)
        self.open_existing_button = QPushButton(self.tr("Open e&xisting"), self.duplicate_box)
        self.open_existing_button.setObjectName("openExisting")
        self.merge_button = QPushButton(self.tr("Merge &into existing"), self.duplicate_box)
        self.merge_button.setObjectName("mergeDuplicate")
        self.different_button = QPushButton(self.tr("It's a di&fferent person"), self.duplicate_box)
        self.different_button.setObjectName("differentPerson")
        self.open_existing_button.clicked.connect(self._open_existing)
        self.merge_button.clicked.connect(self._merge)
        self.different_button.clicked.connect(self._different)
        dup_buttons = QHBoxLayout()
        for b in (self.open_existing_button, self.merge_button, self.different_button):
            dup_buttons.addWidget(b)
        dup_layout.addWidget(self.duplicate_text)
        dup_layout.addWidget(self.duplicate_list)
        dup_layout.addLayout(dup_buttons)
        self.duplicate_box.hide()
        self.duplicate_list.selectionModel().currentChanged.connect(self._duplicate_chosen)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Dedicated person, do not contact, consent: saved on their own (care_details_dialog).
        self.care_button = self.buttons.addButton(
            self.tr("Care and con&sent…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.care_button.setObjectName("careDetailsButton")
        self.care_button.setVisible(self._guest is not None)
        self.care_button.clicked.connect(self.open_care_details)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.duplicate_box)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Edit guest") if self._guest else self.tr("New guest"))

    def open_care_details(self) -> QDialog | None:
        from vipdesk.ui.care_details_dialog import CareDetailsDialog

        if self._guest is None:
            return None
        dialog = CareDetailsDialog(self._db, self._actor, self._guest.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ---- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        draft, errors = self.form.draft()
        self.form.show_errors(errors)
        if draft is None:
            return
        if self._guest is None and self._duplicates and draft == self._warned_for:
            # Saving again must not skip the warning: its own choices are the way on.
            self._focus_warning()
            return
        if self._guest is None:
            self._duplicates = []
            self.duplicate_box.hide()
            db, actor = self._db, self._actor
            self._saving = True
            ServiceCall(
                self,
                lambda: find_duplicates(db, actor, draft),
                lambda found: self._checked(draft, found),
            ).failed(self._failed).start()
            return
        self._store(draft, mark_different=False)

    def _checked(self, draft: GuestDraft, found: list[DuplicateCandidate]) -> None:
        self._saving = False
        if not found:
            self._store(draft, mark_different=False)
            return
        self._duplicates = found
        self._warned_for = draft
        text = self.tr(
            "This guest may already be on file. Open the existing "
            "guest, merge into it, or save as a different person."
        )
        if any(c.caution for c in found):
            caution = self.tr("A matching guest is on the caution list: ask the duty manager.")
            text = f"⛔ {caution}\n{text}"
        self.duplicate_text.setText(text)
        hidden = "🔒 " + self.tr("A guest on file: ask the duty manager")
        self.duplicate_list_model.setStringList(
            # Why each may be the same guest; the ranking score is internal (best first).
            [
                hidden
                if not c.guest_id
                else ("⛔ " if c.caution else "")
                + f"{c.name}  {c.member_no or ''}  ({'; '.join(c.reasons)})"
                for c in found
            ]
        )
        self.duplicate_list.setCurrentIndex(self.duplicate_list_model.index(0, 0))
        self._duplicate_chosen()
        self.duplicate_box.show()
        self._focus_warning()

    def _focus_warning(self) -> None:
        if self.open_existing_button.isEnabled():
            self.open_existing_button.setFocus()
        else:
            self.different_button.setFocus()

    def _duplicate_chosen(self, *_args: object) -> None:
        """Open and merge only for a guest the actor may see (a confidential one is hidden)."""
        visible = bool(self._duplicates) and self._chosen_duplicate().guest_id != 0
        self.open_existing_button.setEnabled(visible)
        self.merge_button.setEnabled(visible)

    def _chosen_duplicate(self) -> DuplicateCandidate:
        row = max(self.duplicate_list.currentIndex().row(), 0)
        return self._duplicates[row]

    def _open_existing(self) -> None:
        self.form.mark_clean()
        self.open_existing.emit(self._chosen_duplicate().guest_id)
        self.accept()

    def _different(self) -> None:
        draft, errors = self.form.draft()
        self.form.show_errors(errors)
        if draft is not None:
            self._store(draft, mark_different=True)

    def _merge(self) -> None:
        draft, errors = self.form.draft()
        self.form.show_errors(errors)
        if draft is None:
            return
        db, actor, target = self._db, self._actor, self._chosen_duplicate().guest_id
        photo = self.form.photo_change

        def work() -> int:
            created = create_guest(db, actor, draft)
            if isinstance(photo, bytes):
                set_photo(db, actor, created.id, photo)
            return merge_guests(db, actor, target, created.id).id

        self._saving = True
        ServiceCall(self, work, self._done).failed(self._failed).announcing(
            "guest", lambda guest_id: guest_id
        ).start()

    def _store(self, draft: GuestDraft, *, mark_different: bool) -> None:
        db, actor, guest, photo = self._db, self._actor, self._guest, self.form.photo_change
        # A candidate the actor may not see (id 0, a confidential guest) is the duty
        # manager's to decide: never marked from here.
        others = [c.guest_id for c in self._duplicates if c.guest_id] if mark_different else []

        def work() -> int:
            record = (
                update_guest(db, actor, guest.id, draft, version=guest.version, base=guest)
                if guest
                else create_guest(db, actor, draft)
            )
            if photo is not UNCHANGED:
                set_photo(db, actor, record.id, photo if isinstance(photo, bytes) else None)
            for other in others:
                mark_not_duplicate(db, actor, record.id, other)
            return record.id

        self._saving = True
        self._unsaved = draft  # what the form said, shown again if the save is refused
        ServiceCall(self, work, self._done).failed(self._failed).announcing(
            "guest", lambda guest_id: guest_id
        ).start()

    def _done(self, guest_id: int) -> None:
        self._saving = False
        self.form.mark_clean()
        self.saved.emit(guest_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
        elif isinstance(exc, ChangedMeanwhile) and self._guest is not None:
            typed, started = self._unsaved, self._guest
            ask_to_reload(self, exc, guest_field_label, lambda: self._reload(typed, started))
        else:
            show_error(self, exc)

    # ---- someone else saved this guest meanwhile -------------------------------------------

    def _reload(self, typed: GuestDraft | None, started: GuestRecord) -> None:
        db, actor, photo = self._db, self._actor, self.form.photo_change
        ServiceCall(
            self,
            lambda: (get_guest(db, actor, started.id), get_photo(db, actor, started.id)),
            lambda found: self._reloaded(*found, typed, started, photo),
        ).start()

    def _reloaded(
        self,
        stored: GuestRecord,
        stored_photo: bytes | None,
        typed: GuestDraft | None,
        started: GuestRecord,
        photo: object,
    ) -> None:
        """Show the stored guest, with what was typed beside it to copy from."""
        self._guest = stored
        # A newly chosen (or removed) photo is kept: it is not text one could copy over.
        shown = stored_photo if photo is UNCHANGED else photo
        form = GuestForm(stored, shown if isinstance(shown, bytes) else None, self)
        form.photo_change = photo
        self.layout().replaceWidget(self.form, form)
        self.form.deleteLater()
        self.form = form
        QWidget.setTabOrder(form, self.buttons)
        if typed is not None:
            names = [f.name for f in fields(GuestDraft)]
            text = typed_text(typed, started, names, guest_field_label)
            panel = TypedTextPanel(text, self)
            if self.typed_panel is not None:
                self.layout().replaceWidget(self.typed_panel, panel)
                self.typed_panel.deleteLater()
            else:
                self.layout().insertWidget(1, panel)
            self.typed_panel = panel
        form.name.setFocus()

    # ---- leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.form.dirty:
            answer = unsaved_prompt.ask_to_save(
                self, self.windowTitle(), self.tr("Save the changes to this guest?")
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()
