"""kill -9 a restore at each of its steps: the desk's database is the old one or the new
one, whole, and every copy kept so far is intact.

Fast by default; VIPDESK_RELIABILITY_ROUNDS=50 kills more restores.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import sqlite_files
from vipdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("VIPDESK_RELIABILITY_ROUNDS", "1"))


def _guests(path: Path) -> int:
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM guests").fetchone()[0]
    finally:
        conn.close()


def _verifying(folder: Path) -> bool:
    return any(".restoring." in p.name for p in folder.iterdir())


def _keeping(folder: Path) -> bool:
    return any("before-restore" in p.name for p in folder.iterdir())


def _some_time_after_verifying_starts() -> Callable[[Path], bool]:
    """Kill at a random moment from verifying on: often while the new data is written in."""
    rng = random.Random(int(os.environ.get("VIPDESK_RELIABILITY_SEED", "1")))
    started: list[float] = []

    def reached(folder: Path) -> bool:
        if not started:
            if not _verifying(folder):
                return False
            started.append(time.monotonic() + rng.uniform(0.0, 1.0))
        if time.monotonic() >= started[0]:
            started.clear()
            return True
        return False

    return reached


STEPS: dict[str, Callable[[], Callable[[Path], bool]]] = {
    "while the backup is verified": lambda: _verifying,
    "while the old database is kept aside": lambda: _keeping,
    "at a random moment": _some_time_after_verifying_starts,
}


@pytest.mark.parametrize("step", list(STEPS))
def test_a_restore_killed_at_any_step_loses_nothing(tmp_path: Path, step: str) -> None:
    source_db, backup = tmp_path / "source.db", tmp_path / "backup.db"
    assert main(["--db", str(source_db), "demo", "--guests", "150"]) == 0
    assert main(["--db", str(source_db), "backup", str(backup)]) == 0
    desk = tmp_path / "desk"
    live = desk / "vipdesk.db"
    assert main(["--db", str(live), "demo", "--guests", "40"]) == 0
    reached = STEPS[step]()
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "vipdesk", "--db", str(live), "restore", str(backup)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while proc.poll() is None and not reached(desk) and time.monotonic() < deadline:
            time.sleep(0.002)  # polling another process; nothing to wait on
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _guests(live) in (40, 150), "the database is the old one or the new one"
        assert main(["--db", str(live), "check"]) == 0
        for kept in desk.glob("vipdesk.db.before-restore-*"):
            if kept.stat().st_size:  # a name reserved, then killed before the copy landed
                assert _guests(kept) in (40, 150)
        # Undo for the next round: back to 40 guests (this restore is not killed).
        if _guests(live) == 150:
            first = min(
                (p for p in desk.glob("vipdesk.db.before-restore-*") if p.stat().st_size),
                key=lambda p: p.stat().st_mtime,
            )
            assert main(["--db", str(live), "restore", str(first)]) == 0
        assert _guests(live) == 40
