"""Benchmark: guest search on PostgreSQL (the term table), per kind of query.

    VIPDESK_TEST_PG=postgresql+psycopg://… .venv/bin/python tests/perf/bench_pg_search.py \\
        [--guests 100000] [--queries 400]

What `vipdesk --db URL bench search` does, in a fresh schema of that server dropped at the
end (the command itself keeps its guests for the next run). Prints one JSON line: build
and index times, the index's size, p50/p95 over the same query mix as the SQLite
benchmark and per kind, one- and two-character Chinese surnames among them (the case
pg_trgm's index cannot serve), and the machine's load. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests import pg
from vipdesk.services.bench_server_search import run_server_search_benchmark


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    with pg.fresh_schema(pg.require_server()) as url:
        result = run_server_search_benchmark(
            url, args.guests, queries=args.queries, progress=lambda m: print(m, file=sys.stderr)
        )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
