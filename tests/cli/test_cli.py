"""The `vipdesk` command over real databases (a file, or a PostgreSQL URL: both engines),
run as a user would run it."""

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import sql, sqlite_files
from vipdesk.cli import main
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database, is_server

from .conftest import scalar

ROOT = Path(__file__).resolve().parents[2]


def vipdesk(
    *args: str, env: dict[str, str | None] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the command with no terminal (as a script would); a None in `env` unsets."""
    full_env = {k: v for k, v in dict(os.environ, **(env or {})).items() if v is not None}
    return subprocess.run(
        [sys.executable, "-m", "vipdesk", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=timeout,
    )


def guest_count(path: Path) -> int:
    """The guests in a database file (a backup's, say)."""
    conn = sqlite_files.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM guests").fetchone()[0]
    finally:
        conn.close()


def guests_in(db: Database) -> int:
    return scalar(db, "SELECT count(*) FROM guests")


def test_demo_is_deterministic_and_varied(
    db: Database, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same demo on the test's engine and in a file: the same guests, to the byte.
    a, b = target, tmp_path / "b.db"
    assert main(["--db", str(a), "demo", "--guests", "60", "--seed", "3"]) == 0
    assert main(["--db", str(b), "demo", "--guests", "60", "--seed", "3"]) == 0
    assert main(["--db", str(a), "export", "guests", str(tmp_path / "a.csv")]) == 0
    assert main(["--db", str(b), "export", "guests", str(tmp_path / "b.csv")]) == 0
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert text == (tmp_path / "b.csv").read_text(encoding="utf-8-sig")
    for sample in ["诸葛亮", "歐陽娜娜", "José Müller-Lüdenscheidt", "山田太郎", "Seán O'Brien"]:
        assert sample in text
    # A second demo into a full database is refused, not doubled.
    assert main(["--db", str(a), "demo", "--guests", "5"]) == 1
    err = capsys.readouterr().err
    # Named as the screen names it (a URL as it was typed, with no password).
    assert f"{db.shown_name} already holds 60 guests" in err and "Traceback" not in err


def test_demo_has_birthdays_today_and_this_week(db: Database, target: str) -> None:
    from datetime import date, timedelta

    assert main(["--db", target, "demo", "--guests", "60"]) == 0
    today = date.today()
    conn = sql.connect(db)
    days = {(m, d) for m, d in conn.execute("SELECT month, day FROM guest_special_dates")}
    conn.close()
    in_house = scalar(
        db,
        "SELECT count(*) FROM stays WHERE arrival <= ? AND departure >= ?",
        (today.isoformat(), today.isoformat()),
    )
    assert (today.month, today.day) in days
    week = {((today + timedelta(n)).month, (today + timedelta(n)).day) for n in range(1, 7)}
    assert days & week
    assert in_house > 0


@pytest.mark.parametrize("how", ["option", "environment"])
def test_every_command_honours_db_option_and_environment(
    db: Database, target: str, tmp_path: Path, how: str
) -> None:
    if how == "option":
        run = lambda *a: vipdesk("--db", target, *a)  # noqa: E731
    else:
        run = lambda *a: vipdesk(*a, env={"VIPDESK_DB": target})  # noqa: E731
    assert run("demo", "--guests", "20").returncode == 0
    assert guests_in(db) == 20
    assert run("export", "guests", str(tmp_path / "out.csv")).returncode == 0
    result = run("import", "guests", str(tmp_path / "out.csv"))
    assert result.stdout.strip() == "imported 0, updated 0, unchanged 20, rejected 0"
    assert run("check").returncode == 0
    backup = tmp_path / "b.backup"  # a copy of the file; pg_dump's archive on a server
    assert run("backup", str(backup)).returncode == 0
    if not is_server(db):
        assert guest_count(backup) == 20
    restored = run("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert guests_in(db) == 20
    assert not (tmp_path / "xdg-data").exists() or not any((tmp_path / "xdg-data").rglob("*.db"))


def test_import_summary_rejects_file_and_exit_codes(desk: str, tmp_path: Path) -> None:
    db = desk
    source = tmp_path / "in.csv"
    source.write_text(
        "姓名,手机,生日,等级,Extra\n王伟,13800138000,1990/3/5,VIP,x\n,13800138001,,,\n李娜,,3月5日,钻石,\n",
        encoding="gb18030",
    )
    result = vipdesk(
        "--db", db, "import", "guests", str(source), "--rejects", str(tmp_path / "rej.csv")
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 1, updated 0, unchanged 0, rejected 2"
    assert "warning: ignored unknown columns: Extra" in result.stderr
    assert "rejected line 3: name: the guest has no name" in result.stderr
    assert "rejected line 4: tier:" in result.stderr
    with (tmp_path / "rej.csv").open(encoding="utf-8-sig", newline="") as f:
        assert [r[0] for r in list(csv.reader(f))[1:]] == ["3", "4"]

    missing = vipdesk("--db", db, "import", "guests", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "file not found" in missing.stderr
    (tmp_path / "noname.csv").write_text("phone\n123\n", encoding="utf-8")
    noname = vipdesk("--db", db, "import", "guests", str(tmp_path / "noname.csv"))
    assert noname.returncode == 1 and "no name column" in noname.stderr
    assert "Traceback" not in noname.stderr + missing.stderr


# A file whose rows break a foreign key (SQLite shell SQL), or that is garbage.
@pytest.mark.sqlite_only("check and restore of a damaged SQLite file")
def test_check_fails_on_a_corrupt_database_and_restore_refuses_it(
    db: Database, tmp_path: Path
) -> None:
    db.close()  # the command's own file
    path = db.path
    assert vipdesk("--db", str(path), "demo", "--guests", "30").returncode == 0
    bad = tmp_path / "bad.db"
    assert vipdesk("--db", str(path), "backup", str(bad)).returncode == 0
    conn = sqlite_files.connect(bad)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO guest_phones (guest_id, position, original, e164) VALUES (99999, 0, 'x', '+1')"
    )
    conn.commit()
    conn.close()
    assert vipdesk("--db", str(bad), "check").returncode == 1
    refused = vipdesk("--db", str(path), "restore", str(bad))
    assert refused.returncode == 1 and "refusing to restore" in refused.stderr
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    assert vipdesk("--db", str(path), "restore", str(garbage)).returncode == 1
    assert guest_count(path) == 30


def test_console_script_and_module_both_work(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("vipdesk")
    assert script.exists(), "console script not installed"
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("vipdesk ")
    assert vipdesk("--help").returncode == 0


def _big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["member_no", "name", "phone", "birthday", "tier", "preferences", "notes"])
        for i in range(rows):
            w.writerow(
                [
                    f"K{i:06d}",
                    f"测试客人{i}",
                    f"+86 139 {i // 10000:04d} {i % 10000:04d}",
                    "3月5日",
                    "VIP",
                    "高楼层; 普洱茶",
                    "x" * 50,
                ]
            )


def test_kill_9_mid_import_leaves_whole_batches_and_a_rerun_completes(
    db: Database, desk: str, tmp_path: Path
) -> None:
    source = tmp_path / "big.csv"
    total, batch = 6000, 200
    _big_csv(source, total)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vipdesk",
            "--db",
            desk,
            "import",
            "guests",
            str(source),
            "--batch-size",
            str(batch),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while guests_in(db) < 3 * batch and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    landed = guests_in(db)
    assert 0 < landed < total, "the import was not interrupted mid-way; make the file bigger"
    assert landed % batch == 0, f"{landed} guests: a batch was split"
    assert vipdesk("--db", desk, "check").returncode == 0
    rerun = vipdesk("--db", desk, "import", "guests", str(source), "--batch-size", str(batch))
    assert rerun.returncode == 0
    # The rerun skips what the killed run stored, and reports the whole file.
    assert rerun.stdout.strip() == f"imported {total}, updated 0, unchanged 0, rejected 0"
    assert f"resumed after line {landed + 1}" in rerun.stderr
    assert guests_in(db) == total


def test_search_json_reindex_and_duplicates(db: Database, desk: str, tmp_path: Path) -> None:
    source = tmp_path / "g.csv"
    source.write_text(
        "会员号,姓名,手机,生日\nM1,歐陽娜娜,13800138000,3月5日\nM2,欧阳娜娜,+86 138 0013 8000,03-05\n"
        "M3,José Müller-Lüdenscheidt,+49 30 1234567,\n",
        encoding="utf-8-sig",
    )
    assert vipdesk("--db", desk, "import", "guests", str(source)).returncode == 0
    out = vipdesk("--db", desk, "search", "oynn", "--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert {i["member_no"] for i in items} == {"M1", "M2"}
    assert set(items[0]) >= {"id", "member_no", "name", "matched_field", "match", "tier"}
    assert items[0]["matched_field"] == "initials"
    one = json.loads(
        vipdesk("--db", desk, "search", "jose muller", "--limit", "1", "--json").stdout
    )
    assert [i["name"] for i in one] == ["José Müller-Lüdenscheidt"]
    assert (
        json.loads(vipdesk("--db", desk, "search", "'; DROP TABLE guests;--", "--json").stdout)
        == []
    )
    reindexed = vipdesk("--db", desk, "reindex")
    assert reindexed.returncode == 0 and reindexed.stdout.startswith("indexed 3 guests")
    pairs = json.loads(vipdesk("--db", desk, "duplicates", "--json").stdout)
    assert len(pairs) == 1 and pairs[0]["score"] >= 90
    assert "same phone" in pairs[0]["reasons"]
    assert vipdesk("--db", desk, "merge", "M1", "M2").returncode == 0
    assert json.loads(vipdesk("--db", desk, "duplicates", "--json").stdout) == []
    assert guests_in(db) == 2


def test_bench_search_runs_and_reports(tmp_path: Path) -> None:
    out = vipdesk(
        "bench",
        "search",
        "--guests",
        "300",
        "--queries",
        "30",
        "--cache-dir",
        str(tmp_path),
        "--json",
        env={"VIPDESK_DB": str(tmp_path / "unused.db")},
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    for key in ("guests", "queries", "p50_ms", "p95_ms", "floor_p95_ms", "like_p95_ms"):
        assert key in result
    assert result["guests"] == 300 and result["queries"] == 30 and result["found"] > 20
    # Encrypted by default, with the plain twin's figures beside it.
    assert result["encrypted"] is True
    assert not Path(result["db"]).read_bytes().startswith(b"SQLite format 3")
    for key in ("p50_ms", "p95_ms", "floor_p95_ms", "open_ms"):
        assert key in result["plain"]


def test_smoke_test_starts_the_gui_searches_and_opens_a_profile(
    target: str, tmp_path: Path
) -> None:
    db = target
    assert vipdesk("--db", db, "demo", "--guests", "60").returncode == 0
    shots = tmp_path / "shots"
    out = vipdesk(
        "--db",
        db,
        "--smoke-test",
        "--query",
        "ouyang",
        "--screenshot",
        str(shots),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["profile"] == "歐陽娜娜"
    assert result["ready_ms"] > 0 and result["search_ms"] > 0 and result["results"] >= 1
    assert sorted(p.name for p in shots.iterdir()) == [
        "01-ready.png",
        "02-results.png",
        "03-profile.png",
    ]
    missing = vipdesk(
        "--db", db, "--smoke-test", "--query", "qzxvw", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert missing.returncode == 1


def test_card_command_writes_a_pdf_or_names_the_missing_guest(target: str, tmp_path: Path) -> None:
    db = target
    assert vipdesk("--db", db, "demo", "--guests", "12").returncode == 0
    out = vipdesk(
        "--db",
        db,
        "card",
        "M100000",
        "M100001",
        "--format",
        "a4-sheet",
        "-o",
        str(tmp_path / "c.pdf"),
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    missing = vipdesk("--db", db, "card", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert (
        missing.returncode == 1 and "NOPE" in missing.stderr and not (tmp_path / "x.pdf").exists()
    )


def test_regcard_hotel_and_staff_role_commands(target: str, tmp_path: Path) -> None:
    db = target
    assert vipdesk("--db", db, "demo", "--guests", "5").returncode == 0
    added = vipdesk(
        "--db",
        db,
        "staff",
        "add",
        "Boss",
        "--role",
        "receptionist",
        env={"VIPDESK_NEW_PASSWORD": "boss password"},
    )
    assert added.returncode == 0, added.stderr
    as_boss = {"VIPDESK_STAFF": "boss", "VIPDESK_PASSWORD": "boss password"}
    refused = vipdesk("--db", db, "hotel", "--name", "X", env=as_boss)
    assert refused.returncode == 4 and "not permitted" in refused.stderr
    assert vipdesk("--db", db, "staff", "role", "BOSS", "duty_manager").returncode == 0
    out = vipdesk("--db", db, "hotel", "--name", "华庭酒店 Garden Hotel", env=as_boss)
    assert out.returncode == 0 and json.loads(out.stdout)["name"] == "华庭酒店 Garden Hotel"
    pdf = tmp_path / "reg.pdf"
    made = vipdesk("--db", db, "regcard", "M100000", "-o", str(pdf))
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_complaints_list_and_monthly_report_json(db: Database, target: str) -> None:
    from datetime import datetime, timedelta

    from tests.accounts import make_staff
    from vipdesk.domain.complaints import Category, ComplaintDraft, ComplaintSeverity, Status
    from vipdesk.services.complaints import change_status, log_complaint

    path = target
    assert vipdesk("--db", path, "demo", "--guests", "3").returncode == 0
    actor = make_staff(db, "x", Role.ADMIN)
    when = datetime(2026, 10, 5, 20, 0)
    late = log_complaint(
        db,
        actor,
        ComplaintDraft(1, when, "housekeeping", Category.NOISE, ComplaintSeverity.CRITICAL, "太吵"),
        now=when,
    )
    done = log_complaint(
        db,
        actor,
        ComplaintDraft(2, when, "food_beverage", Category.FOOD, ComplaintSeverity.LOW, "Cold soup"),
        now=when,
    )
    change_status(db, actor, done.id, Status.RESOLVED, now=when + timedelta(hours=3))
    listed = json.loads(
        vipdesk(
            "--db", path, "complaints", "list", "--overdue", "--as-of", "2026-10-05", "--json"
        ).stdout
    )
    assert [c["id"] for c in listed] == [late.id] and listed[0]["overdue"]
    figures = json.loads(
        vipdesk("--db", path, "report", "complaints", "--month", "2026-10", "--json").stdout
    )
    assert figures["total"] == 2 and figures["by_category"] == {"noise": 1, "food": 1}
    assert (
        figures["resolved"],
        figures["resolved_within_promise"],
        figures["median_hours_to_resolve"],
    ) == (1, 1, 3.0)
    bad = vipdesk("--db", path, "report", "complaints", "--month", "October", "--json")
    assert bad.returncode == 1 and "YYYY-MM" in bad.stderr


def test_import_complaints_command(target: str, tmp_path: Path) -> None:
    db = target
    assert vipdesk("--db", db, "demo", "--guests", "3").returncode == 0
    source = tmp_path / "log.csv"
    source.write_text(
        "member_no,occurred_at,department,category,severity,description\n"
        "M100000,2026-10-05 20:30,housekeeping,noise,high,Loud party next door\n"
        "M100000,2026-10-05 20:30,housekeeping,loudness,high,Bad category\n",
        encoding="utf-8-sig",
    )
    out = vipdesk("--db", db, "import", "complaints", str(source))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "imported 1, unchanged 0, rejected 1"
    assert "rejected line 3: category:" in out.stderr


def test_departments_and_categories_commands(target: str, tmp_path: Path) -> None:
    db = target
    assert vipdesk("--db", db, "demo", "--guests", "3").returncode == 0
    shown = vipdesk("--db", db, "categories")
    assert shown.returncode == 0 and json.loads(shown.stdout)["noise"] == "噪音"
    refused = vipdesk(
        "--db", db, "--as", "demo.frontdesk", "categories", "--set", "wifi=网络"
    )  # a receptionist
    assert refused.returncode == 4 and "not permitted" in refused.stderr
    bad = vipdesk("--db", db, "--as", "demo.manager", "categories", "--set", "Wi Fi=网络")
    assert bad.returncode != 0 and "'Wi Fi' is not a code" in bad.stderr
    usage = vipdesk("--db", db, "--as", "demo.manager", "departments", "--set", "spa")
    assert usage.returncode == 2 and "CODE=LABEL" in usage.stderr
    new = vipdesk(
        "--db", db, "--as", "demo.manager", "categories", "--set", "wifi=网络", "noise=噪音"
    )
    assert new.returncode == 0, new.stderr
    assert json.loads(new.stdout) == {"wifi": "网络", "noise": "噪音"}
    depts = vipdesk("--db", db, "--as", "demo.manager", "departments", "--set", "spa=水疗中心")
    assert json.loads(depts.stdout) == {"spa": "水疗中心"}
    source = tmp_path / "log.csv"
    source.write_text(
        "会员号,发生时间,部门,类别,严重程度,描述\n"
        "M100000,2026-10-05 20:30,水疗中心,网络,中,Wi-Fi down in the spa\n",
        encoding="gb18030",
    )
    out = vipdesk("--db", db, "import", "complaints", str(source))
    assert out.stdout.strip() == "imported 1, unchanged 0, rejected 0", out.stderr


def test_demo_complaints_cover_the_whole_loop(target: str, tmp_path: Path) -> None:
    db = target
    made = vipdesk("--db", db, "demo", "--guests", "40", "--complaints", "24")
    assert made.returncode == 0, made.stderr
    assert "added 24 demo complaints" in made.stdout
    listed = json.loads(vipdesk("--db", db, "complaints", "list", "--json").stdout)
    assert len(listed) == 24
    statuses = {c["status"] for c in listed}
    assert statuses >= {"open", "in_progress", "followed_up", "closed"}
    assert any(c["overdue"] for c in listed)  # the duty manager has promises to chase
    assert vipdesk("--db", db, "check").returncode == 0


def test_search_json_gives_the_reading_the_profile_shows(
    desk: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = desk
    source = tmp_path / "g.csv"
    source.write_text(
        "会员号,姓名\nM1,万俟卨\nM2,長孫無忌\nM3,Seán O'Brien\n", encoding="utf-8-sig"
    )
    assert main(["--db", db, "import", "guests", str(source)]) == 0
    capsys.readouterr()
    said = {}
    for query in ("万俟卨", "长孙无忌", "obrien"):
        assert main(["--db", db, "search", query, "--json"]) == 0
        hit = json.loads(capsys.readouterr().out)[0]
        said[hit["member_no"]] = hit["pronunciation"]
    assert said == {"M1": "Mòqí Xiè", "M2": "Zhǎngsūn Wújì", "M3": ""}


def test_search_json_gives_the_guests_own_reading_from_the_import(
    desk: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = desk
    source = tmp_path / "g.csv"
    source.write_text(
        "会员号,姓名,读音\nM1,曾小贤,Tsang Siu-yin\nM2,曾小明,\n", encoding="utf-8-sig"
    )
    assert main(["--db", db, "import", "guests", str(source)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "search", "曾小", "--json"]) == 0
    said = {h["member_no"]: h["pronunciation"] for h in json.loads(capsys.readouterr().out)}
    assert said == {"M1": "Tsang Siu-yin", "M2": "Zēng Xiǎomíng"}


def test_regcard_warns_when_the_hotel_details_are_missing(target: str, tmp_path: Path) -> None:
    db = target
    assert vipdesk("--db", db, "demo", "--guests", "3").returncode == 0
    made = vipdesk("--db", db, "regcard", "M100000", "-o", str(tmp_path / "reg.pdf"))
    assert made.returncode == 0, made.stderr
    assert "hotel's name is not set" in made.stderr and "vipdesk hotel --name" in made.stderr


def test_import_commits_guests_in_batches_of_3000(desk: str, db: Database, tmp_path: Path) -> None:
    # Fewer, bigger transactions: fewer pages rewritten and encrypted per row, while one
    # batch still holds the write lock for under a second.
    source = tmp_path / "big.csv"
    _big_csv(source, 3000)
    assert main(["--db", desk, "import", "guests", str(source)]) == 0
    batches = scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'import'")
    assert batches == 1
