"""The duty manager's complaint list: overdue in red, filters, moving a complaint along."""

from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from tests.accounts import make_staff
from vipdesk.domain.complaints import Category, ComplaintDraft, ComplaintSeverity, Status
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import change_status, get_complaint, log_complaint
from vipdesk.services.database import Database
from vipdesk.ui import text_prompt
from vipdesk.ui.complaint_list_model import ComplaintListModel
from vipdesk.ui.complaints_view import ComplaintsView
from vipdesk.ui.followup_dialog import FollowUpDialog


def test_list_filters_and_workflow(
    qtbot, demo_db: Database, actor: Staff, english: None, qtmodeltester, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    manager = make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
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
    old = log_complaint(  # an unresolved complaint from four months ago never hides
        demo_db,
        actor,
        ComplaintDraft(
            3, now - timedelta(days=120), "front_office", "billing", ComplaintSeverity.LOW, "旧账单"
        ),
        now=now,
    )
    view = ComplaintsView(demo_db, manager)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(view.model)
    assert isinstance(view.model, ComplaintListModel)
    ids = [view.proxy.data(view.proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(3)]
    assert ids[:2] == [old.id, late.id]  # most urgent promise first
    first = view.proxy.index(1, 0)
    assert view.proxy.data(first, Qt.ItemDataRole.BackgroundRole) is not None  # overdue: red
    assert view.summary.text() == "3 complaints · 2 overdue"
    view.overdue.setChecked(True)
    assert view.proxy.rowCount() == 2
    view.overdue.setChecked(False)
    view.category.setCurrentIndex(view.category.findData("food"))
    assert view.proxy.rowCount() == 1 and view.summary.text() == "1 complaint · 0 overdue"
    view.category.setCurrentIndex(0)
    view.since_on.setChecked(True)
    view.since.setDate(QDate.currentDate().addDays(1))  # nothing happened tomorrow
    assert view.proxy.rowCount() == 0 and view.summary.text() == "0 complaints · 0 overdue"
    view.since.setDate(QDate.currentDate().addDays(-1))
    assert view.proxy.rowCount() == 2  # the old one happened before
    view.since_on.setChecked(False)

    view.table.selectRow(1)
    assert view.current().id == late.id  # type: ignore[union-attr]
    enabled = {t: b.isEnabled() for t, b in view.buttons.items()}
    assert enabled == {
        Status.IN_PROGRESS: True,
        Status.RESOLVED: True,
        Status.FOLLOWED_UP: False,  # no follow-up call before it is resolved
        Status.CLOSED: False,
    }
    # No remedial step recorded: resolving asks why (kept as a note), closing asks first.
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: ("left early", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for target in (Status.IN_PROGRESS, Status.RESOLVED):
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.buttons[target].click()
        view.table.selectRow(
            [view.model.record(r).id for r in range(view.model.rowCount())].index(late.id)
        )
    opened: list[object] = []
    view.dialog_opened.connect(opened.append)
    view.buttons[Status.FOLLOWED_UP].click()
    (call,) = opened
    assert isinstance(call, FollowUpDialog)
    call.accept()  # nothing said yet: refused, and said why
    assert call.isVisible() and call.error.isVisible()
    call.result_edit.setPlainText("已回访，客人满意")
    call.accept()  # how satisfied is not preselected: asked
    assert call.isVisible() and "satisfied" in call.error.text()
    call.scale.button(4).setChecked(True)
    # Meanwhile another counter reopens it: the call is refused, and nothing typed is lost.
    change_status(demo_db, manager, late.id, Status.IN_PROGRESS)
    call.accept()
    qtbot.waitUntil(lambda: "cannot become followed_up" in call.error.text(), timeout=10_000)
    assert call.isVisible() and call.result_edit.toPlainText() == "已回访，客人满意"
    change_status(demo_db, manager, late.id, Status.RESOLVED)
    assert call.scale.button(5).text() == "&5"  # Alt+5 picks it at the counter
    call.scale.button(5).setChecked(True)
    assert call.satisfaction() == 5
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        call.accept()
        call.reject()  # Esc while it saves: ignored, the dialog outlives its save
    assert not (shiboken6.isValid(call) and call.isVisible())  # closed once saved
    row = [view.model.record(r).id for r in range(view.model.rowCount())].index(late.id)
    desk = ComplaintsView(demo_db, make_staff(demo_db, "desk"))  # a receptionist may not close it
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3, timeout=10_000)
    desk.table.selectRow(row)
    assert desk.current().status == Status.FOLLOWED_UP  # type: ignore[union-attr]
    assert not desk.buttons[Status.CLOSED].isEnabled()
    view.table.selectRow(row)
    assert view.buttons[Status.CLOSED].isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.buttons[Status.CLOSED].click()
    record = get_complaint(demo_db, actor, late.id)
    assert record.status == Status.CLOSED and record.satisfaction == 5
    kinds = [e.kind for e in record.history]
    assert kinds.count("status") == 6 and kinds[0] == "created" and len(kinds) == 8  # + the note
    assert view.model.rowCount() == 2  # closed ones leave the default list


def test_monthly_report_shows_figures_and_charts_and_prints(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    from tests.screenshots import screenshots
    from vipdesk.ui.complaint_report_view import ComplaintReportView

    from .conftest import save_screenshot

    t0 = datetime(2026, 10, 2, 9, 0)
    manager = make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
    for i, (category, department, hours) in enumerate(
        [
            (Category.NOISE, "housekeeping", 2),
            (Category.NOISE, "engineering", 9),
            (Category.NOISE, "housekeeping", None),
            (Category.FOOD, "food_beverage", 3),
            (Category.ATTITUDE, "front_office", 30),
        ]
    ):
        c = log_complaint(
            demo_db,
            actor,
            ComplaintDraft(
                i + 1,
                t0 + timedelta(days=i),
                department,
                category,
                ComplaintSeverity.HIGH,
                "…",
            ),
        )
        if hours is not None:
            change_status(
                demo_db, manager, c.id, Status.RESOLVED, now=c.occurred_at + timedelta(hours=hours)
            )
    view = ComplaintsView(demo_db, actor)
    qtbot.addWidget(view)
    opened: list[object] = []
    view.dialog_opened.connect(opened.append)
    report_view = view.monthly_report()
    assert isinstance(report_view, ComplaintReportView)
    with qtbot.waitSignal(report_view.loaded, timeout=10_000):
        report_view.month.setDate(QDate(2026, 10, 1))
    assert report_view.figures["total"].text() == "5"
    assert report_view.figures["within"].text() == "2 (50%)"  # 2 h and 3 h were within 4 h
    assert report_view.figures["median"].text() == "6 h"  # median of 2, 3, 9, 30
    assert report_view.by_category.bars == [
        ("noise", 3),
        ("service attitude", 1),
        ("food", 1),
    ]
    assert report_view.by_department.bars[0] == ("housekeeping", 2)
    save_screenshot(qtbot, report_view, screenshots() / "complaint-chart.png")
    report_view.print_button.click()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=15_000)
    preview = opened[1]
    assert len(preview.images) == 1 and preview.pdf.startswith(b"%PDF")  # type: ignore[attr-defined]
    preview.close()  # type: ignore[attr-defined]
    report_view.close()


def test_walk_in_complaint_picks_the_guest_in_the_dialog(qtbot, window, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.complaints import list_complaints
    from vipdesk.ui.complaint_dialog import ComplaintDialog

    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    window.complaint_action.trigger()  # Ctrl+K with nobody on screen
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    (dialog,) = opened
    assert isinstance(dialog, ComplaintDialog) and dialog.picker is not None
    assert dialog.focusWidget() is dialog.picker.box
    assert dialog.facts.text() == "—"  # no guest yet
    dialog.description.setPlainText("Room not ready at 3 pm")
    for combo in (dialog.department, dialog.category):
        combo.setCurrentIndex(0)  # chosen, not preselected
    dialog.save()
    assert dialog.errors["guest_id"].isVisible()  # said, and nothing saved
    qtbot.keyClicks(dialog.picker.box, "oynn")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1, timeout=10_000)
    assert "歐陽娜娜" in dialog.picker.results.item(0).text()
    qtbot.keyClick(dialog.picker.box, Qt.Key.Key_Return)
    assert dialog.picker.guest_id is not None and "歐陽娜娜" in dialog.windowTitle()
    assert not dialog.errors["guest_id"].isVisible()
    qtbot.waitUntil(lambda: dialog.facts.text() in ("returning guest", "new guest"), timeout=10_000)
    qtbot.keyClicks(dialog.picker.box, "x")  # typing again: the pick no longer holds
    assert dialog.picker.guest_id is None and "歐陽娜娜" not in dialog.windowTitle()
    qtbot.keyClick(dialog.picker.box, Qt.Key.Key_Backspace)
    qtbot.waitUntil(
        lambda: (
            not dialog.picker.searcher._busy
            and dialog.picker.results.count() >= 1
            and "歐陽娜娜" in dialog.picker.results.item(0).text()
        ),
        timeout=10_000,
    )
    qtbot.keyClick(dialog.picker.box, Qt.Key.Key_Return)
    assert dialog.picker.guest_id is not None
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        dialog.save()
    assert window.profile.name.text().startswith("歐陽娜娜")
    assert "1 unresolved complaint" in window.profile.complaint.text()
    (logged,) = [
        c
        for c in list_complaints(demo_db, window._actor)
        if c.description == "Room not ready at 3 pm"
    ]
    assert logged.guest_name == "歐陽娜娜"


def test_walk_in_complaint_creates_a_new_guest_from_the_dialog(
    qtbot, window, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.complaint_dialog import ComplaintDialog
    from vipdesk.ui.guest_dialog import GuestDialog

    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    window.complaint_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    complaint = opened[0]
    assert isinstance(complaint, ComplaintDialog) and complaint.picker is not None
    qtbot.keyClicks(complaint.picker.box, "Walk-in Guest")
    qtbot.waitUntil(lambda: complaint.picker.results.count() == 1, timeout=10_000)
    assert "No guest found" in complaint.picker.results.item(0).text()
    complaint.picker.new_button.click()
    guest_dialog = opened[1]
    assert isinstance(guest_dialog, GuestDialog)
    guest_dialog.form.name.setText("Walk-in Guest")
    guest_dialog.form.phones.setText("+44 20 7946 0999")
    guest_dialog.save()
    qtbot.waitUntil(lambda: complaint.picker.guest_id is not None, timeout=15_000)
    assert "Walk-in Guest" in complaint.windowTitle()
    assert complaint.picker.chosen.isVisible()
    complaint.discard_changes()  # a guest was picked: closing would ask
    complaint.close()


def test_duty_manager_edits_the_lists_in_the_app(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.complaint_codes import complaint_codes
    from vipdesk.ui.complaint_lists_dialog import ComplaintListsDialog

    receptionist_view = ComplaintsView(demo_db, make_staff(demo_db, "desk"))
    qtbot.addWidget(receptionist_view)
    read_only = receptionist_view.edit_lists()
    assert not read_only.save_button.isEnabled()  # receptionists may look, not change
    read_only.close()

    manager = make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
    view = ComplaintsView(demo_db, manager)
    qtbot.addWidget(view)
    dialog = view.edit_lists()
    assert isinstance(dialog, ComplaintListsDialog)
    grid = dialog.categories.grid
    assert grid.item(0, 0).text() == "attitude" and grid.item(0, 1).text() == "服务态度"
    dialog.categories.add_row()
    row = grid.rowCount() - 1
    grid.item(row, 0).setText("Wi Fi")
    grid.item(row, 1).setText("网络")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "“Wi Fi” is not a code" in dialog.error.text()
    grid.item(row, 0).setText("attitude")
    dialog.save()  # a code twice is caught before anything is stored
    assert "listed twice" in dialog.error.text()
    grid.item(row, 0).setText("wifi")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert complaint_codes(demo_db, manager).categories["wifi"] == "网络"
    assert view.category.findData("wifi") > 0  # the filter offers the new category
    assert view.category.itemText(view.category.findData("wifi")) == "网络"


def test_import_a_logbook_from_the_list_explains_every_rejected_row(
    qtbot, demo_db: Database, actor: Staff, english: None, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from vipdesk.ui.logbook_import import LogbookResultDialog

    logbook = tmp_path / "投诉记录.csv"
    logbook.write_text(
        "会员号,发生时间,部门,类别,严重程度,描述,状态,解决时间\n"
        "M100000,2026-10-05 20:30,客房,噪音,高,隔壁太吵,已解决,2026-10-05 22:00\n"
        "M999999,2026-10-06 09:00,客房,噪音,高,没有这个会员,,\n"
        "M100001,2026-10-07 09:00,水疗,噪音,高,没有这个部门,,\n",
        encoding="gb18030",
    )
    view = ComplaintsView(demo_db, actor)
    qtbot.addWidget(view)
    opened: list[object] = []
    view.dialog_opened.connect(opened.append)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(logbook), "CSV files (*.csv)")
    )
    view.import_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    (result,) = opened
    assert isinstance(result, LogbookResultDialog)
    assert "1 imported, 0 already there, 2 rejected" in result.summary.text()
    reasons = {
        result.rejected.item(r, 0).text(): result.rejected.item(r, 1).text()
        for r in range(result.rejected.rowCount())
    }
    assert reasons["3"].startswith("member_no:") and reasons["4"].startswith("department:")
    rejects = tmp_path / "投诉记录.rejects.csv"
    assert str(rejects) in result.where.text()
    assert rejects.read_text(encoding="utf-8-sig").count("\n") == 3  # header + 2 rows
    result.close()


def test_rejects_go_beside_the_logbook_or_to_the_data_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.logbook_import import rejects_path_for

    logbook = tmp_path / "book.csv"
    assert rejects_path_for(logbook, tmp_path / "data") == tmp_path / "book.rejects.csv"
    unwritable = tmp_path / "gone" / "book.csv"  # a folder that cannot take the file
    assert rejects_path_for(unwritable, tmp_path / "data") == tmp_path / "data" / "book.rejects.csv"


def test_the_lists_dialog_tells_refused_codes_in_the_ui_language(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from vipdesk.ui.app import set_language

    set_language(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    manager = make_staff(demo_db, "mgr", role=Role.DUTY_MANAGER)
    view = ComplaintsView(demo_db, manager)
    qtbot.addWidget(view)
    dialog = view.edit_lists()
    grid = dialog.categories.grid
    dialog.categories.add_row()
    row = grid.rowCount() - 1
    grid.item(row, 0).setText("Wi Fi")
    grid.item(row, 1).setText("服务态度")  # the label of 'attitude' too
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    text = dialog.error.text()
    assert "Wi Fi" in text and "服务态度" in text  # names what is wrong
    assert "is not a code" not in text and "used twice" not in text  # in Chinese
    assert "代码" in text
