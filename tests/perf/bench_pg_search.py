"""Benchmark: guest search on PostgreSQL (the token table), per kind of query.

    VIPDESK_TEST_PG=postgresql+psycopg://… .venv/bin/python tests/perf/bench_pg_search.py \\
        [--guests 100000] [--queries 900]

Builds --guests synthetic guests (the ones `vipdesk bench search` makes) in a fresh schema
of that database, dropped at the end, then prints one JSON line: build and index times,
p50/p95 of search() over the same query mix as the SQLite benchmark, and over one- and
two-character Chinese surnames (the case pg_trgm's index cannot serve). Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests import pg
from vipdesk.services import search as search_service
from vipdesk.services.bench_search import (
    _bench_admin,
    _build,
    _percentile,
    _query_set,
)
from vipdesk.services.database import open_desk

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "欧阳", "司马", "诸葛", "王小"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--guests", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=900)
    args = parser.parse_args()
    with pg.fresh_schema(pg.require_server()) as url:
        db = open_desk(url, build_index=False)
        try:
            result: dict[str, object] = {"guests": args.guests}
            result["build_s"] = round(
                _build(db, args.guests, lambda m: print(m, file=sys.stderr)), 1
            )
            actor = _bench_admin(db)
            started = time.perf_counter()
            search_service.reindex(db, actor)
            result["index_build_s"] = round(time.perf_counter() - started, 1)
            queries = _query_set(db, args.queries)
            for _kind, text in queries[:30]:
                search_service.search(db, actor, text)
            by_kind: dict[str, list[float]] = {}
            for kind, text in queries + [("surname_1_2_chars", s) for s in SURNAMES * 20]:
                t0 = time.perf_counter()
                search_service.search(db, actor, text)
                by_kind.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
            every = [ms for kind, v in by_kind.items() if kind != "surname_1_2_chars" for ms in v]
            result["search_ms"] = {
                "p50": round(_percentile(every, 0.5), 2),
                "p95": round(_percentile(every, 0.95), 2),
            }
            result["by_kind_p95_ms"] = {
                k: round(_percentile(v, 0.95), 2) for k, v in by_kind.items()
            }
        finally:
            db.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
