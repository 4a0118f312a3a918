"""The rotation rule for automatic backups (pure) and the daily backup made from it."""

from datetime import date, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests import sqlite_files
from vipdesk.domain.backups import backups_to_keep
from vipdesk.domain.staff import Staff
from vipdesk.services.auto_backup import daily_backup, kept_copies, last_good_backup
from vipdesk.services.database import Database
from vipdesk.services.demo import fill_demo


def test_a_month_of_daily_backups_keeps_7_days_and_4_weeks() -> None:
    today = date(2026, 11, 30)  # a Monday
    days = [today - timedelta(n) for n in range(31)]
    keep = backups_to_keep(days)
    assert {today - timedelta(n) for n in range(7)} <= keep
    # Older than a week: the newest backup (Sunday) of each earlier week, 4 weeks in all.
    assert sorted(keep - {today - timedelta(n) for n in range(7)}) == [
        date(2026, 11, 15),
        date(2026, 11, 22),
    ]
    assert len({d.isocalendar()[:2] for d in keep}) == 4
    assert max(keep) == today and len(keep) <= 11


@given(st.sets(st.dates(date(2020, 1, 1), date(2030, 1, 1)), max_size=80))
def test_rotation_keeps_the_newest_and_never_more_than_11(days: set[date]) -> None:
    keep = backups_to_keep(days)
    assert keep <= days
    assert len(keep) <= 7 + 4
    if days:
        assert max(days) in keep
        assert len(keep) >= min(len(days), 7)


def test_daily_backup_once_a_day_verified_and_rotated(db: Database, actor: Staff) -> None:
    fill_demo(db, actor, 6)
    start = date(2026, 11, 1)
    for n in range(30):
        daily_backup(db, actor, today=start + timedelta(n))
    assert daily_backup(db, actor, today=start + timedelta(29)) is None  # already made today
    copies = [c for c in kept_copies(db.path) if c.kind == "daily"]
    days = sorted(date.fromisoformat(c.path.stem[-10:]) for c in copies)
    assert set(days) == backups_to_keep(start + timedelta(n) for n in range(30))
    newest = last_good_backup(db.path)
    assert newest is not None and newest.path.name.endswith("2026-11-30.db")
    conn = sqlite_files.connect(newest.path)
    assert conn.execute("SELECT count(*) FROM guests").fetchone()[0] == 6
    conn.close()


def test_no_backup_yet_is_reported_as_none(tmp_path: Path) -> None:
    assert last_good_backup(tmp_path / "vipdesk.db") is None
    assert kept_copies(tmp_path / "vipdesk.db") == []
