"""Benchmark: finding a guest by a typed or scanned ID number (goal ≤ 5 ms).

    PYTHONPATH=. .venv/bin/python tests/perf/bench_id_lookup.py [--guests 100000] [--lookups 500]

Fills a database with guests each holding a 居民身份证 (keyed hashes only, written with
plain SQL through the same domain function the service uses), then times
`services.search.search` for whole numbers, as the counter screen calls it per keystroke
(the last keystroke of a scan completes the number). Prints one JSON line: p50/p95/max ms.
Not a test: the figure is for a person to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from tests import sqlite_files
from tests.accounts import make_staff
from vipdesk.domain.id_documents import IdType, cn_id_check_digit, id_document
from vipdesk.domain.staff import Role
from vipdesk.services.database import open_desk
from vipdesk.services.database_secrets import database_secret
from vipdesk.services.search import search

TODAY = date(2026, 11, 30)


def _number(rnd: random.Random) -> str:
    born = date(1950 + rnd.randrange(55), 1 + rnd.randrange(12), 1 + rnd.randrange(28))
    first = f"{rnd.randrange(110000, 659999)}{born:%Y%m%d}{rnd.randrange(1000):03d}"
    return first + cn_id_check_digit(first)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args()
    os.environ.setdefault("VIPDESK_KEY_DIR", tempfile.mkdtemp(prefix="bench-keys-"))
    folder = Path(tempfile.mkdtemp(prefix="bench-id-"))
    path = folder / "ids.db"
    db = open_desk(path)
    actor = make_staff(db, "bench", Role.RECEPTIONIST)
    with db.write() as session:
        secret = database_secret(session, "idhash")
    assert secret is not None
    db.close()
    rnd = random.Random(5)
    numbers: list[str] = []
    conn = sqlite_files.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    for start in range(0, args.guests, 10_000):
        count = min(10_000, args.guests - start)
        first_id = start + 1
        conn.executemany(
            "INSERT INTO guests (id, name, native_name, latin_name, honorific, email, company,"
            " language, nationality, tier, notes, created_at, updated_at, version)"
            " VALUES (?, ?, '', '', '', '', '', '', '', 'P', '', '2026-01-01', '2026-01-01', 1)",
            [(first_id + i, f"Guest {first_id + i}") for i in range(count)],
        )
        rows = []
        for i in range(count):
            number = _number(rnd)
            numbers.append(number)
            kept = id_document(secret, IdType.CN_ID, number, None, today=TODAY)
            rows.append(
                (first_id + i, "cn_id", "CN", kept.number_hash, kept.lookup_hash, kept.last4)
            )
        conn.executemany(
            "INSERT OR IGNORE INTO guest_id_documents (guest_id, type, country, number_hash, "
            "lookup_hash, last4, added_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01')",
            rows,
        )
        conn.commit()
    conn.close()
    db = open_desk(path)
    picks = [rnd.choice(numbers) for _ in range(args.lookups)]
    search(db, actor, picks[0], today=TODAY)  # warm: the secret is read once per process
    times = []
    found = 0
    for number in picks:
        t0 = time.perf_counter()
        hits = search(db, actor, number, today=TODAY)
        times.append((time.perf_counter() - t0) * 1000)
        found += bool(hits) and hits[0].matched_field == "id_document"
    db.close()
    times.sort()
    print(
        json.dumps(
            {
                "guests": args.guests,
                "lookups": args.lookups,
                "found_first": found,
                "p50_ms": round(statistics.median(times), 2),
                "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
                "max_ms": round(times[-1], 2),
            }
        )
    )


if __name__ == "__main__":
    main()
