"""Benchmark: `migrate-to` of a demo SQLite database into PostgreSQL.

    VIPDESK_TEST_PG=postgresql+psycopg://… .venv/bin/python tests/perf/bench_migrate_to.py \\
        [--guests 100000] [--complaints 500] [--source existing.db]

Makes a demo database of --guests guests (encrypted, as `vipdesk demo` makes it) in a
temporary folder, or uses --source (signed in as the demo admin), then times migrate_to
into a fresh schema of that server (dropped at the end) and prints one JSON line: the
demo build, the whole move (copy, checks, search index), rows copied. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests import pg
from vipdesk.services.database import open_desk
from vipdesk.services.demo import run_demo
from vipdesk.services.demo_accounts import DEMO_ADMIN, DEMO_PASSWORD, add_demo_accounts
from vipdesk.services.move_to_server import migrate_to
from vipdesk.services.sign_in import sign_in


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=100_000)
    parser.add_argument("--complaints", type=int, default=500)
    parser.add_argument("--source", type=Path, help="an existing demo database instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("VIPDESK_KEY_DIR", str(Path(folder) / "keys"))
        built = 0.0
        if args.source is None:
            source = Path(folder) / "demo.db"
            start = time.perf_counter()
            db = open_desk(source)
            run_demo(db, add_demo_accounts(db), args.guests, args.complaints)
            built = time.perf_counter() - start
        else:
            db = open_desk(args.source, create=False)
        try:
            admin = sign_in(db, DEMO_ADMIN, DEMO_PASSWORD)
            with pg.fresh_schema(pg.require_server()) as url:
                report = migrate_to(db, admin, url)
        finally:
            db.close()
    print(
        json.dumps(
            {
                "guests": next(c.source_rows for c in report.counts if c.table == "guests"),
                "rows": sum(c.source_rows for c in report.counts),
                "demo_build_s": round(built, 1),
                "migrate_to_s": round(report.seconds, 1),
                "verified": report.ok,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
