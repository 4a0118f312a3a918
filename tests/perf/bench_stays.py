"""Benchmark: import N PMS stays through the real `vipdesk import stays`.

    .venv/bin/python tests/perf/bench_stays.py --stays 100000 [--guests 30000]

The database first gets --guests guests (through `vipdesk import guests`). The stays file
is an OPERA-like export: past stays, in-house guests and future reservations; 60 % carry a
member number, 20 % name + phone, 20 % only a name (left unmatched). Prints one JSON line:
seconds and peak RSS of the import process for N stays and for N/5 stays (memory flat
means the two peaks are alike), and the re-import of the same file (all unchanged).
Not a test: the goal (100,000 stays in ≤ 20 s, memory flat) is for a person to read.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯"
STATUSES = ["CHECKED OUT"] * 6 + ["RESERVED", "CANCELLED", "NO SHOW", "CHECKED IN"]


def _name(i: int) -> str:
    rnd = random.Random(i)
    return rnd.choice(SURNAMES) + "".join(rnd.sample(GIVEN, 2))


def make_guests(path: Path, guests: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["member_no", "name", "phone"])
        for i in range(guests):
            w.writerow([f"B{i:07d}", _name(i), f"139{i:08d}"])


def make_stays(path: Path, stays: int, guests: int) -> None:
    rnd = random.Random(7)
    today = date.today()
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["CONFIRMATION_NO", "GUEST_NAME", "MEMBERSHIP_NO", "PHONE", "ARRIVAL_DATE",
             "DEPARTURE_DATE", "RM_NO", "RM_TYPE", "RESV_STATUS", "VIP_STATUS",
             "SPECIAL_REQUESTS", "ADULTS"]
        )  # fmt: skip
        for n in range(stays):
            g = rnd.randrange(guests)
            kind = rnd.random()
            member = f"B{g:07d}" if kind < 0.6 else ""
            phone = f"139{g:08d}" if 0.6 <= kind < 0.8 else ""
            name = _name(g) if kind < 0.8 else _name(guests + n)
            status = rnd.choice(STATUSES)
            arrival = today + timedelta(days=rnd.randint(-900, -3))
            if status == "RESERVED":
                arrival = today + timedelta(days=rnd.randint(0, 90))
            elif status == "CHECKED IN":
                arrival = today - timedelta(days=rnd.randint(0, 3))
            departure = arrival + timedelta(days=rnd.randint(1, 6))
            w.writerow(
                [f"C{n:08d}", name, member, phone, arrival.strftime("%m/%d/%Y"),
                 departure.strftime("%d-%b-%y").upper(), str(rnd.randint(101, 3099)),
                 rnd.choice(["KSUP", "DLX", "STD"]), status, rnd.choice(["", "", "V1", "V2"]),
                 rnd.choice(["", "", "High floor", "Feather-free pillows"]), "2"]
            )  # fmt: skip


def timed(*args: str) -> tuple[float, float, str]:
    """Seconds, peak RSS (MB) and stdout of one vipdesk run."""
    start = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "vipdesk", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    peak_kb = int(out.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024, out.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stays", type=int, default=100_000)
    parser.add_argument("--guests", type=int, default=30_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        guests_csv, big, small = folder / "g.csv", folder / "s.csv", folder / "s5.csv"
        make_guests(guests_csv, args.guests)
        make_stays(big, args.stays, args.guests)
        make_stays(small, args.stays // 5, args.guests)
        result: dict[str, object] = {"stays": args.stays, "guests": args.guests}
        for label, source in (("small", small), ("big", big)):
            db = folder / f"{label}.db"
            timed("--db", str(db), "import", "guests", str(guests_csv))
            seconds, peak, summary = timed("--db", str(db), "import", "stays", str(source))
            result[label] = {
                "stays": sum(1 for _ in source.open()) - 1,
                "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak, 1),
                "summary": summary,
            }
            if label == "big":
                again, again_peak, again_summary = timed(
                    "--db", str(db), "import", "stays", str(source)
                )
                result["reimport"] = {
                    "seconds": round(again, 2),
                    "peak_rss_mb": round(again_peak, 1),
                    "summary": again_summary,
                }
                result["stays_per_s"] = round(args.stays / seconds)
        print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
