"""The caution mark and ID documents on the counter screen, as each role sees them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.accounts import make_staff
from vipdesk.domain.caution import CautionCategory
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.caution import set_caution
from vipdesk.services.database import Database
from vipdesk.services.id_documents import add_id_document
from vipdesk.services.profile import guest_profile
from vipdesk.services.search import search
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.search_model import SearchResultsModel
from vipdesk.ui.today_board import ALERTS, TodayBoardModel

from .conftest import TODAY

REASON = "left without paying for 2 nights"


def _flagged(db: Database, actor: Staff) -> int:
    manager = make_staff(db, "mgr", Role.DUTY_MANAGER, "王经理")
    set_caution(db, manager, 5, CautionCategory.UNPAID_BILL, REASON)
    add_id_document(db, actor, 5, IdType.CN_ID, "11010519491231002X", today=TODAY)
    return 5


def _show(window: MainWindow, db: Database, staff: Staff, guest_id: int) -> None:
    window.profile.show_profile(guest_profile(db, staff, guest_id, today=TODAY), None, TODAY)
    for _ in range(5):
        QApplication.processEvents()


def test_a_receptionist_sees_the_mark_and_not_the_reason(
    window: MainWindow, demo_db: Database, actor: Staff, tmp_path: Path
) -> None:
    guest_id = _flagged(demo_db, actor)
    desk = make_staff(demo_db, "desk", Role.RECEPTIONIST)
    _show(window, demo_db, desk, guest_id)
    mark = window.profile.caution
    assert mark.isVisible()
    assert "ask the duty manager" in mark.text() and REASON not in mark.text()
    assert "**************002X" in window.profile.documents.text()
    assert "11010519491231002X" not in window.profile.documents.text()
    window.grab().save(str(tmp_path / "caution-desk.png"))


def test_a_duty_manager_sees_why_and_who_set_it(
    window: MainWindow, demo_db: Database, actor: Staff, tmp_path: Path
) -> None:
    guest_id = _flagged(demo_db, actor)
    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER)
    _show(window, demo_db, manager, guest_id)
    text = window.profile.caution.text()
    assert "Unpaid bill" in text and REASON in text and "王经理" in text
    # The box sits above the arrival banner and the taboos: the first thing read.
    assert window.profile.caution.geometry().top() < window.profile.taboos.geometry().top()
    window.grab().save(str(tmp_path / "caution-manager.png"))


def test_the_result_line_says_caution_first(
    qtmodeltester, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    guest_id = _flagged(demo_db, actor)
    hits = [h for h in search(demo_db, actor, "11010519491231002X", today=TODAY)]
    assert hits[0].id == guest_id and hits[0].caution
    model = SearchResultsModel(today=TODAY)
    model.set_hits(hits, "11010519491231002X")
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)).startswith("⛔ caution")
    assert model.data(model.index(0, 3)).startswith("ID document")


def test_the_board_marks_a_flagged_arrival_first(
    window: MainWindow, demo_db: Database, actor: Staff
) -> None:
    from vipdesk.services.today import day_board

    board = day_board(demo_db, actor, TODAY)
    arriving = next(d for d in board.arrivals if d.arrival.guest_id is not None)
    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER)
    set_caution(demo_db, manager, arriving.arrival.guest_id, "security", REASON)
    flagged = next(
        d
        for d in day_board(demo_db, actor, TODAY).arrivals
        if d.arrival.guest_id == arriving.arrival.guest_id
    )
    assert flagged.caution
    model = TodayBoardModel()
    model.set_board(replace(board, arrivals=(flagged,)))
    assert model.data(model.index(0, ALERTS)).startswith("⛔ caution")


def test_a_new_guest_matching_a_flagged_one_warns_before_saving(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import GuestDraft
    from vipdesk.domain.phones import normalise_phone
    from vipdesk.services.guests import count_guests, create_guest
    from vipdesk.ui.guest_dialog import GuestDialog

    flagged = create_guest(db, actor, GuestDraft("张伟", phones=[normalise_phone("13800138000")]))
    manager = make_staff(db, "mgr", Role.DUTY_MANAGER)
    set_caution(db, manager, flagged.id, "unpaid_bill", REASON)
    desk = make_staff(db, "desk", Role.RECEPTIONIST)
    dialog = GuestDialog(db, desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setText("章伟")
    qtbot.keyClicks(dialog.form.phones, "138-0013-8000")
    dialog.save()
    qtbot.waitUntil(dialog.duplicate_box.isVisible, timeout=10_000)
    assert "caution list: ask the duty manager" in dialog.duplicate_text.text()
    assert REASON not in dialog.duplicate_text.text()
    assert dialog.duplicate_list_model.stringList()[0].startswith("⛔")
    assert count_guests(db, desk) == 1


def test_identity_and_privacy_from_the_keyboard(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+I on a shown profile: type and add a document, flag the guest, all by keys."""
    from PySide6.QtCore import Qt

    from vipdesk.services.caution import caution_of
    from vipdesk.services.id_documents import id_documents
    from vipdesk.ui.guest_privacy_dialog import GuestPrivacyDialog

    opened: list[GuestPrivacyDialog] = []
    window.dialog_opened.connect(opened.append)
    window.open_guest(5)
    qtbot.waitUntil(lambda: window.privacy_action.isEnabled(), timeout=10_000)
    window.privacy_action.trigger()
    [dialog] = opened
    qtbot.waitUntil(dialog.caution_box.isVisible, timeout=10_000)  # the admin manages both
    dialog.id_number.setFocus()
    qtbot.keyClicks(dialog.id_number, "11010519491231002X")
    qtbot.keyClick(dialog.add_id, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.id_model.rowCount() == 1, timeout=10_000)
    assert dialog.id_number.text() == ""  # the number never stays on screen
    assert "002X" in dialog.id_model.stringList()[0]
    dialog.caution_reason.setPlainText(REASON)
    dialog.flag.click()
    qtbot.waitUntil(lambda: dialog.unflag.isEnabled(), timeout=10_000)
    assert caution_of(demo_db, actor, 5) is not None
    assert len(id_documents(demo_db, actor, 5)) == 1
    dialog.grab().save(str(tmp_path / "privacy-dialog.png"))
    qtbot.waitUntil(lambda: window.profile.caution.isVisible(), timeout=10_000)


