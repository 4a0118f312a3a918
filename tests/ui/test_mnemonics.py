"""Keyboard first: within one window, no two visible Alt+letter mnemonics clash.

Two controls with the same mnemonic make Alt+letter only move the focus between them,
never press either: at the counter that means reaching for the mouse.
"""

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.search import search

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue  # another dialog, or another tab page: its shortcuts are not active
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            match = _MNEMONIC.search(widget.text().replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
    return found


def clashes(window: QWidget) -> list[str]:
    return [key for key, n in Counter(mnemonics(window)).items() if n > 1]


@pytest.fixture
def manager(demo_db: Database) -> Staff:
    return make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)


def test_dialogs_have_no_clashing_mnemonics(
    qtbot, demo_db: Database, manager: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.complaint_dialog import ComplaintDialog
    from vipdesk.ui.complaints_view import ComplaintsView
    from vipdesk.ui.followup_dialog import FollowUpDialog
    from vipdesk.ui.guest_dialog import GuestDialog
    from vipdesk.ui.settings_dialog import SettingsDialog

    view = ComplaintsView(demo_db, manager)
    report = view.monthly_report()
    lists = view.edit_lists()
    windows = [
        view,
        report,
        lists,
        FollowUpDialog("王伟"),
        ComplaintDialog(demo_db, manager, [], search=lambda t: search(demo_db, manager, t)),
        SettingsDialog(None, demo_db, manager),
        GuestDialog(demo_db, manager, None, None, None),
    ]
    from vipdesk.ui.guest_privacy_dialog import GuestPrivacyDialog

    privacy = GuestPrivacyDialog(demo_db, manager, 5, "x")
    with qtbot.waitSignal(privacy.loaded, timeout=10_000):
        privacy.show()  # the caution and confidential parts show once loaded
    windows.append(privacy)
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        assert clashes(window) == [], window.objectName()
        assert mnemonics(window), window.objectName()  # the test looks at something
