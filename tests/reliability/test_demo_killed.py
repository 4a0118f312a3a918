"""`demo` killed part-way (kill -9) leaves nothing half-done that a second `demo` refuses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests import sqlite_files


def demo(db: Path, *args: str, crash_at: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("VIPDESK_DEMO_CRASH_AT", None)
    if crash_at:  # the demo kills itself (SIGKILL) at that point, as `kill -9` would
        env["VIPDESK_DEMO_CRASH_AT"] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "vipdesk", "--db", str(db), "demo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def counts(db: Path) -> tuple[int, int]:
    conn = sqlite_files.connect(db)
    try:
        guests = conn.execute("SELECT count(*) FROM guests").fetchone()[0]
        complaints = conn.execute("SELECT count(*) FROM complaints").fetchone()[0]
        return guests, complaints
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is a POSIX signal")
def test_demo_killed_while_adding_guests_leaves_none_and_runs_again(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    killed = demo(db, "--guests", "2500", crash_at="guests")
    assert killed.returncode == -signal.SIGKILL
    assert counts(db) == (0, 0)  # all or nothing
    again = demo(db, "--guests", "2500")
    assert again.returncode == 0, again.stderr
    assert counts(db) == (2500, 0)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is a POSIX signal")
def test_demo_killed_while_logging_complaints_is_finished_by_the_next_demo(
    tmp_path: Path,
) -> None:
    db = tmp_path / "demo.db"
    killed = demo(db, "--guests", "80", "--complaints", "12", crash_at="complaints")
    assert killed.returncode == -signal.SIGKILL
    guests, complaints = counts(db)
    assert guests == 80 and 0 < complaints < 12  # stopped half-way through the complaints
    again = demo(db, "--guests", "80", "--complaints", "12")
    assert again.returncode == 0, again.stderr
    assert "finished the demo" in again.stdout
    assert counts(db) == (80, 12)
    # Once complete, a demo into the full database is refused as before.
    refused = demo(db, "--guests", "5")
    assert refused.returncode == 1 and "already holds 80 guests" in refused.stderr
