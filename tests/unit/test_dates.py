import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipdesk.domain.dates import PartialDate, parse_partial_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990-03-05", PartialDate(3, 5, 1990)),
        ("1990/3/5", PartialDate(3, 5, 1990)),
        ("1990年3月5日", PartialDate(3, 5, 1990)),
        ("3月5日", PartialDate(3, 5)),
        ("03-05", PartialDate(3, 5)),
        (" 12月31日 ", PartialDate(12, 31)),
        ("02-29", PartialDate(2, 29)),
        ("1988-02-29", PartialDate(2, 29, 1988)),
    ],
)
def test_accepted_formats(text: str, expected: PartialDate) -> None:
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1990-02-30", "does not exist"),
        ("2001-02-29", "does not exist"),
        ("13-01", "month 13"),
        ("1990-3", "is not a date"),
        ("5/3", "is not a date"),
        ("tomorrow", "is not a date"),
        ("", "is not a date"),
    ],
)
def test_rejected_with_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_partial_date(text)


def test_birthday_without_year_counts_down() -> None:
    birthday = PartialDate(11, 28)
    assert birthday.days_until(date(2026, 11, 25)) == 3
    assert PartialDate(11, 25).days_until(date(2026, 11, 25)) == 0
    assert PartialDate(1, 2).next_occurrence(date(2026, 12, 30)) == date(2027, 1, 2)


def test_leap_day_birthday_in_common_year_falls_on_28_february() -> None:
    assert PartialDate(2, 29).next_occurrence(date(2027, 1, 1)) == date(2027, 2, 28)
    assert PartialDate(2, 29).next_occurrence(date(2028, 1, 1)) == date(2028, 2, 29)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_iso_round_trip(day: date, with_year: bool) -> None:
    value = PartialDate(day.month, day.day, day.year if with_year else None)
    assert parse_partial_date(value.iso()) == value


@given(st.text(max_size=30))
def test_parser_never_crashes(text: str) -> None:
    with contextlib.suppress(ValueError):
        parse_partial_date(text)
