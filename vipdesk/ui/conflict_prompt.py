"""When a save is refused because someone else saved the same record meanwhile.

The person is told who changed it, when and what; they may reload the stored record. What
they had typed stays visible beside it (read-only, copyable), so nothing they typed is lost
and nothing the other person saved is undone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import Gender, Preference, SpecialDate, Stay, Taboo
from vipdesk.domain.phones import Phone
from vipdesk.domain.tiers import Tier
from vipdesk.services.errors import ChangedMeanwhile
from vipdesk.ui import labels

FieldLabel = Callable[[str], str]


def guest_field_label(name: str) -> str:
    """A guest field's name in the UI language."""
    names = {
        "name": QCoreApplication.translate("GuestFields", "Name"),
        "member_no": QCoreApplication.translate("GuestFields", "Member number"),
        "native_name": QCoreApplication.translate("GuestFields", "Name in own script"),
        "latin_name": QCoreApplication.translate("GuestFields", "Latin name"),
        "pronunciation": QCoreApplication.translate("GuestFields", "Pronunciation"),
        "honorific": QCoreApplication.translate("GuestFields", "Honorific"),
        "gender": QCoreApplication.translate("GuestFields", "Gender"),
        "phones": QCoreApplication.translate("GuestFields", "Phones"),
        "email": QCoreApplication.translate("GuestFields", "E-mail"),
        "company": QCoreApplication.translate("GuestFields", "Company"),
        "nationality": QCoreApplication.translate("GuestFields", "Nationality"),
        "language": QCoreApplication.translate("GuestFields", "Language"),
        "tier": QCoreApplication.translate("GuestFields", "Tier"),
        "notes": QCoreApplication.translate("GuestFields", "Notes"),
        "preferences": QCoreApplication.translate("GuestFields", "Preferences"),
        "taboos": QCoreApplication.translate("GuestFields", "Allergies and taboos"),
        "special_dates": QCoreApplication.translate("GuestFields", "Special dates"),
        "stays": QCoreApplication.translate("GuestFields", "Stays"),
    }
    return names.get(name, name)


def ask_to_reload(
    parent: QWidget, exc: ChangedMeanwhile, field_label: FieldLabel, reload: Callable[[], None]
) -> QMessageBox:
    """Say who changed the record, when and what; `reload` runs if the person chooses to.

    Opens window-modal without blocking (tests and the event loop go on).
    """
    box = QMessageBox(parent)
    box.setObjectName("conflictPrompt")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_conflict_title(exc.at_counter))
    who = exc.changed_by or QCoreApplication.translate("ConflictPrompt", "someone")
    if exc.changed_at is not None:
        fmt = "%H:%M" if exc.changed_at.date() == date.today() else "%Y-%m-%d %H:%M"
        head = _conflict_head(exc.at_counter, dated=True)
        head = head.replace("%1", who).replace("%2", exc.changed_at.strftime(fmt))
    else:
        head = _conflict_head(exc.at_counter, dated=False).replace("%1", who)
    box.setText(head)
    changed = ", ".join(field_label(name) for name in exc.changed)
    info = QCoreApplication.translate(
        "ConflictPrompt", "Your changes are not saved, so nothing of theirs is undone."
    )
    if changed:
        info = (
            QCoreApplication.translate("ConflictPrompt", "What they changed: %1").replace(
                "%1", changed
            )
            + "\n\n"
            + info
        )
    box.setInformativeText(
        info
        + "\n"
        + QCoreApplication.translate(
            "ConflictPrompt", "Reload shows what is stored now, with your text beside it to copy."
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("ConflictPrompt", "&Reload (keep my text visible)"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    reload_button.setObjectName("reloadKeepText")
    box.addButton(
        QCoreApplication.translate("ConflictPrompt", "&Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(reload_button)

    def answered() -> None:
        if box.clickedButton() is reload_button:
            reload()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box


def _conflict_title(at_counter: bool) -> str:
    if at_counter:  # several counters on one server
        return QCoreApplication.translate("ConflictPrompt", "Changed at another counter")
    return QCoreApplication.translate("ConflictPrompt", "Changed in another window")


def _conflict_head(at_counter: bool, *, dated: bool) -> str:
    if at_counter and dated:
        return QCoreApplication.translate(
            "ConflictPrompt", "Changed at another counter by %1 at %2, after you opened it."
        )
    if at_counter:
        return QCoreApplication.translate(
            "ConflictPrompt", "Changed at another counter by %1, after you opened it."
        )
    if dated:
        return QCoreApplication.translate(
            "ConflictPrompt", "Changed in another window by %1 at %2, after you opened it."
        )
    return QCoreApplication.translate(
        "ConflictPrompt", "Changed in another window by %1, after you opened it."
    )


def _value_text(value: object) -> str:
    """A field's value as plain lines a person can copy back into the form."""
    match value:
        case None:
            return ""
        case list():
            return "\n".join(_value_text(item) for item in value)
        case Taboo():
            kind, severity = labels.taboo_kind(value.kind), labels.severity(value.severity)
            return f"{kind} ({severity}): {value.text}"
        case Preference():
            return f"{labels.category(value.category)}: {value.text}"
        case Phone():
            return value.original
        case SpecialDate():
            return f"{labels.date_kind(value.kind)}: {value.date.iso()} {value.label}".strip()
        case Stay():
            return f"{value.arrival.isoformat()} – {value.departure.isoformat()} {value.room}"
        case Tier():
            return labels.tier(value)
        case Gender():
            return labels.gender(value)
        case PartialDate():
            return value.iso()
        case datetime():
            return value.strftime("%Y-%m-%d %H:%M")
        case bool():
            return (
                QCoreApplication.translate("ConflictPrompt", "yes")
                if value
                else QCoreApplication.translate("ConflictPrompt", "no")
            )
        case Enum():
            return str(value.value)
        case _:
            return str(value)


def typed_text(typed: object, started_from: object, names: Sequence[str], label: FieldLabel) -> str:
    """What the person changed in the form (field by field), as copyable text."""
    parts = []
    for name in names:
        value = getattr(typed, name)
        if value != getattr(started_from, name):
            parts.append(f"{label(name)}:\n{_value_text(value) or '—'}")
    return "\n\n".join(parts)


class TypedTextPanel(QWidget):
    """What the person had typed before reloading: read-only, selectable, copyable."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedTextPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            QCoreApplication.translate(
                "ConflictPrompt",
                "Your text from before the reload (not saved; copy what you still need):",
            ),
            self,
        )
        note.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("typedText")
        self.text.setAccessibleName(
            QCoreApplication.translate("ConflictPrompt", "Your text from before the reload")
        )
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setStyleSheet("background: #fef3c7;")
        self.text.setMaximumHeight(160)
        layout.addWidget(note)
        layout.addWidget(self.text)
