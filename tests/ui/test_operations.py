"""The one background helper: superseded answers dropped, buttons off while busy, one change signal."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from PySide6.QtWidgets import QPushButton, QWidget

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.complaints_view import ComplaintsView
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import ServiceCall, changes


def test_a_superseded_answer_is_dropped_even_when_it_comes_last(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    shown: list[str] = []

    def slow() -> str:
        release.wait(10)
        return "old"

    first = ServiceCall(owner, slow, shown.append).latest("profile").start()
    second = ServiceCall(owner, lambda: "new", shown.append).latest("profile").start()
    qtbot.waitUntil(lambda: shown == ["new"], timeout=10_000)
    with qtbot.waitSignal(first.finished, timeout=10_000):
        release.set()
    assert shown == ["new"]  # the older call answered after the newer one: dropped
    assert second is not first


def test_what_started_a_call_is_off_while_it_runs_and_back_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QPushButton("Save")
    qtbot.addWidget(owner)
    release = threading.Event()
    call = ServiceCall(owner, lambda: release.wait(10), lambda _r: None).disabling(owner).start()
    assert not owner.isEnabled()  # a second press cannot start a second save
    with qtbot.waitSignal(call.finished, timeout=10_000):
        release.set()
    assert owner.isEnabled()


def test_a_complaint_saved_anywhere_refreshes_the_list_and_the_profile_without_wiring(
    qtbot, demo_db: Database, actor: Staff, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    manager = make_staff(demo_db, "duty2", Role.DUTY_MANAGER, display_name="Duty")
    guest = create_guest(demo_db, actor, GuestDraft("变更客人"))
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        window.open_guest(guest.id)
    assert window.profile.complaint.isHidden()
    now = datetime.now() - timedelta(hours=1)
    record = log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            guest_id=guest.id,
            occurred_at=now,
            department="housekeeping",
            category="noise",
            severity=ComplaintSeverity.HIGH,
            description="吵",
        ),
    )
    view = ComplaintsView(demo_db, manager, window)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    announced: list[tuple[str, int]] = []
    changes().changed.connect(lambda kind, ident: announced.append((kind, ident)))
    # A dialog nobody connected to anything: the app-level signal carries the news.
    dialog = ComplaintDialog(demo_db, manager, [], view.model.codes, record=record)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setPlainText("很吵，一夜没睡")
    with (
        qtbot.waitSignal(view.loaded, timeout=10_000),
        qtbot.waitSignal(window.profile_shown, timeout=10_000),
    ):
        dialog.save()
    assert ("complaint", record.id) in announced
    assert not window.profile.complaint.isHidden()  # the profile on screen followed
