"""The app makes today's verified backup in the background once its window is up."""

import pytest

from vipdesk.services.auto_backup import last_good_backup
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


def test_settings_on_a_server_database_name_the_servers_backups(
    qtbot, pg_db, english: None, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """vipdesk makes no copies of a server database: the settings say who does, instead of
    'none yet: one is made each day' (and never look for files beside Path(url))."""
    from PySide6.QtCore import QCoreApplication

    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.ui.app import set_language
    from vipdesk.ui.settings_dialog import SettingsDialog

    cwd = tmp_path / "cwd"  # (tmp_path may hold the key folder)
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # where a relative 'postgresql+psycopg:' folder would be
    admin = make_staff(pg_db, "root", Role.ADMIN)
    for language, words in (("en", "pg_dump"), ("zh_CN", "服务器")):
        set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
        dialog = SettingsDialog(None, pg_db, admin)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: d.last_backup.text() != "…", timeout=10_000)
        text = dialog.last_backup.text()
        assert words in text and "none yet" not in text and "每天" not in text
    assert list(cwd.iterdir()) == []
