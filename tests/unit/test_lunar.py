"""Lunar dates: conversion through lunardate, leap months, day 30, parsing."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunardate import LunarDate

from vipdesk.domain.dates import PartialDate, parse_partial_date
from vipdesk.domain.lunar import LunarDay, in_lunar_year, leap_month, next_solar, to_lunar


def test_mid_autumn_2026_is_25_september():
    assert next_solar(LunarDay(8, 15), date(2026, 1, 1)) == date(2026, 9, 25)
    assert PartialDate(8, 15, lunar=True).both_ways(date(2026, 5, 1)) == "农历八月十五 (2026-09-25)"


def test_spring_festival_comes_in_the_next_solar_year_after_new_year():
    assert next_solar(LunarDay(1, 1), date(2026, 1, 1)) == date(2026, 2, 17)
    assert next_solar(LunarDay(1, 1), date(2026, 2, 18)) == date(2027, 2, 6)


def test_leap_years_known():
    assert leap_month(2025) == 6
    assert leap_month(2023) == 2
    assert leap_month(2026) == 0


def test_leap_month_birthday_in_a_year_with_that_leap_month():
    leap = LunarDay(6, 1, leap=True)
    assert in_lunar_year(leap, 2025) == date(2025, 7, 25)  # 闰六月初一
    assert in_lunar_year(LunarDay(6, 1), 2025) == date(2025, 6, 25)  # 六月初一


def test_leap_month_birthday_falls_in_the_regular_month_without_a_leap_month():
    assert in_lunar_year(LunarDay(6, 1, leap=True), 2026) == in_lunar_year(LunarDay(6, 1), 2026)
    assert to_lunar(in_lunar_year(LunarDay(6, 1, leap=True), 2026)) == LunarDay(6, 1)


def test_the_library_is_checked_on_conversion_not_construction():
    """A leap sixth month in 2026 does not exist: the conversion must not invent a day."""
    try:
        solar = LunarDate(2026, 6, 1, True).to_solar_date()
    except ValueError:
        return  # refused: fine
    # Accepted by the library: then it must not round-trip, and we must not use it.
    back = LunarDate.from_solar_date(solar.year, solar.month, solar.day)
    assert (back.month, back.is_leap_month) != (6, True)


def test_day_30_in_a_29_day_month_falls_on_29():
    # Find a 29-day month in 2026 and check day 30 lands on its day 29.
    for month in range(1, 13):
        day29 = in_lunar_year(LunarDay(month, 29), 2026)
        day30 = in_lunar_year(LunarDay(month, 30), 2026)
        assert day29 is not None and day30 is not None
        assert to_lunar(day30).month == month
        if to_lunar(day30).day == 29:
            assert day30 == day29
            break
    else:  # pragma: no cover
        pytest.fail("no 29-day month in 2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("农历8月15日", PartialDate(8, 15, lunar=True)),
        ("农历八月十五", PartialDate(8, 15, lunar=True)),
        ("农历闰6月1日", PartialDate(6, 1, lunar=True, leap=True)),
        ("农历闰六月初一", PartialDate(6, 1, lunar=True, leap=True)),
        ("lunar 8-15", PartialDate(8, 15, lunar=True)),
        ("Lunar leap 6-1", PartialDate(6, 1, lunar=True, leap=True)),
        ("农历腊月廿三", PartialDate(12, 23, lunar=True)),
        ("农历正月初一", PartialDate(1, 1, lunar=True)),
        ("农历十一月三十", PartialDate(11, 30, lunar=True)),
    ],
)
def test_parse_lunar(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["农历13月1日", "农历八月三十一", "lunar 8", "农历"])
def test_parse_lunar_refuses(text):
    with pytest.raises(ValueError, match="lunar"):
        parse_partial_date(text)


def test_solar_dates_still_parse():
    assert parse_partial_date("1990-03-05") == PartialDate(3, 5, 1990)
    assert parse_partial_date("3月5日") == PartialDate(3, 5)


@given(st.integers(1, 12), st.integers(1, 30), st.booleans())
def test_lunar_iso_reads_back(month, day, leap):
    d = PartialDate(month, day, lunar=True, leap=leap)
    assert parse_partial_date(d.iso()) == d
    assert parse_partial_date(d.as_lunar().zh()) == d


@given(st.dates(date(1950, 1, 1), date(2098, 1, 1)))
def test_next_solar_of_a_day_is_that_day(day):
    assert next_solar(to_lunar(day), day) == day
