"""Logging a complaint: the recording checklist, the promised feedback time, recovery steps."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.complaints import (
    CATEGORY_ZH,
    DEFAULT_FEEDBACK,
    DEPARTMENTS,
    SEVERITY_ZH,
    Category,
    ComplaintDraft,
    ComplaintSeverity,
)
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Staff
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.services.errors import ValidationFailed
from vipdesk.ui.operations import ServiceCall, show_error

STEPS = ("apologised_at", "listened_at", "solution_offered_at", "remedy_taken_at")


def _py(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]


class ComplaintDialog(QDialog):
    saved = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Staff,
        guest_id: int,
        guest_name: str,
        managers: list[Staff],
        departments: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self.setWindowTitle(self.tr("Log a complaint — %1").replace("%1", guest_name))
        self._db, self._actor, self._guest_id = db, actor, guest_id
        self._due_edited = False
        self.resize(680, 720)
        now = QDateTime.currentDateTime()
        self.occurred = QDateTimeEdit(now, self)
        self.occurred.setObjectName("occurredEdit")
        self.occurred.setCalendarPopup(True)
        self.department = QComboBox(self)
        self.department.setObjectName("departmentCombo")
        for code, label in (departments or DEPARTMENTS).items():
            self.department.addItem(f"{label} {code}", code)
        self.service = QLineEdit(self)
        self.staff_involved = QLineEdit(self)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryCombo")
        for c in Category:
            self.category.addItem(f"{CATEGORY_ZH[c]} {c.value}", c.value)
        self.severity = QComboBox(self)
        self.severity.setObjectName("severityCombo")
        for s in ComplaintSeverity:
            self.severity.addItem(f"{SEVERITY_ZH[s]} {s.value}", s.value)
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
        self.due = QDateTimeEdit(self)
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
        self.errors: dict[str, QLabel] = {}

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        step_labels = {
            "apologised_at": self.tr("Apologised"),
            "listened_at": self.tr("Listened"),
            "solution_offered_at": self.tr("Solution offered"),
            "remedy_taken_at": self.tr("Remedial action taken"),
        }
        rows: list[tuple[str, str, QWidget]] = [
            ("occurred_at", self.tr("When it happened *"), self.occurred),
            ("department", self.tr("Where / department *"), self.department),
            ("service", self.tr("Which service"), self.service),
            ("staff_involved", self.tr("Staff involved"), self.staff_involved),
            ("category", self.tr("Category *"), self.category),
            ("severity", self.tr("Severity *"), self.severity),
            ("description", self.tr("What happened *"), self.description),
            ("real_reason", self.tr("The guest's real reason"), self.real_reason),
            ("guest_wish", self.tr("What the guest wants"), self.guest_wish),
            ("excessive", "", self.excessive),
            ("excessive_note", self.tr("Why excessive"), self.excessive_note),
            ("feedback_due", self.tr("Promised feedback by *"), self.due),
        ]
        for key, label in step_labels.items():
            box = QCheckBox(label, self)
            box.setObjectName(f"{key}Check")
            when = QDateTimeEdit(now, self)
            when.setEnabled(False)
            box.toggled.connect(when.setEnabled)
            self.steps[key] = (box, when)
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(box)
            row.addWidget(when)
            rows.append((key, self.tr("Recovery step") if key == "apologised_at" else "", holder))
        rows += [
            ("compensation", self.tr("Compensation"), self.compensation),
            ("compensation_value", self.tr("Compensation value"), self.compensation_value),
            ("assigned_to", self.tr("Duty manager"), self.manager),
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
        self.severity.currentIndexChanged.connect(self._suggest_due)
        self.occurred.dateTimeChanged.connect(self._suggest_due)
        self.due.dateTimeChanged.connect(self._due_changed)
        self._suggest_due()
        self.description.setFocus()

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
            guest_id=self._guest_id,
            occurred_at=_py(self.occurred.dateTime()),
            department=str(self.department.currentData()),
            category=Category(self.category.currentData()),
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
                e.message
            )
        for key, label in self.errors.items():
            label.setVisible(key in by_field)
            label.setText("; ".join(by_field.get(key, [])))

    def save(self) -> None:
        db, actor, draft = self._db, self._actor, self.draft()
        ServiceCall(self, lambda: log_complaint(db, actor, draft), self._done).failed(
            self._failed
        ).start()

    def _done(self, record) -> None:  # type: ignore[no-untyped-def]
        self.saved.emit(record.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)
