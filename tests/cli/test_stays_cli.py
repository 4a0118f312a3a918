"""`vipdesk import stays` and `vipdesk stays …` as a user runs them."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import sqlite_files
from tests.accounts import new_desk
from vipdesk.cli import main

from .test_cli import ROOT, vipdesk


def _write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_import_list_link_and_create_guest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(new_desk(tmp_path / "s.db"))
    guests = _write(
        tmp_path / "g.csv",
        [["member_no", "name", "phone"], ["M1", "李娜", "13911114321"], ["M2", "李娜", ""]],
    )
    assert main(["--db", db, "import", "guests", str(guests)]) == 0
    source = _write(
        tmp_path / "s.csv",
        [
            ["预订号", "姓名", "手机", "抵店日期", "离店日期", "状态"],
            ["R1", "李娜", "13911114321", "2026年12月1日", "2026年12月3日", "预订"],
            ["R2", "李娜", "", "2026年12月1日", "2026年12月3日", "预订"],
            ["R3", "张伟", "13600000000", "2026年12月1日", "2026年12月3日", "预订"],
            ["R4", "张伟", "", "2026年12月1日", "2026年12月3日", "候补"],
        ],
        encoding="gb18030",
    )
    rejects = tmp_path / "rej.csv"
    capsys.readouterr()
    assert main(["--db", db, "import", "stays", str(source), "--rejects", str(rejects)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == (
        "imported 3, updated 0, unchanged 0, rejected 1; matched 1, unmatched 2"
    )
    assert "rejected line 5: status: '候补' is not a known status" in out.err
    assert main(["--db", db, "stays", "unmatched", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [u["confirmation_no"] for u in listed] == ["R2", "R3"]
    assert {c["member_no"] for c in listed[0]["candidates"]} == {"M1", "M2"}  # both 李娜
    assert main(["--db", db, "stays", "link", "R2", "M2"]) == 0
    assert main(["--db", db, "stays", "create-guest", "R3"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "stays", "unmatched", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--db", db, "stays", "link", "R2", "M1"]) == 1  # already linked: refused
    assert "already belongs to guest" in capsys.readouterr().err
    assert main(["--db", db, "stays", "link", "NOPE", "M1"]) == 1


def test_an_ambiguous_file_is_refused_with_the_option_to_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(new_desk(tmp_path / "s.db"))
    source = _write(
        tmp_path / "s.csv",
        [["CONFIRMATION_NO", "GUEST_NAME", "ARRIVAL_DATE", "DEPARTURE_DATE"],
         ["1", "A", "03/04/2026", "05/04/2026"]],
    )  # fmt: skip
    assert main(["--db", db, "import", "stays", str(source)]) == 1
    assert "--date-order" in capsys.readouterr().err
    assert main(["--db", db, "import", "stays", str(source), "--date-order", "dmy"]) == 0


def _stay_count(db: Path) -> int:
    conn = sqlite_files.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM stays").fetchone()[0]
    finally:
        conn.close()


def test_kill_9_mid_stay_import_leaves_whole_batches_and_a_clean_database(
    tmp_path: Path,
) -> None:
    db = new_desk(tmp_path / "k.db")
    source = tmp_path / "big.csv"
    total, batch = 30_000, 500
    with source.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["confirmation_no", "name", "arrival", "departure", "status"])
        for i in range(total):
            w.writerow([f"K{i:06d}", f"Guest {i}", "2026-12-01", "2026-12-03", "reserved"])
    # `check` never creates a database; an empty one comes from demo.
    assert vipdesk("--db", str(db), "demo", "--guests", "0").returncode == 0
    args = ["--db", str(db), "import", "stays", str(source), "--batch-size", str(batch)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "vipdesk", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while _stay_count(db) < 3 * batch and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    landed = _stay_count(db)
    assert 0 < landed < total, "the import was not interrupted mid-way; make the file bigger"
    assert landed % batch == 0, f"{landed} stays: a batch was split"
    assert vipdesk("--db", str(db), "check").returncode == 0
    rerun = vipdesk(*args)
    assert rerun.returncode == 0
    assert rerun.stdout.startswith(
        f"imported {total - landed}, updated 0, unchanged {landed}, rejected 0"
    )
    assert _stay_count(db) == total
