"""Quitting with Ctrl+Q after a long session at the counter: a clean exit, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.accounts import TEST_PASSWORD, make_staff
from vipdesk.domain.complaints import Status
from vipdesk.domain.staff import Role
from vipdesk.services.complaints import list_complaints
from vipdesk.services.database import open_desk
from vipdesk.services.demo import fill_demo

DRIVER = Path(__file__).with_name("complaint_walk_app.py")
LONG_DAY_SIGNALS = 60_000  # more than True's count when the app starts


def test_quit_after_a_long_day_and_the_whole_complaint_walk_exits_cleanly(
    tmp_path: Path,
) -> None:
    """PySide6 6.12.0 drops a reference to True on every emit(): a long day ended in
    "Fatal Python error: bool_dealloc" (exit 134) once True's count ran out."""
    db_path = tmp_path / "walk.db"
    db = open_desk(db_path)
    manager = make_staff(db, "mgr", display_name="王经理", role=Role.DUTY_MANAGER)
    fill_demo(db, make_staff(db, "boss", Role.ADMIN), 40, seed=1)
    db.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
        WALK_PASSWORD=TEST_PASSWORD,
    )
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(db_path), "mgr", "zhugeliang", str(LONG_DAY_SIGNALS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert "walk done" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr
    db = open_desk(db_path)
    try:
        (closed,) = list_complaints(db, manager, status=Status.CLOSED)
        assert closed.satisfaction == 5
    finally:
        db.close()
