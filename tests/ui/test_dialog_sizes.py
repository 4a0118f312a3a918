"""Every main window and dialog fits a 1366×768 laptop screen with a taskbar: opened at
its natural size, nothing (above all not its buttons) is below the bottom of the screen."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import get_complaint, log_complaint
from vipdesk.services.database import Database
from vipdesk.services.guests import get_guest
from vipdesk.services.search import search
from vipdesk.services.staff import list_staff
from vipdesk.ui.app import set_language

from .conftest import TODAY

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
TASKBAR, TITLE_BAR = 48, 32
FITS = (SCREEN_WIDTH, SCREEN_HEIGHT - TASKBAR - TITLE_BAR)


def _windows(db: Database, manager: Staff) -> dict[str, QWidget]:
    from vipdesk.services.complaint_codes import complaint_codes
    from vipdesk.ui.care_details_dialog import CareDetailsDialog
    from vipdesk.ui.care_view import CareView
    from vipdesk.ui.complaint_dialog import ComplaintDialog
    from vipdesk.ui.complaint_lists_dialog import ComplaintListsDialog
    from vipdesk.ui.complaint_report_view import ComplaintReportView
    from vipdesk.ui.complaints_view import ComplaintsView
    from vipdesk.ui.followup_dialog import FollowUpDialog
    from vipdesk.ui.guest_dialog import GuestDialog
    from vipdesk.ui.settings_dialog import SettingsDialog

    logged = log_complaint(
        db,
        manager,
        ComplaintDraft(
            3,
            datetime.now().replace(microsecond=0) - timedelta(hours=3),
            "food_beverage",
            "food",
            ComplaintSeverity.MEDIUM,
            "汤是凉的 / The soup was cold",
        ),
    )
    managers = list_staff(db, manager, Role.DUTY_MANAGER)
    codes = complaint_codes(db, manager)
    find = lambda t: search(db, manager, t)  # noqa: E731
    return {
        "new complaint": ComplaintDialog(db, manager, managers, codes, search=find),
        "complaint being handled": ComplaintDialog(
            db, manager, managers, codes, record=get_complaint(db, manager, logged.id)
        ),
        "new guest": GuestDialog(db, manager),
        "edit guest": GuestDialog(db, manager, get_guest(db, manager, 3)),
        "settings": SettingsDialog(None, db, manager),
        "follow-up": FollowUpDialog("王伟"),
        "care and consent": CareDetailsDialog(db, manager, 3),
        "care list": CareView(db, manager, today=TODAY),
        "complaints": ComplaintsView(db, manager),
        "complaint report": ComplaintReportView(db, manager, codes),
        "complaint lists": ComplaintListsDialog(db, manager, codes),
    }


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_every_dialog_fits_1366x768_with_a_taskbar(
    qtbot, demo_db: Database, english: None, language: str
) -> None:  # type: ignore[no-untyped-def]
    manager = make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    too_big = {}
    for name, window in _windows(demo_db, manager).items():
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        for what, size in (("size", window.size()), ("minimum", window.minimumSizeHint())):
            if size.width() > FITS[0] or size.height() > FITS[1]:
                too_big[f"{name} ({what})"] = (size.width(), size.height())
        window.close()
    assert too_big == {}, f"taller or wider than {FITS}"
