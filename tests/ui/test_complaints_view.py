"""The duty manager's complaint list: overdue in red, filters, moving a complaint along."""

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog

from vipdesk.domain.complaints import Category, ComplaintDraft, ComplaintSeverity, Status
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import get_complaint, log_complaint
from vipdesk.services.database import Database
from vipdesk.services.staff import get_or_create_staff
from vipdesk.ui.complaints_view import ComplaintListModel, ComplaintsView


def test_list_filters_and_workflow(
    qtbot, demo_db: Database, actor: Staff, english: None, qtmodeltester, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    manager = get_or_create_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
    now = datetime.now().replace(second=0, microsecond=0)
    late = log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            1,
            now - timedelta(hours=5),
            "housekeeping",
            Category.NOISE,
            ComplaintSeverity.CRITICAL,
            "空调太吵",
        ),
        now=now,
    )
    log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            2,
            now - timedelta(hours=1),
            "food_beverage",
            Category.FOOD,
            ComplaintSeverity.LOW,
            "Cold soup",
        ),
        now=now,
    )
    view = ComplaintsView(demo_db, manager)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    qtmodeltester.check(view.model)
    assert isinstance(view.model, ComplaintListModel)
    first = view.proxy.index(0, 0)
    assert view.proxy.data(first, Qt.ItemDataRole.UserRole) == late.id  # most urgent promise first
    assert view.proxy.data(first, Qt.ItemDataRole.BackgroundRole) is not None  # overdue: red
    assert "1 overdue" in view.summary.text()
    view.overdue.setChecked(True)
    assert view.proxy.rowCount() == 1
    view.overdue.setChecked(False)
    view.category.setCurrentIndex(view.category.findData("food"))
    assert view.proxy.rowCount() == 1
    view.category.setCurrentIndex(0)
    view.since.setDate(QDate.currentDate().addDays(1))  # nothing happened tomorrow
    assert view.proxy.rowCount() == 0
    view.since.setDate(QDate.currentDate().addDays(-1))
    assert view.proxy.rowCount() == 2

    view.table.selectRow(0)
    for target in (Status.IN_PROGRESS, Status.RESOLVED):
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.buttons[target].click()
        view.table.selectRow(
            [view.model.record(r).id for r in range(view.model.rowCount())].index(late.id)
        )
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("已回访，客人满意", True)
    )
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.buttons[Status.FOLLOWED_UP].click()
    view.table.selectRow(
        [view.model.record(r).id for r in range(view.model.rowCount())].index(late.id)
    )
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.buttons[Status.CLOSED].click()
    record = get_complaint(demo_db, actor, late.id)
    assert record.status == Status.CLOSED and record.satisfaction == 5
    assert [e.kind for e in record.history] == ["created", "status", "status", "status", "status"]
    assert view.model.rowCount() == 1  # closed ones leave the default list


def test_monthly_report_with_chart_opens_as_a_preview(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now().replace(second=0, microsecond=0)
    log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            1,
            now - timedelta(hours=2),
            "housekeeping",
            Category.NOISE,
            ComplaintSeverity.HIGH,
            "Loud",
        ),
        now=now,
    )
    view = ComplaintsView(demo_db, actor)
    qtbot.addWidget(view)
    view.show()
    opened: list[object] = []
    view.report_opened.connect(opened.append)
    view.monthly_report(now.strftime("%Y-%m"))
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    preview = opened[0]
    assert len(preview.images) == 1 and preview.pdf.startswith(b"%PDF")  # type: ignore[attr-defined]
    preview.close()  # type: ignore[attr-defined]


def test_walk_in_complaint_creates_the_guest_first(qtbot, window, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.complaint_dialog import ComplaintDialog
    from vipdesk.ui.guest_dialog import GuestDialog

    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    window.complaint_action.trigger()
    (guest_dialog,) = opened
    assert isinstance(guest_dialog, GuestDialog)
    guest_dialog.form.name.setText("Walk-in Guest")
    guest_dialog.form.phones.setText("+44 20 7946 0999")
    guest_dialog.save()
    qtbot.waitUntil(lambda: any(isinstance(d, ComplaintDialog) for d in opened), timeout=15_000)
    complaint = next(d for d in opened if isinstance(d, ComplaintDialog))
    assert "Walk-in Guest" in complaint.windowTitle()
    complaint.close()
