"""The complaint list's questions before a status move: closing (it cannot be undone) and
resolving with no remedial action recorded (why, kept in the history)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from vipdesk.services.complaints import ComplaintRecord
from vipdesk.ui import labels, text_prompt


def confirm_close(parent: QWidget, record: ComplaintRecord) -> bool:
    """Closing cannot be undone: asked, with No as the default."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ComplaintsView", "Close complaint"),
        QCoreApplication.translate(
            "ComplaintsView",
            "Close complaint #%1 (%2)? A closed complaint can no longer be edited, only annotated.",
        )
        .replace("%1", str(record.id))
        .replace("%2", labels.guest_name(record.guest_name, record.guest_id)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def why_without_remedy(parent: QWidget) -> str | None:
    """Why a complaint is resolved with no remedial action recorded; None when not said."""
    why, ok = text_prompt.ask_text(
        parent,
        QCoreApplication.translate("ComplaintsView", "Resolved without a remedial action"),
        QCoreApplication.translate(
            "ComplaintsView",
            "No remedial action is recorded for this complaint. "
            "Why is it resolved without one? (kept in its history)",
        ),
    )
    return why if ok and why.strip() else None
