"""Logging or editing a complaint: the recording checklist, the promise, recovery steps.

Opened for the guest on screen, for a walk-in (the guest is picked or created in the
dialog), or on an existing complaint to complete it (e.g. recovery steps done later).
A closed complaint opens read-only: it can only be annotated from the complaint list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.complaints import (
    DEFAULT_FEEDBACK,
    RECOVERY_STEPS,
    ComplaintCodes,
    ComplaintDraft,
    ComplaintSeverity,
)
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import (
    ComplaintRecord,
    get_complaint,
    log_complaint,
    returning_guest,
    update_complaint,
)
from vipdesk.services.database import Database
from vipdesk.services.errors import ChangedMeanwhile, ValidationFailed
from vipdesk.services.search import SearchHit
from vipdesk.ui import labels, unsaved_prompt
from vipdesk.ui.complaint_fields import NOT_DONE, TIME_FORMAT, field_label, recovery_step
from vipdesk.ui.complaint_fields import to_py as _py
from vipdesk.ui.complaint_fields import to_qt as _qt
from vipdesk.ui.conflict_prompt import TypedTextPanel, ask_to_reload, typed_text
from vipdesk.ui.fields import DateTimeEdit, tab_order
from vipdesk.ui.guest_picker import GuestPicker
from vipdesk.ui.operations import ServiceCall, show_error
from vipdesk.ui.window_size import fit_on_screen

__all__ = ["ComplaintDialog", "field_label"]  # field_label: as callers imported it


class ComplaintDialog(QDialog):
    saved = Signal(int)
    saved_for_guest = Signal(int)
    new_guest_requested = Signal()

    def __init__(
        self,
        db: Database,
        actor: Staff,
        managers: list[Staff],
        codes: ComplaintCodes | None = None,
        *,
        guest: tuple[int, str] | None = None,
        record: ComplaintRecord | None = None,
        search: Callable[[str], list[SearchHit]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`guest` (id, name) logs for that guest; `record` edits a complaint; neither
        (with `search`) logs for a walk-in picked in the dialog."""
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        codes = codes or ComplaintCodes()
        self._db, self._actor, self._record = db, actor, record
        self._guest_id: int | None = None
        if record is not None:
            self._guest_id = record.guest_id
            self.setWindowTitle(
                self.tr("Complaint #%1 — %2")
                .replace("%1", str(record.id))
                .replace("%2", labels.guest_name(record.guest_name, record.guest_id))
            )
        elif guest is not None:
            self._guest_id = guest[0]
            self.setWindowTitle(self.tr("Log a complaint — %1").replace("%1", guest[1]))
        else:
            self.setWindowTitle(self.tr("Log a complaint"))
        self.picker: GuestPicker | None = None
        if self._guest_id is None:
            assert search is not None, "a walk-in complaint needs the guest search"
            self.picker = GuestPicker(search, self)
            self.picker.picked.connect(self._guest_picked)
            self.picker.new_guest_requested.connect(self.new_guest_requested)
        self._due_edited = record is not None  # an existing promise is kept as made
        self._saving = False
        self._unsaved: ComplaintDraft | None = None
        self.typed_panel: TypedTextPanel | None = None
        fit_on_screen(self, 680, 680)  # 1366×768 minus a taskbar; the form scrolls
        now = QDateTime.currentDateTime()
        self.occurred = DateTimeEdit(now, self)
        self.occurred.setObjectName("occurredEdit")
        self.occurred.setCalendarPopup(True)
        self.department = QComboBox(self)
        self.department.setObjectName("departmentCombo")
        for code in codes.departments:
            self.department.addItem(labels.department(code, codes.departments), code)
        self.service = QLineEdit(self)
        self.staff_involved = QLineEdit(self)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryCombo")
        for code in codes.categories:
            self.category.addItem(labels.complaint_category(code, codes.categories), code)
        self.severity = QComboBox(self)
        self.severity.setObjectName("severityCombo")
        for s in ComplaintSeverity:
            self.severity.addItem(labels.complaint_severity(s.value), s.value)
        self.severity.setCurrentIndex(1)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("descriptionEdit")
        self.real_reason = QPlainTextEdit(self)
        self.guest_wish = QPlainTextEdit(self)
        for edit in (self.description, self.real_reason, self.guest_wish):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
        self.excessive = QCheckBox(self.tr("The request is excessive"), self)
        self.excessive_note = QLineEdit(self)
        self.due = DateTimeEdit(self)
        self.due.setObjectName("dueEdit")
        self.due.setCalendarPopup(True)
        self.steps: dict[str, tuple[QCheckBox, QDateTimeEdit]] = {}
        self.compensation = QLineEdit(self)
        self.compensation_value = QLineEdit(self)
        self.manager = QComboBox(self)
        self.manager.setObjectName("managerCombo")
        self.manager.addItem("—", None)
        for m in managers:
            self.manager.addItem(m.display_name, m.id)
        # Chosen, never silently preselected: an unchosen one is named when saving.
        for combo in (self.department, self.category):
            combo.setPlaceholderText(self.tr("Choose…"))
            combo.setCurrentIndex(-1)
        if actor.role == Role.DUTY_MANAGER and self.manager.findData(actor.id) >= 0:
            self.manager.setCurrentIndex(self.manager.findData(actor.id))  # the one on duty
        self.errors: dict[str, QLabel] = {}

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        required = {"guest_id", "occurred_at", "department", "category", "severity"}
        required |= {"description", "feedback_due"}

        def label(key: str) -> str:
            return field_label(key) + (" *" if key in required else "")

        rows: list[tuple[str, str, QWidget]] = []
        if self.picker is not None:
            rows.append(("guest_id", label("guest_id"), self.picker))
        self.facts = QLabel(self)
        self.facts.setObjectName("complaintFacts")
        self.facts.setWordWrap(True)
        if record is not None:
            rows.append(("status", label("status"), self.facts))
        else:  # filled in from the guest's stays, not asked
            rows.append(("returning", self.tr("Returning guest?"), self.facts))
        rows += [
            (key, label(key), widget)
            for key, widget in (
                ("occurred_at", self.occurred),
                ("department", self.department),
                ("service", self.service),
                ("staff_involved", self.staff_involved),
                ("category", self.category),
                ("severity", self.severity),
                ("description", self.description),
                ("real_reason", self.real_reason),
                ("guest_wish", self.guest_wish),
            )
        ]
        rows += [
            ("excessive", "", self.excessive),
            ("excessive_note", label("excessive_note"), self.excessive_note),
            ("feedback_due", label("feedback_due"), self.due),
        ]
        for key in RECOVERY_STEPS:
            holder, box, when = recovery_step(self, key)
            self.steps[key] = (box, when)
            rows.append((key, self.tr("Recovery step") if key == RECOVERY_STEPS[0] else "", holder))
        rows += [
            (key, label(key), widget)
            for key, widget in (
                ("compensation", self.compensation),
                ("compensation_value", self.compensation_value),
                ("assigned_to", self.manager),
            )
        ]
        for key, label, widget in rows:
            error = QLabel(form_widget)
            error.setObjectName(f"{key}Error")
            error.setStyleSheet("color: #b91c1c;")
            error.hide()
            self.errors[key] = error
            widget.setAccessibleName(label.rstrip(" *") or key)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
        chain: list[QWidget] = []
        for _key, _label, widget in rows:
            if isinstance(widget, QLabel) or widget is self.picker:
                continue
            inner = [w for pair in self.steps.values() for w in pair if w.parentWidget() is widget]
            chain += inner or [widget]
        tab_order(*chain)  # as the rows read, not as the fields were made
        scroll = QScrollArea(self)
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        for edit in self.findChildren(QDateTimeEdit):
            edit.setDisplayFormat(TIME_FORMAT)  # one unambiguous format for every counter
        self.severity.currentIndexChanged.connect(self._suggest_due)
        self.occurred.dateTimeChanged.connect(self._suggest_due)
        if record is None:
            self.occurred.dateTimeChanged.connect(self._show_returning)
        self.due.dateTimeChanged.connect(self._due_changed)
        for key, (box, when) in self.steps.items():  # a step changed: its old message is stale
            box.toggled.connect(self.errors[key].hide)
            when.dateTimeChanged.connect(self.errors[key].hide)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if record is not None:
            self._fill(record, codes)
        else:
            self._suggest_due()
            self._show_returning()
        self._pristine = self.draft()  # what Esc may throw away without asking
        if self.picker is not None:
            self.picker.setFocus()
        else:
            self.description.setFocus()

    @property
    def dirty(self) -> bool:
        """Something was typed or chosen since the dialog opened (or was last saved)."""
        return not self._saving and self.draft() != self._pristine

    def discard_changes(self) -> None:
        """Forget what was typed: closing will not ask."""
        self._pristine = self.draft()

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask before what was typed is thrown away."""
        editable = self._record is None or self._record.editable
        if editable and self.dirty:
            answer = unsaved_prompt.ask_to_save(
                self, self.windowTitle(), self.tr("Save this complaint?")
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def _fill(self, record: ComplaintRecord, codes: ComplaintCodes) -> None:
        """Show a recorded complaint; read-only once it is closed."""
        for combo, code, text in (
            (self.department, record.department, labels.department(record.department)),
            (self.category, record.category, labels.complaint_category(record.category)),
        ):
            if combo.findData(code) < 0:  # a code the hotel no longer lists: keep it
                combo.addItem(text, code)
            combo.setCurrentIndex(combo.findData(code))
        self.occurred.setDateTime(QDateTime(record.occurred_at))
        self.severity.setCurrentIndex(self.severity.findData(record.severity.value))
        self.service.setText(record.service)
        self.staff_involved.setText(record.staff_involved)
        self.description.setPlainText(record.description)
        self.real_reason.setPlainText(record.real_reason)
        self.guest_wish.setPlainText(record.guest_wish)
        self.excessive.setChecked(record.excessive)
        self.excessive_note.setText(record.excessive_note)
        self.due.blockSignals(True)
        self.due.setDateTime(QDateTime(record.feedback_due))
        self.due.blockSignals(False)
        for key, (box, when) in self.steps.items():
            at = getattr(record, key)
            box.setChecked(at is not None)
            when.setDateTime(_qt(at))
        self.compensation.setText(record.compensation)
        self.compensation_value.setText(record.compensation_value)
        if record.assigned_to is not None and self.manager.findData(record.assigned_to) < 0:
            self.manager.addItem(
                record.assigned_name or f"#{record.assigned_to}", record.assigned_to
            )
        self.manager.setCurrentIndex(max(0, self.manager.findData(record.assigned_to)))
        facts = [
            labels.complaint_status(record.status.value),
            self.tr("returning guest") if record.returning_guest else self.tr("new guest"),
        ]
        if not record.editable:
            facts.append(self.tr("it can no longer be edited, only annotated"))
            for widget in self.findChildren(QWidget):
                if isinstance(widget, (QLineEdit, QComboBox, QDateTimeEdit, QCheckBox)):
                    widget.setEnabled(False)
                elif isinstance(widget, QPlainTextEdit):
                    widget.setReadOnly(True)
            self.save_button.setEnabled(False)
        self.facts.setText(" · ".join(facts))

    def _guest_picked(self, guest_id: int, name: str) -> None:
        self._guest_id = guest_id or None
        if not guest_id:
            self.setWindowTitle(self.tr("Log a complaint"))
        else:
            self.errors["guest_id"].hide()
            self.setWindowTitle(self.tr("Log a complaint — %1").replace("%1", name))
            self.description.setFocus()
        self._show_returning()

    def _show_returning(self) -> None:
        """Returning or new guest, read from their stays (as the saved complaint will say)."""
        guest_id = self._guest_id
        if guest_id is None:
            self.facts.setText("—")
            return
        db, actor, occurred = self._db, self._actor, _py(self.occurred.dateTime())

        def show(returning: bool) -> None:
            if self._guest_id == guest_id:  # still the same guest
                self.facts.setText(
                    self.tr("returning guest") if returning else self.tr("new guest")
                )

        ServiceCall(self, lambda: returning_guest(db, actor, guest_id, occurred), show).start()

    def set_guest(self, guest_id: int, name: str) -> None:
        """The walk-in was just created (New guest…): the complaint is theirs."""
        if self.picker is not None:
            self.picker.set_guest(guest_id, name)

    def _suggest_due(self) -> None:
        if self._due_edited:
            return
        severity = ComplaintSeverity(self.severity.currentData())
        due = _py(self.occurred.dateTime()) + DEFAULT_FEEDBACK[severity]
        self.due.blockSignals(True)
        self.due.setDateTime(QDateTime(due))
        self.due.blockSignals(False)

    def _due_changed(self) -> None:
        self._due_edited = True
        self.errors["feedback_due"].hide()  # the promise was changed: the old message is stale

    def draft(self) -> ComplaintDraft:
        steps = {
            key: (_py(when.dateTime()) if box.isChecked() else None)
            for key, (box, when) in self.steps.items()
        }
        return ComplaintDraft(
            guest_id=self._guest_id or 0,
            occurred_at=_py(self.occurred.dateTime()),
            department=str(self.department.currentData() or ""),
            category=str(self.category.currentData() or ""),
            severity=ComplaintSeverity(self.severity.currentData()),
            description=self.description.toPlainText().strip(),
            service=self.service.text().strip(),
            staff_involved=self.staff_involved.text().strip(),
            real_reason=self.real_reason.toPlainText().strip(),
            guest_wish=self.guest_wish.toPlainText().strip(),
            excessive=self.excessive.isChecked(),
            excessive_note=self.excessive_note.text().strip(),
            feedback_due=_py(self.due.dateTime()),
            compensation=self.compensation.text().strip(),
            compensation_value=self.compensation_value.text().strip(),
            assigned_to=self.manager.currentData(),
            **steps,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field if e.field in self.errors else "description", []).append(
                labels.field_error_text(e)
            )
        for key, label in self.errors.items():
            label.setVisible(key in by_field)
            label.setText("; ".join(by_field.get(key, [])))

    def save(self) -> None:
        if self._saving or (self._record is not None and not self._record.editable):
            return
        untimed = [
            FieldError(key, self.tr("give the time it was done"))
            for key, (box, when) in self.steps.items()
            if box.isChecked() and when.dateTime() == NOT_DONE
        ]
        if untimed:
            self.show_errors(untimed)
            return
        if self._guest_id is None:
            self.show_errors([FieldError("guest_id", self.tr("pick the guest, or create them"))])
            if self.picker is not None:
                self.picker.setFocus()
            return
        db, actor, draft, record = self._db, self._actor, self.draft(), self._record
        self._saving = True  # one save at a time (Ctrl+S and Enter included)
        self.save_button.setEnabled(False)

        def run() -> ComplaintRecord:
            if record is None:
                return log_complaint(db, actor, draft)
            return update_complaint(
                db, actor, record.id, draft, base=record.draft(), version=record.version
            )

        self._unsaved = draft  # what the form said, shown again if the save is refused
        ServiceCall(self, run, self._done).failed(self._failed).announcing(
            "complaint", lambda r: r.id
        ).start()

    def _done(self, record: ComplaintRecord) -> None:
        self.saved.emit(record.id)
        self.saved_for_guest.emit(record.guest_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            # An unchosen list is named as such, with every other problem at once.
            unchosen = [
                FieldError(key, self.tr("choose one"))
                for key, combo in (("department", self.department), ("category", self.category))
                if combo.currentIndex() < 0
            ]
            named = {e.field for e in unchosen}
            self.show_errors([e for e in exc.errors if e.field not in named] + unchosen)
        elif isinstance(exc, ChangedMeanwhile) and self._record is not None:
            typed, started = self._unsaved, self._record.draft()
            ask_to_reload(self, exc, field_label, lambda: self._reload(typed, started))
        else:
            show_error(self, exc)

    # ---- someone else changed this complaint meanwhile -------------------------------------

    def _reload(self, typed: ComplaintDraft | None, started: ComplaintDraft) -> None:
        assert self._record is not None
        db, actor, complaint_id = self._db, self._actor, self._record.id
        ServiceCall(
            self,
            lambda: get_complaint(db, actor, complaint_id),
            lambda stored: self._reloaded(stored, typed, started),
        ).start()

    def _reloaded(
        self, stored: ComplaintRecord, typed: ComplaintDraft | None, started: ComplaintDraft
    ) -> None:
        """Show the stored complaint, with what was typed beside it to copy from."""
        self._record = stored
        self._fill(stored, ComplaintCodes())
        self._pristine = self.draft()  # the form shows what is stored: nothing typed since
        if typed is None:
            return
        names = [f.name for f in fields(ComplaintDraft)]
        panel = TypedTextPanel(typed_text(typed, started, names, field_label), self)
        layout = self.layout()
        if self.typed_panel is not None:
            layout.replaceWidget(self.typed_panel, panel)
            self.typed_panel.deleteLater()
        else:
            layout.insertWidget(1, panel)  # between the form and the buttons
        self.typed_panel = panel
