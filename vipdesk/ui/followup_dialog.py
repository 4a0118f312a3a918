"""The follow-up call (回访): what the guest said and how satisfied they are now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)


class FollowUpDialog(QDialog):
    """One dialog for the call: the guest's answer (required) and satisfaction 1–5.

    OK emits `submitted`; the dialog stays open (with what was typed) until the caller
    reports the save with `saved()` or a refusal with `refused()`.
    """

    submitted = Signal(str, int)

    def __init__(self, guest_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("Follow-up call — %1").replace("%1", guest_name))
        self.result_edit = QPlainTextEdit(self)
        self.result_edit.setObjectName("followupResult")
        self.result_edit.setTabChangesFocus(True)
        self.result_edit.setPlaceholderText(self.tr("What did the guest say?"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.scale = QButtonGroup(self)
        row = QHBoxLayout()
        meanings = {
            1: self.tr("very unhappy"),
            3: self.tr("neutral"),
            5: self.tr("delighted"),
        }
        for score in range(1, 6):
            button = QRadioButton(f"&{score}", self)
            button.setToolTip(meanings.get(score, ""))
            self.scale.addButton(button, score)
            row.addWidget(button)
        row.addWidget(QLabel(self.tr("(1 very unhappy … 5 delighted)"), self))
        row.addStretch()
        # Not preselected: the guest's own answer, asked, never a default that looks like one.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._saving = False
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What the guest said *"), self.result_edit)
        form.addRow("", self.error)
        form.addRow(self.tr("Satisfaction after recovery"), row)
        form.addRow(buttons)
        self.resize(520, 260)
        self.result_edit.setFocus()

    def result(self) -> str:  # type: ignore[override]
        return self.result_edit.toPlainText().strip()

    def satisfaction(self) -> int:
        return self.scale.checkedId()

    def accept(self) -> None:
        if not self.result():
            self.error.setText(self.tr("Say what the guest answered."))
            self.error.show()
            self.result_edit.setFocus()
            return
        if self.satisfaction() < 1:
            self.error.setText(self.tr("Choose how satisfied the guest is now (1–5)."))
            self.error.show()
            self.scale.button(1).setFocus()
            return
        self._saving = True  # until saved or refused: no second OK, no cancelling
        self.ok_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.submitted.emit(self.result(), self.satisfaction())

    def reject(self) -> None:
        if not self._saving:  # Esc or the window's close button while saving: ignored
            super().reject()

    def saved(self) -> None:
        self._saving = False
        super().accept()

    def refused(self, message: str) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()
