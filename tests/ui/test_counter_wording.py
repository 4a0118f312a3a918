"""Small things a keyboard-first trial tripped over: where focus lands in the complaint
list, plural wording, and no internal duplicate score in front of the desk."""

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity, Status
from vipdesk.domain.staff import Role
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.ui.app import set_language


def test_the_complaint_list_opens_on_the_list_and_keeps_it_after_a_move(
    qtbot, demo_db: Database, english: None
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.complaints_view import ComplaintsView

    manager = make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
    occurred = datetime.now().replace(microsecond=0) - timedelta(hours=2)
    log_complaint(
        demo_db,
        manager,
        ComplaintDraft(
            3, occurred, "front_office", "noise", ComplaintSeverity.LOW, "loud",
            remedy_taken_at=occurred + timedelta(minutes=30),
        ),
    )  # fmt: skip
    view = ComplaintsView(demo_db, manager)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    assert QApplication.focusWidget() is view.table
    view.table.selectRow(0)
    for target in (Status.IN_PROGRESS, Status.RESOLVED):
        button = view.buttons[target]
        button.setFocus()
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda t=target: view.current() is not None and view.current().status == t)
        assert QApplication.focusWidget() is view.table, target  # not "Start handling"


def test_board_counts_say_one_birthday_not_one_birthdays(
    qtbot, db: Database, actor, english: None, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.test_in_house_not_arriving import DAY
    from tests.unit.test_in_house_not_arriving import (
        test_the_board_and_search_list_an_in_house_guest_once as make_day,
    )
    from vipdesk.services.today import day_board
    from vipdesk.ui.today_board import TodayBoard

    make_day(db, actor, tmp_path)  # one arrival, a VIP, one guest in house
    board = TodayBoard(today=DAY)
    qtbot.addWidget(board)
    board.show_board(day_board(db, actor, DAY))
    assert board.counts.text() == "1 arrival · 1 VIP and above · 0 not matched · 0 birthdays"
    assert board.sections.tabText(0) == "Arrivals (1)"
    set_language(QCoreApplication.instance(), "zh_TW")  # type: ignore[arg-type]
    expected = "抵店 1 位 · VIP及以上 1 位 · 未匹配 0 位 · 生日 0 位"
    qtbot.waitUntil(lambda: board.counts.text() == expected)


def test_the_duplicate_warning_gives_reasons_not_an_internal_score(
    qtbot, db: Database, actor, english: None
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import GuestDraft
    from vipdesk.domain.phones import normalise_phone
    from vipdesk.services.guests import create_guest
    from vipdesk.ui.guest_dialog import GuestDialog

    from .test_guest_dialog import close, show, type_text

    create_guest(
        db, actor, GuestDraft("张伟", member_no="M7", phones=[normalise_phone("13800138000")])
    )
    d = GuestDialog(db, actor)
    show(qtbot, d)
    type_text(d.form.name, "張偉")
    qtbot.keyClicks(d.form.phones, "138-0013-8000")
    d.save()
    qtbot.waitUntil(d.duplicate_box.isVisible, timeout=10_000)
    (line,) = d.duplicate_list_model.stringList()
    assert "same phone" in line and "M7" in line
    assert not any(f"({n}" in line for n in range(50, 101)), line  # no "(90: …"
    close(d)
