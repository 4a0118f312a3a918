"""A complaint form's field names in the UI language (the dialog, the details pane, the
history) and its times: minutes only, and "—" for a recovery step not done yet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from vipdesk.ui.fields import DateTimeEdit


def to_py(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)  # type: ignore[no-any-return]


TIME_FORMAT = "yyyy-MM-dd HH:mm"


def field_label(key: str) -> str:
    """A complaint field's name in the UI language (the dialog's labels, the history)."""
    names = {
        "guest_id": QCoreApplication.translate("ComplaintFields", "Guest"),
        "status": QCoreApplication.translate("ComplaintFields", "Status"),
        "occurred_at": QCoreApplication.translate("ComplaintFields", "When it happened"),
        "department": QCoreApplication.translate("ComplaintFields", "Where / department"),
        "service": QCoreApplication.translate("ComplaintFields", "Which service"),
        "staff_involved": QCoreApplication.translate("ComplaintFields", "Staff involved"),
        "category": QCoreApplication.translate("ComplaintFields", "Category"),
        "severity": QCoreApplication.translate("ComplaintFields", "Severity"),
        "description": QCoreApplication.translate("ComplaintFields", "What happened"),
        "real_reason": QCoreApplication.translate("ComplaintFields", "The guest's real reason"),
        "guest_wish": QCoreApplication.translate("ComplaintFields", "What the guest wants"),
        "excessive": QCoreApplication.translate("ComplaintFields", "Excessive request"),
        "excessive_note": QCoreApplication.translate("ComplaintFields", "Why excessive"),
        "feedback_due": QCoreApplication.translate("ComplaintFields", "Promised feedback by"),
        "apologised_at": QCoreApplication.translate("ComplaintFields", "Apologised"),
        "listened_at": QCoreApplication.translate("ComplaintFields", "Listened"),
        "solution_offered_at": QCoreApplication.translate("ComplaintFields", "Solution offered"),
        "remedy_taken_at": QCoreApplication.translate("ComplaintFields", "Remedial action taken"),
        "compensation": QCoreApplication.translate("ComplaintFields", "Compensation"),
        "compensation_value": QCoreApplication.translate("ComplaintFields", "Compensation value"),
        "assigned_to": QCoreApplication.translate("ComplaintFields", "Duty manager"),
        "followup_result": QCoreApplication.translate("ComplaintFields", "Follow-up call"),
        "satisfaction": QCoreApplication.translate("ComplaintFields", "Satisfaction"),
        "note": QCoreApplication.translate("ComplaintFields", "Note"),
    }
    return names.get(key, key)


# An unticked recovery step shows "—": its time box rests at this minimum until ticked.
NOT_DONE = QDateTime(1752, 9, 14, 0, 0, 0)  # QDateTimeEdit's own lowest date: never a real time


def to_qt(value: datetime | None) -> QDateTime:
    return QDateTime(value) if value is not None else NOT_DONE


def recovery_step(parent: QWidget, key: str) -> tuple[QWidget, QCheckBox, QDateTimeEdit]:
    """A recovery step's row: its tick box and its time ("—" until ticked)."""
    box = QCheckBox(field_label(key), parent)
    box.setObjectName(f"{key}Check")
    when = DateTimeEdit(parent)
    when.setMinimumDateTime(NOT_DONE)
    when.setSpecialValueText("—")
    when.setDateTime(NOT_DONE)
    when.setEnabled(False)
    box.toggled.connect(when.setEnabled)
    box.toggled.connect(lambda on: _step_checked(on, when))
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box)
    row.addWidget(when)
    return holder, box, when


def _step_checked(on: bool, when: QDateTimeEdit) -> None:
    """Ticking a step stamps it now (a time already there is kept); unticking clears it."""
    if on and when.dateTime() == NOT_DONE:
        when.setDateTime(QDateTime.currentDateTime())
    elif not on:
        when.setDateTime(NOT_DONE)
