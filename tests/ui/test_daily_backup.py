"""The app makes today's verified backup in the background once its window is up."""

import pytest

from vipdesk.services.auto_backup import last_good_backup
from vipdesk.services.database import Database, is_server
from vipdesk.ui.app import start_daily_backup
from vipdesk.ui.main_window import MainWindow


@pytest.mark.sqlite_only("the daily copies of the SQLite file (a server's: the last test)")
def test_the_first_start_of_the_day_makes_a_backup(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert last_good_backup(window.database.path) is None
    call = start_daily_backup(window)
    with qtbot.waitSignal(call.finished, timeout=30_000):
        pass
    made = last_good_backup(window.database.path)
    assert made is not None and made.kind == "daily"
    # A second start the same day makes no second copy.
    again = start_daily_backup(window)
    with qtbot.waitSignal(again.finished, timeout=30_000):
        pass
    assert [c.path for c in [last_good_backup(window.database.path)]] == [made.path]


@pytest.mark.sqlite_only("the daily copies of the SQLite file (a server's: the next test)")
def test_settings_show_when_the_last_good_backup_was_made(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui import app as app_module

    monkeypatch.setattr(app_module, "save_language", lambda code: None)  # not the real profile
    before = app_module.open_settings(window)
    qtbot.waitUntil(lambda: before.last_backup.text() != "…", timeout=10_000)
    assert "none yet" in before.last_backup.text()
    before.reject()
    call = start_daily_backup(window)
    with qtbot.waitSignal(call.finished, timeout=30_000):
        pass
    made = last_good_backup(window.database.path)
    assert made is not None
    after = app_module.open_settings(window)
    qtbot.waitUntil(lambda: after.last_backup.text() != "…", timeout=10_000)
    assert f"{made.made_at:%Y-%m-%d %H:%M}" in after.last_backup.text()
    assert str(made.path) in after.last_backup.toolTip()
    after.reject()


def test_on_a_server_settings_say_its_backups_are_the_servers(
    qtbot, window: MainWindow, db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL the app makes no copies: the settings must not promise one a day."""
    from vipdesk.ui import app as app_module

    monkeypatch.setattr(app_module, "save_language", lambda code: None)
    call = start_daily_backup(window)
    with qtbot.waitSignal(call.finished, timeout=30_000):
        pass
    shown = app_module.open_settings(window)
    qtbot.waitUntil(lambda: shown.last_backup.text() != "…", timeout=10_000)
    if is_server(db):
        assert "none yet" not in shown.last_backup.text()
        assert "pg_dump" in shown.last_backup.text()
    else:
        assert f"{last_good_backup(db.path).made_at:%Y-%m-%d}" in shown.last_backup.text()
    shown.reject()
