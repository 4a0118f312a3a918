"""Search knows the day: among equally good matches, today's arrivals, then in-house guests."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guests
from vipdesk.services.search import hit_as_json, search
from vipdesk.services.stay_import import import_stays

TODAY = date.today()


def _stays_file(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status"]
        )
        w.writerows(rows)
    return path


def test_the_namesake_arriving_today_comes_first_then_the_one_in_house(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    # 40 important Wang Weis with recent stays would fill the first page by tier alone;
    # the regular one arriving today and the regular one in house must still lead.
    many = [
        GuestDraft("王伟", member_no=f"W{i:03d}", tier=Tier.VVIP if i % 2 else Tier.VIP)
        for i in range(40)
    ]
    many += [
        GuestDraft("王伟", member_no="ARRIVE"),
        GuestDraft("王伟", member_no="INHOUSE"),
        GuestDraft("王伟明", member_no="PREFIX-ARRIVE"),  # a prefix match: not equally good
    ]
    create_guests(db, actor, many)
    d = TODAY.isoformat
    import_stays(
        db,
        actor,
        _stays_file(
            tmp_path / "s.csv",
            [
                ["C1", "王伟", "ARRIVE", d(), (TODAY + timedelta(3)).isoformat(), "1808", "reserved"],
                ["C2", "王伟", "INHOUSE", (TODAY - timedelta(2)).isoformat(),
                 (TODAY + timedelta(1)).isoformat(), "2203", "in house"],
                ["C3", "王伟明", "PREFIX-ARRIVE", d(), (TODAY + timedelta(1)).isoformat(), "",
                 "reserved"],
                ["C4", "王伟", "W001", (TODAY - timedelta(30)).isoformat(),
                 (TODAY - timedelta(28)).isoformat(), "", "checked out"],
            ],
        ),
    )  # fmt: skip
    hits = search(db, actor, "wangwei", limit=10, today=TODAY)
    assert [h.member_no for h in hits[:2]] == ["ARRIVE", "INHOUSE"]
    assert hits[0].arriving_today and not hits[0].in_house
    assert hits[1].in_house and hits[1].in_house_room == "2203" and not hits[1].arriving_today
    assert all(h.match == MatchKind.EXACT for h in hits)  # the prefix match stays behind
    # Then tier and recency as before: the VVIP who stayed last month leads the rest.
    assert hits[2].member_no == "W001"
    assert not any(h.arriving_today or h.in_house for h in hits[2:])
    as_json = hit_as_json(hits[0])
    assert as_json["arriving_today"] is True and as_json["in_house"] is False
    assert hit_as_json(hits[1])["in_house"] is True

    # Tomorrow nobody of them is arriving: tier and recency decide again.
    tomorrow = search(db, actor, "wangwei", limit=10, today=TODAY + timedelta(1))
    assert "ARRIVE" not in [h.member_no for h in tomorrow[:2]]
    # A prefix query: the arriving 王伟明 leads the prefix group.
    prefix = search(db, actor, "wangw", limit=5, today=TODAY)
    assert prefix[0].member_no in {"ARRIVE", "PREFIX-ARRIVE"}
