"""Special dates: month and day, with a year only when the guest gave one."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

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

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        # 29 February is a valid birthday when the year is unknown.
        max_day = calendar.monthrange(self.year or 2000, self.month)[1]
        if not 1 <= self.day <= max_day:
            raise ValueError(f"day {self.day} does not exist in month {self.month}")
        if self.year is not None and not 1850 <= self.year <= 2200:
            raise ValueError(f"year {self.year} is out of range")

    def iso(self) -> str:
        """`1990-03-05`, or `03-05` without a year (the form the CSV import reads back)."""
        if self.year is None:
            return f"{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def next_occurrence(self, today: date) -> date:
        """The next date on or after `today` when this day comes round."""
        for year in (today.year, today.year + 1):
            candidate = _in_year(self.month, self.day, year)
            if candidate >= today:
                return candidate
        raise AssertionError("unreachable")  # pragma: no cover

    def days_until(self, today: date) -> int:
        return (self.next_occurrence(today) - today).days


def _in_year(month: int, day: int, year: int) -> date:
    # A 29 February date is celebrated on 28 February in common years.
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def parse_partial_date(text: str) -> PartialDate:
    """Parse `1990-03-05`, `1990/3/5`, `1990年3月5日`, `3月5日` or `03-05`.

    Raises ValueError with a reason a receptionist can act on.
    """
    value = text.strip()
    for pattern in (*_FULL, *_NO_YEAR):
        m = pattern.match(value)
        if m:
            year = int(m["y"]) if "y" in pattern.groupindex else None
            try:
                return PartialDate(int(m["m"]), int(m["d"]), year)
            except ValueError as exc:
                raise ValueError(f"{value!r} is not a real date: {exc}") from None
    raise ValueError(
        f"{value!r} is not a date (use 1990-03-05, 1990/3/5, 1990年3月5日, 3月5日 or 03-05)"
    )
