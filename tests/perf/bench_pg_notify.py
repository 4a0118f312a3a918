"""Benchmark: how soon a change saved at counter A shows at counter B (PostgreSQL).

    VIPDESK_TEST_PG=postgresql+psycopg://… QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python tests/perf/bench_pg_notify.py [--changes 100]

Two counters on a fresh schema (dropped at the end): A saves a guest's notes through the
services; B is a real counter window. Measured from A's save call starting (its commit is
inside it: `save_ms` is the whole call, so these are upper bounds) to
  - `heard_ms`: B's watcher thread receiving the note (LISTEN/NOTIFY itself);
  - `refresh_ms`: B's window announcing the change (`LiveLink.refreshed`, after the
    250 ms in which bursts are gathered into one refresh).
Prints one JSON line with p50/p95/max of each. The promise is 5 s. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests import pg
from tests.accounts import make_staff
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import open_desk
from vipdesk.services.guests import create_guest, update_guest
from vipdesk.ui.main_window import MainWindow


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _wait(app: QApplication, done: list[float], timeout_s: float = 10.0) -> None:
    loop = QEventLoop()
    end = time.perf_counter() + timeout_s
    while not done and time.perf_counter() < end:
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    if not done:
        raise SystemExit("no refresh within 10 s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with pg.fresh_schema(pg.require_server()) as url:
        a, b = open_desk(url), open_desk(url)
        try:
            li_wei = make_staff(a, "liwei", Role.DUTY_MANAGER, "Li Wei")
            anna = make_staff(a, "anna", Role.ADMIN, "Anna")
            guest = create_guest(a, li_wei, GuestDraft("Chen Jing"))
            window = MainWindow(b, anna)
            window.show()
            started = time.perf_counter()
            while not window.live.reachable or window.live.watch is None:
                app.processEvents()
                if time.perf_counter() - started > 10:
                    raise SystemExit("counter B never connected")
            heard: list[float] = []
            refreshed: list[float] = []
            window.live._heard.connect(
                lambda *_: heard.append(time.perf_counter()), Qt.ConnectionType.DirectConnection
            )
            window.live.refreshed.connect(lambda *_: refreshed.append(time.perf_counter()))
            _wait_idle(app, window)
            save_ms: list[float] = []
            heard_ms: list[float] = []
            refresh_ms: list[float] = []
            for n in range(args.changes):
                heard.clear()
                refreshed.clear()
                saving = time.perf_counter()
                guest = update_guest(
                    a, li_wei, guest.id, replace(guest.draft(), notes=f"note {n}"),
                    version=guest.version,
                )  # fmt: skip
                saved = time.perf_counter()
                _wait(app, refreshed)
                save_ms.append((saved - saving) * 1000)
                heard_ms.append((heard[0] - saving) * 1000)
                refresh_ms.append((refreshed[0] - saving) * 1000)
                _wait_idle(app, window)
            result = {
                "changes": args.changes,
                **{
                    f"{name}_{stat}": round(value, 1)
                    for name, values in (
                        ("save_ms", save_ms),
                        ("heard_ms", heard_ms),
                        ("refresh_ms", refresh_ms),
                    )
                    for stat, value in (
                        ("p50", _percentile(values, 50)),
                        ("p95", _percentile(values, 95)),
                        ("max", max(values)),
                    )
                },
            }
            print(json.dumps(result))
            window.live.stop()
            window.close()
            from vipdesk.ui.operations import wait_for_background_work

            wait_for_background_work()
        finally:
            a.close()
            b.close()
    return 0


def _wait_idle(app: QApplication, window: MainWindow) -> None:
    """The board reload a refresh started has finished (the next change starts clean)."""
    end = time.perf_counter() + 30
    while (window.today_home.loading or window.today_home._pending) and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


if __name__ == "__main__":
    sys.exit(main())
