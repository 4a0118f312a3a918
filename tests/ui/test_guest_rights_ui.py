"""The guest's own rights in the Guest menu: a copy, and an erasure confirmed twice."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.guest_copy import guest_copy
from vipdesk.services.guests import create_guest
from vipdesk.ui import guest_rights
from vipdesk.ui.app import set_language
from vipdesk.ui.guest_rights import EraseConfirmDialog
from vipdesk.ui.main_window import MainWindow

from .conftest import TODAY


def _open(qtbot, window: MainWindow, guest_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        window.open_guest(guest_id)
    window.rights.update()  # what opening the Guest menu does


def test_only_managers_see_the_actions(
    qtbot, demo_db: Database, window: MainWindow, english: None
) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, 1)
    assert window.rights.copy_action.isVisible() and window.rights.copy_action.isEnabled()
    assert window.rights.erase_action.isVisible()
    clerk = make_staff(demo_db, "desk", Role.RECEPTIONIST)
    other = MainWindow(demo_db, clerk, today=TODAY)
    qtbot.addWidget(other)
    _open(qtbot, other, 1)
    assert not other.rights.copy_action.isVisible()
    assert not other.rights.erase_action.isVisible()


def test_a_copy_is_saved_as_json_or_pdf(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, 1)
    with qtbot.waitSignal(window.rights.save_copy(1, tmp_path / "c.json").finished):
        pass
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["guest_id"] == 1
    with qtbot.waitSignal(window.rights.save_copy(1, tmp_path / "c").finished, timeout=20_000):
        pass
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    assert "c.pdf" in window.statusBar().currentMessage()


def test_erasing_is_confirmed_twice_then_the_profile_clears(
    qtbot, demo_db: Database, window: MainWindow, actor: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    guest_id = create_guest(demo_db, actor, GuestDraft(name="诸葛明月")).id
    _open(qtbot, window, guest_id)
    asked: list[str] = []

    def first(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return answers.pop(0)

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "warning", first)
    monkeypatch.setattr(guest_rights, "ask_erase_reason", lambda *_shown: "the guest asked")
    window.rights.erase_action.trigger()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert window.current_guest_id() == guest_id  # cancelled: nothing happened
    window.rights.erase_action.trigger()
    qtbot.waitUntil(lambda: window.current_guest_id() is None, timeout=20_000)
    assert "backup" in asked[1] and f"#{guest_id}" in asked[1] and "诸葛明月" in asked[1]
    assert guest_copy(demo_db, actor, guest_id).sections["profile"]["name"] == ""
    assert f"#{guest_id}" in window.statusBar().currentMessage()
    _open(qtbot, window, guest_id)  # the nameless row that keeps reports true
    assert window.profile.name.text() == f"Anonymised guest #{guest_id}"


def test_the_second_confirmation_needs_the_member_no_and_a_reason(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    dialog = EraseConfirmDialog(None, 42, "诸葛明月", "M8")
    qtbot.addWidget(dialog)
    assert "诸葛明月" in dialog.question.text() and "M8" in dialog.question.text()
    assert not dialog.ok.isEnabled()
    dialog.reason.setText("the guest asked by e-mail")
    dialog.typed_id.setText("42")  # the internal id is not what the desk knows
    assert not dialog.ok.isEnabled()
    dialog.typed_id.setText(" m8 ")
    assert dialog.ok.isEnabled()
    nameless = EraseConfirmDialog(None, 43, "王伟", None)  # no member no.: the name shown
    qtbot.addWidget(nameless)
    assert "王伟" in nameless.question.text()
    nameless.reason.setText("asked")
    nameless.typed_id.setText("43")
    assert not nameless.ok.isEnabled()
    nameless.typed_id.setText("王伟")
    assert nameless.ok.isEnabled()
    folder = Path(os.environ.get("VIPDESK_LOOK", "")) if os.environ.get("VIPDESK_LOOK") else None
    for language in ("en", "zh_CN"):
        set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
        shown = EraseConfirmDialog(None, 42, "诸葛明月", "M8")
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        if folder is not None:  # a look at it, outside the repository
            shown.grab().save(str(folder / f"erase-confirm-{language}.png"))
    set_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]
