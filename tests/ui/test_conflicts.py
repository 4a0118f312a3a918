"""Two windows edit one record: the later save is refused, the typed text stays visible."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.guest import GuestDraft, Severity, Taboo, TabooKind
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import get_complaint, log_complaint, update_complaint
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.guest_dialog import GuestDialog

PEANUT = Taboo("PEANUT anaphylaxis", TabooKind.ALLERGY, Severity.DANGER)


def _answer_reload(qtbot, parent) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "conflictPrompt") is not None)
    box = parent.findChild(QMessageBox, "conflictPrompt")
    assert box is not None
    return box


def test_guest_dialog_refuses_a_stale_save_and_reloads_keeping_the_typed_text(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    li_wei = make_staff(db, "liwei", display_name="Li Wei")
    opened = create_guest(db, actor, GuestDraft("Chen Jing"))
    dialog = GuestDialog(db, actor, get_guest(db, actor, opened.id))
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile, at another window, Li Wei records the allergy.
    theirs = replace(opened.draft(), taboos=[PEANUT])
    update_guest(db, li_wei, opened.id, theirs, version=opened.version)
    dialog.form.notes.setPlainText("Prefers a late checkout")
    dialog.save()
    box = _answer_reload(qtbot, dialog)
    assert "Li Wei" in box.text() and "Allergies and taboos" in box.informativeText()
    assert get_guest(db, actor, opened.id).notes == ""  # refused, nothing overwritten
    reload_button = box.findChild(QPushButton, "reloadKeepText")
    assert reload_button is not None
    reload_button.click()
    qtbot.waitUntil(lambda: dialog.typed_panel is not None)
    assert dialog.typed_panel is not None
    assert "Prefers a late checkout" in dialog.typed_panel.text.toPlainText()
    assert dialog.typed_panel.text.isReadOnly()
    assert dialog.form.taboos.rows() == [["allergy", "danger", "PEANUT anaphylaxis"]]
    # The receptionist copies the note over and saves: both changes are kept.
    dialog.form.notes.setPlainText("Prefers a late checkout")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    stored = get_guest(db, actor, opened.id)
    assert stored.taboos == [PEANUT] and stored.notes == "Prefers a late checkout"


def test_complaint_dialog_offers_reload_when_the_same_field_was_changed(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    li_wei = make_staff(db, "liwei", display_name="Li Wei", role=Role.DUTY_MANAGER)
    guest = create_guest(db, actor, GuestDraft("王伟"))
    now = datetime.now().replace(second=0, microsecond=0)
    record = log_complaint(
        db,
        actor,
        ComplaintDraft(
            guest_id=guest.id,
            occurred_at=now - timedelta(hours=1),
            department="front_office",
            category="noise",
            severity=ComplaintSeverity.MEDIUM,
            description="Loud party next door",
        ),
    )
    dialog = ComplaintDialog(db, actor, [li_wei], record=record)
    qtbot.addWidget(dialog)
    dialog.show()
    update_complaint(
        db,
        li_wei,
        record.id,
        replace(record.draft(), guest_wish="A quieter room"),
        base=record.draft(),
        version=record.version,
    )
    dialog.guest_wish.setPlainText("Late checkout for free")
    dialog.save()
    box = _answer_reload(qtbot, dialog)
    assert "Li Wei" in box.text()
    assert "What the guest wants" in box.informativeText()
    button = box.findChild(QPushButton, "reloadKeepText")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: dialog.typed_panel is not None)
    assert dialog.typed_panel is not None
    assert "Late checkout for free" in dialog.typed_panel.text.toPlainText()
    assert dialog.guest_wish.toPlainText() == "A quieter room"
    assert get_complaint(db, actor, record.id).guest_wish == "A quieter room"
