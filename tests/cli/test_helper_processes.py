"""The parse/index helper process dies with its parent, however the parent ends (kill -9)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from tests.accounts import CLI_PASSWORD, CLI_USER, make_staff, new_desk
from vipdesk.domain.staff import Role
from vipdesk.services.database import open_desk
from vipdesk.services.guest_import import PARALLEL_MIN_BYTES, import_guests

ROOT = Path(__file__).resolve().parents[2]


def _guest_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["member_no", "name", "phone", "tier", "notes"])
        for i in range(rows):
            w.writerow(
                [
                    f"H{i:06d}",
                    f"测试客人{i}",
                    f"+86 139 {i // 10000:04d} {i % 10000:04d}",
                    "VIP",
                    "x" * 40,
                ]
            )


def _start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "vipdesk", *args],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for_helper(proc: subprocess.Popen[bytes]) -> list[psutil.Process]:
    """The parent's descendants once its helper process runs (polled until a deadline)."""
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            family = parent.children(recursive=True)
            if any("vipdesk.store.helper_process" in " ".join(p.cmdline()) for p in family):
                return family
        except psutil.NoSuchProcess:
            pass
        try:
            proc.wait(timeout=0.05)  # the pause between polls; returns early if it ended
        except subprocess.TimeoutExpired:
            continue
        pytest.fail("the command ended before its helper process was seen; use a bigger file")
    pytest.fail("no helper process appeared")


def _kill_and_expect_no_orphans(proc: subprocess.Popen[bytes]) -> None:
    family = _wait_for_helper(proc)
    assert proc.poll() is None, "the command finished too early to test; use a bigger file"
    proc.kill()
    proc.wait()
    _gone, alive = psutil.wait_procs(family, timeout=10)
    alive = [p for p in alive if _running(p)]
    for p in alive:
        p.kill()  # do not leave them behind for the next test either
    assert not alive, f"orphans after kill -9 of the parent: {alive}"


