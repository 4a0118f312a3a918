"""The care plan: the seeds' follow-up methods as dated tasks (pure rules, no I/O).

- 611: a message on the 1st and 15th at 15:00, a short call on the 15th of Feb/May/Aug/
  Nov, a long call on the last day of each quarter (to the guest's dedicated person);
- AD: the stage each guest is in, from their stays, and its tasks (keep in touch after
  the first departure, a personal welcome on the second arrival, retention after each
  later departure);
- sleeping guests (wake up), hurt guests (win back), special days and festivals;
- tasks that recur expire (missed) when the next of the same kind comes or after 14 days.

A task's id is its kind, guest and due date, so the same task has the same id on every
run (`care log --task ID`).
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache

from vipdesk.domain.complaints import UNRESOLVED, Status, is_overdue
from vipdesk.domain.festivals import Festival, festivals_for
from vipdesk.domain.guest import FieldError, SpecialDate
from vipdesk.domain.stays import Stay, counts, is_completed, is_current, is_future_booking
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


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"


CONSENT_CHANNELS = (Channel.SMS, Channel.EMAIL, Channel.WECHAT, Channel.PHONE)
CHANNEL_ZH = {
    Channel.PHONE: "电话",
    Channel.SMS: "短信",
    Channel.WECHAT: "微信",
    Channel.EMAIL: "邮件",
    Channel.LETTER: "信件",
    Channel.IN_PERSON: "当面",
}


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    DECLINED = "declined"
    DO_NOT_CONTACT = "do_not_contact"
    """The guest asked not to be contacted again: sets do-not-contact."""


class Stage(StrEnum):
    A = "A"  # first stay booked or in house
    B = "B"  # one completed stay, no second one booked: keep in touch
    C = "C"  # second stay booked or in house: greet as a returning guest
    D = "D"  # two or more completed stays: retention


# ---------------------------------------------------------------- settings


DEFAULT_PLAN_TIERS = (Tier.VIP, Tier.VVIP, Tier.VVVIP)


@dataclass(frozen=True)
class CareSettings:
    """What a duty manager can change in Settings."""

    plan_tiers: tuple[Tier, ...] = DEFAULT_PLAN_TIERS
    call_tiers: dict[str, tuple[Tier, ...]] = field(
        default_factory=lambda: {k.value: DEFAULT_PLAN_TIERS for k in CALL_KINDS}
    )
    """Call load: which tiers get each call kind (e.g. the long call for 三VIP only)."""
    sleep_months: dict[str, int] = field(default_factory=lambda: {t.value: 12 for t in Tier})
    special_lead_days: int = 3
    wake_again_days: int = 90
    hurt_days: int = 180

    def in_plan(self, tier: Tier) -> bool:
        return tier in self.plan_tiers

    def gets(self, kind: TaskKind, tier: Tier) -> bool:
        """Whether a guest of `tier` in the plan gets tasks of `kind` (the call load)."""
        if kind in CALL_KINDS:
            return tier in self.call_tiers.get(kind.value, self.plan_tiers)
        return True

    def months_asleep(self, tier: Tier) -> int:
        return self.sleep_months.get(tier.value, 12)

    def to_json(self) -> str:
        return json.dumps(
            {
                "plan_tiers": [t.value for t in self.plan_tiers],
                "call_tiers": {k: [t.value for t in v] for k, v in self.call_tiers.items()},
                "sleep_months": self.sleep_months,
                "special_lead_days": self.special_lead_days,
                "wake_again_days": self.wake_again_days,
                "hurt_days": self.hurt_days,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | None) -> CareSettings:
        """Settings from JSON; missing keys keep their defaults."""
        if not text:
            return cls()
        raw = json.loads(text)
        base = cls()
        return cls(
            plan_tiers=tuple(Tier(t) for t in raw.get("plan_tiers", base.plan_tiers)),
            call_tiers={
                **base.call_tiers,
                **{k: tuple(Tier(t) for t in v) for k, v in raw.get("call_tiers", {}).items()},
            },
            sleep_months={**base.sleep_months, **raw.get("sleep_months", {})},
            special_lead_days=int(raw.get("special_lead_days", base.special_lead_days)),
            wake_again_days=int(raw.get("wake_again_days", base.wake_again_days)),
            hurt_days=int(raw.get("hurt_days", base.hurt_days)),
        )


def validate_settings(s: CareSettings) -> list[FieldError]:
    errors = []
    if not s.plan_tiers:
        errors.append(FieldError("plan_tiers", "choose at least one tier for the plan"))
    for kind in s.call_tiers:
        if kind not in {k.value for k in CALL_KINDS}:
            errors.append(FieldError("call_tiers", f"{kind!r} is not a call kind"))
    for tier, months in s.sleep_months.items():
        if not 1 <= int(months) <= 120:
            errors.append(FieldError("sleep_months", f"{tier}: {months} is not 1–120 months"))
    if not 0 <= s.special_lead_days <= 60:
        errors.append(FieldError("special_lead_days", "is not between 0 and 60 days"))
    return errors


# ---------------------------------------------------------------- tasks


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


# ---------------------------------------------------------------- 611


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


# ---------------------------------------------------------------- AD


def _counted(stays: Iterable[Stay]) -> list[Stay]:
    return sorted((s for s in stays if counts(s)), key=lambda s: (s.arrival, s.departure))


def ad_stage(stays: Sequence[Stay], day: date) -> Stage | None:
    """The guest's AD stage on `day` (None without any stay that counts)."""
    done = [s for s in stays if is_completed(s, day)]
    coming = [s for s in stays if is_current(s, day) or is_future_booking(s, day)]
    if len(done) >= 2:
        return Stage.D
    if len(done) == 1:
        return Stage.C if coming else Stage.B
    return Stage.A if coming else None


def ad_tasks(guest_id: int, stays: Sequence[Stay], start: date, end: date) -> list[CareTask]:
    """keep_in_touch, second_visit and retention tasks due from `start` to `end`.

    keep_in_touch: 3 days after the first departure, unless a second stay was booked by
    then (stage C); second_visit: the second stay's arrival day; retention: 3 days after
    each later departure.
    """
    out = []
    counted = _counted(stays)
    for number, stay in enumerate(counted, start=1):
        after = stay.departure + timedelta(days=3)
        if number == 1 and start <= after <= end:
            rebooked = any(s.arrival >= stay.departure for s in counted[1:])
            if not rebooked:
                out.append(
                    CareTask(
                        TaskKind.KEEP_IN_TOUCH,
                        guest_id,
                        after,
                        "first_departure",
                        str(stay.departure),
                    )
                )
        if number == 2 and start <= stay.arrival <= end:
            out.append(
                CareTask(TaskKind.SECOND_VISIT, guest_id, stay.arrival, "second_arrival", "2")
            )
        if number >= 2 and start <= after <= end:
            out.append(CareTask(TaskKind.RETENTION, guest_id, after, "departure", str(number)))
    return out


# ---------------------------------------------------------------- sleeping guests


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


# ---------------------------------------------------------------- hurt guests


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


# ---------------------------------------------------------------- expiry


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


def list_order(task: CareTask, tier: Tier) -> tuple[int, int, date, int]:
    """The Care list's order: grouped by kind, VIP and above first, oldest first."""
    return (_KIND_RANK[task.kind], -_TIER_RANK[tier], task.due, task.guest_id)


# ---------------------------------------------------------------- special days, festivals


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
