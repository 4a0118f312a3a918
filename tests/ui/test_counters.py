"""Two counters on one PostgreSQL database: each screen shows the other's changes within
5 s, a simultaneous edit of one guest is caught once, and a lost server shows a banner.

Counter A works through the services (as its own window would, minus the window, so that
nothing reaches counter B's screen but the server's notes); counter B is a real window.
Skipped without $VIPDESK_TEST_PG.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.accounts import make_staff
from tests.tcp_gate import TcpGate
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database, open_desk
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.services.stay_import import import_stays
from vipdesk.ui.complaints_view import ComplaintsView
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.main_window import MainWindow

from .conftest import TODAY

WITHIN_MS = 5000  # the promise: another counter's change is on screen within 5 s


@pytest.fixture
def two_counters(pg_url: str) -> Iterator[tuple[Database, Database]]:
    a, b = open_desk(pg_url), open_desk(pg_url)
    yield a, b
    _settle()
    a.close()
    b.close()


def _settle() -> None:
    """Before the schema is dropped: the windows' background reads have finished (qtbot
    closes the windows only after every other fixture)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.live.stop()
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def people(two_counters: tuple[Database, Database]) -> tuple[Staff, Staff]:
    a, _b = two_counters
    return (
        make_staff(a, "liwei", Role.DUTY_MANAGER, "Li Wei"),
        make_staff(a, "anna", Role.ADMIN, "Anna 安娜"),
    )


def _counter_window(qtbot, db: Database, actor: Staff) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, actor, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.live.watch is not None and window.live.reachable)
    qtbot.waitUntil(lambda: window.board.model.board is not None, timeout=10_000)
    return window


def test_a_guest_created_and_edited_at_counter_a_shows_at_counter_b(
    qtbot, two_counters: tuple[Database, Database], people: tuple[Staff, Staff], english: None
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_counters
    li_wei, anna = people
    window = _counter_window(qtbot, b, anna)
    window.search_box.setText("Zhuge")
    qtbot.waitUntil(lambda: window.model.text == "Zhuge")
    assert window.model.rowCount() == 0
    created = create_guest(a, li_wei, GuestDraft("Zhuge Liang"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WITHIN_MS)
    qtbot.waitUntil(lambda: window.current_guest_id() == created.id, timeout=WITHIN_MS)
    # Li Wei edits the profile at counter A: counter B's open profile follows.
    update_guest(
        a, li_wei, created.id, replace(created.draft(), notes="Room away from the lift"),
        version=created.version,
    )  # fmt: skip
    qtbot.waitUntil(
        lambda: "Room away from the lift" in window.profile.notes.text(), timeout=WITHIN_MS
    )


def test_a_complaint_and_todays_arrival_at_counter_a_show_at_counter_b(
    qtbot,
    tmp_path: Path,
    two_counters: tuple[Database, Database],
    people: tuple[Staff, Staff],
    english: None,
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_counters
    li_wei, anna = people
    guest = create_guest(a, li_wei, GuestDraft("王伟"))
    window = _counter_window(qtbot, b, anna)
    complaints = ComplaintsView(b, anna, window)
    qtbot.addWidget(complaints)
    qtbot.waitUntil(lambda: complaints.model.rowCount() == 0)
    now = datetime.now().replace(second=0, microsecond=0)
    log_complaint(
        a,
        li_wei,
        ComplaintDraft(
            guest.id, now - timedelta(hours=1), "front_office", "noise",
            ComplaintSeverity.MEDIUM, "Loud party next door",
        ),
    )  # fmt: skip
    qtbot.waitUntil(lambda: complaints.model.rowCount() == 1, timeout=WITHIN_MS)
    # Reservations for today come in at counter A (a PMS export): the Today board shows them.
    assert window.board.model.board is not None and not window.board.model.board.arrivals
    path = tmp_path / "stays.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["confirmation_no", "name", "member_no", "phone", "arrival", "departure", "room",
                 "status"],
                ["R1", "诸葛亮", "", "", TODAY.isoformat(), (TODAY + timedelta(days=2)).isoformat(),
                 "1808", "reserved"],
            ]
        )  # fmt: skip
    import_stays(a, li_wei, path)

    def arriving() -> bool:
        board = window.board.model.board
        return board is not None and [x.arrival.name for x in board.arrivals] == ["诸葛亮"]

    qtbot.waitUntil(arriving, timeout=WITHIN_MS)


