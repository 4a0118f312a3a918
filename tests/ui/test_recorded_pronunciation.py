"""The guest's own reading: typed after the name, saved, and shown on the profile."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest, get_guest
from vipdesk.services.profile import guest_profile
from vipdesk.ui.app import set_language
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.profile_panel import ProfilePanel

from .test_guest_dialog import close, show, type_text

TODAY = date(2026, 11, 25)
SHOTS = Path("/tmp/ui11")


def save_and_wait(qtbot, dialog: GuestDialog) -> int:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as blocker:
        dialog.save()
    return blocker.args[0]


def test_the_reading_is_typed_right_after_the_name_and_saved(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = GuestDialog(db, actor)
    show(qtbot, d)
    d.form.name.setFocus()
    type_text(d.form.name, "曾小贤")
    qtbot.keyClick(d.form.name, Qt.Key.Key_Tab)
    assert d.focusWidget() is d.form.pronunciation
    assert d.form.pronunciation.accessibleName() == "Pronunciation"
    assert d.form.pronunciation.maxLength() == 100
    type_text(d.form.pronunciation, "Tsang, not Zēng")
    assert d.form.dirty
    guest_id = save_and_wait(qtbot, d)
    close(d)
    assert get_guest(db, actor, guest_id).pronunciation == "Tsang, not Zēng"


def test_editing_the_reading_saves_a_new_version(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    guest = create_guest(db, actor, GuestDraft("曾小贤", member_no="M1", pronunciation="Tsang"))
    d = GuestDialog(db, actor, guest)
    show(qtbot, d)
    assert d.form.pronunciation.text() == "Tsang"
    d.form.pronunciation.clear()
    type_text(d.form.pronunciation, "Zēng")
    save_and_wait(qtbot, d)
    close(d)
    again = get_guest(db, actor, guest.id)
    assert (again.pronunciation, again.version) == ("Zēng", guest.version + 1)


def test_the_profile_shows_the_recorded_reading_as_the_guests_own(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    said = create_guest(db, actor, GuestDraft("曾小贤", member_no="M1", pronunciation="Tsang"))
    plain = create_guest(db, actor, GuestDraft("曾小贤", member_no="M2"))
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    panel.show_profile(guest_profile(db, actor, said.id, today=TODAY), today=TODAY)
    assert "Tsang" in panel.pronunciation.text()
    assert "as the guest says it" in panel.pronunciation.text()
    assert "Zēng" not in panel.pronunciation.text()
    panel.show_profile(guest_profile(db, actor, plain.id, today=TODAY), today=TODAY)
    assert panel.pronunciation.text() == "Zēng Xiǎoxián"


def test_screens_in_three_languages(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    """Pictures for a person to look at (written outside the repository)."""
    guest = create_guest(
        db, actor, GuestDraft("曾小贤", member_no="M1", honorific="先生", pronunciation="Tsang")
    )
    SHOTS.mkdir(exist_ok=True)
    app = QCoreApplication.instance()
    try:
        for lang in ("en", "zh_CN", "zh_TW"):
            set_language(app, lang)  # type: ignore[arg-type]
            d = GuestDialog(db, actor, guest)
            show(qtbot, d)
            QApplication.processEvents()
            assert d.grab().save(str(SHOTS / f"guest-form-{lang}.png"))
            close(d)
            panel = ProfilePanel()
            qtbot.addWidget(panel)
            panel.resize(700, 500)
            panel.show()
            panel.show_profile(guest_profile(db, actor, guest.id, today=TODAY), today=TODAY)
            QApplication.processEvents()
            assert panel.grab().save(str(SHOTS / f"profile-{lang}.png"))
    finally:
        set_language(app, "en")  # type: ignore[arg-type]
