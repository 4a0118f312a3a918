"""Settings: the interface language (applied at once, remembered)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

LANGUAGES = [
    ("", "System language / 系统语言"),
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
]


def saved_language() -> str:
    return str(QSettings("vipdesk", "vipdesk").value("language", "") or "")


def save_language(code: str) -> None:
    QSettings("vipdesk", "vipdesk").setValue("language", code)


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = saved_language()
        self.language.setCurrentIndex(
            max(
                0,
                [c for c, _ in LANGUAGES].index(current)
                if current in [c for c, _ in LANGUAGES]
                else 0,
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")
