"""`vipdesk bench search`: search latency on a synthetic hotel of N guests.

Builds (or reuses) a cached database of realistic guests, runs a fixed mixed query set
through the same `search()` the counter screen calls, and measures, on the same data, a
bare FTS5 query (the floor) and a naive LIKE '%…%' scan. A benchmark, not a test.
"""

from __future__ import annotations

import os
import random
import secrets
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import platformdirs

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import GuestDraft, SpecialDate, SpecialDateKind, Stay
from vipdesk.domain.phones import Phone
from vipdesk.domain.search_text import parse_query, pinyin_spellings, words
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services import safe_files
from vipdesk.services.demo import CN_GIVEN, CN_SURNAMES, COMPANIES, WESTERN_FIRST, WESTERN_LAST
from vipdesk.services.search import search
from vipdesk.services.staff import create_first_admin, current_staff, has_accounts
from vipdesk.store import driver, guest_repo, search_index, search_rebuild
from vipdesk.store.db import Database, open_database
from vipdesk.store.driver import DatabaseKey

# The same name pools as the demo hotel, so both look alike; extra given names for variety.
_SURNAMES = CN_SURNAMES + "欧阳诸葛"
_GIVEN = CN_GIVEN + "嘉琪佳豪志雅婷冠廷詩淑芬國強"
_FIRST = [*WESTERN_FIRST, "Jonathon", "Hiroshi", "Yuki", "Anna", "Mateo", "Olivia", "Ethan"]
_LAST = [*WESTERN_LAST, "O'Brien", "Yamada", "Tanaka", "Novák", "Weiß"]
_COMPANIES = COMPANIES
_MISSES = [
    "qzxvw",
    "不存在的客人",
    "99999999",
    "xylophone",
    "zzqq",
    "Wolfeschlegel",
    "嬲嫐",
    "0000111",
]


def synthetic_guest(rnd: random.Random, i: int, today: date) -> GuestDraft:
    if rnd.random() < 0.7:
        surname = (
            rnd.choice(["欧阳", "诸葛"]) if rnd.random() < 0.01 else rnd.choice(_SURNAMES[:-4])
        )
        name = surname + "".join(rnd.choice(_GIVEN) for _ in range(rnd.choice([1, 2, 2])))
    else:
        name = f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}"
    national = f"1{rnd.choice('35789')}{i:09d}"[-11:]
    phone = Phone(f"{national[:3]} {national[3:7]} {national[7:]}", "+86" + national)
    stays = []
    if rnd.random() < 0.6:
        arrival = today - timedelta(days=rnd.randint(0, 3000))
        stays.append(
            Stay(
                arrival,
                arrival + timedelta(days=rnd.randint(1, 5)),
                f"{rnd.randint(2, 30)}{rnd.randint(1, 40):02d}",
            )
        )
    birthday = PartialDate(
        rnd.randint(1, 12), rnd.randint(1, 28), rnd.choice([None, rnd.randint(1950, 2005)])
    )
    return GuestDraft(
        name=name,
        member_no=f"S{i:07d}",
        phones=[phone],
        email=f"guest{i}@example.com" if rnd.random() < 0.3 else "",
        company=rnd.choice(_COMPANIES),
        tier=rnd.choices(list(Tier), weights=[50, 25, 15, 7, 3])[0],
        special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, birthday)],
        stays=stays,
    )


