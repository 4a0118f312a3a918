"""Which database a command opens, and what it refuses to open, create or overwrite."""

import sqlite3
from pathlib import Path

import pytest

from vipdesk.cli import main

READING_COMMANDS = [
    ["check"],
    ["search", "wang"],
    ["export", "guests", "OUT/out.csv"],
    ["backup", "OUT/b.db"],
    ["reindex"],
    ["duplicates"],
    ["hotel"],
    ["complaints", "list"],
    ["report", "complaints", "--month", "2026-01"],
    ["card", "1", "-o", "OUT/c.pdf"],
]


def _args(command: list[str], out: Path) -> list[str]:
    return [a.replace("OUT", str(out)) for a in command]


@pytest.fixture
def newer_db(tmp_path: Path) -> Path:
    path = tmp_path / "newer.db"
    assert main(["--db", str(path), "demo", "--guests", "5"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: c[0])
def test_every_command_refuses_a_database_from_a_newer_version_in_one_line(
    newer_db: Path, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(newer_db), *_args(command, tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer version of vipdesk" in err, err
    assert "Traceback" not in err


def test_restore_prints_where_the_replaced_database_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, copy = tmp_path / "d.db", tmp_path / "copy.db"
    assert main(["--db", str(db), "demo", "--guests", "5"]) == 0
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "restore", str(copy)]) == 0
    (kept,) = tmp_path.glob("d.db.before-restore-*")
    assert str(kept) in capsys.readouterr().out
