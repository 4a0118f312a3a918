"""`vipdesk --db URL bench search`: the benchmark builds its guests in the PostgreSQL
database given, reuses them on the next run, and never touches a database of real guests."""

from __future__ import annotations

import json

from sqlalchemy import text

from tests.accounts import make_staff
from tests.cli.test_cli import vipdesk
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import open_desk
from vipdesk.services.guests import create_guest


def _guest_names(url: str) -> list[str]:
    db = open_desk(url)
    try:
        with db.read() as session:
            return list(session.execute(text("SELECT name FROM guests ORDER BY id")).scalars())
    finally:
        db.close()


def test_bench_builds_its_guests_in_an_empty_server_database_then_reuses_them(
    pg_url: str,
) -> None:
    args = ("--db", pg_url, "bench", "search", "--guests", "300", "--queries", "30", "--json")
    first = vipdesk(*args, timeout=300)
    assert first.returncode == 0, first.stderr
    result = json.loads(first.stdout)
    assert result["engine"] == "postgresql" and result["guests"] == 300
    assert result["reused"] is False and "build_s" in result
    assert result["found"] > 20 and result["index_mb"] > 0
    for kind in ("name", "pinyin", "phone_tail", "surname_1_2_chars"):
        assert set(result["by_kind_ms"][kind]) == {"p50", "p95"}
    assert len(_guest_names(pg_url)) == 300

    again = json.loads(vipdesk(*args, timeout=300).stdout)
    assert again["reused"] is True and "build_s" not in again
    assert len(_guest_names(pg_url)) == 300


def test_bench_refuses_a_server_database_with_real_guests_and_leaves_them_alone(
    pg_url: str,
) -> None:
    db = open_desk(pg_url)
    try:
        admin = make_staff(db, "anna", Role.ADMIN)
        create_guest(db, admin, GuestDraft(name="王小明"))
    finally:
        db.close()
    out = vipdesk("--db", pg_url, "bench", "search", "--guests", "300", "--json", timeout=300)
    assert out.returncode == 1
    assert "only in an empty database" in out.stderr and "Traceback" not in out.stderr
    assert "password" not in out.stderr.lower()
    assert _guest_names(pg_url) == ["王小明"]
