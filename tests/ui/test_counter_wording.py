"""Small things a keyboard-first trial tripped over: where focus lands in the complaint
list, plural wording, and no internal duplicate score in front of the desk."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity, Status
from vipdesk.domain.staff import Role
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database


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
