"""What the care plan gives out: the call sheet's lines, the message list, consent, and
the monthly care report."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from vipdesk.domain.care import (
    Channel,
    TaskKind,
    missed_tasks,
)
from vipdesk.domain.care_texts import (
    MESSAGE_EN,
    MESSAGE_ZH,
    is_chinese,
    occasion_words,
    reason_en,
)
from vipdesk.domain.guest import FieldError
from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stays import last_stay
from vipdesk.services.care import CareItem, plan, script_hints, tasks_due
from vipdesk.services.errors import ValidationFailed
from vipdesk.services.hotel import get_hotel
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import ConsentRow, ContactRow, StayRow

MESSAGE_KINDS = frozenset(
    {
        TaskKind.MESSAGE,
        TaskKind.SPECIAL_DATE,
        TaskKind.FESTIVAL,
        TaskKind.KEEP_IN_TOUCH,
        TaskKind.RETENTION,
    }
)
"""Tasks a message can answer (the SMS / e-mail list); the rest are calls or visits."""
SHEET_KINDS = frozenset(set(TaskKind) - {TaskKind.MESSAGE, TaskKind.FESTIVAL})


def _consenting(session, guest_ids: set[int], channel: Channel) -> set[int]:  # type: ignore[no-untyped-def]
    wanted = sorted(guest_ids)
    out: set[int] = set()
    for start in range(0, len(wanted), 500):
        out.update(
            session.scalars(
                select(ConsentRow.guest_id).where(
                    ConsentRow.channel == channel.value,
                    ConsentRow.guest_id.in_(wanted[start : start + 500]),
                )
            )
        )
    return out


# ---------------------------------------------------------------- message list


@dataclass
class MessageList:
    channel: Channel
    rows: list[dict[str, str]] = field(default_factory=list)
    without_consent: list[tuple[str, str]] = field(default_factory=list)
    """(member no., name) of guests left out: no consent for the channel."""
    without_address: list[tuple[str, str]] = field(default_factory=list)
    """(member no., name) of guests with consent but no phone / e-mail."""

    def csv_bytes(self) -> bytes:
        """UTF-8 with BOM (opens in Excel)."""
        out = io.StringIO()
        address = "phone" if self.channel is Channel.SMS else "email"
        columns = ["member_no", "name", "honorific", address, "language", "message"]
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(self.rows)
        return ("\ufeff" + out.getvalue()).encode("utf-8")


def fill_message(item: CareItem, hotel: str) -> str:
    """The task's message with its placeholders filled in the guest's language."""
    chinese = is_chinese(item.language)
    templates = MESSAGE_ZH if chinese else MESSAGE_EN
    template = templates.get(item.task.kind, templates[TaskKind.MESSAGE])
    honorific = item.honorific or (f"{item.name}先生/女士" if chinese else item.name)
    return template.format(
        honorific=honorific,
        name=item.name,
        hotel=hotel or ("我们酒店" if chinese else "our hotel"),
        occasion=occasion_words(item.task, chinese),
    )


def message_list(db: Database, actor: Staff, channel: Channel, day: date) -> MessageList:
    """The messages due on `day` for the hotel's SMS / e-mail tool: one per guest (their
    most pressing message task), only guests who gave consent for `channel`."""
    authorize(db, actor, Operation.CALL_SHEETS)
    if channel not in (Channel.SMS, Channel.EMAIL):
        raise ValidationFailed([FieldError("channel", "messages go by sms or email")])
    items = [i for i in plan(db, actor, day) if i.task.kind in MESSAGE_KINDS and not i.task.overdue]
    first: dict[int, CareItem] = {}
    for item in items:
        first.setdefault(item.task.guest_id, item)
    with db.read() as session:
        allowed = _consenting(session, set(first), channel)
    hotel = get_hotel(db, actor).name
    result = MessageList(channel)
    for guest_id, item in first.items():
        who = (item.member_no or str(guest_id), item.name)
        if guest_id not in allowed:
            result.without_consent.append(who)
            continue
        address = item.phone if channel is Channel.SMS else item.email
        if not address:
            result.without_address.append(who)
            continue
        result.rows.append(
            {
                "member_no": item.member_no or "",
                "name": item.name,
                "honorific": item.honorific,
                "phone" if channel is Channel.SMS else "email": address,
                "language": "zh" if is_chinese(item.language) else "en",
                "message": fill_message(item, hotel),
            }
        )
    return result


# ---------------------------------------------------------------- call sheet


@dataclass(frozen=True)
class SheetLine:
    item: CareItem
    reason: str
    script: str
    last_stay: date | None
    likes: tuple[str, ...]


def call_sheet(db: Database, actor: Staff, day: date, *, chinese: bool = True) -> list[SheetLine]:
    """The day's calls and visits (due and overdue), with what the caller needs at hand."""
    authorize(db, actor, Operation.CALL_SHEETS)
    items = [i for i in plan(db, actor, day) if i.task.kind in SHEET_KINDS]
    hints = script_hints(db, actor, chinese)
    with db.read() as session:
        guests = repo.load_guests(session, {i.task.guest_id for i in items})
    out = []
    for item in items:
        g = guests.get(item.task.guest_id)
        last = last_stay(g.stays, day) if g else None
        likes = tuple(p.text for p in g.preferences[:4]) if g else ()
        out.append(
            SheetLine(
                item,
                reason_en(item.task, day),
                hints[item.task.kind],
                last.departure if last else None,
                likes,
            )
        )
    return out


