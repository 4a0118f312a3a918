"""A short free-text answer, fully usable from the keyboard.

QInputDialog.getMultiLineText traps the keyboard: Tab types a tab and Enter a new line, so
OK can only be reached with the mouse. Here Tab leaves the text, Ctrl+Enter (or Enter on OK)
accepts, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class TextPrompt(QDialog):
    def __init__(self, parent: QWidget | None, title: str, question: str) -> None:
        super().__init__(parent)
        self.setObjectName("textPrompt")
        self.setWindowTitle(title)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("textPromptText")
        self.text.setAccessibleName(question)
        self.text.setTabChangesFocus(True)
        self.question.setBuddy(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.accept)
        self.hint = QLabel(self.tr("Ctrl+Enter to confirm, Esc to cancel"), self)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(460, 240)
        self.text.setFocus()

    def answer(self) -> str:
        return self.text.toPlainText()


def ask_text(parent: QWidget | None, title: str, question: str) -> tuple[str, bool]:
    """Ask and wait for the answer: (text, True) when confirmed, ("", False) when cancelled."""
    prompt = TextPrompt(parent, title, question)
    accepted = prompt.exec() == QDialog.DialogCode.Accepted
    text = prompt.answer() if accepted else ""
    prompt.deleteLater()
    return text, accepted
