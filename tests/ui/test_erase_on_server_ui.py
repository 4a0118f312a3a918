"""Erasing a guest on a PostgreSQL database: the confirmation says what is true there (the
server's pg_dump backups still hold the guest), in the UI language, with no file lookups.
Skipped without $VIPDESK_TEST_PG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.ui.app import set_language
from vipdesk.ui.main_window import MainWindow

from .conftest import TODAY


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_erase_confirmation_on_a_server_names_its_backups(
    qtbot, pg_db: Database, english: None, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    manager = make_staff(pg_db, "dm", Role.DUTY_MANAGER, "王经理")
    guest_id = create_guest(pg_db, manager, GuestDraft(name="诸葛明月")).id
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    window = MainWindow(pg_db, manager, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        window.open_guest(guest_id)
    asked: list[str] = []

    def first(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", first)
    window.rights.update()
    window.rights.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    text = asked[0]
    assert "pg_dump" in text and "VACUUM" in text
    if language == "zh_CN":
        assert "服务器" in text and "PostgreSQL" in text
    else:
        assert "No backup holds" not in text and "rotate out" in text
    window.live.stop()
