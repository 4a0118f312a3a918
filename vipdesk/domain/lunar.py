"""Lunar (农历) dates: a month, a day and a leap flag that recur every lunar year.

The conversion to the solar calendar comes from `lunardate` (pure Python, its own tables
for 1900–2099). Two rules of ours sit on top of it:

- a leap-month date (闰六月初一) is kept in the leap month in a year that has that leap
  month, and in the regular month of the same number otherwise;
- day 30 in a month that has only 29 days that year falls on day 29.

lunardate refuses a leap month a year does not have only when it converts, so every
conversion here is checked by converting back (see tests/unit/test_lunar.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from lunardate import LunarDate as _Lunar

FIRST_YEAR = 1900
LAST_YEAR = 2099

_DIGITS = "〇一二三四五六七八九十"
MONTH_ZH = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]


@dataclass(frozen=True, order=True)
class LunarDay:
    """A lunar month and day that recur every lunar year; `leap` for a leap month (闰月)."""

    month: int
    day: int
    leap: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"lunar month {self.month} is not between 1 and 12")
        if not 1 <= self.day <= 30:
            raise ValueError(f"lunar day {self.day} is not between 1 and 30")

    def zh(self) -> str:
        """农历八月十五, 农历闰六月初一."""
        leap = "闰" if self.leap else ""
        return f"农历{leap}{MONTH_ZH[self.month - 1]}月{day_zh(self.day)}"

    def en(self) -> str:
        """lunar 8-15, lunar leap 6-1 (the form the import reads back)."""
        return f"lunar {'leap ' if self.leap else ''}{self.month}-{self.day}"


def day_zh(day: int) -> str:
    """初一 … 初十, 十一 … 二十, 廿一 … 三十."""
    if day <= 10:
        return "初" + _DIGITS[day]
    if day < 20:
        return "十" + _DIGITS[day - 10]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 20]
    return "三十"


@lru_cache(maxsize=512)
def leap_month(lunar_year: int) -> int:
    """The leap month of a lunar year (0 when it has none), found by converting."""
    for month in range(1, 13):
        if _converts(lunar_year, month, 1, True) is not None:
            return month
    return 0


def _converts(year: int, month: int, day: int, leap: bool) -> date | None:
    """The solar date of a lunar date, or None when that day does not exist.

    Converting back guards against a library that maps a missing leap month or day 30
    onto some other day without complaint.
    """
    try:
        solar = _Lunar(year, month, day, leap).to_solar_date()
        back = _Lunar.from_solar_date(solar.year, solar.month, solar.day)
    except (ValueError, IndexError, OverflowError):
        return None
    if (back.year, back.month, back.day, back.is_leap_month) != (year, month, day, leap):
        return None
    return solar


@lru_cache(maxsize=8192)
def in_lunar_year(lunar: LunarDay, lunar_year: int) -> date | None:
    """The solar date `lunar` falls on in a lunar year (None outside 1900–2099).

    A leap-month date falls in the regular month when the year has no such leap month;
    day 30 falls on day 29 in a short month.
    """
    if not FIRST_YEAR <= lunar_year <= LAST_YEAR:
        return None
    leap = lunar.leap and leap_month(lunar_year) == lunar.month
    for day in (lunar.day, 29) if lunar.day == 30 else (lunar.day,):
        solar = _converts(lunar_year, lunar.month, day, leap)
        if solar is not None:
            return solar
    return None


def next_solar(lunar: LunarDay, today: date) -> date:
    """The next solar date on or after `today` when `lunar` comes round.

    Raises ValueError past the library's range (2099).
    """
    for year in range(today.year - 1, today.year + 2):
        solar = in_lunar_year(lunar, year)
        if solar is not None and solar >= today:
            return solar
    raise ValueError(f"{lunar.en()} cannot be converted after {today}")


def solar_in_range(lunar: LunarDay, start: date, end: date) -> list[date]:
    """Every solar date from `start` to `end` (inclusive) when `lunar` comes round."""
    out = []
    for year in range(start.year - 1, end.year + 1):
        solar = in_lunar_year(lunar, year)
        if solar is not None and start <= solar <= end:
            out.append(solar)
    return sorted(out)


def to_lunar(day: date) -> LunarDay:
    """The lunar month and day of a solar date."""
    found = _Lunar.from_solar_date(day.year, day.month, day.day)
    return LunarDay(found.month, found.day, found.is_leap_month)
