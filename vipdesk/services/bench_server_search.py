"""`vipdesk --db URL bench search`: search latency on PostgreSQL, in the database given.

The synthetic guests are built in that database when it is empty, and reused when it holds
them already (a row in app_meta says how many were built). A database holding anything
else (guests, staff) is refused: the benchmark never adds to or touches a real guest file.
Figures per kind of query, the one- and two-character Chinese surnames among them (the
case pg_trgm's index cannot serve), the index's size and the machine's load.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from vipdesk.services.bench_search import _bench_admin, _build, _percentile, _query_set
from vipdesk.services.database import open_desk
from vipdesk.services.errors import Conflict
from vipdesk.services.search import reindex, search
from vipdesk.store import pg_search
from vipdesk.store.db import Database

MARK = "bench_search_guests"
"""app_meta key: how many synthetic guests bench built here ("N", or "N building")."""
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "欧阳", "司马", "诸葛", "王小"]


def _one(db: Database, sql: str, params: tuple[Any, ...] = ()) -> Any:
    with db.snapshot() as raw:
        row = raw.execute(sql, params).fetchone()
    return row[0] if row else None


def _set_mark(db: Database, value: str) -> None:
    with db.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO app_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (MARK, value),
        )


def _prepare(db: Database, guests: int, progress: Callable[[str], None]) -> float | None:
    """Build the synthetic guests (their build time), or None when they are here already."""
    mark = _one(db, "SELECT value FROM app_meta WHERE key = ?", (MARK,))
    stored = _one(db, "SELECT count(*) FROM guests")
    if mark == str(guests) and stored == guests:
        return None
    if mark is not None and mark.endswith("building"):
        raise Conflict(
            "bench's build of synthetic guests in this database was interrupted: drop the "
            "database (or its schema) and run bench again",
            code="bench_interrupted",
        )
    if mark is not None:
        raise Conflict(
            f"this database holds bench's synthetic guests ({mark}), not {guests:,}: run with "
            "--guests of that number, or give bench an empty database",
            code="bench_other_set",
        )
    staff = _one(db, "SELECT count(*) FROM staff")
    if stored or staff:
        raise Conflict(
            f"this database holds {stored:,} guests and {staff:,} staff accounts: bench builds "
            "its synthetic guests only in an empty database and never touches real ones",
            code="bench_not_empty",
        )
    _set_mark(db, f"{guests} building")
    built = _build(db, guests, progress)
    _set_mark(db, str(guests))
    return built


def run_server_search_benchmark(
    url: str,
    guests: int,
    *,
    queries: int = 400,
    rebuild_index: bool = False,
    progress: Callable[[str], None] = lambda _m: None,
) -> dict[str, object]:
    """Search latency at `guests` synthetic guests in the PostgreSQL database at `url`."""
    db = open_desk(url, build_index=False)
    try:
        result: dict[str, object] = {"guests": guests, "engine": "postgresql"}
        built = _prepare(db, guests, progress)
        result["reused"] = built is None
        if built is not None:
            result["build_s"] = round(built, 1)
        actor = _bench_admin(db)
        if rebuild_index or built is not None or not _index_current(db):
            progress("building the search index")
            started = time.perf_counter()
            reindex(db, actor)
            result["index_build_s"] = round(time.perf_counter() - started, 1)
        with db.snapshot() as raw:
            result["index_mb"] = round(pg_search.size_bytes(raw) / 2**20, 1)
        query_set = _query_set(db, queries)
        query_set += [("surname_1_2_chars", s) for s in SURNAMES * max(1, queries // 60)]
        for _kind, text in query_set[:30]:  # warm the server's cache and prepared plans
            search(db, actor, text)
        by_kind: dict[str, list[float]] = {}
        found = 0
        result["load_before"] = round(os.getloadavg()[0], 2)
        for kind, text in query_set:
            started = time.perf_counter()
            hits = search(db, actor, text)
            by_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            found += bool(hits)
        result["load_after"] = round(os.getloadavg()[0], 2)
        mix = [ms for kind, v in by_kind.items() if kind != "surname_1_2_chars" for ms in v]
        result.update(
            {
                "queries": len(mix),
                "found": found,
                "p50_ms": round(statistics.median(mix), 2),
                "p95_ms": round(_percentile(mix, 0.95), 2),
                "max_ms": round(max(mix), 2),
                "by_kind_ms": {
                    k: {
                        "p50": round(statistics.median(v), 2),
                        "p95": round(_percentile(v, 0.95), 2),
                    }
                    for k, v in by_kind.items()
                },
            }
        )
        return result
    finally:
        db.close()


def _index_current(db: Database) -> bool:
    from vipdesk.store.db import search_index_is_current

    return search_index_is_current(db)
