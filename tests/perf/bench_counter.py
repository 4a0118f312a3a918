"""Benchmark: the counter screen at scale — cold start and keystroke-to-painted-results.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_counter.py DB [--runs 5]

DB is e.g. the synthetic 1,000,000-guest database that `vipdesk bench search` builds.
Prints one JSON line: ready_ms (process start to usable window, from `vipdesk --smoke-test`,
median and max of --runs cold starts) and keystroke_p50_ms / keystroke_p95_ms (each
keystroke typed into the real window, until its results are in the model and painted).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUERIES = [
    "wang",
    "zhangwei",
    "lin",
    "ouyang",
    "zhuge",
    "18800",
    "S00123",
    "chen jing",
    "smith",
    "müller",
    "李娜",
    "王伟",
    "zgl",
    "jonathan",
]


def cold_starts(db: Path, runs: int) -> list[float]:
    out = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-m", "vipdesk", "--db", str(db), "--smoke-test", "--query", "wang"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        out.append(json.loads(result.stdout.strip().splitlines()[-1])["ready_ms"])
    return out


def keystrokes(db: Path) -> list[float]:
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from vipdesk.services.database import open_desk
    from vipdesk.services.staff import current_staff
    from vipdesk.ui.app import create_app
    from vipdesk.ui.main_window import MainWindow

    app = create_app()
    database = open_desk(db)
    window = MainWindow(database, current_staff(database, "bench"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    timings: list[float] = []
    for query in QUERIES:
        window.search_box.clear()
        app.processEvents()
        for char in query:
            loop = QEventLoop()
            window.results_shown.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            started = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    window.search_box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
            loop.exec()
            window.results_shown.disconnect(loop.quit)
            window.results.viewport().repaint()  # painted, not just scheduled
            timings.append((time.perf_counter() - started) * 1000)
    window.close()
    database.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    starts = cold_starts(args.db, args.runs)
    keys = keystrokes(args.db)
    keys.sort()
    print(
        json.dumps(
            {
                "db": str(args.db),
                "ready_ms_median": round(statistics.median(starts), 1),
                "ready_ms_max": round(max(starts), 1),
                "keystrokes": len(keys),
                "keystroke_p50_ms": round(statistics.median(keys), 2),
                "keystroke_p95_ms": round(
                    keys[min(len(keys) - 1, round(0.95 * (len(keys) - 1)))], 2
                ),
            }
        )
    )


if __name__ == "__main__":
    main()
