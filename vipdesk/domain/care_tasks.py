"""Care tasks: their kinds, one task as a value, its stable id, and the Care list's order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from vipdesk.domain.tiers import Tier


class TaskKind(StrEnum):
    MESSAGE = "message"
    SHORT_CALL = "short_call"
    LONG_CALL = "long_call"
    KEEP_IN_TOUCH = "keep_in_touch"
    SECOND_VISIT = "second_visit"
    RETENTION = "retention"
    WAKE_UP = "wake_up"
    WIN_BACK = "win_back"
    SPECIAL_DATE = "special_date"
    FESTIVAL = "festival"


KIND_ORDER = list(TaskKind)
_KIND_RANK = {k: i for i, k in enumerate(KIND_ORDER)}
_KIND_VALUE = {k: k.value for k in TaskKind}
_TIER_RANK = {t: t.rank for t in Tier}
NEVER_EXPIRE = frozenset({TaskKind.WAKE_UP, TaskKind.WIN_BACK})
"""Open until a contact is logged or a duty manager skips them with a reason."""
PLAN_KINDS = frozenset(
    {TaskKind.MESSAGE, TaskKind.SHORT_CALL, TaskKind.LONG_CALL, TaskKind.SPECIAL_DATE}
    | {TaskKind.FESTIVAL, TaskKind.WAKE_UP}
)
"""Kinds only guests in the plan get (plan tiers, a completed stay, not do-not-contact)."""
CALL_KINDS = (TaskKind.SHORT_CALL, TaskKind.LONG_CALL)
MANAGER_KINDS = frozenset({TaskKind.WIN_BACK, TaskKind.SECOND_VISIT})
"""Tasks for a duty manager (win-back calls, the personal welcome)."""

MESSAGE_TIME = time(15, 0)
EXPIRE_AFTER = timedelta(days=14)


@dataclass(slots=True)
class CareTask:
    """One task of the plan (treated as a value: never changed once made; not frozen only
    because the plan makes 100,000s of them a day and frozen dataclasses are slower)."""

    kind: TaskKind
    guest_id: int
    due: date
    reason: str
    """A code saying why (`asleep`, `birthday`, `overdue`…); `detail` carries its value."""
    detail: str = ""
    at: time | None = None
    """The time of day for timed tasks (the 15:00 messages)."""
    occasion: date | None = None
    """The day itself, for special dates and festivals (the task comes before it)."""
    assignee: int | None = None
    """The staff member it is for (the dedicated person for a long call), if any."""
    overdue: bool = False

    @property
    def id(self) -> str:
        return task_id(self.kind, self.guest_id, self.due)

    @property
    def for_manager(self) -> bool:
        return self.kind in MANAGER_KINDS

    def due_iso(self) -> str:
        if self.at is None:
            return self.due.isoformat()
        return datetime.combine(self.due, self.at).isoformat(timespec="minutes")


def task_id(kind: TaskKind, guest_id: int, due: date) -> str:
    """`message-42-20260301`: stable across runs."""
    return f"{_KIND_VALUE[kind]}-{guest_id}-{_ymd(due)}"


@lru_cache(maxsize=4096)
def _ymd(day: date) -> str:
    return f"{day:%Y%m%d}"


def parse_task_id(text: str) -> tuple[TaskKind, int, date]:
    """The kind, guest and due date of a task id; ValueError when it is not one."""
    try:
        kind, guest, due = text.strip().rsplit("-", 2)
        return TaskKind(kind), int(guest), datetime.strptime(due, "%Y%m%d").date()
    except ValueError:
        raise ValueError(f"{text!r} is not a care task id (e.g. message-42-20260301)") from None


def list_order(task: CareTask, tier: Tier) -> tuple[int, int, date, int]:
    """The Care list's order: grouped by kind, VIP and above first, oldest first."""
    return (_KIND_RANK[task.kind], -_TIER_RANK[tier], task.due, task.guest_id)
