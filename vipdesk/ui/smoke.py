"""`vipdesk --smoke-test`: start the real GUI, search, open a profile, report timings."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from vipdesk.services.database import open_desk
from vipdesk.services.sign_in import sign_in
from vipdesk.ui.app import create_app, current_translation, warm_up
from vipdesk.ui.main_window import MainWindow


def _wait(signal: SignalInstance, timeout_ms: int = 30_000) -> list[object]:
    """Run the event loop until `signal` fires; returns its arguments."""
    loop = QEventLoop()
    got: list[object] = []

    def fired(*args: object) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(fired)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(fired)
    if not got:
        raise TimeoutError("the window did not respond in time")
    return got


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _shot(widget: QWidget, folder: Path | None, name: str) -> None:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


def run_smoke_test(
    db_path: Path | str,
    query: str,
    screenshot_dir: Path | None,
    process_age_ms: float,
    username: str,
    password: str,
) -> int:
    """Returns the exit code; prints one JSON line with the timings.

    Signs in like the CLI (no dialog), so that it runs unattended."""
    started = time.perf_counter()
    app = create_app()
    db = open_desk(db_path)
    try:
        window = MainWindow(db, sign_in(db, username, password))
        window.show()
        window.activateWindow()
        warm_up(window)
        _settle(app)
        ready_ms = process_age_ms + (time.perf_counter() - started) * 1000
        _shot(window, screenshot_dir, "01-ready")

        typed = time.perf_counter()
        QTest.keyClicks(window.search_box, query)
        count = 0
        if window.model.rowCount() == 0 or window.search_box.text() != query:
            (count,) = _wait(window.results_shown)  # type: ignore[misc]
        else:
            count = window.model.rowCount()
        _settle(app)
        search_ms = (time.perf_counter() - typed) * 1000
        _shot(window, screenshot_dir, "02-results")
        result: dict[str, object] = {
            "ready_ms": round(ready_ms, 1),
            "search_ms": round(search_ms, 1),
            "query": query,
            "results": count,
            "profile": None,
            "language": current_translation().language,
            "translated": current_translation().translated,
        }
        if count:
            QTest.keyClick(window.search_box, "\r")
            _wait(window.profile_shown)
            _settle(app)
            result["profile"] = (
                window.profile.name.text().split(" ")[0]
                if False
                else (window.model.hit(max(window.results.currentIndex().row(), 0)).name)
            )
            _shot(window, screenshot_dir, "03-profile")
        print(json.dumps(result, ensure_ascii=False))
        window.close()
        return 0 if count else 1
    finally:
        db.close()
