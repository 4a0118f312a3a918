"""What the faster plan keeps: the Care list's order (domain list_order) over many guests
of every tier and several kinds, guests with and without phones, booked or asleep, and the
cycle collector left as it was found."""

import gc
from datetime import date, timedelta

from vipdesk.domain.care import list_order
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay, StayStatus
from vipdesk.domain.tiers import Tier
from vipdesk.services import care
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest

DAY = date(2026, 2, 15)  # messages, short calls, festivals (Spring Festival) at once


def test_the_plan_is_in_list_order_with_every_fact_of_its_guests(
    db: Database, actor: Staff
) -> None:
    tiers = [Tier.VIP, Tier.VVVIP, Tier.VVIP]
    made = {}
    for n in range(24):
        departed = DAY - timedelta(days=40 + 30 * n)  # some asleep (over 12 months)
        stays = [Stay(departed - timedelta(days=2), departed, status=StayStatus.CHECKED_OUT)]
        if n % 5 == 0:  # booked again: not asleep
            stays.append(Stay(DAY + timedelta(days=9), DAY + timedelta(days=11)))
        phones = [normalise_phone(f"+8525{n:07d}" if n % 2 else f"1390000{n:04d}")]
        g = create_guest(
            db,
            actor,
            GuestDraft(
                f"客人{n}",
                tier=tiers[n % 3],
                phones=phones if n % 7 else [],
                nationality="" if n % 4 else "中国",
                stays=stays,
            ),
        )
        made[g.id] = (g, stays)
    was = gc.isenabled()
    items = care.plan(db, actor, DAY)
    assert gc.isenabled() == was
    assert items == sorted(items, key=lambda i: list_order(i.task, i.guest.tier))
    assert {i.task.kind.value for i in items} >= {"message", "short_call", "wake_up", "festival"}
    for i in items:
        g, stays = made[i.task.guest_id]
        assert i.guest.tier is g.tier and i.guest.name == g.name
        assert i.guest.phone == (g.phones[0].original if g.phones else "")
        assert i.guest.e164 == (g.phones[0].e164 if g.phones else "")
        assert i.guest.booked == (len(stays) == 2)
        assert i.guest.last_departure == stays[0].departure
    asleep = {i.task.guest_id for i in items if i.task.kind.value == "wake_up"}
    assert asleep and not any(made[g][1][1:] for g in asleep)  # a booked guest never sleeps
