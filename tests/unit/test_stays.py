"""Stays: the rules (completed, in house, last stay, stay number) with dates."""

from __future__ import annotations

from datetime import date

import pytest

from vipdesk.domain.stays import (
    Stay,
    StayStatus,
    is_completed,
    is_in_house,
    is_returning,
    last_stay,
    ordinal,
    recency,
    stay_in_house,
    stay_number,
    stays_to_date,
)

DAY = date(2026, 12, 1)


def pms(arrival: date, departure: date, status: StayStatus, no: str = "1", room: str = "") -> Stay:
    return Stay(arrival, departure, room, status=status, confirmation_no=no)


@pytest.mark.parametrize(
    ("status", "arrival", "departure", "completed"),
    [
        (StayStatus.CHECKED_OUT, date(2026, 11, 20), date(2026, 11, 22), True),
        (StayStatus.CHECKED_OUT, date(2026, 11, 28), DAY, True),  # left this morning
        (StayStatus.RESERVED, date(2026, 11, 20), date(2026, 11, 22), True),  # never updated
        (StayStatus.CHECKED_IN, date(2026, 11, 20), date(2026, 11, 30), True),
        (StayStatus.CHECKED_IN, date(2026, 11, 28), DAY, False),  # leaves today
        (StayStatus.CANCELLED, date(2026, 11, 20), date(2026, 11, 22), False),
        (StayStatus.NO_SHOW, date(2026, 11, 20), date(2026, 11, 22), False),
        (StayStatus.RESERVED, date(2026, 12, 5), date(2026, 12, 8), False),
        (None, date(2026, 11, 20), date(2026, 11, 30), True),  # typed by hand: dates tell
        (None, date(2026, 11, 28), DAY, False),
    ],
)
def test_a_completed_stay(
    status: StayStatus | None, arrival: date, departure: date, completed: bool
) -> None:
    assert is_completed(Stay(arrival, departure, status=status), DAY) is completed


@pytest.mark.parametrize(
    ("status", "in_house"),
    [
        (StayStatus.CHECKED_IN, True),
        (None, True),  # typed by hand
        (StayStatus.RESERVED, False),  # due in, not arrived yet
        (StayStatus.CHECKED_OUT, False),
        (StayStatus.CANCELLED, False),
        (StayStatus.NO_SHOW, False),
    ],
)
def test_in_house_means_checked_in_from_arrival_to_the_night_before_departure(
    status: StayStatus | None, in_house: bool
) -> None:
    stay = Stay(date(2026, 11, 30), date(2026, 12, 3), status=status)
    assert is_in_house(stay, date(2026, 11, 29)) is False
    assert is_in_house(stay, date(2026, 11, 30)) is in_house
    assert is_in_house(stay, date(2026, 12, 2)) is in_house
    assert is_in_house(stay, date(2026, 12, 3)) is False  # the departure day
    assert stay_in_house([stay], DAY) == (stay if in_house else None)


def test_last_stay_is_the_last_completed_and_a_booking_never_changes_it() -> None:
    old = pms(date(2025, 5, 1), date(2025, 5, 3), StayStatus.CHECKED_OUT, "A", "1808")
    cancelled = pms(date(2026, 10, 1), date(2026, 10, 3), StayStatus.CANCELLED, "B")
    no_show = pms(date(2026, 11, 1), date(2026, 11, 3), StayStatus.NO_SHOW, "C")
    booking = pms(date(2026, 12, 1), date(2026, 12, 4), StayStatus.RESERVED, "D")
    stays = [old, cancelled, no_show, booking]
    assert last_stay(stays, DAY) == old
    assert recency(stays, DAY) == date(2025, 5, 3)
    assert stays_to_date(stays, DAY) == [old]
    assert stay_number(stays, booking) == 2  # "2nd stay": cancellations do not count
    assert ordinal(stay_number(stays, booking)) == "2nd"
    assert stay_number(stays, old) == 1
    # Once checked in, the stay is under way: counted, ranks recency, not yet "last stay".
    arrived = pms(date(2026, 12, 1), date(2026, 12, 4), StayStatus.CHECKED_IN, "D")
    assert stays_to_date([old, arrived], DAY) == [old, arrived]
    assert last_stay([old, arrived], DAY) == old
    assert recency([old, arrived], DAY) == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (21, "21st"),
        (113, "113th"),
    ],
)
def test_ordinals(n: int, text: str) -> None:
    assert ordinal(n) == text


def test_returning_guest_uses_the_completed_stay_rule() -> None:
    this_stay = pms(date(2026, 11, 29), DAY, StayStatus.CHECKED_OUT, "A")
    assert not is_returning([this_stay], DAY)  # the stay they leave today
    cancelled = pms(date(2026, 6, 1), date(2026, 6, 3), StayStatus.CANCELLED, "B")
    assert not is_returning([this_stay, cancelled], DAY)
    earlier = pms(date(2026, 6, 1), date(2026, 6, 3), StayStatus.CHECKED_OUT, "C")
    assert is_returning([this_stay, earlier], DAY)
    assert is_returning([Stay(date(2026, 6, 1), date(2026, 6, 3))], DAY)  # typed by hand


def test_the_sql_copies_of_the_rules_agree_with_the_domain() -> None:
    """search_index states in-house and stays-to-date in SQL for speed: same answers."""
    import sqlite3
    from datetime import timedelta

    from vipdesk.domain.stays import is_arriving
    from vipdesk.store.search_index import stays_to_date_sql
    from vipdesk.store.search_reads import ARRIVING_SQL, IN_HOUSE_SQL

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE stays (id INTEGER PRIMARY KEY, arrival, departure, status)")
    stays: dict[int, Stay] = {}
    for status in [None, *StayStatus]:
        for start in range(-4, 3):
            for nights in range(0, 4):
                arrival = DAY + timedelta(start)
                stay = Stay(arrival, arrival + timedelta(nights), status=status)
                row = conn.execute(
                    "INSERT INTO stays (arrival, departure, status) VALUES (?, ?, ?)",
                    (stay.arrival.isoformat(), stay.departure.isoformat(), status),
                )
                stays[row.lastrowid or 0] = stay
    in_house = {
        r[0]
        for r in conn.execute(
            f"SELECT id FROM stays WHERE {IN_HOUSE_SQL}", (DAY.isoformat(), DAY.isoformat())
        )
    }
    assert in_house == {i for i, s in stays.items() if is_in_house(s, DAY)}
    arriving = {
        r[0] for r in conn.execute(f"SELECT id FROM stays WHERE {ARRIVING_SQL}", (DAY.isoformat(),))
    }
    assert arriving == {i for i, s in stays.items() if is_arriving(s, DAY)}
    to_date = {r[0] for r in conn.execute(f"SELECT id FROM stays WHERE {stays_to_date_sql(DAY)}")}
    expected = {i for i, s in stays.items() if s in stays_to_date([s], DAY)}
    assert to_date == expected
