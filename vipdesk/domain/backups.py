"""Which automatic backups to keep: the newest 7 days, and the newest copy of 4 weeks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

DAILY = 7
WEEKLY = 4


def backups_to_keep(days: Iterable[date], daily: int = DAILY, weekly: int = WEEKLY) -> set[date]:
    """The days whose backup stays; every other one is rotated out, oldest first.

    The newest `daily` days that have a backup, plus the newest backup of each of the
    newest `weekly` ISO weeks that have one (as restic's keep-daily / keep-weekly).
    """
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    weeks: set[tuple[int, int]] = set()
    for day in ordered:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(day)
    return keep
