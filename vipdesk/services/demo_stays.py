"""Demo stays from "the PMS": history, today's arrivals, guests in house and departures.

Deterministic (seeded, dates relative to `today`), written inside the demo's one
transaction. Today's arrivals hold a few VIPs, one guest whose birthday falls during the
stay and one reservation no guest matches, so the Today board is alive on first launch.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestDraft, SpecialDateKind
from vipdesk.domain.stay_rows import Reservation
from vipdesk.domain.stays import Stay, StayStatus
from vipdesk.domain.tiers import Tier
from vipdesk.store import search_index, stay_repo

_REQUESTS = [
    "",
    "",
    "高楼层，远离电梯",
    "Feather-free pillows",
    "房间布置：鲜花、欢迎水果",
    "Late check-out 14:00",
    "接机 PVG T2",
]
_UNMATCHED = ("HARTMANN, KLAUS", "+49 171 5550123")


def _room(rnd: random.Random) -> str:
    return f"{rnd.choice([8, 9, 12, 15, 18, 20, 22])}{rnd.randint(1, 30):02d}"


def _birthday_soon(d: GuestDraft, today: date, days: int) -> bool:
    return any(
        s.kind == SpecialDateKind.BIRTHDAY
        and s.date.next_occurrence(today) <= today + timedelta(days=days)
        for s in d.special_dates
    )


def demo_reservations(
    drafts: Sequence[GuestDraft], ids: Sequence[int], today: date, seed: int = 1
) -> list[tuple[int | None, Reservation]]:
    """(guest id or None, reservation) for the demo guests."""
    rnd = random.Random(seed * 7919)
    out: list[tuple[int | None, Reservation]] = []
    if not ids:
        return out
    # Numbers unique across demo runs into one database (guest ids never repeat).
    number = 880000 + ids[0] * 100

    def add(gid: int | None, d: GuestDraft | None, stay: Stay, name: str = "") -> None:
        nonlocal number
        number += 1
        stay = Stay(
            stay.arrival,
            stay.departure,
            stay.room,
            status=stay.status,
            confirmation_no=str(number),
            room_type=rnd.choice(["豪华大床房", "行政套房", "Deluxe Twin", "Executive King"]),
            adults=rnd.choice([1, 1, 2, 2, 3]),
            children=rnd.choice([0, 0, 0, 1]),
            eta=stay.eta,
            company=d.company if d else "",
            pms_vip=stay.pms_vip,
            requests=stay.requests,
        )
        phone = d.phones[0].original if d and d.phones else _UNMATCHED[1]
        out.append(
            (
                gid,
                Reservation(
                    stay,
                    d.name if d else name,
                    (d.member_no or "") if d else "",
                    phone,
                    None,
                    d.email if d else "",
                ),
            )
        )

    guests = list(zip(ids, drafts, strict=True))
    # History: checked-out stays (and the odd cancellation or no show) for a third of them.
    for gid, d in guests[::3]:
        for _ in range(rnd.choice([1, 1, 2])):
            arrival = today - timedelta(days=rnd.randint(30, 900))
            status = rnd.choices(
                [StayStatus.CHECKED_OUT, StayStatus.CANCELLED, StayStatus.NO_SHOW], [8, 1, 1]
            )[0]
            add(
                gid,
                d,
                Stay(arrival, arrival + timedelta(rnd.randint(1, 5)), _room(rnd), status=status),
            )
    vips = [(g, d) for g, d in guests if d.tier.rank >= Tier.VIP.rank]
    others = [(g, d) for g, d in guests if d.tier.rank < Tier.VIP.rank]
    birthday = next(((g, d) for g, d in guests if _birthday_soon(d, today, 3)), None)
    arriving = vips[:4] + others[:4]
    if birthday and birthday not in arriving:
        arriving.append(birthday)
    for k, (gid, d) in enumerate(arriving):
        nights = 4 if (gid, d) == birthday else rnd.randint(1, 4)
        vip_code = {Tier.VIP: "V1", Tier.VVIP: "V2", Tier.VVVIP: "V3"}.get(d.tier, "")
        add(
            gid,
            d,
            Stay(
                today,
                today + timedelta(nights),
                _room(rnd) if k % 3 else "",  # some rooms not assigned yet
                status=StayStatus.RESERVED,
                eta=f"{rnd.randint(10, 22):02d}:{rnd.choice(['00', '30'])}",
                pms_vip=vip_code,
                requests=rnd.choice(_REQUESTS),
            ),
        )
    add(
        None,
        None,
        Stay(today, today + timedelta(2), "", status=StayStatus.RESERVED, eta="16:00"),
        name=_UNMATCHED[0],
    )
    # Tomorrow's arrivals (the board prepares the day before), in house and departures.
    for gid, d in vips[4:7] + others[4:6]:
        add(
            gid, d, Stay(today + timedelta(1), today + timedelta(3), "", status=StayStatus.RESERVED)
        )
    for gid, d in others[6:11]:
        arrival = today - timedelta(rnd.randint(1, 3))
        add(
            gid,
            d,
            Stay(
                arrival,
                today + timedelta(rnd.randint(1, 3)),
                _room(rnd),
                status=StayStatus.CHECKED_IN,
            ),
        )
    for gid, d in others[11:15]:
        arrival = today - timedelta(rnd.randint(1, 4))
        add(gid, d, Stay(arrival, today, _room(rnd), status=StayStatus.CHECKED_IN))
    return out


def add_demo_stays(
    session: Session, drafts: Sequence[GuestDraft], ids: Sequence[int], today: date
) -> int:
    """Write the demo's PMS stays in the caller's transaction; returns how many."""
    rows = demo_reservations(drafts, ids, today)
    stay_repo.insert_reservations(
        session, [(gid, stay_repo.reservation_values(r)) for gid, r in rows]
    )
    search_index.refresh_rowids(
        session.connection(), {gid for gid, _ in rows if gid is not None}, today
    )
    return len(rows)
