"""Guests to win back: sleeping guests (no stay for months: wake up) and guests hurt by a
failure (a complaint overdue, never resolved or followed up unhappy: win back)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from vipdesk.domain.care_tasks import CareTask, TaskKind
from vipdesk.domain.complaints import UNRESOLVED, Status, is_overdue


@lru_cache(maxsize=65536)
def add_months(d: date, months: int) -> date:
    """The same day `months` later (the last day of a shorter month: 31 Jan + 1 = 28/29 Feb)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=65536)
def months_between(earlier: date, later: date) -> int:
    """Whole months from `earlier` to `later`."""
    n = (later.year - earlier.year) * 12 + later.month - earlier.month
    return n - 1 if later.day < earlier.day and n > 0 else n


def wake_up_due(
    last_departure: date | None,
    booked: bool,
    months: int,
    last_touch: date | None,
    wake_again_days: int = 90,
) -> date | None:
    """When a sleeping guest's wake_up task is due (None while they are not asleep).

    Asleep: a completed stay, none within `months`, and no stay booked or under way.
    After a contact a new task may come `wake_again_days` later.
    """
    if last_departure is None or booked:
        return None
    due = add_months(last_departure, months)
    if last_touch is not None:
        due = max(due, last_touch + timedelta(days=wake_again_days))
    return due


@dataclass(frozen=True)
class ComplaintState:
    id: int
    occurred_at: datetime
    status: Status
    feedback_due: datetime
    resolved_at: datetime | None
    satisfaction: int | None


def hurt_reason(c: ComplaintState, now: datetime, within_days: int = 180) -> str | None:
    """Why a complaint leaves the guest hurt (`overdue`, `unresolved`, `unhappy`), or None.

    Only complaints of the last `within_days`: overdue, closed without ever being
    resolved, or a follow-up that recorded satisfaction ≤ 2 of 5.
    """
    if c.occurred_at < now - timedelta(days=within_days):
        return None
    if is_overdue(c.status, c.feedback_due, now):
        return "overdue"
    if c.status not in UNRESOLVED and c.resolved_at is None:
        return "unresolved"
    if c.satisfaction is not None and c.satisfaction <= 2:
        return "unhappy"
    return None


def win_back_task(
    guest_id: int, complaints: Iterable[ComplaintState], now: datetime, within_days: int = 180
) -> CareTask | None:
    """One win_back task for the latest complaint that hurt the guest, due the day it
    occurred (it never expires)."""
    hurt = [(c, r) for c in complaints if (r := hurt_reason(c, now, within_days))]
    if not hurt:
        return None
    c, reason = max(hurt, key=lambda cr: cr[0].occurred_at)
    return CareTask(TaskKind.WIN_BACK, guest_id, c.occurred_at.date(), reason, str(c.id))
