"""The sign-in dialog and the first run's setup, with real widgets and a real database."""

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.accounts import TEST_PASSWORD
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database, is_server
from vipdesk.services.sign_in import sign_in
from vipdesk.ui.sign_in import FirstRunDialog, SignInDialog


def test_a_wrong_password_is_refused_then_the_right_one_signs_in(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(db, username="ANNA")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.demo_note.isVisible()
    dialog.password.setText("not it")
    dialog.accept()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "Sign-in failed" in dialog.error.text() and dialog.password.text() == ""
    dialog.password.setText(TEST_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.accept()
    assert signed.args[0].id == actor.id


def test_a_demo_database_says_the_demo_password(qtbot, db: Database, english: None) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(db, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_note.isVisible() and "vipdesk-demo" in dialog.demo_note.text()


def test_the_first_run_creates_the_admin_and_shows_the_recovery_code_once(
    qtbot, db: Database, english: None, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("Boss")
    dialog.password.setText("first admin pass")
    dialog.again.setText("first admin pas")
    dialog.accept()
    assert "differ" in dialog.error.text()
    dialog.again.setText("first admin pass")
    dialog.accept()
    code: QLabel = dialog.code
    qtbot.waitUntil(code.isVisible, timeout=10_000)
    assert "Recovery code:" in code.text()
    if is_server(db):  # no key to keep: encryption at rest is the server's job
        assert not dialog.key_box.isVisible() and dialog.ok.isEnabled()
    else:  # the file is encrypted: going on waits until its key is saved somewhere
        assert dialog.key_box.isVisible() and not dialog.ok.isEnabled()
        key_file = tmp_path / "usb" / "vipdesk.key"
        key_file.parent.mkdir()
        dialog.key_box.path.setText(str(key_file))
        with qtbot.waitSignal(dialog.key_box.saved, timeout=10_000):
            qtbot.keyClick(dialog.key_box.path, Qt.Key.Key_Return)
        assert len(key_file.read_text().strip()) == 64 and dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.created, timeout=5_000):
        dialog.accept()  # "I have written it down"
    assert sign_in(db, "boss", "first admin pass").role == Role.ADMIN


def test_enter_signs_in_and_never_cancels(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    dialog = SignInDialog(db, username="anna")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.ok.isDefault()
    dialog.password.setText(TEST_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    first = FirstRunDialog(db)
    qtbot.addWidget(first)
    first.open()
    qtbot.waitExposed(first)
    assert first.ok.isDefault()
