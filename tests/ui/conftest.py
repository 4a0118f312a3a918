from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.demo import fill_demo
from vipdesk.ui.app import pick_font, set_language
from vipdesk.ui.main_window import MainWindow

TODAY = date(2026, 11, 25)


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
