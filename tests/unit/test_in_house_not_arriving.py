"""A guest already in house is not an arrival: a second booking of theirs starting today
(an extension, a room move, a second room) is shown on their in-house line instead."""

import csv
from datetime import date
from pathlib import Path

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay, StayStatus, arrives
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.profile import guest_profile
from vipdesk.services.search import search
from vipdesk.services.stay_import import import_stays
from vipdesk.services.today import day_board

DAY = date(2026, 12, 3)


def test_the_rule() -> None:
    here = Stay(date(2026, 12, 1), date(2026, 12, 5), "0505", status=StayStatus.CHECKED_IN)
    typed = Stay(date(2026, 12, 1), date(2026, 12, 5), "0505")  # typed by hand: dates tell
    more = Stay(DAY, date(2026, 12, 8), "0303", status=StayStatus.RESERVED)
    assert arrives(more, [more], DAY)
    assert not arrives(more, [here, more], DAY)
    assert not arrives(more, [typed, more], DAY)
    leaving = Stay(date(2026, 12, 1), DAY, "0505", status=StayStatus.CHECKED_IN)
    assert arrives(more, [leaving, more], DAY)  # leaves one stay as the next begins
    other_room = Stay(DAY, date(2026, 12, 4), "0606", status=StayStatus.CHECKED_IN)
    assert arrives(more, [other_room, more], DAY)  # two rooms arriving together


def test_the_board_and_search_list_an_in_house_guest_once(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟", member_no="V1", tier=Tier.VIP))
    create_guest(db, actor, GuestDraft("李娜", member_no="V2", tier=Tier.VIP))
    path = tmp_path / "s.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status"],
                ["I1", "王伟", "V1", "2026-12-01", "2026-12-05", "0505", "in house"],
                ["E1", "王伟", "V1", "2026-12-03", "2026-12-08", "0303", "reserved"],
                ["A1", "李娜", "V2", "2026-12-03", "2026-12-04", "0808", "reserved"],
            ]
        )
    import_stays(db, actor, path)
    board = day_board(db, actor, DAY)
    assert [d.arrival.reservation.confirmation_no for d in board.arrivals] == ["A1"]
    assert board.vip_arrivals == 1
    (line,) = board.in_house
    assert line.stay.confirmation_no == "I1"
    assert [s.confirmation_no for s in line.also_booked] == ["E1"]  # not lost from the board
    hit = next(h for h in search(db, actor, "王伟", today=DAY) if h.id == guest.id)
    assert hit.in_house and not hit.arriving_today
    profile = guest_profile(db, actor, guest.id, today=DAY)
    assert profile.in_house is not None and profile.in_house.room == "0505"
