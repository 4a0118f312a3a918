"""Logging a complaint from the profile: validation named, saved whole, warning shown."""

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt

from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.staff import get_or_create_staff
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.main_window import MainWindow

from .conftest import SCREENSHOTS_DIR, save_screenshot


def open_dialog(qtbot, window: MainWindow) -> ComplaintDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search_box, "oynn")
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 1 and not window.searcher._busy, timeout=10_000
    )
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    opened: list[ComplaintDialog] = []
    window.dialog_opened.connect(opened.append)
    window.complaint_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return opened[0]


def test_log_validate_save_and_see_the_warning(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    get_or_create_staff(demo_db, "mgr", display_name="Duty Manager 王经理", role=Role.DUTY_MANAGER)
    d = open_dialog(qtbot, window)
    fixed = QDateTime(datetime(2026, 11, 20, 21, 30))  # a fixed time: the screenshot is stable
    d.occurred.setDateTime(fixed)
    for _box, when in d.steps.values():
        when.setDateTime(fixed)
    assert [d.manager.itemText(i) for i in range(d.manager.count())] == ["—", "Duty Manager 王经理"]
    # Default promise follows severity: critical → 2 hours after it happened.
    d.severity.setCurrentIndex(d.severity.findData("critical"))
    occurred = d.occurred.dateTime().toPython().replace(second=0, microsecond=0)
    assert d.due.dateTime().toPython() - occurred == timedelta(hours=2)
    d.save()  # nothing described yet
    qtbot.waitUntil(lambda: d.errors["description"].isVisible(), timeout=5000)
    d.description.setPlainText("空调噪音太大，客人一夜没睡 / AC too loud all night")
    d.due.setDateTime(QDateTime(occurred - timedelta(hours=1)))
    d.save()
    qtbot.waitUntil(lambda: d.errors["feedback_due"].isVisible(), timeout=5000)
    assert "before the complaint happened" in d.errors["feedback_due"].text()
    d.due.setDateTime(QDateTime(occurred + timedelta(hours=3)))
    d.category.setCurrentIndex(d.category.findData("noise"))
    d.steps["apologised_at"][0].setChecked(True)
    d.manager.setCurrentIndex(1)
    save_screenshot(qtbot, d, SCREENSHOTS_DIR / "complaint-dialog.png")
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        d.save()
    assert window.profile.complaint.isVisible()
    assert "1 unresolved complaint" in window.profile.complaint.text()
    assert "noise · open" in window.profile.complaints.text()
