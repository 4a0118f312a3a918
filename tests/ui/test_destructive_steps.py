"""Destructive steps confirm: closing a complaint asks; resolving without the remedy asks why."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity, Status
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import change_status, get_complaint, log_complaint
from vipdesk.services.database import Database
from vipdesk.ui import text_prompt
from vipdesk.ui.complaints_view import ComplaintsView


@pytest.fixture
def view(qtbot, demo_db: Database, english: None) -> ComplaintsView:  # type: ignore[no-untyped-def]
    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER, display_name="王经理")
    v = ComplaintsView(demo_db, manager)
    qtbot.addWidget(v)
    v.show()
    return v


def logged(db: Database, actor: Staff, **steps: datetime) -> int:
    occurred = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    draft = ComplaintDraft(
        2, occurred, "front_office", "billing", ComplaintSeverity.LOW, "Bill was wrong", **steps
    )
    return log_complaint(db, actor, draft).id


def select(qtbot, view: ComplaintsView, complaint_id: int) -> None:  # type: ignore[no-untyped-def]
    def ids() -> list[int]:
        return [view.model.record(r).id for r in range(view.model.rowCount())]

    view.reload()
    qtbot.waitUntil(lambda: complaint_id in ids(), timeout=10_000)
    rows = ids()
    view.table.selectRow(
        view.proxy.mapFromSource(view.model.index(rows.index(complaint_id), 0)).row()
    )


def test_closing_a_complaint_asks_first(
    qtbot, view: ComplaintsView, demo_db: Database, actor: Staff, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    manager = make_staff(demo_db, "mgr", Role.DUTY_MANAGER)
    complaint = logged(demo_db, actor, remedy_taken_at=datetime.now() - timedelta(hours=1))
    for target in (Status.RESOLVED, Status.FOLLOWED_UP):
        change_status(demo_db, manager, complaint, target, followup_result="满意", satisfaction=5)
    select(qtbot, view, complaint)
    asked: list[str] = []

    def answer(button):  # type: ignore[no-untyped-def]
        def ask(*args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(args[2])
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    view.buttons[Status.CLOSED].click()
    assert len(asked) == 1 and "no longer be edited" in asked[0]
    assert get_complaint(demo_db, actor, complaint).status == Status.FOLLOWED_UP
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.buttons[Status.CLOSED].click()
    assert get_complaint(demo_db, actor, complaint).status == Status.CLOSED


def test_resolving_without_the_remedial_step_asks_why(
    qtbot, view: ComplaintsView, demo_db: Database, actor: Staff, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    complaint = logged(demo_db, actor)
    select(qtbot, view, complaint)
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: ("", False))
    view.buttons[Status.RESOLVED].click()  # cancelled: nothing changes
    assert get_complaint(demo_db, actor, complaint).status == Status.OPEN
    reason = "The guest left before we could act; refund offered by e-mail"
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: (reason, True))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.buttons[Status.RESOLVED].click()
    record = get_complaint(demo_db, actor, complaint)
    assert record.status == Status.RESOLVED
    assert any(reason in str(event.detail) for event in record.history)


def test_resolving_after_the_remedial_step_asks_nothing(
    qtbot, view: ComplaintsView, demo_db: Database, actor: Staff, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    complaint = logged(demo_db, actor, remedy_taken_at=datetime.now() - timedelta(hours=1))
    select(qtbot, view, complaint)
    monkeypatch.setattr(text_prompt, "ask_text", lambda *a, **k: pytest.fail("asked"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.buttons[Status.RESOLVED].click()
    assert get_complaint(demo_db, actor, complaint).status == Status.RESOLVED


def test_the_why_prompt_is_answered_from_the_keyboard(qtbot, english: None) -> None:  # type: ignore[no-untyped-def]
    """Tab leaves the text for OK, Enter on OK confirms; Ctrl+Enter confirms from the text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    prompt = text_prompt.TextPrompt(None, "Resolved without a remedial action", "Why?")
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt.text)
    qtbot.keyClicks(prompt.text, "guest left early")
    qtbot.keyClick(prompt.text, Qt.Key.Key_Tab)
    ok = prompt.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert QApplication.focusWidget() is ok and prompt.answer() == "guest left early"
    with qtbot.waitSignal(prompt.accepted, timeout=5000):
        qtbot.keyClick(ok, Qt.Key.Key_Return)

    again = text_prompt.TextPrompt(None, "Note", "Add to the history:")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.text)
    qtbot.keyClicks(again.text, "called back")
    with qtbot.waitSignal(again.accepted, timeout=5000):
        qtbot.keyClick(again.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert again.answer() == "called back"
