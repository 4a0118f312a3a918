"""Which database a command opens, and what it refuses to open, create or overwrite."""

from pathlib import Path

import pytest

from tests import sqlite_files
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
    conn = sqlite_files.connect(path)
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


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: c[0])
def test_a_mistyped_db_path_creates_nothing(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "vipdesk.db"
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", str(missing), *_args(command, out)]) == 1
    assert capsys.readouterr().err == f"vipdesk: no database at {missing}\n"
    assert not (tmp_path / "typo").exists()
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    "command", [["demo", "--guests", "3"], ["staff", "add", "boss", "--role", "admin"]]
)
def test_demo_and_the_first_admin_may_create_a_database(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIPDESK_NEW_PASSWORD", "first admin pass")
    new = tmp_path / "new" / "vipdesk.db"
    assert main(["--db", str(new), *command]) == 0
    assert new.is_file()


def test_a_new_database_only_accepts_the_first_admin_or_a_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("name\n王伟\n", encoding="utf-8")
    new = tmp_path / "new.db"
    assert main(["--db", str(new), "import", "guests", str(source)]) == 1
    assert "no database at" in capsys.readouterr().err  # import creates nothing any more
    assert main(["--db", str(new), "staff", "add", "desk", "--role", "receptionist"]) == 1
    assert "first admin" in capsys.readouterr().err
    assert main(["--db", str(new), "search", "wang"]) == 1
    assert "vipdesk staff add USER --role admin" in capsys.readouterr().err


def test_another_programs_database_is_refused_and_left_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "otherapp.db"
    conn = sqlite_files.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (9.5)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for command in (["check"], ["demo"], ["import", "guests", str(other)], ["search", "x"]):
        capsys.readouterr()
        assert main(["--db", str(other), *command]) == 1
        err = capsys.readouterr().err
        assert "another program" in err and err.count("\n") == 1, err
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["otherapp.db"]  # no -wal, no -shm


PDF_COMMANDS = [
    ["card", "M100000", "-o", "OUT"],
    ["regcard", "M100000", "-o", "OUT"],
    ["report", "complaints", "--month", "2026-01", "-o", "OUT"],
    ["complaints", "incident", "1", "-o", "OUT"],
]


@pytest.mark.parametrize("command", PDF_COMMANDS, ids=lambda c: c[0] + "-" + c[1])
def test_pdf_commands_write_owner_only_files_and_never_over_the_database(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo", "--guests", "3", "--complaints", "2"]) == 0
    before = guest_rows(db)
    capsys.readouterr()
    assert main(["--db", str(db), *[str(db) if a == "OUT" else a for a in command]]) == 1
    assert "the vipdesk database itself" in capsys.readouterr().err
    assert guest_rows(db) == before
    pdf = tmp_path / "out.pdf"
    assert main(["--db", str(db), *[str(pdf) if a == "OUT" else a for a in command]]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def guest_rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT id, name FROM guests ORDER BY id").fetchall()
    finally:
        conn.close()


def test_check_shows_the_last_good_backup_and_restore_lists_kept_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.accounts import make_staff
    from vipdesk.domain.staff import Role
    from vipdesk.services.auto_backup import daily_backup
    from vipdesk.services.database import open_desk

    db = tmp_path / "d.db"
    assert main(["--db", str(db), "demo", "--guests", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 0
    assert "last good backup: none" in capsys.readouterr().out
    opened = open_desk(db)
    made = daily_backup(opened, make_staff(opened, "t", Role.ADMIN))
    opened.close()
    assert made is not None
    assert main(["--db", str(db), "check"]) == 0
    out = capsys.readouterr().out
    assert "last good backup: " in out and str(made) in out
    assert main(["--db", str(db), "restore", str(made)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "restore", "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2
    assert "before restore" in listed[0] and "daily" in listed[1] and str(made) in listed[1]
