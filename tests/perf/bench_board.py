"""Benchmark: the Today board for a day with N arrivals, loaded and painted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_board.py DB [--arrivals 300]

DB is e.g. the 1,000,000-guest database `vipdesk bench search --guests 1000000` builds
(a copy is used: 2026-12-24 gets N PMS arrivals of random guests through the real stays
import, 10 % unmatched). Prints one JSON line: the service call (day_board) and the paint
(model filled, table grabbed) in ms, median and max of 5 runs. Goal: ≤ 200 ms in all.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests import sqlite_files

DAY = date(2026, 12, 24)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--arrivals", type=int, default=300)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.database import open_desk
    from vipdesk.services.stay_import import import_stays
    from vipdesk.services.today import day_board
    from vipdesk.ui.today_board import TodayBoard

    folder = Path(tempfile.mkdtemp(prefix="bench-board-"))
    db_path = folder / "board.db"
    sqlite_files.backup(Path(args.db), db_path)  # never copy a live database file
    target = sqlite_files.connect(db_path)
    top = target.execute("SELECT max(id) FROM guests").fetchone()[0]
    rnd = random.Random(3)
    rows = [
        ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status", "eta"]
    ]
    for i in range(args.arrivals):
        gid = rnd.randint(1, top)
        name, member = target.execute(
            "SELECT name, member_no FROM guests WHERE id = ?", (gid,)
        ).fetchone()
        if i % 10 == 0:
            member = ""  # a name alone never links: unmatched
        rows.append([f"B{i:05d}", name, member or "", DAY.isoformat(), f"2026-12-{25 + i % 4}",
                     str(1000 + i), "reserved", f"{8 + i % 14:02d}:{i % 60:02d}"])  # fmt: skip
    target.close()
    stays = folder / "arrivals.csv"
    with stays.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    db = open_desk(db_path)
    actor = make_staff(db, "bench", Role.ADMIN)
    import_stays(db, actor, stays)
    app = QApplication.instance() or QApplication([])
    board = TodayBoard(DAY)
    board.resize(1200, 700)
    board.show()
    service, paint = [], []
    for _ in range(6):
        started = time.perf_counter()
        loaded = day_board(db, actor, DAY)
        middle = time.perf_counter()
        board.show_board(loaded)
        board.grab()  # a full paint of the visible board
        app.processEvents()
        done = time.perf_counter()
        service.append((middle - started) * 1000)
        paint.append((done - middle) * 1000)
    service, paint = service[1:], paint[1:]  # the first run warms the page cache
    total = [s + p for s, p in zip(service, paint, strict=True)]
    print(json.dumps({
        "db": str(args.db), "arrivals": len(loaded.arrivals), "in_house": len(loaded.in_house),
        "service_ms_p50": round(statistics.median(service), 1), "paint_ms_p50": round(statistics.median(paint), 1),
        "total_ms_p50": round(statistics.median(total), 1), "total_ms_max": round(max(total), 1),
    }))  # fmt: skip
    db.close()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
