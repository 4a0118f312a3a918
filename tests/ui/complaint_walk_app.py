"""Drive the real app through a complaint's whole life, then quit with Ctrl+Q.

Run as a script (tests/ui/test_quit.py starts it in a subprocess):

    python tests/ui/complaint_walk_app.py DB_PATH STAFF SEARCH_TEXT [SIGNALS]

It starts the app exactly as `vipdesk` does (`run_gui`), finds the main window once it is
up, logs a complaint for the first guest SEARCH_TEXT (ASCII: typed as keys) finds with the keyboard, moves it through in progress,
resolved, follow-up call and closed, then presses Ctrl+Q. SIGNALS more signals are sent on
the way, as a long day at the counter sends them. The exit code is the app's;
"walk done" on stdout says the walk itself went through.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from vipdesk.domain.complaints import Status
from vipdesk.ui.app import create_app, run_gui
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.complaints_view import ComplaintsView
from vipdesk.ui.followup_dialog import FollowUpDialog
from vipdesk.ui.main_window import MainWindow

TIMEOUT_S = 30


def wait_until(what: str, ready: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not ready():
        if time.monotonic() > deadline:
            print(f"timed out waiting for {what}", flush=True)
            os._exit(3)
        QTest.qWait(10)


def accept_questions() -> None:
    """Say yes to any confirmation (closing a complaint may ask) while the walk runs."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            yes = widget.button(QMessageBox.StandardButton.Yes) or widget.defaultButton()
            if yes is not None:
                yes.click()


def active(window: MainWindow) -> None:
    """Shortcuts go to the active window: wait until the counter screen is it again."""
    window.activateWindow()
    wait_until("the main window active", lambda: QApplication.activeWindow() is window)
    window.search_box.setFocus()


def walk(guest_name: str, signals: int) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    for _ in range(signals):  # a day's searches, each announcing its results
        window.results_shown.emit(0)
    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    QTest.keyClicks(window.search_box, guest_name)
    wait_until("the guest found", lambda: window.model.rowCount() > 0)
    shown: list[int] = []
    window.profile_shown.connect(shown.append)
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    wait_until("the profile", lambda: bool(shown))

    QTest.keyClick(window.search_box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    wait_until("the complaint dialog", lambda: any(isinstance(o, ComplaintDialog) for o in opened))
    dialog = next(o for o in opened if isinstance(o, ComplaintDialog))
    dialog.department.setCurrentIndex(max(1, dialog.department.findData("front_office")))
    dialog.category.setCurrentIndex(max(1, dialog.category.findData("slow_service")))
    dialog.description.setPlainText("等了四十分钟才办好入住 / 40 minutes to check in")
    for box, _when in dialog.steps.values():
        box.setChecked(True)  # every recovery step done: resolving needs no reason
    wait_until("returning or new", lambda: dialog.facts.text() not in ("", "—"))
    shown.clear()
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    dialog.save()
    wait_until("the saved complaint", lambda: bool(shown) and bool(saved))
    active(window)

    QTest.keyClick(
        window.search_box,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_until("the complaint list", lambda: any(isinstance(o, ComplaintsView) for o in opened))
    view = next(o for o in opened if isinstance(o, ComplaintsView))
    loads: list[int] = []
    view.loaded.connect(loads.append)
    wait_until("the list", lambda: view.model.rowCount() > 0)
    for target in (Status.IN_PROGRESS, Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED):
        view.table.setFocus()
        ids = [view.model.record(r).id for r in range(view.model.rowCount())]
        view.table.selectRow(
            view.proxy.mapFromSource(view.model.index(ids.index(saved[0]), 0)).row()
        )
        wait_until(f"{target.value} allowed", view.buttons[target].isEnabled)
        before = len(loads)
        opened.clear()
        questions = QTimer()
        questions.timeout.connect(accept_questions)
        questions.start(50)
        view.buttons[target].click()
        if target == Status.FOLLOWED_UP:
            wait_until("the follow-up call", lambda: bool(opened))
            call = opened[0]
            assert isinstance(call, FollowUpDialog)
            call.result_edit.setPlainText("客人满意 / happy now")
            call.scale.button(5).setChecked(True)
            call.accept()
        wait_until(f"the list after {target.value}", lambda: len(loads) > before)  # noqa: B023
        questions.stop()
        if target == Status.CLOSED:
            view.status.setCurrentIndex(view.status.findData(Status.CLOSED.value))
            wait_until("the closed list", lambda: view.model.rowCount() > 0)

    view.close()
    active(window)
    print("walk done", flush=True)
    QTest.keyClick(window.search_box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def sign_in_then_walk(guest_name: str, signals: int) -> QTimer:
    """Sign in through the dialog as a person would, then walk once the window is up."""
    from vipdesk.ui.sign_in import SignInDialog

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                if not widget.password.text():
                    widget.password.setText(os.environ["WALK_PASSWORD"])
                    widget.accept()
                return
            if isinstance(widget, MainWindow) and widget.isVisible():
                timer.stop()
                walk(guest_name, signals)
                return

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def main() -> int:
    db_path, staff, guest_name = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    signals = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    create_app()  # run_gui uses this application
    _timer = sign_in_then_walk(guest_name, signals)
    return run_gui(db_path, staff)


if __name__ == "__main__":
    sys.exit(main())
