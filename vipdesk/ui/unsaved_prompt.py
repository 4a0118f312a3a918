"""The "Save changes?" question asked when a form with unsaved edits is closed.

Enter saves (the answer that loses nothing), Esc goes back to the form, and Discard is
only ever its own button or its own mnemonic (Alt+D): never a key pressed by habit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask_to_save(parent: QWidget, title: str, question: str) -> Button:
    """Save, Discard or Cancel (Cancel: stay in the form)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, Button.NoButton, parent)
    box.setObjectName("unsavedPrompt")
    save = box.addButton(Button.Save)
    # Our own button: Qt's standard Discard has no mnemonic, and its text is reset on show.
    discard = box.addButton(
        QCoreApplication.translate("UnsavedPrompt", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("unsavedDiscard")
    cancel = box.addButton(Button.Cancel)
    discard.setAutoDefault(False)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return Button.Save
    if clicked is discard:
        return Button.Discard
    return Button.Cancel
