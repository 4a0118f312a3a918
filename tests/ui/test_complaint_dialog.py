"""Logging a complaint from the profile: validation named, saved whole, warning shown."""

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt

from tests.accounts import make_staff
from tests.screenshots import screenshots
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.ui import unsaved_prompt
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.main_window import MainWindow

from .conftest import save_screenshot


def open_dialog(qtbot, window: MainWindow) -> ComplaintDialog:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search_box, "oynn")
    qtbot.waitUntil(
        lambda: window.model.rowCount() == 1 and not window.searcher._busy, timeout=10_000
    )
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    opened: list[ComplaintDialog] = []
    window.dialog_opened.connect(opened.append)
    window.complaint_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return opened[0]


def test_log_validate_save_and_see_the_warning(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    make_staff(demo_db, "mgr", display_name="Duty Manager 王经理", role=Role.DUTY_MANAGER)
    d = open_dialog(qtbot, window)
    fixed = QDateTime(datetime(2026, 11, 20, 21, 30))  # a fixed time: the screenshot is stable
    d.occurred.setDateTime(fixed)
    assert all(when.text() == "—" for _box, when in d.steps.values())  # no step done yet
    d.steps["apologised_at"][1].setDateTime(fixed)
    assert [d.manager.itemText(i) for i in range(d.manager.count())] == [
        "—",
        "Duty Manager 王经理",
        "值班经理 李伟 Li Wei",  # the demo's duty manager account
    ]
    # Default promise follows severity: critical → 2 hours after it happened.
    d.severity.setCurrentIndex(d.severity.findData("critical"))
    occurred = d.occurred.dateTime().toPython().replace(second=0, microsecond=0)
    assert d.due.dateTime().toPython() - occurred == timedelta(hours=2)
    d.save()  # nothing described, nothing chosen yet: all said at once
    qtbot.waitUntil(lambda: d.errors["description"].isVisible(), timeout=5000)
    assert d.errors["department"].isVisible() and d.errors["category"].isVisible()
    d.department.setCurrentIndex(d.department.findData("front_office"))
    d.description.setPlainText("空调噪音太大，客人一夜没睡 / AC too loud all night")
    d.due.setDateTime(QDateTime(occurred - timedelta(hours=1)))
    d.save()
    qtbot.waitUntil(lambda: d.errors["feedback_due"].isVisible(), timeout=5000)
    assert "before the complaint happened" in d.errors["feedback_due"].text()
    d.due.setDateTime(QDateTime(occurred + timedelta(hours=3)))
    d.category.setCurrentIndex(d.category.findData("noise"))
    d.steps["apologised_at"][0].setChecked(True)
    box, when = d.steps["listened_at"]
    box.setChecked(True)  # ticked just now: stamped now
    assert abs(when.dateTime().toPython() - datetime.now()) < timedelta(minutes=2)
    box.setChecked(False)  # unticked: not done, no time
    assert when.text() == "—"
    box.setChecked(True)
    when.setDateTime(when.minimumDateTime())  # ticked, but the time wiped back to "—"
    d.save()
    assert "give the time it was done" in d.errors["listened_at"].text()
    box.setChecked(False)
    d.manager.setCurrentIndex(1)
    # Returning or new is read from the guest's stays, never asked.
    qtbot.waitUntil(lambda: d.facts.text() in ("returning guest", "new guest"), timeout=10_000)
    save_screenshot(qtbot, d, screenshots() / "complaint-dialog.png")
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        d.save()
    assert window.profile.complaint.isVisible()
    assert "1 unresolved complaint" in window.profile.complaint.text()
    assert "noise · open" in window.profile.complaints.text()


def test_reopen_complete_the_recovery_steps_then_closed_is_read_only(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity, Status
    from vipdesk.services.complaints import change_status, get_complaint, log_complaint
    from vipdesk.ui.complaints_view import ComplaintsView

    manager = make_staff(demo_db, "mgr", display_name="王经理", role=Role.DUTY_MANAGER)
    occurred = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3)
    logged = log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            3,
            occurred,
            "food_beverage",
            "food",
            ComplaintSeverity.MEDIUM,
            "汤是凉的 / The soup was cold",
            guest_wish="换一份",
        ),
    )
    view = ComplaintsView(demo_db, manager)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    opened: list[ComplaintDialog] = []
    view.dialog_opened.connect(opened.append)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: "The soup was cold" in view.details.toPlainText(), timeout=10_000)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the complaint
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    d = opened[0]
    # Reopened: every recorded field is back in the dialog, the promise as made.
    assert d.description.toPlainText() == "汤是凉的 / The soup was cold"
    assert d.guest_wish.toPlainText() == "换一份"
    assert d.category.currentData() == "food" and d.department.currentData() == "food_beverage"
    assert d.due.dateTime().toPython() == logged.feedback_due
    kind = "returning guest" if logged.returning_guest else "new guest"  # from the stays
    assert d.facts.text() == f"open · {kind}"
    apologised = occurred + timedelta(minutes=10)
    box, when = d.steps["apologised_at"]
    box.setChecked(True)
    when.setDateTime(QDateTime(apologised))
    d.real_reason.setPlainText("客人赶时间 / in a hurry for a meeting")
    d.manager.setCurrentIndex(d.manager.findData(manager.id))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        d.save()
        d.save()  # Ctrl+S pressed twice: still one save
    record = get_complaint(demo_db, actor, logged.id)
    assert record.apologised_at == apologised and record.assigned_to == manager.id
    assert record.real_reason == "客人赶时间 / in a hurry for a meeting"
    assert [e.kind for e in record.history] == ["created", "edited"]
    assert set(record.history[-1].detail) == {"apologised_at", "real_reason", "assigned_to"}
    qtbot.waitUntil(lambda: "edited" in view.details.toPlainText(), timeout=10_000)
    assert "王经理" in view.details.toPlainText()

    for target in (Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED):
        change_status(demo_db, manager, logged.id, target, followup_result="满意")
    view.status.setCurrentIndex(view.status.findData("closed"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.table.selectRow(0)
    view.open_current()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    closed = opened[1]
    assert not closed.save_button.isEnabled() and closed.description.isReadOnly()
    assert not closed.category.isEnabled()
    assert "only annotated" in closed.facts.text()
    closed.close()


def test_a_complaint_opens_from_the_guest_profile(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    import re

    from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
    from vipdesk.services.complaints import log_complaint

    occurred = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    logged = log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            2, occurred, "housekeeping", "cleanliness", ComplaintSeverity.HIGH, "浴缸有头发"
        ),
    )
    d = open_dialog(qtbot, window)  # 歐陽娜娜's profile is on screen (guest 2)
    d.close()
    text = window.profile.complaints.text()
    assert "cleanliness · open" in text
    (href,) = re.findall(r"href='(complaint:\d+)'", text)
    opened: list[ComplaintDialog] = []
    window.dialog_opened.connect(opened.append)
    window.profile.complaints.linkActivated.emit(href)  # a click on its date, or Tab + Enter
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].description.toPlainText() == "浴缸有头发"
    assert f"#{logged.id}" in opened[0].windowTitle()
    opened[0].close()


def test_escape_asks_before_throwing_away_what_was_typed(
    qtbot, demo_db: Database, actor: Staff, english: None, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    untouched = ComplaintDialog(demo_db, actor, [], guest=(2, "歐陽娜娜"))
    qtbot.addWidget(untouched)
    untouched.show()
    asked: list[str] = []

    def answer(button):  # type: ignore[no-untyped-def]
        def ask(*args):  # type: ignore[no-untyped-def]
            asked.append(args[2])
            return button

        return ask

    monkeypatch.setattr(unsaved_prompt, "ask_to_save", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert asked == [] and not untouched.isVisible()  # nothing typed: nothing to ask

    d = ComplaintDialog(demo_db, actor, [], guest=(2, "歐陽娜娜"))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitActive(d)
    qtbot.keyClicks(d.description, "cold soup")
    qtbot.keyClick(d.description, Qt.Key.Key_Escape)
    assert asked == ["Save this complaint?"] and d.isVisible()
    assert d.description.toPlainText() == "cold soup"
    monkeypatch.setattr(unsaved_prompt, "ask_to_save", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(d.description, Qt.Key.Key_Escape)
    assert not d.isVisible()
