"""The 611 rhythm: a message on the 1st and 15th at 15:00, a short call on the 15th of
Feb/May/Aug/Nov, a long call on the last day of each quarter (to the dedicated person)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

from vipdesk.domain.care_tasks import MESSAGE_TIME, CareTask, TaskKind


def days(start: date, end: date) -> Iterable[date]:
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def is_message_day(d: date) -> bool:
    return d.day in (1, 15)


def is_short_call_day(d: date) -> bool:
    """The 15th of the middle month of each quarter (Feb, May, Aug, Nov)."""
    return d.day == 15 and d.month % 3 == 2


def quarter_end(d: date) -> date:
    month = (d.month - 1) // 3 * 3 + 3
    return date(d.year, month, calendar.monthrange(d.year, month)[1])


def is_long_call_day(d: date) -> bool:
    """The last day of each quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec)."""
    return d == quarter_end(d)


RHYTHM = {
    TaskKind.MESSAGE: is_message_day,
    TaskKind.SHORT_CALL: is_short_call_day,
    TaskKind.LONG_CALL: is_long_call_day,
}


def rhythm_days(kind: TaskKind, start: date, end: date) -> list[date]:
    """The days from `start` to `end` on which the 611 task `kind` is due."""
    return [d for d in days(start, end) if RHYTHM[kind](d)]


def rhythm_task(kind: TaskKind, guest_id: int, due: date, dedicated_to: int | None) -> CareTask:
    """A 611 task: messages at 15:00, the long call to the dedicated person."""
    at = MESSAGE_TIME if kind is TaskKind.MESSAGE else None
    assignee = dedicated_to if kind is TaskKind.LONG_CALL else None
    return CareTask(kind, guest_id, due, "611", "", at, None, assignee)