# ---------------------------------------------------------------- monthly report


@dataclass
class CareReport:
    month: str
    planned: dict[str, int] = field(default_factory=dict)
    done: dict[str, int] = field(default_factory=dict)
    missed: dict[str, int] = field(default_factory=dict)
    contacts_by_outcome: dict[str, int] = field(default_factory=dict)
    woken_up: int = 0
    """Guests with a stay arriving after a wake_up contact, the stay arriving this month."""


def _month_bounds(month: str) -> tuple[date, date]:
    try:
        first = datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ValidationFailed([FieldError("month", f"{month!r} is not YYYY-MM")]) from None
    nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, nxt - timedelta(days=1)


def care_report(db: Database, actor: Staff, month: str, today: date | None = None) -> CareReport:
    """Tasks planned vs done vs missed by kind, contacts by outcome, guests woken up."""
    authorize(db, actor, Operation.REPORTS)
    first, last = _month_bounds(month)
    today = today or date.today()
    report = CareReport(month)
    with db.read() as session:
        # Two weeks past the month: the next task of a kind settles whether one was missed.
        after = last + timedelta(days=14)
        found = tasks_due(session, first, after, set(TaskKind), None)
        every = found.settled + found.tasks
        ours = [t for t in every if first <= t.due <= last]
        done = found.done | _done_in(session, first, last)
        at_from, at_to = (
            datetime.combine(first, datetime.min.time()),
            datetime.combine(last + timedelta(days=1), datetime.min.time()),
        )
        outcomes = session.execute(
            select(ContactRow.outcome, func.count())
            .where(ContactRow.at >= at_from, ContactRow.at < at_to)
            .group_by(ContactRow.outcome)
        ).all()
        woke = session.scalar(
            select(func.count(func.distinct(ContactRow.guest_id))).where(
                ContactRow.task_kind == TaskKind.WAKE_UP.value,
                select(StayRow.id)
                .where(
                    StayRow.guest_id == ContactRow.guest_id,
                    StayRow.arrival > func.date(ContactRow.at),
                    StayRow.arrival >= first,
                    StayRow.arrival <= last,
                    func.coalesce(StayRow.status, "").not_in(["cancelled", "no_show"]),
                )
                .exists(),
            )
        )
    report.planned = dict(Counter(t.kind.value for t in ours))
    report.done = dict(Counter(t.kind.value for t in ours if t.id in done))
    settled = min(today, after + timedelta(days=1))
    missed = missed_tasks(every, done, settled)
    report.missed = dict(Counter(t.kind.value for t in missed if first <= t.due <= last))
    report.contacts_by_outcome = {o: n for o, n in outcomes}
    report.woken_up = int(woke or 0)
    return report


def _done_in(session, first: date, last: date) -> set[str]:  # type: ignore[no-untyped-def]
    return set(
        session.scalars(
            select(ContactRow.task_id).where(
                ContactRow.task_due >= first, ContactRow.task_due <= last
            )
        )
    )
