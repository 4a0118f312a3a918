"""The desktop shell: real widgets, driven by pytest-qt."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.demo import fill_demo
from vipdesk.services.errors import NotFound
from vipdesk.ui.guest_table import GuestTableModel
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import ServiceCall

SCREENSHOTS = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def test_window_lists_guests_loaded_off_the_ui_thread(qtbot, db: Database, actor: Staff) -> None:  # type: ignore[no-untyped-def]
    fill_demo(db, actor, 40, seed=2)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.guests_loaded, timeout=10_000) as blocker:
        window.reload()
    assert blocker.args == [40]
    assert window.model.rowCount() == 40
    names = [window.model.index(r, 0).data() for r in range(40)]
    assert "诸葛亮" in names and "José Müller-Lüdenscheidt" in names
    assert "40" in window.heading.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window.png"))


def test_guest_model_passes_qt_model_tester(qtmodeltester, db: Database, actor: Staff) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.guests import list_guests

    fill_demo(db, actor, 15, seed=4)
    model = GuestTableModel()
    model.set_guests(list_guests(db, actor))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == model.guest_at(0).id


def test_service_call_reports_failures_on_the_main_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    owner = QObject()
    main = threading.get_ident()
    seen: list[tuple[BaseException, bool]] = []

    def work() -> None:
        raise NotFound("no such guest")

    call = ServiceCall(owner, work, lambda _: None).failed(
        lambda exc: seen.append((exc, threading.get_ident() == main))
    )
    with qtbot.waitSignal(call.finished, timeout=5000):
        call.start()
    assert len(seen) == 1
    exc, on_main = seen[0]
    assert isinstance(exc, NotFound) and on_main


def test_service_call_result_arrives_on_the_main_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    owner = QObject()
    main = threading.get_ident()
    got: list[tuple[int, bool]] = []
    worker: list[int] = []

    def work() -> int:
        worker.append(threading.get_ident())
        return 42

    call = ServiceCall(owner, work, lambda r: got.append((r, threading.get_ident() == main)))
    with qtbot.waitSignal(call.finished, timeout=5000):
        call.start()
    assert got == [(42, True)]
    assert worker[0] != main


def test_service_errors_show_a_calm_message(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.operations import show_error

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    show_error(None, NotFound("there is no guest with id 7"))
    show_error(None, RuntimeError("boom"))
    assert shown[0] == "there is no guest with id 7"
    assert "boom" not in shown[1] and "safe" in shown[1]
