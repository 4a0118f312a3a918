"""Special dates: month and day, with a year only when the guest gave one.

A date may be lunar (农历): month, day and a leap-month flag; its solar days come from
vipdesk.domain.lunar.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from vipdesk.domain.lunar import MONTH_ZH, LunarDay, next_solar, solar_in_range

_FULL = [
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?$"),
]
_NO_YEAR = [
    re.compile(r"^(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]?$"),
    re.compile(r"^-{0,2}(?P<m>\d{2})-(?P<d>\d{2})$"),
]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar day that recurs every year; `year` is None when unknown."""

    month: int
    day: int
    year: int | None = None
    lunar: bool = False
    """Month and day of the lunar calendar (农历); the year, if any, is the solar year."""
    leap: bool = False
    """A lunar leap month (闰月); only with `lunar`."""

    def __post_init__(self) -> None:
        if self.leap and not self.lunar:
            raise ValueError("only a lunar date has a leap month")
        if self.lunar:
            LunarDay(self.month, self.day, self.leap)  # raises ValueError when out of range
            if self.year is not None and not 1850 <= self.year <= 2200:
                raise ValueError(f"year {self.year} is out of range")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        # 29 February is a valid birthday when the year is unknown.
        max_day = calendar.monthrange(self.year or 2000, self.month)[1]
        if not 1 <= self.day <= max_day:
            raise ValueError(f"day {self.day} does not exist in month {self.month}")
        if self.year is not None and not 1850 <= self.year <= 2200:
            raise ValueError(f"year {self.year} is out of range")

    def iso(self) -> str:
        """`1990-03-05`, or `03-05` without a year; `lunar 8-15` / `lunar leap 6-1` for a
        lunar date (the forms the CSV import reads back)."""
        if self.lunar:
            return self.as_lunar().en()
        if self.year is None:
            return f"{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def next_occurrence(self, today: date) -> date:
        """The next date on or after `today` when this day comes round."""
        if self.lunar:
            return next_solar(self.as_lunar(), today)
        for year in (today.year, today.year + 1):
            candidate = _in_year(self.month, self.day, year)
            if candidate >= today:
                return candidate
        raise AssertionError("unreachable")  # pragma: no cover

    def days_until(self, today: date) -> int:
        return (self.next_occurrence(today) - today).days

    def as_lunar(self) -> LunarDay:
        return LunarDay(self.month, self.day, self.leap)

    def occurrences(self, start: date, end: date) -> list[date]:
        """Every solar day from `start` to `end` (inclusive) when this date comes round."""
        if self.lunar:
            return solar_in_range(self.as_lunar(), start, end)
        found = (_in_year(self.month, self.day, y) for y in range(start.year, end.year + 1))
        return [d for d in found if start <= d <= end]

    def day_key(self) -> tuple[bool, bool, int, int]:
        """What makes two dates the same day every year: the calendar (lunar or solar,
        a leap month apart), the month and the day; the year aside."""
        return (self.lunar, self.leap, self.month, self.day)

    def same_day(self, other: PartialDate) -> bool:
        """The same day every year: a lunar 8-15 is not the solar 15 August."""
        return self.day_key() == other.day_key()

    def month_day(self, today: date) -> str:
        """`08-15` for a solar date; a lunar one with the solar day it comes round next:
        `农历八月十五 (09-25)`."""
        if not self.lunar:
            return f"{self.month:02d}-{self.day:02d}"
        try:
            return f"{self.as_lunar().zh()} ({self.next_occurrence(today):%m-%d})"
        except ValueError:
            return self.as_lunar().zh()

    def both_ways(self, today: date) -> str:
        """A lunar date with its solar day: `农历八月十五 (2026-09-25)`; a solar date as iso()."""
        if not self.lunar:
            return self.iso()
        try:
            return f"{self.as_lunar().zh()} ({self.next_occurrence(today).isoformat()})"
        except ValueError:
            return self.as_lunar().zh()


