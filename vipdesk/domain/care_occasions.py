"""Special days (birthdays, anniversaries, lunar ones too) and festivals: a task some days
before each, carrying the day itself."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from vipdesk.domain.care_tasks import CareTask, TaskKind
from vipdesk.domain.festivals import Festival, festivals_for
from vipdesk.domain.guest import SpecialDate


def special_date_tasks(
    guest_id: int, dates: Iterable[SpecialDate], start: date, end: date, lead_days: int = 3
) -> list[CareTask]:
    """A special_date task `lead_days` before each birthday, anniversary or other date
    that comes round so that the task is due from `start` to `end`."""
    lead = timedelta(days=lead_days)
    out = []
    for special in dates:
        for occasion in special.date.occurrences(start + lead, end + lead):
            out.append(
                CareTask(
                    TaskKind.SPECIAL_DATE,
                    guest_id,
                    occasion - lead,
                    special.kind.value,
                    special.label or special.date.iso(),
                    occasion=occasion,
                )
            )
    return out


def festival_days(
    region: str | None, start: date, end: date, lead_days: int = 3
) -> list[tuple[date, Festival]]:
    """(due day, festival) for the region's festivals whose task is due from start to end."""
    lead = timedelta(days=lead_days)
    return [
        (occasion - lead, f)
        for f in festivals_for(region)
        for occasion in f.dates(start + lead, end + lead)
    ]


def festival_task(guest_id: int, due: date, festival: Festival, lead_days: int = 3) -> CareTask:
    return CareTask(
        TaskKind.FESTIVAL,
        guest_id,
        due,
        "festival",
        festival.code,
        occasion=due + timedelta(days=lead_days),
    )
