from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.demo import fill_demo
from vipdesk.ui.app import pick_font, set_language
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import wait_for_background_work

TODAY = date(2026, 11, 25)


def _settle() -> None:
    """What a test's windows started ends before its database closes: pytest-qt has closed
    the windows by now; the calls they left running finish, their answers are handed out,
    and the windows are deleted (which stops their watchers). On PostgreSQL the next test
    empties the same schema: a call of this test still running then would fail in the next
    test's window, or crash the process."""
    app = QCoreApplication.instance()
    for _ in range(3):
        wait_for_background_work()
        if app is not None:
            app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def db(db: Database) -> Iterator[Database]:
    """The tests' database (tests/conftest.py), closed only after its windows' work ended."""
    yield db
    _settle()


@pytest.fixture
def pg_db(pg_db: Database) -> Iterator[Database]:
    yield pg_db
    _settle()


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    pick_font(qapp)
    qapp.setCursorFlashTime(0)  # a steady cursor: screenshots are the same every run
    set_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]
    yield
    set_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]


@pytest.fixture
def demo_db(db: Database, actor: Staff) -> Database:
    fill_demo(db, actor, 120, seed=1, today=TODAY)
    return db


@pytest.fixture
def window(qtbot, demo_db: Database, actor: Staff, english: None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(demo_db, actor, today=TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    # Screenshots go into the README: no temporary path in them, the same bytes every run.
    win.staff_line.setText("Database: vipdesk.db · Staff: Anna 安娜")
    return win


def save_screenshot(qtbot, widget, path) -> None:  # type: ignore[no-untyped-def]
    """Save once the picture has settled (the clear button fades in), for stable README images."""
    frames: list[bytes] = []

    def settled() -> bool:
        image = widget.grab().toImage()
        frames.append(bytes(image.constBits()))
        return len(frames) > 1 and frames[-1] == frames[-2]

    qtbot.waitUntil(settled, timeout=5000)
    assert widget.grab().save(str(path))
