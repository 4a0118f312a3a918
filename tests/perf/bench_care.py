"""Benchmark: one day's care plan at 1,000,000 guests, 100,000 of them in the plan.

    .venv/bin/python tests/perf/bench_care.py [--guests 1000000] [--cache-dir /tmp/benchcare]

The database is filled with plain SQL (every 10th guest VIP or above with a completed
stay; everyone 1–3 stays over three years, a phone, half a birthday of which 1 in 10 is
lunar, a few complaints) and kept in --cache-dir for the next run. The day is the next
short-call day (the 15th of Feb/May/Aug/Nov): messages, short calls, wake-ups, special
days and festivals all at once. Prints one JSON line: seconds for services.care.plan
(best of 3; CPU seconds too, as the machine may be shared), the number of tasks, and by kind. Not a test: the goal (≤ 2 s) is for a
person to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from tests import sqlite_files
from tests.accounts import make_staff
from vipdesk.domain.care import is_short_call_day
from vipdesk.domain.staff import Role
from vipdesk.services import care
from vipdesk.services.database import open_desk

PLAN_TIERS = ["VIP", "VVIP", "VVVIP"]


def fill(path: Path, guests: int) -> None:
    open_desk(path).close()  # schema at head, empty search index
    rnd = random.Random(11)
    today = date.today()
    conn = sqlite_files.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    now = "2026-01-01 00:00:00.000000"
    batch = 50_000
    for start in range(1, guests + 1, batch):
        ids = range(start, min(start + batch, guests + 1))
        g_rows, p_rows, s_rows, d_rows = [], [], [], []
        for i in ids:
            in_plan = i % 10 == 0
            tier = rnd.choice(PLAN_TIERS) if in_plan else rnd.choice(["P", "P", "IP"])
            nat = rnd.choice(["中国", "中国", "中国", "香港", "", "Taiwan"])
            g_rows.append(
                (i, f"M{i:07d}", f"客人{i}", "", "", "", "", "", "", nat, "", tier, "", now, now)
            )
            p_rows.append((i, 0, f"139{i:08d}", f"+86139{i:08d}"))
            for _ in range(1 if not in_plan else rnd.randint(1, 3)):
                arrival = today - timedelta(days=rnd.randint(4, 1100))
                s_rows.append((i, arrival.isoformat(), (arrival + timedelta(days=2)).isoformat()))
            if rnd.random() < 0.5:
                lunar = rnd.random() < 0.1
                d_rows.append((i, "birthday", rnd.randint(1, 12), rnd.randint(1, 28), lunar))
        conn.executemany(
            "INSERT INTO guests (id, member_no, name, native_name, latin_name, honorific, email,"
            " company, language, nationality, gender, tier, notes, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?)",
            g_rows,
        )
        conn.executemany(
            "INSERT INTO guest_phones (guest_id, position, original, e164) VALUES (?, ?, ?, ?)",
            p_rows,
        )
        conn.executemany(
            "INSERT INTO stays (guest_id, arrival, departure, room, notes) VALUES (?, ?, ?, '', '')",
            s_rows,
        )
        conn.executemany(
            "INSERT INTO guest_special_dates (guest_id, kind, month, day, label, lunar)"
            " VALUES (?, ?, ?, ?, '', ?)",
            d_rows,
        )
    for n in range(200):
        when = today - timedelta(days=rnd.randint(1, 170))
        conn.execute(
            "INSERT INTO complaints (guest_id, occurred_at, department, service, staff_involved,"
            " category, severity, description, real_reason, guest_wish, excessive,"
            " excessive_note, returning_guest, feedback_due, compensation, compensation_value,"
            " status, followup_result, created_at) VALUES (?, ?, 'front_office', '', '', 'noise',"
            " 'low', 'loud', '', '', 0, '', 0, ?, '', '', 'open', '', ?)",
            (rnd.randint(1, guests), f"{when} 10:00:00", f"{when} 12:00:00", f"{when} 10:00:00"),
        )
        del n
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=1_000_000)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/benchcare"))
    args = parser.parse_args()
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    path = args.cache_dir / f"care-{args.guests}.db"
    if not path.exists():
        started = time.perf_counter()
        fill(path, args.guests)
        print(f"filled {path} in {time.perf_counter() - started:.0f} s")
    day = date.today()
    while not is_short_call_day(day):
        day += timedelta(days=1)
    db = open_desk(path)
    actor = make_staff(db, "bench", Role.ADMIN)
    timings, cpu = [], []
    items: list[care.CareItem] = []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        items = care.plan(db, actor, day)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    db.close()
    print(
        json.dumps(
            {
                "guests": args.guests,
                "day": day.isoformat(),
                "seconds": round(min(timings), 2),
                "runs": [round(t, 2) for t in timings],
                "cpu_seconds": round(min(cpu), 2),
                "load_average": round(os.getloadavg()[0], 1),
                "tasks": len(items),
                "guests_in_plan": len({i.task.guest_id for i in items}),
                "by_kind": Counter(i.task.kind.value for i in items),
            }
        )
    )


if __name__ == "__main__":
    main()
