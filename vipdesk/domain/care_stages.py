"""The AD plan: each guest's stage, from their stays, and its tasks (keep in touch after
the first departure, a personal welcome on the second arrival, retention after each later
departure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from vipdesk.domain.care_tasks import CareTask, TaskKind
from vipdesk.domain.stays import Stay, counts, is_completed, is_current, is_future_booking


class Stage(StrEnum):
    A = "A"  # first stay booked or in house
    B = "B"  # one completed stay, no second one booked: keep in touch
    C = "C"  # second stay booked or in house: greet as a returning guest
    D = "D"  # two or more completed stays: retention


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