def test_the_desk_sees_only_the_documents_part(qtbot, demo_db: Database, english: None) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.guest_privacy_dialog import GuestPrivacyDialog

    desk = make_staff(demo_db, "desk", Role.RECEPTIONIST)
    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER)
    for who, manages in ((desk, False), (manager, True)):
        dialog = GuestPrivacyDialog(demo_db, who, 5, "x")
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        assert dialog.caution_box.isVisible() is manages
        assert dialog.secret_box.isVisible() is manages


def test_from_a_trial_marks_focus_and_edit(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    """A receptionist's trial: the scanner's number landed in the type box; managers read
    'ask the duty manager' on the board; nothing marked a confidential result; Ctrl+E
    opened a masked file for editing."""
    from vipdesk.services.confidential import set_confidential
    from vipdesk.services.today import day_board
    from vipdesk.ui.guest_privacy_dialog import GuestPrivacyDialog

    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER)
    desk = make_staff(demo_db, "desk", Role.RECEPTIONIST)
    dialog = GuestPrivacyDialog(demo_db, desk, 5, "x")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.id_number, timeout=5_000)

    arriving = next(d for d in day_board(demo_db, manager, TODAY).arrivals if d.arrival.guest_id)
    guest_id = arriving.arrival.guest_id
    set_caution(demo_db, manager, guest_id, "damage", REASON)
    model = TodayBoardModel()
    model.set_board(day_board(demo_db, manager, TODAY))
    texts = [str(model.data(model.index(r, ALERTS))) for r in range(model.rowCount())]
    assert any(REASON in t for t in texts)
    model.set_board(day_board(demo_db, desk, TODAY))
    texts = [str(model.data(model.index(r, ALERTS))) for r in range(model.rowCount())]
    assert not any(REASON in t for t in texts) and any("ask the duty manager" in t for t in texts)

    set_confidential(demo_db, manager, guest_id, "Ms Green")
    hits = [h for h in search(demo_db, manager, "Ms Green", today=TODAY) if h.id == guest_id]
    results = SearchResultsModel(today=TODAY)
    results.set_hits(hits, "Ms Green")
    assert "🔒 confidential" in results.data(results.index(0, 2))

    window = MainWindow(demo_db, desk, today=TODAY)
    qtbot.addWidget(window)
    window.open_guest(guest_id)
    qtbot.waitUntil(lambda: window.current_guest_id() == guest_id, timeout=10_000)
    assert not window.edit_action.isEnabled()  # what they see is masked: not theirs to save