def _running(p: psutil.Process) -> bool:
    # A zombie has ended; only its (new) parent has not collected it yet.
    try:
        return p.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_import_helper_dies_with_a_killed_parent(tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    _guest_csv(source, 40_000)
    assert source.stat().st_size >= PARALLEL_MIN_BYTES  # big enough to use the helper
    db = new_desk(tmp_path / "k.db")
    _kill_and_expect_no_orphans(_start("--db", str(db), "import", "guests", str(source)))


def test_reindex_helper_dies_with_a_killed_parent(tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    _guest_csv(source, 20_000)
    db_path = tmp_path / "r.db"
    db = open_desk(db_path)
    try:
        import_guests(db, make_staff(db, CLI_USER, Role.ADMIN, password=CLI_PASSWORD), source)
    finally:
        db.close()
    _kill_and_expect_no_orphans(_start("--db", str(db_path), "reindex"))


def test_helper_answers_in_order_and_passes_errors_back() -> None:
    from vipdesk.store.helper_process import HelperProcess

    with HelperProcess() as helper:
        answers = helper.imap(int, [("1",), ("2",), ("x",)], ahead=2)
        assert [next(answers), next(answers)] == [1, 2]
        with pytest.raises(ValueError, match="invalid literal"):
            next(answers)
        pid = helper.pid
    assert pid is not None and not _running_pid(pid)


def test_a_killed_helper_is_an_error_not_a_hang() -> None:
    from vipdesk.store.helper_process import HelperProcess, HelperStopped

    with HelperProcess() as helper:
        assert list(helper.imap(abs, [(-1,)])) == [1]
        psutil.Process(helper.pid).kill()
        with pytest.raises(HelperStopped):
            list(helper.imap(abs, [(-2,), (-3,)]))


def _running_pid(pid: int) -> bool:
    try:
        return _running(psutil.Process(pid))
    except psutil.NoSuchProcess:
        return False


def test_the_import_helper_stays_small() -> None:
    """The helper parses and tokenises rows without loading the database layer or
    pypinyin's phrase dictionary (about 25 MB and 55 MB of memory)."""
    from vipdesk.services.guest_import import prepare_records
    from vipdesk.store.helper_process import HelperProcess

    header = ["member_no", "name", "phone", "company"]
    rows = [(2, ["M1", "歐陽娜娜", "13800138000", "华为技术有限公司"], "")]
    with HelperProcess() as helper:
        [prepared] = helper.imap(prepare_records, [(len(header), {"name": 1}, rows)])
        [loaded] = helper.imap(eval, [("sorted(__import__('sys').modules)",)])
    assert prepared[0].row is not None and prepared[0].row.index_columns
    assert "ouyangnana" in prepared[0].row.index_columns[2]  # the pinyin column
    assert not [m for m in loaded if m.startswith(("sqlalchemy", "pypinyin"))]


def test_the_helper_is_the_only_process_started() -> None:
    """No resource tracker (or other idle process) beside the helper: the import's memory
    is the import and its helper only."""
    from vipdesk.store.helper_process import HelperProcess

    me = psutil.Process()
    before = {p.pid for p in me.children(recursive=True)}
    with HelperProcess() as helper:
        assert list(helper.imap(abs, [(-1,)])) == [1]
        started = {p.pid for p in me.children(recursive=True) if _running(p)} - before
        assert started == {helper.pid}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe as the helper's gate: POSIX")
def test_the_next_tasks_are_handed_over_while_the_helper_is_busy(tmp_path: Path) -> None:
    """The parent hands over the next tasks while the helper still works on one. Had the
    helper read a task only once done with the last, a task bigger than the pipe's buffer
    would stop the parent until then: the import's main process spent 12 of its 31 s so."""
    import operator
    import threading

    from vipdesk.store.helper_process import HelperProcess

    gate = tmp_path / "gate"
    os.mkfifo(gate)
    big = b"x" * (4 * 1024 * 1024)  # more than any pipe holds
    handed = threading.Event()

    def tasks() -> Iterator[tuple[object, ...]]:
        yield (Path.read_bytes, gate)  # the helper waits here until the gate opens
        yield (len, big)
        handed.set()  # the big task is in the helper's hands
        yield (len, big)

    with HelperProcess() as helper:
        answers = helper.imap(operator.call, tasks(), ahead=3)
        got: list[object] = []
        taker = threading.Thread(target=lambda: got.extend(answers), daemon=True)
        taker.start()
        try:
            assert handed.wait(30), "the parent waited for the helper to finish a task"
        finally:
            with gate.open("wb") as opening:
                opening.write(b"go")
        taker.join(30)
        assert got == [b"go", len(big), len(big)]


def test_a_garbled_task_stops_the_helper_and_the_parent_hears_it() -> None:
    """Whatever breaks the helper's reading of its pipe ends the helper, so the parent gets
    HelperStopped instead of waiting for an answer forever."""
    import threading

    from vipdesk.store.helper_process import HelperProcess, HelperStopped

    with HelperProcess() as helper:
        helper._tasks.write(b"\xff" * 8)  # a length no message has
        helper._tasks.flush()
        outcome: list[BaseException] = []

        def ask() -> None:
            try:
                list(helper.imap(abs, [(-1,)]))
            except BaseException as exc:  # recorded for the assertion
                outcome.append(exc)

        asker = threading.Thread(target=ask, daemon=True)
        asker.start()
        asker.join(30)
        assert outcome and isinstance(outcome[0], HelperStopped), outcome


def test_the_helper_works_without_the_cycle_collector() -> None:
    """The helper's tasks make 100,000s of short-lived objects with no cycles: the cycle
    collector walking the live ones again and again cost it 2.7 s of a 100,000-row
    import. It stays off; a young collection between tasks frees any rare cycle."""
    from vipdesk.store.helper_process import HelperProcess

    with HelperProcess() as helper:
        [enabled] = helper.imap(eval, [("__import__('gc').isenabled()",)])
        # A cycle made by one task is gone by the next.
        cycle = (
            "import builtins, weakref\n"
            "class Knot: pass\n"
            "knot = Knot()\n"
            "knot.itself = knot\n"
            "builtins.vipdesk_probe = weakref.ref(knot)\n"
        )
        list(helper.imap(exec, [(cycle, {})]))
        [freed] = helper.imap(eval, [("__import__('builtins').vipdesk_probe() is None",)])
    assert enabled is False
    assert freed is True