def test_a_simultaneous_edit_of_one_guest_is_caught_once_naming_another_counter(
    qtbot, two_counters: tuple[Database, Database], people: tuple[Staff, Staff], english: None
) -> None:  # type: ignore[no-untyped-def]
    a, b = two_counters
    li_wei, anna = people
    created = create_guest(a, li_wei, GuestDraft("Chen Jing"))
    # Both counters open the guest; counter A saves first.
    dialog = GuestDialog(b, anna, get_guest(b, anna, created.id))
    qtbot.addWidget(dialog)
    dialog.show()
    update_guest(a, li_wei, created.id, replace(created.draft(), notes="Quiet room"),
                 version=created.version)  # fmt: skip
    dialog.form.notes.setPlainText("Late checkout")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "conflictPrompt") is not None)
    box = dialog.findChild(QMessageBox, "conflictPrompt")
    assert box is not None
    assert box.windowTitle() == "Changed at another counter"
    assert box.text().startswith("Changed at another counter by Li Wei at ")
    assert "Notes" in box.informativeText()  # next to what changed
    assert len(dialog.findChildren(QMessageBox, "conflictPrompt")) == 1
    stored = get_guest(a, li_wei, created.id)
    assert (stored.notes, stored.version) == ("Quiet room", 2)  # nothing overwritten
    reload_button = box.findChild(QPushButton, "reloadKeepText")
    assert reload_button is not None
    reload_button.click()
    qtbot.waitUntil(lambda: dialog.typed_panel is not None)
    assert dialog.typed_panel is not None
    assert "Late checkout" in dialog.typed_panel.text.toPlainText()
    assert dialog.form.notes.toPlainText() == "Quiet room" and not dialog.form.dirty


def test_a_lost_server_shows_a_banner_and_the_views_come_back_with_it(
    qtbot, pg_url: str, people: tuple[Staff, Staff], english: None
) -> None:  # type: ignore[no-untyped-def]
    _li_wei, anna = people
    with TcpGate(pg_url) as gate:
        db = open_desk(gate.url)
        try:
            window = _counter_window(qtbot, db, anna)
            window.live.watch.retry_s = 0.5  # type: ignore[union-attr]
            assert not window.live.banner.isVisible()
            with qtbot.waitSignal(window.live.server_lost, timeout=WITHIN_MS):
                gate.close()  # the server goes away for this counter
            qtbot.waitUntil(window.live.banner.isVisible)
            assert "cannot be reached" in window.live.banner.text()
            loads = window.today_home.loads_started
            with qtbot.waitSignal(window.live.server_back, timeout=WITHIN_MS):
                gate.open()
            assert not window.live.banner.isVisible()
            home = window.today_home
            qtbot.waitUntil(lambda: home.loads_started > loads, timeout=WITHIN_MS)
            qtbot.waitUntil(lambda: not home.loading and home._pending is None, timeout=10_000)
            assert window.findChild(QMessageBox) is None  # the reload read the server again
        finally:
            _settle()
            db.close()


def test_a_burst_of_notes_is_one_refresh(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """An import at another counter (thousands of rows, a note per batch and kind) must not
    reload the screen thousands of times: what comes in within a moment is one refresh."""
    qtbot.waitUntil(lambda: window.board.model.board is not None, timeout=10_000)
    loads = window.today_home.loads_started
    told: list[list[tuple[str, int]]] = []
    window.live.refreshed.connect(told.append)
    for n in range(10_000):
        window.live._heard.emit("guest", n)
    window.live._heard.emit("stay", 0)
    window.live._heard.emit("complaint", 7)
    with qtbot.waitSignal(window.live.refreshed, timeout=WITHIN_MS):
        pass
    assert told == [[("guest", 0), ("stay", 0), ("complaint", 7)]]
    # The board was asked three times (one per kind), and loads once at a time: at most two.
    qtbot.waitUntil(lambda: not window.today_home.loading, timeout=10_000)
    assert window.today_home.loads_started - loads <= 2


@pytest.mark.sqlite_only("another process on the same SQLite file (other counters: above)")
def test_on_a_sqlite_file_another_process_s_change_shows_in_the_window(
    qtbot, window: MainWindow, db_path: Path, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    """One workstation: a CLI import (another connection, here another Database on the same
    file) while the window is open shows without searching again."""
    assert window.live.watch is not None
    window.search_box.setText("Ximen")
    qtbot.waitUntil(lambda: window.model.text == "Ximen")
    assert window.model.rowCount() == 0
    cli = open_desk(db_path)
    try:
        create_guest(cli, actor, GuestDraft("Ximen Chuixue"))
    finally:
        cli.close()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WITHIN_MS)


def test_a_closed_window_hears_no_more_and_its_watcher_ends(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Its watcher thread would otherwise call into a window being deleted."""
    watch = window.live.watch
    assert watch is not None and watch.is_alive()
    window.close()
    watch.join(10)
    assert not watch.is_alive()
