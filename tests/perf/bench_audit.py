"""Benchmark: the audit trail's cost on a profile view, and `audit verify` over many entries.

    .venv/bin/python tests/perf/bench_audit.py [--views 300] [--entries 1000000]

Prints one JSON line:
- a profile view without its audit entry (guest_profile) and with it (view_profile, what the
  panel and `vipdesk guest show` call): p50 and p95 in ms, and the p50 difference;
- one audited write alone (a write transaction with one entry, committed; the anchor file
  is written by a background thread), wall-clock and the caller's CPU time (thread_time:
  what remains on a machine not shared with others, apart from the commit's fsync);
- `audit verify` over --entries chained entries (rows built fast with executemany, with real
  MACs), in seconds.
Not a test: the goals (≤ 1 ms per view, verify of 1,000,000 entries ≤ 10 s) are for a person
to read. Keys and the anchor go to a temporary key folder, never the user's.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

_INSERT = (
    "INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, detail, workstation,"
    " mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(len(ordered) * share))], 3)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--views", type=int, default=300)
    parser.add_argument("--entries", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["VIPDESK_KEY_DIR"] = str(Path(folder) / "keys")
        result = {**_views(Path(folder), args.views), **_verify(Path(folder), args.entries)}
    print(json.dumps(result))
    return 0


def _admin(db):  # type: ignore[no-untyped-def]
    from vipdesk.domain.staff import Role, Staff
    from vipdesk.services.passwords import hash_secret
    from vipdesk.store.models import StaffRow

    with db.write() as session:
        row = StaffRow(
            username="bench", display_name="bench", role="admin", password_hash=hash_secret("x" * 9)
        )
        session.add(row)
        session.flush()
        return Staff(row.id, row.username, row.display_name, Role.ADMIN)


def _views(folder: Path, views: int) -> dict[str, float]:
    from vipdesk.services.audit import audit
    from vipdesk.services.database import open_desk
    from vipdesk.services.demo import fill_demo
    from vipdesk.services.profile import guest_profile, view_profile

    db = open_desk(folder / "views.db")
    actor = _admin(db)
    fill_demo(db, actor, 300, seed=1)
    ids = list(range(1, 301))
    for guest_id in ids[:20]:  # warm both paths
        guest_profile(db, actor, guest_id)
        view_profile(db, actor, guest_id)
    without, with_entry, write_only, write_cpu = [], [], [], []
    for i in range(views):
        guest_id = ids[i % len(ids)]  # a different guest each time: every view is recorded
        started = time.perf_counter()
        guest_profile(db, actor, guest_id)
        without.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        view_profile(db, actor, ids[(i + 150) % len(ids)])
        with_entry.append((time.perf_counter() - started) * 1000)
        started, cpu = time.perf_counter(), time.thread_time()
        with db.write() as session:
            audit(session, actor, "view_guest", "guest", guest_id)
        write_only.append((time.perf_counter() - started) * 1000)
        write_cpu.append((time.thread_time() - cpu) * 1000)
    db.close()
    return {
        "view_without_audit_p50_ms": _pct(without, 0.5),
        "view_without_audit_p95_ms": _pct(without, 0.95),
        "view_with_audit_p50_ms": _pct(with_entry, 0.5),
        "view_with_audit_p95_ms": _pct(with_entry, 0.95),
        "audit_added_p50_ms": round(statistics.median(with_entry) - statistics.median(without), 3),
        "audited_write_alone_p50_ms": _pct(write_only, 0.5),
        "audited_write_alone_p95_ms": _pct(write_only, 0.95),
        "audited_write_alone_cpu_p50_ms": _pct(write_cpu, 0.5),
    }


def _verify(folder: Path, entries: int) -> dict[str, float]:
    from vipdesk.services import audit_chain, keystore
    from vipdesk.services.audit_trail import verify_chain
    from vipdesk.services.database import open_desk

    db = open_desk(folder / "verify.db")
    actor = _admin(db)
    database_id = secrets.token_hex(16)
    key = secrets.token_bytes(32)
    keystore.put_secret(audit_chain.secret_name(database_id), key)
    started = time.perf_counter()
    conn = db.raw_connection()
    conn.execute("INSERT INTO app_meta (key, value, version) VALUES (?, ?, 1)",
                 (audit_chain.DATABASE_ID_KEY, database_id))  # fmt: skip
    previous = ""
    at = datetime(2026, 1, 1, 8, 0, 0, 123456)
    batch = []
    conn.execute("BEGIN")
    for n in range(1, entries + 1):
        when = at + timedelta(seconds=n)
        detail = "{}" if n % 3 else '{"fields": ["phones", "notes"]}'
        action = ("view_guest", "edit_guest", "print")[n % 3]
        content = audit_chain.canonical(
            n, when, actor.id, action, "guest", n % 50_000 + 1, detail, "counter-1"
        )
        previous = audit_chain.mac(key, previous, content)
        batch.append(
            (n, when.isoformat(sep=" ", timespec="microseconds"), actor.id, action, "guest",
             n % 50_000 + 1, detail, "counter-1", previous)
        )  # fmt: skip
        if len(batch) == 50_000:
            conn.executemany(_INSERT, batch)
            batch.clear()
    if batch:
        conn.executemany(_INSERT, batch)
    conn.execute("COMMIT")
    conn.close()
    audit_chain.write_anchor(database_id, entries, previous)
    built = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.thread_time()
    report = verify_chain(db, actor)
    took, took_cpu = time.perf_counter() - started, time.thread_time() - cpu
    db.close()
    assert report.checked == entries, report
    return {
        "verify_entries": entries,
        "verify_s": round(took, 2),
        "verify_cpu_s": round(took_cpu, 2),
        "build_s": round(built, 1),
    }


if __name__ == "__main__":
    sys.exit(main())
