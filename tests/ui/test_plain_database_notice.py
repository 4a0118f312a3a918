"""A database made before encryption opens, and the window says how to encrypt it."""

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.accounts import make_staff
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database, open_desk
from vipdesk.store.db import open_database
from vipdesk.ui.app import show_plain_database_notice
from vipdesk.ui.main_window import MainWindow


def _window(qtbot, path: Path) -> tuple[MainWindow, Database]:  # type: ignore[no-untyped-def]
    db = open_desk(path)
    window = MainWindow(db, make_staff(db, "anna", Role.ADMIN))
    qtbot.addWidget(window)
    window.show()
    show_plain_database_notice(window, db)
    return window, db


def test_a_plain_database_shows_how_to_encrypt_it(qtbot, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    open_database(tmp_path / "old.db").close()  # made before encryption: plain
    window, db = _window(qtbot, tmp_path / "old.db")
    try:
        notice = window.findChild(QLabel, "plainDatabaseNotice")
        assert notice is not None and notice.isVisible()
        assert "vipdesk encrypt" in notice.text()
        assert notice.accessibleName()
        window.grab().save(str(tmp_path / "plain-notice.png"))
    finally:
        db.close()


def test_an_encrypted_database_shows_no_notice(qtbot, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    window, db = _window(qtbot, tmp_path / "new.db")
    try:
        assert window.findChild(QLabel, "plainDatabaseNotice") is None
    finally:
        db.close()