def _db_path(guests: int, cache_dir: Path | None) -> Path:
    folder = cache_dir or Path(platformdirs.user_cache_dir("vipdesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"bench-search-{guests}-v{search_index.INDEX_VERSION}.db"


def _bench_admin(db: Database) -> Staff:
    """The synthetic database's only account (a random password nobody needs)."""
    if not has_accounts(db):
        create_first_admin(db, "bench", secrets.token_urlsafe(16))
    return current_staff(db, "bench")


def _build(db: Database, guests: int, progress: Callable[[str], None]) -> float:
    actor = _bench_admin(db)
    rnd = random.Random(20261125)
    today = date(2026, 11, 25)
    started = time.perf_counter()
    batch = 5000
    for start in range(0, guests, batch):
        drafts = [synthetic_guest(rnd, i, today) for i in range(start, min(start + batch, guests))]
        with db.write() as session:
            guest_repo.insert_guests(session, drafts, actor.id)
        if (start // batch) % 20 == 0:
            progress(f"built {start + len(drafts):,}/{guests:,} guests")
    return time.perf_counter() - started


def _query_set(db: Database, count: int) -> list[tuple[str, str]]:
    """(kind, text) pairs drawn deterministically from the stored guests."""
    rnd = random.Random(7)
    with db.read() as session:
        conn = session.connection()
        top = conn.exec_driver_sql("SELECT max(id) FROM guests").scalar() or 0
        sample: list[tuple[str, str | None, str | None]] = []
        while len(sample) < count and top:
            row = conn.exec_driver_sql(
                "SELECT g.name, g.member_no, p.e164 FROM guests g "
                "LEFT JOIN guest_phones p ON p.guest_id = g.id WHERE g.id = ?",
                (rnd.randint(1, top),),
            ).fetchone()
            if row:
                sample.append((row[0], row[1], row[2]))
    queries: list[tuple[str, str]] = []
    kinds = [
        "name",
        "name_prefix",
        "pinyin",
        "pinyin_spaced",
        "initials",
        "phone_tail",
        "member_no",
        "latin",
        "miss",
    ]
    for index, (name, member_no, e164) in enumerate(sample):
        kind = kinds[index % len(kinds)]
        parts = words(name)
        han = next((p for p in parts if not p.isascii()), None)
        syllables = pinyin_spellings(han, surname=True)[0][0] if han else None
        if kind == "name":
            text = name
        elif kind == "name_prefix":
            text = name[:2]
        elif kind == "pinyin" and syllables:
            text = "".join(syllables)
        elif kind == "pinyin_spaced" and syllables:
            text = syllables[0] + " " + "".join(syllables[1:])
        elif kind == "initials" and syllables:
            text = "".join(s[0] for s in syllables)
        elif kind == "phone_tail" and e164:
            text = e164[-4:]
        elif kind == "member_no" and member_no:
            text = member_no
        elif kind == "miss":
            text = _MISSES[index % len(_MISSES)]
        else:
            kind, text = "latin", parts[-1] if parts else name
        queries.append((kind, text))
    return queries


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _encrypted_copy(plain: Path, guests: int, progress: Callable[[str], None]) -> DatabaseKey:
    """The encrypted twin of the plain synthetic database (made once, by sqlcipher_export).

    Its key sits beside it in an owner-only file: a synthetic database, whose key must not
    fill the user's keyring.
    """
    path = _encrypted_path(plain)
    key_file = path.with_suffix(".key")
    if path.exists() and key_file.exists():
        raw = bytes.fromhex(key_file.read_text(encoding="ascii").strip())
        ident = driver.database_id(path)
        if ident is not None:
            return DatabaseKey(raw, bytes.fromhex(ident))
    progress(f"encrypting a copy of the {guests:,}-guest database")
    key = DatabaseKey.new()
    tmp = safe_files.exclusive_temp(path)
    conn = driver.connect(plain, None)
    try:
        driver.export(conn, tmp, key)
    finally:
        conn.close()
    safe_files.write_bytes(key_file, (key.key.hex() + "\n").encode("ascii"))
    safe_files.install(tmp, path)
    return key


def _encrypted_path(plain: Path) -> Path:
    return plain.with_name(plain.stem + "-encrypted.db")


def _open_ms(path: Path, key: DatabaseKey | None, rounds: int = 30) -> float:
    """Median time to open a connection and read the schema (what every start pays)."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        conn = driver.connect(path, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        times.append((time.perf_counter() - started) * 1000)
        conn.close()
    return round(statistics.median(times), 3)


def run_search_benchmark(
    guests: int,
    *,
    queries: int = 400,
    cache_dir: Path | None = None,
    rebuild_index: bool = False,
    compare_plain: bool = True,
    progress: Callable[[str], None] = lambda _m: None,
) -> dict[str, object]:
    """Search latency on an encrypted database of `guests` (as a counter runs it), and the
    same on its plain twin (`plain`: the cost of encryption)."""
    plain_path = _db_path(guests, cache_dir)
    result: dict[str, object] = {"guests": guests, "encrypted": True}
    fresh = not plain_path.exists()
    db = open_database(plain_path)
    try:
        with db.read() as session:
            stored = session.connection().exec_driver_sql("SELECT count(*) FROM guests").scalar()
        if fresh or stored != guests:
            if not fresh:
                raise SystemExit(f"{plain_path} holds {stored} guests, not {guests}; delete it")
            result["build_s"] = round(_build(db, guests, progress), 1)
        _bench_admin(db)
        settle = db.raw_connection()  # one file, no WAL: the copy below reads it whole
        settle.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        settle.close()
    finally:
        db.close()
    key = _encrypted_copy(plain_path, guests, progress)
    path = _encrypted_path(plain_path)
    result["db"] = str(path)
    encrypted = open_database(path, key=key)
    try:
        result.update(_measure(encrypted, path, guests, queries, rebuild_index, progress))
    finally:
        encrypted.close()
    result["open_ms"] = _open_ms(path, key)
    if compare_plain:
        progress("the same on the plain database")
        plain = open_database(plain_path)
        try:
            measured = _measure(plain, plain_path, guests, queries, False, progress)
        finally:
            plain.close()
        keys = ("p50_ms", "p95_ms", "max_ms", "floor_p50_ms", "floor_p95_ms", "db_bytes_per_guest")
        result["plain"] = {k: measured[k] for k in keys} | {"open_ms": _open_ms(plain_path, None)}
    return result


def _measure(
    db: Database,
    path: Path,
    guests: int,
    queries: int,
    rebuild_index: bool,
    progress: Callable[[str], None],
) -> dict[str, object]:
    result: dict[str, object] = {}
    if rebuild_index:
        progress("rebuilding the search index")
        started = time.perf_counter()
        with db.write() as session:
            search_rebuild.rebuild(session)
        result["index_build_s"] = round(time.perf_counter() - started, 1)
    settle = db.raw_connection()  # a checkpointed database, as at the counter
    settle.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    settle.close()
    actor = _bench_admin(db)
    query_set = _query_set(db, queries)
    for _kind, text in query_set[:20]:  # warm the page cache
        search(db, actor, text)
    service_ms: list[float] = []
    found = 0
    for _kind, text in query_set:
        started = time.perf_counter()
        hits = search(db, actor, text)
        service_ms.append((time.perf_counter() - started) * 1000)
        found += bool(hits)
    floor_ms: list[float] = []
    raw = db.raw_connection()
    try:
        for _kind, text in query_set:
            token = parse_query(text).joined
            if not token:
                continue
            started = time.perf_counter()
            raw.execute(
                "SELECT rowid FROM guest_search WHERE guest_search MATCH ? LIMIT 20",
                (f'"{token}"*',),
            ).fetchall()
            floor_ms.append((time.perf_counter() - started) * 1000)
        like_ms, rare_like, rare_service = [], [], []
        like_sample = query_set[:: max(1, len(query_set) // 40)]
        for _kind, text in like_sample:
            pattern = f"%{text}%"
            started = time.perf_counter()
            rows = raw.execute(
                "SELECT id FROM guests WHERE name LIKE ?1 OR member_no LIKE ?1 "
                "OR email LIKE ?1 OR company LIKE ?1 LIMIT 20",
                (pattern,),
            ).fetchall()
            elapsed = (time.perf_counter() - started) * 1000
            like_ms.append(elapsed)
            if len(rows) < 20:  # a rare term: the scan has to read every guest
                rare_like.append(elapsed)
                started = time.perf_counter()
                search(db, actor, text)
                rare_service.append((time.perf_counter() - started) * 1000)
    finally:
        raw.close()
    size = path.stat().st_size + (
        os.path.getsize(f"{path}-wal") if Path(f"{path}-wal").exists() else 0
    )
    result.update(
        {
            "queries": len(query_set),
            "found": found,
            "p50_ms": round(statistics.median(service_ms), 2),
            "p95_ms": round(_percentile(service_ms, 0.95), 2),
            "max_ms": round(max(service_ms), 2),
            "floor_p50_ms": round(statistics.median(floor_ms), 2),
            "floor_p95_ms": round(_percentile(floor_ms, 0.95), 2),
            "like_queries": len(like_ms),
            "like_p50_ms": round(statistics.median(like_ms), 1),
            "like_p95_ms": round(_percentile(like_ms, 0.95), 1),
            "rare_terms": len(rare_like),
            "rare_like_median_ms": round(statistics.median(rare_like), 1) if rare_like else None,
            "rare_search_median_ms": round(statistics.median(rare_service), 2)
            if rare_service
            else None,
            "rare_speedup": round(statistics.median(rare_like) / statistics.median(rare_service), 1)
            if rare_like
            else None,
            "db_bytes_per_guest": round(size / guests),
        }
    )
    return result
