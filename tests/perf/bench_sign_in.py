"""Benchmark: signing in (Argon2id at 19 MiB, t=2, p=1, plus the audited write).

    .venv/bin/python tests/perf/bench_sign_in.py [--rounds 20]

Prints one JSON line: median and worst milliseconds of `sign_in` (the service the app and
the CLI call) and of the `vipdesk search` command end to end with a sign-in.
Not a test: the goal (sign-in ≤ 500 ms on the counter PC) is for a person to read.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    from vipdesk.services.database import open_desk
    from vipdesk.services.sign_in import sign_in
    from vipdesk.services.staff import create_first_admin

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        db = open_desk(path)
        create_first_admin(db, "boss", "bench password")
        sign_in(db, "boss", "bench password")  # warm
        times = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            sign_in(db, "boss", "bench password")
            times.append((time.perf_counter() - started) * 1000)
        db.close()
        env = dict(os.environ, VIPDESK_STAFF="boss", VIPDESK_PASSWORD="bench password")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "vipdesk", "--db", str(path), "search", "wang"],
            env=env,
            check=True,
            capture_output=True,
        )
        command_ms = (time.perf_counter() - started) * 1000
    print(
        json.dumps(
            {
                "sign_in_median_ms": round(statistics.median(times), 1),
                "sign_in_max_ms": round(max(times), 1),
                "cli_search_with_sign_in_ms": round(command_ms),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
