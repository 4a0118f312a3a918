"""The "Save changes?" prompt when a guest dialog with unsaved edits is closed: Enter saves
(the answer that loses nothing), Esc goes back to the form, and Discard only by its own
button or mnemonic, in every language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guests import count_guests
from vipdesk.ui.app import set_language
from vipdesk.ui.guest_dialog import GuestDialog

from .test_guest_dialog import close, show, type_text


def _when_asked(act: Callable[[QMessageBox], None], seen: list[QMessageBox]) -> None:
    """Run `act` on the prompt once it is up (it runs its own event loop)."""

    def poke() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():  # keys need it active
            if isinstance(box, QMessageBox):
                box.activateWindow()
            QTimer.singleShot(10, poke)
            return
        seen.append(box)
        act(box)

    QTimer.singleShot(0, poke)


@pytest.fixture
def dirty(qtbot, db: Database, actor: Staff, english: None):  # type: ignore[no-untyped-def]
    d = GuestDialog(db, actor)
    show(qtbot, d)
    type_text(d.form.name, "王小明")
    yield d
    close(d)


def test_enter_saves(qtbot, dirty: GuestDialog, db: Database, actor: Staff) -> None:  # type: ignore[no-untyped-def]
    seen: list[QMessageBox] = []
    _when_asked(lambda box: QTest.keyClick(box, Qt.Key.Key_Return), seen)
    with qtbot.waitSignal(dirty.saved, timeout=10_000):
        qtbot.keyClick(dirty, Qt.Key.Key_Escape)
    assert seen and count_guests(db, actor) == 1


def test_esc_goes_back_to_the_form(qtbot, dirty: GuestDialog, db: Database, actor: Staff) -> None:  # type: ignore[no-untyped-def]
    seen: list[QMessageBox] = []
    _when_asked(lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), seen)
    qtbot.keyClick(dirty, Qt.Key.Key_Escape)
    assert seen and dirty.isVisible() and dirty.form.name.text() == "王小明"
    assert count_guests(db, actor) == 0


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_discard_has_its_own_mnemonic_and_is_never_the_default(  # type: ignore[no-untyped-def]
    qtbot, dirty: GuestDialog, db: Database, actor: Staff, language: str
) -> None:
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    seen: list[QMessageBox] = []
    found: dict[str, object] = {}

    def inspect(box: QMessageBox) -> None:
        [discard] = [b for b in box.buttons() if b.objectName() == "unsavedDiscard"]
        found["discard"] = discard.text()
        found["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
        found["escape"] = box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
        letter = discard.text().split("&", 1)[1][:1] if "&" in discard.text() else ""
        found["letter"] = letter
        if letter:  # Alt+letter presses Discard (Latin letters only: QTest types those)
            key = getattr(Qt.Key, f"Key_{letter.upper()}")
            QTest.keyClick(box.focusWidget() or box, key, Qt.KeyboardModifier.AltModifier)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        # A mnemonic clicks after a short animation; should it not, Cancel ends the prompt
        # (never a hang) and the assertions below say what went wrong.
        QTimer.singleShot(5000, box, lambda: box.isVisible() and cancel.click())

    _when_asked(inspect, seen)
    qtbot.keyClick(dirty, Qt.Key.Key_Escape)
    assert seen and found["default"] and found["escape"], found
    assert found["letter"], found  # a mnemonic of its own
    others = [
        seen[0].button(b).text()
        for b in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Cancel)
    ]
    assert all(f"&{found['letter']}".lower() not in t.lower() for t in others), (found, others)
    qtbot.waitUntil(lambda: not dirty.isVisible())  # discarded: closed, nothing saved
    assert count_guests(db, actor) == 0
