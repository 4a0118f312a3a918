"""A search index built by another version is rebuilt after the window is up, not before."""

from pathlib import Path

from tests import sqlite_files
from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import open_desk
from vipdesk.services.demo import fill_demo
from vipdesk.services.search import index_is_current, search
from vipdesk.ui.app import start_index_build
from vipdesk.ui.main_window import MainWindow


def _stale_index(path: Path) -> None:
    conn = sqlite_files.connect(path)
    conn.execute("UPDATE app_meta SET value = 'old' WHERE key = 'search_index_version'")
    conn.commit()
    conn.close()


def test_the_window_opens_first_and_the_index_is_rebuilt_behind_it(
    qtbot, tmp_path: Path, english: None
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "vipdesk.db"
    db = open_desk(path)
    fill_demo(db, make_staff(db, "t", Role.ADMIN), 40)
    db.close()
    _stale_index(path)

    db = open_desk(path, build_index=False)  # what the GUI does: no rebuild before the window
    try:
        actor: Staff = make_staff(db, "anna", Role.ADMIN)
        assert not index_is_current(db, actor)
        window = MainWindow(db, actor)
        qtbot.addWidget(window)
        window.show()
        call = start_index_build(window)
        assert call is not None
        with qtbot.waitSignal(call.finished, timeout=60_000):
            pass
        assert index_is_current(db, actor)
        assert "index" in window.statusBar().currentMessage().lower()
        assert search(db, actor, "zhuge")
        assert start_index_build(window) is None  # up to date: nothing to do
    finally:
        db.close()
