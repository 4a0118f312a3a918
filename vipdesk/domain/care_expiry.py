"""Which tasks are still open on a day: recurring ones expire (missed) when the next of
their kind comes or after 14 days; wake-up and win-back never do."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from vipdesk.domain.care_tasks import EXPIRE_AFTER, NEVER_EXPIRE, CareTask, TaskKind


def is_missed(task: CareTask, next_due: date | None, day: date) -> bool:
    """A recurring task not done is missed on `day` once the next of its kind for the
    guest is due, or 14 days after it was due. wake_up and win_back never expire."""
    if task.kind in NEVER_EXPIRE:
        return False
    if next_due is not None and next_due <= day:
        return True
    return day > task.due + EXPIRE_AFTER


def _next_dues(tasks: list[CareTask], keys: set[tuple[int, TaskKind]]) -> dict:  # type: ignore[type-arg]
    """(guest, kind) → their tasks' due dates, sorted, for the keys asked for."""
    dues: dict[tuple[int, TaskKind], list[date]] = {}
    for t in tasks:
        key = (t.guest_id, t.kind)
        if key in keys:
            dues.setdefault(key, []).append(t.due)
    for found in dues.values():
        found.sort()
    return dues


def _next_due(dues: list[date], due: date) -> date | None:
    return next((d for d in dues if d > due), None)


def open_tasks(tasks: Iterable[CareTask], done: set[str], day: date) -> list[CareTask]:
    """The tasks still to do on `day`: neither done (or skipped) nor missed; the ones due
    before `day` marked overdue."""
    tasks = list(tasks)
    out = []
    past = []
    for t in tasks:
        if done and t.id in done:
            continue
        if t.due >= day:
            out.append(t)
        elif t.kind in NEVER_EXPIRE:
            out.append(_overdue(t))
        elif day <= t.due + EXPIRE_AFTER:
            past.append(t)
    dues = _next_dues(tasks, {(t.guest_id, t.kind) for t in past})
    for t in past:
        if not is_missed(t, _next_due(dues[(t.guest_id, t.kind)], t.due), day):
            out.append(_overdue(t))
    return out


def _overdue(t: CareTask) -> CareTask:
    return CareTask(
        t.kind, t.guest_id, t.due, t.reason, t.detail, t.at, t.occasion, t.assignee, True
    )


def missed_tasks(tasks: Iterable[CareTask], done: set[str], day: date) -> list[CareTask]:
    """The tasks missed by `day` (for the report)."""
    tasks = list(tasks)
    candidates = [
        t for t in tasks if t.kind not in NEVER_EXPIRE and t.due < day and t.id not in done
    ]
    dues = _next_dues(tasks, {(t.guest_id, t.kind) for t in candidates})
    return [
        t for t in candidates if is_missed(t, _next_due(dues[(t.guest_id, t.kind)], t.due), day)
    ]
