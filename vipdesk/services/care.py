"""The care plan as a daily task list: computing it, logging contacts, skipping tasks.

The plan is computed, never stored: the rules (vipdesk.domain.care) over the stays,
complaints, special dates and the contact log. Only what people did is stored: the
contacts (each may answer a task by its id) and the tasks a duty manager skipped.
The plan's settings and script hints are in care_settings (callers may import them from here).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter

from sqlalchemy.orm import Session

from vipdesk.domain.care import (
    MESSAGE_TIME,
    PLAN_KINDS,
    RHYTHM,
    CareSettings,
    CareTask,
    ComplaintState,
    TaskKind,
    ad_tasks,
    days,
    festival_days,
    festival_task,
    list_order,
    months_between,
    open_tasks,
    parse_task_id,
    special_date_tasks,
    wake_up_due,
    win_back_task,
)
from vipdesk.domain.care_texts import reason_en
from vipdesk.domain.complaints import Status
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.festivals import region_of
from vipdesk.domain.guest import SpecialDate, SpecialDateKind
from vipdesk.domain.lunar import to_lunar
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.runtime import no_cycle_collection
from vipdesk.services.care_settings import (
    CareSetup,
    care_setup,
    get_settings,
    save_care_setup,
    script_hints,
    set_script_hint,
    set_settings,
    stored_settings,
)
from vipdesk.services.staff import require
from vipdesk.store import care_repo
from vipdesk.store import guest_repo as repo
from vipdesk.store.care_repo import PlanGuest
from vipdesk.store.db import Database

__all__ = [  # what callers have always imported from here
    "CareItem",
    "CareSetup",
    "care_setup",
    "get_settings",
    "plan",
    "save_care_setup",
    "script_hints",
    "set_script_hint",
    "set_settings",
    "utc_to_local",
]

LOOK_BACK = timedelta(days=14)
"""Tasks that expire do so within 14 days: the plan looks no further back for them."""


@dataclass(slots=True)
class CareItem:
    """One task of the plan with what the list, the sheet and the export show of its guest."""

    task: CareTask
    guest: PlanGuest
    last_contact: datetime | None

    @property
    def id(self) -> str:
        return self.task.id

    # The guest's facts, read through (one shared record per guest, not copies per task).
    @property
    def member_no(self) -> str | None:
        return self.guest.member_no

    @property
    def name(self) -> str:
        return self.guest.name

    @property
    def tier(self) -> Tier:
        return self.guest.tier

    @property
    def honorific(self) -> str:
        return self.guest.honorific

    @property
    def language(self) -> str:
        return self.guest.language

    @property
    def phone(self) -> str:
        return self.guest.phone

    @property
    def email(self) -> str:
        return self.guest.email

    def as_json(self, today: date) -> dict[str, object]:
        t = self.task
        return {
            "id": t.id,
            "guest_id": t.guest_id,
            "member_no": self.member_no,
            "name": self.name,
            "tier": self.tier.value,
            "kind": t.kind.value,
            "due": t.due_iso(),
            "overdue": t.overdue,
            "reason": reason_en(t, today),
            "occasion_date": t.occasion.isoformat() if t.occasion else None,
            "assignee": t.assignee,
            "for_duty_manager": t.for_manager,
            "phone": self.phone,
            "last_contact": self.last_contact.isoformat(timespec="minutes")
            if self.last_contact
            else None,
        }


# ---------------------------------------------------------------- the plan


def plan(
    db: Database,
    actor: Staff,
    start: date,
    end: date | None = None,
    *,
    kinds: Iterable[TaskKind] | None = None,
    now: datetime | None = None,
) -> list[CareItem]:
    """The tasks due from `start` to `end` (both inclusive; `end` defaults to `start`), with
    the plan as things stand on `start`: tasks still open from before it are included and
    marked overdue. Ordered by kind, VIP and above first, then due date.

    Set-based: a handful of queries whatever the number of guests.
    """
    end = end or start
    wanted = set(kinds) if kinds else set(TaskKind)
    with no_cycle_collection():
        with db.read() as session:
            require(session, actor, Operation.VIEW_GUEST)
            found = tasks_due(session, start, end, wanted, now)
        return _items(found, start)


def _items(found: DueTasks, start: date) -> list[CareItem]:
    guests, touches = found.guests, found.touches
    done = _done_keys(found.done)
    # The 611 and festival tasks come settled (missed ones left out, overdue marked).
    settled = found.settled
    if done:
        settled = [t for t in settled if (t.kind, t.guest_id, t.due) not in done]
    tasks = _in_list_order([*settled, *open_tasks(found.tasks, found.done, start)], guests)
    return [CareItem(t, guests[t.guest_id], touches.get(t.guest_id)) for t in tasks]


_BY_DUE = attrgetter("due", "guest_id")
_UNKNOWN = "?"  # not a region code: a region not looked up yet


def _in_list_order(tasks: list[CareTask], guests: dict[int, PlanGuest]) -> list[CareTask]:
    """The tasks in the Care list's order (domain list_order: by kind, higher tiers first,
    then due date and guest), sorted by kind and tier in buckets, then each bucket by a
    C-level key: 100,000s of tasks a day."""
    buckets: dict[tuple[TaskKind, Tier], list[CareTask]] = {}
    for t in tasks:
        key = (t.kind, guests[t.guest_id].tier)
        bucket = buckets.get(key)
        if bucket is None:
            buckets[key] = [t]
        else:
            bucket.append(t)
    out: list[CareTask] = []
    for key in sorted(buckets, key=lambda k: list_order(CareTask(k[0], 0, date.min, ""), k[1])):
        bucket = buckets[key]
        bucket.sort(key=_BY_DUE)
        out += bucket
    return out


def _done_keys(ids: set[str]) -> set[tuple[TaskKind, int, date]]:
    out = set()
    for text in ids:
        with contextlib.suppress(ValueError):
            out.add(parse_task_id(text))
    return out


@dataclass
class DueTasks:
    """What tasks_due found: the tasks of a stretch of days, the guests they are for, the
    ids done or skipped and the last contacts."""

    settled: list[CareTask]
    """611 and festival tasks, the missed ones left out and the overdue ones marked."""
    tasks: list[CareTask]
    """The others: open_tasks settles them."""
    guests: dict[int, PlanGuest]
    done: set[str]
    touches: dict[int, datetime]


def tasks_due(
    session: Session, start: date, end: date, wanted: set[TaskKind], now: datetime | None
) -> DueTasks:
    """Every task due from `start` - 14 days to `end` (done or not), as things stand on
    `start`, with the guests they are for, the ids done or skipped and the last contacts."""
    now = now or datetime.combine(start, datetime.min.time())
    lo = start - LOOK_BACK
    conn = session.connection()
    settings = stored_settings(session)
    touches = care_repo.last_contacts(conn)
    done = care_repo.done_task_ids(conn, lo)
    guests: dict[int, PlanGuest] = {}
    tasks: list[CareTask] = []
    settled: list[CareTask] = []
    if wanted & PLAN_KINDS:
        members = care_repo.plan_guests(conn, settings.plan_tiers, start)
        guests.update((g.id, g) for g in members)
        settled, tasks = _plan_tasks(members, settings, wanted, lo, start, end, touches)
        if TaskKind.SPECIAL_DATE in wanted:
            tasks += _special_tasks(conn, guests, settings, lo, end)
    dnc = care_repo.do_not_contact(conn)
    others: list[CareTask] = []
    if wanted & {TaskKind.KEEP_IN_TOUCH, TaskKind.SECOND_VISIT, TaskKind.RETENTION}:
        three = timedelta(days=3)
        ids = care_repo.ad_candidates(conn, (lo - three, end - three), (lo, end)) - dnc
        for guest_id, stays in repo.load_stays(session, ids).items():
            others += [t for t in ad_tasks(guest_id, stays, lo, end) if t.kind in wanted]
    if TaskKind.WIN_BACK in wanted:
        others += _win_back(conn, settings, now, dnc)
    missing = {t.guest_id for t in others} - guests.keys()
    guests.update(care_repo.guests_by_id(conn, missing, start))
    return DueTasks(settled, tasks + others, guests, done, touches)


def _plan_tasks(
    members: list[PlanGuest],
    settings: CareSettings,
    wanted: set[TaskKind],
    lo: date,
    start: date,
    end: date,
    touches: dict[int, datetime],
) -> tuple[list[CareTask], list[CareTask]]:
    """(611 and festival tasks, settled; wake-up tasks)."""
    # A hot loop (100,000s of guests): the rules' results are worked out once per tier,
    # region or day, and each guest only picks theirs.
    rhythm = {k: _rhythm_days(k, lo, start, end) for k in RHYTHM if k in wanted}
    per_tier = {
        tier: [
            (
                k,
                d,
                MESSAGE_TIME if k is TaskKind.MESSAGE else None,
                k is TaskKind.LONG_CALL,
                d < start,
            )
            for k, due_days in rhythm.items()
            if settings.gets(k, tier)
            for d in due_days
        ]
        for tier in Tier
    }
    lead = settings.special_lead_days
    festivals: dict[str | None, list[tuple[TaskKind, date, str, str, date | None, bool]]] = {}
    regions: dict[tuple[str, str], str | None] = {}
    want_festivals = TaskKind.FESTIVAL in wanted
    want_wake = TaskKind.WAKE_UP in wanted
    months_asleep = {t: settings.months_asleep(t) for t in Tier}
    # add_months(d, m) is at least 28·m days after d: a cheap test first.
    asleep_before = {t: end - timedelta(days=28 * m) for t, m in months_asleep.items()}
    out: list[CareTask] = []
    wake_ups: list[CareTask] = []
    add = out.append
    for g in members:
        for kind, due, at, to_dedicated, late in per_tier[g.tier]:  # rhythm_task, inlined
            to = g.dedicated_to if to_dedicated else None
            add(CareTask(kind, g.id, due, "611", "", at, None, to, late))
        last = g.last_departure
        if want_wake and last is not None and not g.booked and last <= asleep_before[g.tier]:
            touched = touches.get(g.id)
            months = months_asleep[g.tier]
            wake = wake_up_due(
                last, False, months, touched.date() if touched else None, settings.wake_again_days
            )
            if wake is not None and wake <= end:
                since = str(months_between(last, start))
                wake_ups.append(CareTask(TaskKind.WAKE_UP, g.id, wake, "asleep", since))
        if want_festivals:
            where = (g.nationality, g.e164[:4])  # all region_of reads of the phone
            region = regions.get(where, _UNKNOWN)
            if region is _UNKNOWN:
                region = regions[where] = region_of(g.nationality, g.e164)
            rows = festivals.get(region)
            if rows is None:
                # Settled once per region: the same festivals, so the same ones missed.
                region_days = festival_days(region, lo, end, lead)
                settled = open_tasks(
                    [festival_task(0, d, f, lead) for d, f in region_days], set(), start
                )
                rows = festivals[region] = [
                    (f.kind, f.due, f.reason, f.detail, f.occasion, f.overdue) for f in settled
                ]
            for f_kind, f_due, f_reason, f_detail, f_occasion, f_overdue in rows:
                add(
                    CareTask(
                        f_kind, g.id, f_due, f_reason, f_detail, None, f_occasion, None, f_overdue
                    )
                )
    return out, wake_ups


def _rhythm_days(kind: TaskKind, lo: date, start: date, end: date) -> list[date]:
    """The 611 days of `kind` from `lo` to `end`, less those before the last one on or
    before `start`: a later task of the kind has made them missed already."""
    found = [d for d in days(lo, end) if RHYTHM[kind](d)]
    before = [d for d in found if d <= start]
    return found[len(before) - 1 :] if before else found


def _special_tasks(
    conn, guests: dict[int, PlanGuest], settings: CareSettings, lo: date, end: date
) -> list[CareTask]:  # type: ignore[no-untyped-def]
    lead = settings.special_lead_days
    occasions = [d + timedelta(days=lead) for d in days(lo, end)]
    pairs = {(d.month, d.day) for d in occasions}
    if (2, 28) in pairs:  # 29 February is kept on the 28th in common years
        pairs.add((2, 29))
    # The lunar month and day of each occasion day (leap or not: the rules below decide),
    # and day 30 where a 29th may stand for it.
    lunar_pairs = set()
    for d in occasions:
        found = to_lunar(d)
        lunar_pairs.add((found.month, found.day))
        if found.day == 29:
            lunar_pairs.add((found.month, 30))
    out: list[CareTask] = []
    for guest_id, kind, month, day, year, label, lunar, leap in care_repo.special_dates(
        conn, pairs, lunar_pairs, settings.plan_tiers
    ):
        if guest_id not in guests:
            continue
        try:
            special = SpecialDate(
                SpecialDateKind(kind), PartialDate(month, day, year, lunar, leap), label
            )
        except ValueError:
            continue
        out += special_date_tasks(guest_id, [special], lo, end, lead)
    return out


def _win_back(conn, settings: CareSettings, now: datetime, dnc: set[int]) -> list[CareTask]:  # type: ignore[no-untyped-def]
    by_guest: dict[int, list[ComplaintState]] = {}
    since = now - timedelta(days=settings.hurt_days)
    for cid, guest_id, occurred, status, due, resolved, satisfaction in care_repo.recent_complaints(
        conn, since
    ):
        by_guest.setdefault(guest_id, []).append(
            ComplaintState(
                cid,
                _dt(occurred),
                Status(status),
                _dt(due),
                _dt(resolved) if resolved else None,
                satisfaction,
            )
        )
    out = []
    for guest_id, complaints in by_guest.items():
        if guest_id in dnc:
            continue
        task = win_back_task(guest_id, complaints, now, settings.hurt_days)
        if task is not None:
            out.append(task)
    return out


def _dt(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def utc_to_local(at: datetime) -> datetime:
    """A stored UTC time in the hotel's (this computer's) time zone."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
