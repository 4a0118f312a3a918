"""What a search result line shows (name, tier, phone tail, birthday, last and current stay,
caution), read for a handful of guests at once with plain SQL: the search's hot path, where
the five reads go to the server in one round trip on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.stays import Stay, StayStatus, arrives, last_stay, stay_in_house
from vipdesk.domain.tiers import Tier
from vipdesk.store.engines import is_postgres, pipelined


def id_list(conn: Any, ids: Sequence[int]) -> tuple[str, tuple[Any, ...]]:
    """`IN (?, ?, …)` and its parameters; on PostgreSQL `= ANY(?)` with one array: the
    same statement for any number of ids, so its plan is prepared once per connection."""
    if is_postgres(conn):
        return "= ANY(?)", (list(ids),)
    return f"IN ({', '.join('?' for _ in ids)})", tuple(ids)


def hit_details(conn: Any, ids: Sequence[int], today: date) -> dict[int, dict[str, Any]]:
    """What a search result line shows, for a handful of guests."""
    if not ids:
        return {}
    out: dict[int, dict[str, Any]] = {}
    marks, params = id_list(conn, ids)
    with pipelined(conn):  # PostgreSQL: the five reads in one round trip to the server
        guests = conn.execute(
            "SELECT id, member_no, name, tier, company, native_name, language, pronunciation "
            f"FROM guests WHERE id {marks}",
            params,
        )
        cautions = conn.execute(
            f"SELECT guest_id FROM guest_cautions WHERE guest_id {marks}", params
        )
        phones = conn.execute(
            f"SELECT guest_id, e164 FROM guest_phones WHERE guest_id {marks} "
            "ORDER BY guest_id, position DESC",
            params,
        )
        birthdays = conn.execute(
            "SELECT guest_id, month, day, year, lunar, leap FROM guest_special_dates "
            f"WHERE guest_id {marks} AND kind = 'birthday' ORDER BY id DESC",
            params,
        )
        stay_rows = conn.execute(
            f"SELECT guest_id, arrival, departure, room, status FROM stays WHERE guest_id {marks}",
            params,
        )
    for r in guests.fetchall():
        out[r[0]] = {
            "id": r[0],
            "member_no": r[1],
            "name": r[2],
            "tier": Tier(r[3]),
            "company": r[4],
            "native_name": r[5] or "",
            "language": r[6] or "",
            "recorded_reading": r[7] or "",
            "phone_tail": "",
            "birthday": None,
            "last_stay": None,
            "last_room": "",
            "in_house": False,
            "in_house_room": "",
            "arriving_today": False,
            "caution": False,
        }
    for (guest_id,) in cautions.fetchall():
        out[guest_id]["caution"] = True
    for guest_id, e164 in phones.fetchall():
        out[guest_id]["phone_tail"] = e164.split(";", 1)[0][-4:]
    for guest_id, month, day, year, lunar, leap in birthdays.fetchall():
        out[guest_id]["birthday"] = PartialDate(month, day, year, bool(lunar), bool(leap))
    stays: dict[int, list[Stay]] = defaultdict(list)
    for guest_id, arrival, departure, room, status in stay_rows.fetchall():
        stays[guest_id].append(
            Stay(
                date.fromisoformat(arrival),
                date.fromisoformat(departure),
                room,
                status=StayStatus(status) if status else None,
            )
        )
    for guest_id, theirs in stays.items():
        entry = out[guest_id]
        last = last_stay(theirs, today)
        if last is not None:
            entry["last_stay"] = last.arrival
            entry["last_room"] = last.room
        here = stay_in_house(theirs, today)
        entry["in_house"] = here is not None
        entry["in_house_room"] = here.room if here is not None else ""
        entry["arriving_today"] = any(arrives(s, theirs, today) for s in theirs)
    return out
