"""A restore of each kind of broken backup: refused, and nothing the desk holds is lost.

Fast by default; VIPDESK_RELIABILITY_ROUNDS=500 runs the random bit-flip part for longer.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import sqlite_files
from tests.accounts import CLI_PASSWORD, CLI_USER
from vipdesk.cli import main

ROUNDS = int(os.environ.get("VIPDESK_RELIABILITY_ROUNDS", "4"))
LIVE_GUESTS = 20


def _sql(*statements: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        conn = sqlite_files.connect(path)
        conn.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return damage


def _only_guests_and_version(path: Path) -> None:
    conn = sqlite_files.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if r[0] not in ("guests", "alembic_version") and not r[0].startswith("guest_search_")
    ]
    for name in names:
        conn.execute(f"DROP TABLE IF EXISTS {name}")
    conn.commit()
    conn.close()


def _another_program(path: Path) -> None:
    path.unlink()
    conn = sqlite_files.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (9.5)")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(7).randbytes(20_000))


BROKEN: dict[str, Callable[[Path], None]] = {
    "newer revision": _sql("UPDATE alembic_version SET version_num = '9999'"),
    "table missing": _sql("DROP TABLE guest_phones"),
    "column missing": _sql("ALTER TABLE guests DROP COLUMN company"),
    "only guests and alembic_version": _only_guests_and_version,
    "another program's database": _another_program,
    "broken foreign keys": _sql(
        "INSERT INTO guest_phones (guest_id, position, original, e164) VALUES (99999, 0, 'x', '+1')"
    ),
    "truncated": _truncated,
    "garbage after the header": _garbage,
    "empty file": lambda path: path.write_bytes(b""),
}


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    db = folder / "source.db"
    assert main(["--db", str(db), "demo", "--guests", "12"]) == 0
    with pytest.MonkeyPatch.context() as env:  # module fixtures run before _isolated_env
        env.setenv("VIPDESK_STAFF", CLI_USER)
        env.setenv("VIPDESK_PASSWORD", CLI_PASSWORD)
        assert main(["--db", str(db), "backup", str(folder / "good.db")]) == 0
    return folder / "good.db"


@pytest.fixture(scope="module")
def live_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("live") / "vipdesk.db"
    assert main(["--db", str(db), "demo", "--guests", str(LIVE_GUESTS)]) == 0
    return db


def _fresh_live(template: Path, folder: Path) -> Path:
    folder.mkdir()
    db = folder / "vipdesk.db"
    sqlite_files.backup(template, db)
    return db


def _guests(path: Path) -> int:
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM guests").fetchone()[0]
    finally:
        conn.close()


def _desk_still_works(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "check"]) == 0
    assert main(["--db", str(db), "search", "--json", "a"]) == 0
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_backup_is_refused_and_the_desk_keeps_working(
    kind: str,
    good_backup: Path,
    live_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    live = _fresh_live(live_template, tmp_path / "desk")
    broken = tmp_path / "broken.db"
    broken.write_bytes(good_backup.read_bytes())
    BROKEN[kind](broken)
    before = broken.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(live), "restore", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vipdesk: refusing to restore") and err.count("\n") == 1, err
    assert broken.read_bytes() == before, "the backup itself must only be read"
    assert _guests(live) == LIVE_GUESTS
    assert sorted(p.name for p in live.parent.iterdir()) == ["vipdesk.db"], (
        "a refused restore leaves no temporary or kept files behind"
    )
    _desk_still_works(live, capsys)


def test_random_damage_is_either_refused_or_restored_whole_and_nothing_is_lost(
    good_backup: Path,
    live_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    live = _fresh_live(live_template, tmp_path / "desk")
    rng = random.Random(int(os.environ.get("VIPDESK_RELIABILITY_SEED", "1")))
    good = good_backup.read_bytes()
    restored = 0
    for round_ in range(ROUNDS):
        damaged = bytearray(good)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(100, len(damaged))] = rng.randrange(256)
        source = tmp_path / f"damaged-{round_}.db"
        source.write_bytes(bytes(damaged))
        expected_before = _guests(live)
        code = main(["--db", str(live), "restore", str(source)])
        if code == 0:
            restored += 1
            assert _guests(live) == 12
        else:
            assert _guests(live) == expected_before
        _desk_still_works(live, capsys)
    kept = sorted(live.parent.glob("vipdesk.db.before-restore-*"))
    assert len(kept) == restored, "every restore keeps the file it replaced, under a new name"
    if kept:
        assert _guests(kept[0]) == LIVE_GUESTS
