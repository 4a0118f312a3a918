"""New and edit guest: validation, lists, photo, duplicate warning, unsaved changes."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.screenshots import screenshots
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import GuestDraft, Severity, TabooKind
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.guests import count_guests, create_guest, get_guest
from vipdesk.services.photos import get_photo
from vipdesk.ui import unsaved_prompt
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, db: Database, actor: Staff, english: None) -> Iterator[GuestDialog]:  # type: ignore[no-untyped-def]
    d = GuestDialog(db, actor)
    show(qtbot, d)
    yield d
    close(d)


def close(d: GuestDialog) -> None:
    d.form.mark_clean()  # closing after a test must not wait for an answer
    d.close()
    d.deleteLater()


def show(qtbot, d: GuestDialog) -> None:  # type: ignore[no-untyped-def]
    d.show()
    d.activateWindow()
    qtbot.waitActive(d)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text, CJK included (QTest.keyClicks only knows Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def save_and_wait(qtbot, dialog: GuestDialog) -> int:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0]


def test_required_and_bad_fields_are_named_inline_and_nothing_is_saved(
    qtbot, dialog: GuestDialog, db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.form.email, "not-an-email")
    qtbot.keyClicks(dialog.form.phones, "12")
    dialog.form.dates.add_row(["birthday", "02-30", ""])
    dialog.save()
    assert (
        dialog.form.errors["name"].isVisible() and "required" in dialog.form.errors["name"].text()
    )
    assert "not an e-mail address" in dialog.form.errors["email"].text()
    assert "not a phone number" in dialog.form.errors["phone"].text()
    assert "02-30" in dialog.form.errors["special_dates"].text()
    assert count_guests(db, actor) == 0


def test_create_a_guest_with_lists_birthday_without_year_and_photo(
    qtbot, dialog: GuestDialog, db: Database, actor: Staff, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    type_text(dialog.form.name, "單田芳")
    qtbot.keyClicks(dialog.form.phones, "+86 138 0013 8000")
    dialog.form.tier.setCurrentIndex(dialog.form.tier.findData("VVIP"))
    dialog.form.taboos.add_row(["allergy", "danger", "花生"])
    dialog.form.preferences.add_row(["room", "高楼层"])
    dialog.form.dates.add_row(["birthday", "3月5日", ""])
    image = QImage(2000, 1500, QImage.Format.Format_RGB32)
    image.fill(QColor("#2563eb"))
    big = tmp_path / "big.png"
    image.save(str(big))
    assert dialog.form.load_photo(str(big))
    guest_id = save_and_wait(qtbot, dialog)
    guest = get_guest(db, actor, guest_id)
    assert guest.name == "單田芳" and guest.tier == Tier.VVIP
    assert guest.birthday() == PartialDate(3, 5)
    assert [(t.kind, t.severity, t.text) for t in guest.taboos] == [
        (TabooKind.ALLERGY, Severity.DANGER, "花生")
    ]
    photo = get_photo(db, actor, guest_id)
    assert photo is not None and photo.startswith(b"\xff\xd8")
    stored = QImage.fromData(photo)
    assert stored.width() <= 480 and stored.height() <= 600


def test_duplicate_warning_offers_open_merge_or_different_person(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    existing = create_guest(
        db, actor, GuestDraft("张伟", member_no="M7", phones=[normalise_phone("13800138000")])
    )

    created: list[GuestDialog] = []

    def start() -> GuestDialog:
        d = GuestDialog(db, actor)
        show(qtbot, d)
        created.append(d)
        type_text(d.form.name, "張偉")
        qtbot.keyClicks(d.form.phones, "138-0013-8000")
        d.save()
        qtbot.waitUntil(d.duplicate_box.isVisible, timeout=10_000)
        return d

    d = start()
    assert "same phone" in d.duplicate_list_model.stringList()[0]
    d.grab().save(str(screenshots() / "duplicate-warning.png"))
    with qtbot.waitSignal(d.open_existing, timeout=5000) as opened:
        d.open_existing_button.click()
    assert opened.args == [existing.id] and count_guests(db, actor) == 1

    d = start()
    with qtbot.waitSignal(d.saved, timeout=10_000) as merged:
        d.merge_button.click()
    assert merged.args == [existing.id] and count_guests(db, actor) == 1

    d = start()
    with qtbot.waitSignal(d.saved, timeout=10_000) as saved:
        d.different_button.click()
    assert saved.args[0] != existing.id and count_guests(db, actor) == 2
    for d in created:
        close(d)


def test_edit_and_save_from_the_counter_screen(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search_box, "oynn")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    opened: list[GuestDialog] = []
    window.dialog_opened.connect(opened.append)
    qtbot.keyClick(window.search_box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (d,) = opened
    qtbot.waitActive(d)
    assert d.form.name.text() == "歐陽娜娜"
    d.form.honorific.clear()
    qtbot.keyClicks(d.form.honorific, "Ms")
    with qtbot.waitSignal(window.profile_shown, timeout=10_000), qtbot.waitSignal(d.saved):
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "歐陽娜娜 Ms" in window.profile.name.text()


def test_unsaved_changes_are_not_lost_silently(
    qtbot, dialog: GuestDialog, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    type_text(dialog.form.name, "Seán O'Brien")
    asked: list[str] = []

    def cancel(*args):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(unsaved_prompt, "ask_to_save", cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Save the changes to this guest?"] and dialog.isVisible()
    monkeypatch.setattr(
        unsaved_prompt, "ask_to_save", lambda *a: QMessageBox.StandardButton.Discard
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_save_again_does_not_skip_the_duplicate_warning(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    create_guest(
        db, actor, GuestDraft("张伟", member_no="M7", phones=[normalise_phone("13800138000")])
    )
    d = GuestDialog(db, actor)
    show(qtbot, d)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)  # shortcuts need an active window
    type_text(d.form.name, "張偉")
    qtbot.keyClicks(d.form.phones, "138-0013-8000")
    qtbot.keyClick(d, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(d.duplicate_box.isVisible, timeout=10_000)
    saved: list[int] = []
    d.saved.connect(saved.append)
    for _ in range(3):  # Ctrl+S, the Save button, Enter: the warning's choices are the way on
        qtbot.keyClick(d, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        d.form.phones.setFocus()
        qtbot.keyClick(d.form.phones, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not d._saving, timeout=10_000)
    assert count_guests(db, actor) == 1 and saved == []
    assert d.duplicate_box.isVisible()
    assert QApplication.focusWidget() is d.open_existing_button
    # A changed phone is a new question: checked again, and saved when no one matches.
    d.form.phones.clear()
    qtbot.keyClicks(d.form.phones, "+44 20 7946 0000")
    with qtbot.waitSignal(d.saved, timeout=10_000):
        qtbot.keyClick(d, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_guests(db, actor) == 2
    close(d)


def test_a_bad_phone_or_date_is_told_in_the_ui_language(qtbot, dialog: GuestDialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from vipdesk.ui.app import set_language

    set_language(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    dialog.form.name.setText("王伟")
    qtbot.keyClicks(dialog.form.phones, "12ab")
    dialog.form.dates.add_row(["birthday", "02-30", ""])
    dialog.form.dates.add_row(["anniversary", "next spring", ""])
    dialog.save()
    phone = dialog.form.errors["phone"].text()
    dates = dialog.form.errors["special_dates"].text()
    assert "12ab" in phone and "电话" in phone and "not a phone" not in phone
    assert "02-30" in dates and "next spring" in dates and "日期" in dates
    assert "not a" not in dates and "day is out of range" not in dates