def _in_year(month: int, day: int, year: int) -> date:
    # A 29 February date is celebrated on 28 February in common years.
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


_LUNAR_PREFIX = re.compile(r"^(?:农历|農曆|阴历|陰曆|lunar)\s*", re.IGNORECASE)
_LUNAR_NUMERIC = re.compile(
    r"^(?P<leap>闰|閏|leap\s*)?(?P<m>\d{1,2})\s*(?:月|-|/)\s*(?P<d>\d{1,2})\s*[日号]?$",
    re.IGNORECASE,
)
_LUNAR_WORDS = re.compile(
    r"^(?P<leap>闰|閏)?(?P<m>[正一二三四五六七八九十冬腊臘]{1,2})月(?P<d>[初十廿二三一四五六七八九]{2})$"
)
_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九十")}


def _zh_month(text: str) -> int:
    if text in ("冬", "十一"):
        return 11
    if text in ("腊", "臘", "十二"):
        return 12
    if text == "正":
        return 1
    return MONTH_ZH.index(text) + 1 if text in MONTH_ZH else _zh_number(text)


def _zh_number(text: str) -> int:
    """一…十, 十一…十九, 二十, 廿一…廿九, 三十, 初一…初十."""
    if text.startswith("初"):
        return _ZH_DIGIT[text[1]]
    if text.startswith("廿"):
        return 20 + _ZH_DIGIT[text[1]]
    if len(text) == 1:
        return _ZH_DIGIT[text]
    if text[0] == "十":
        return 10 + _ZH_DIGIT[text[1]]
    if text[1] == "十":
        return _ZH_DIGIT[text[0]] * 10
    raise KeyError(text)


def parse_lunar(text: str) -> PartialDate | None:
    """`农历8月15日`, `农历八月十五`, `农历闰6月1日`, `lunar 8-15`, `lunar leap 6-1`; None
    when `text` does not say lunar. ValueError when it does but is not a lunar date."""
    value = text.strip()
    prefix = _LUNAR_PREFIX.match(value)
    if not prefix:
        return None
    rest = value[prefix.end() :].strip()
    m = _LUNAR_NUMERIC.match(rest)
    try:
        if m:
            month, day = int(m["m"]), int(m["d"])
        else:
            m = _LUNAR_WORDS.match(rest)
            if not m:
                raise KeyError(rest)
            month, day = _zh_month(m["m"]), _zh_number(m["d"])
        return PartialDate(month, day, lunar=True, leap=bool(m["leap"]))
    except (KeyError, ValueError, IndexError):
        raise ValueError(
            f"{value!r} is not a lunar date (use 农历8月15日, 农历八月十五, 农历闰6月1日 or lunar 8-15)"
        ) from None


class NotADate(ValueError):
    """What parse_partial_date refuses, with a stable `code`: `date_format` (no date
    pattern fits) or `date_not_real` (e.g. 02-30)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def parse_partial_date(text: str) -> PartialDate:
    """Parse `1990-03-05`, `1990/3/5`, `1990年3月5日`, `3月5日` or `03-05`, or a lunar
    date (`农历8月15日`, `农历八月十五`, `农历闰6月1日`, `lunar 8-15`).

    Raises ValueError with a reason a receptionist can act on.
    """
    value = text.strip()
    lunar = parse_lunar(value)
    if lunar is not None:
        return lunar
    for pattern in (*_FULL, *_NO_YEAR):
        m = pattern.match(value)
        if m:
            year = int(m["y"]) if "y" in pattern.groupindex else None
            try:
                return PartialDate(int(m["m"]), int(m["d"]), year)
            except ValueError as exc:
                raise NotADate(f"{value!r} is not a real date: {exc}", "date_not_real") from None
    raise NotADate(
        f"{value!r} is not a date (use 1990-03-05, 1990/3/5, 1990年3月5日, 3月5日 or 03-05)",
        "date_format",
    )
