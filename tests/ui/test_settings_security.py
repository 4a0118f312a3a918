"""Settings → Security: admins set the idle lock's minutes; others do not see the page."""

from __future__ import annotations

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.security import idle_lock_minutes
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.screen_lock import ScreenLock
from vipdesk.ui.settings_dialog import SettingsDialog


def _tab_titles(dialog: SettingsDialog) -> list[str]:
    return [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]


def test_an_admin_sets_the_idle_minutes_and_the_lock_follows(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    lock = ScreenLock(window)
    qtbot.waitUntil(lambda: lock.watch.timer.interval() == 5 * 60_000, timeout=10_000)
    dialog = SettingsDialog(window, db, actor)
    qtbot.addWidget(dialog)
    assert "Security" in _tab_titles(dialog) and dialog.security is not None
    page = dialog.security
    qtbot.waitUntil(page.idle_minutes.isEnabled, timeout=10_000)
    assert page.idle_minutes.value() == 5
    assert (page.idle_minutes.minimum(), page.idle_minutes.maximum()) == (1, 60)
    page.idle_minutes.setValue(12)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert idle_lock_minutes(db, actor) == 12
    qtbot.waitUntil(lambda: lock.watch.timer.interval() == 12 * 60_000, timeout=10_000)
    lock.stop()


def test_managers_and_receptionists_do_not_see_it(
    qtbot, db: Database, manager: Staff, receptionist: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    for staff in (manager, receptionist):
        dialog = SettingsDialog(None, db, staff)
        qtbot.addWidget(dialog)
        assert dialog.security is None and "Security" not in _tab_titles(dialog)
