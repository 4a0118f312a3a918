"""The PMS export format: headers (OPERA's and Chinese PMSs' names), statuses, dates.

Pure: the importer (services/stay_import.py) feeds it cells and gets a Reservation or a
RowRejected with a reason naming the column. Nothing is guessed: a status or date it
does not know rejects the row, and a file whose day-month order cannot be told is refused.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vipdesk.domain.guest import check_text
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.search_text import words
from vipdesk.domain.stays import Stay, StayStatus

# Canonical field → accepted header spellings (case-insensitive; spaces, - and _ alike).
COLUMNS: dict[str, tuple[str, ...]] = {
    "confirmation_no": (
        "confirmation_no",
        "confirmation",
        "conf_no",
        "resv_no",
        "reservation_no",
        "预订号",
        "預訂號",
        "预定号",
        "确认号",
        "確認號",
    ),
    "name": ("name", "guest_name", "姓名", "客人姓名", "宾客姓名"),
    "last_name": ("guest_last_name", "last_name", "surname", "姓"),
    "first_name": ("guest_first_name", "first_name", "given_name", "名"),
    "member_no": ("member_no", "membership_no", "member_number", "会员号", "會員號", "会员卡号"),
    "phone": ("phone", "mobile", "手机", "手機", "电话", "電話"),
    "email": ("email", "e_mail", "邮箱", "郵箱", "电子邮件"),
    "arrival": (
        "arrival",
        "arrival_date",
        "chkindte",
        "到店日期",
        "抵店日期",
        "预抵日期",
        "預抵日期",
    ),
    "departure": (
        "departure",
        "departure_date",
        "chkoutdte",
        "离店日期",
        "離店日期",
        "预离日期",
        "預離日期",
    ),
    "room": ("room", "rm_no", "room_no", "房号", "房號"),
    "room_type": ("room_type", "rm_type", "房型"),
    "adults": ("adults", "成人"),
    "children": ("children", "儿童", "兒童"),
    "status": ("status", "resv_status", "状态", "狀態"),
    "eta": ("eta", "预计到达", "預計到達", "预计到达时间"),
    "company": ("company", "单位", "公司"),
    "pms_vip": ("vip", "vip_status", "vip_code", "贵宾卡", "貴賓卡"),
    "requests": ("requests", "special_requests", "特殊要求", "房间布置", "房間佈置"),
    "comments": ("comments", "备注", "備註"),
}
REQUIRED = ("confirmation_no", "arrival", "departure")
# Several columns may hold requests (特殊要求 and 房间布置): their texts are joined.
_JOINED = frozenset({"requests"})


def _header_key(raw: str) -> str:
    return re.sub(r"[\s\-_.]+", "_", raw.strip().lstrip("\ufeff").casefold()).strip("_")


_HEADER_LOOKUP = {_header_key(a): canon for canon, aliases in COLUMNS.items() for a in aliases}


class RowRejected(ValueError):
    """This row cannot be imported; the message says which column and why."""


@dataclass(frozen=True)
class StayHeader:
    """Which file columns hold which field (`requests` may be several)."""

    positions: dict[str, list[int]]
    unknown: list[str]
    duplicates: list[str]

    def missing(self) -> list[str]:
        """Required fields without a column (the name may come as last + first name)."""
        out = [f for f in REQUIRED if f not in self.positions]
        if "name" not in self.positions and not (
            "last_name" in self.positions or "first_name" in self.positions
        ):
            out.append("name")
        return out


def map_stay_header(header: list[str]) -> StayHeader:
    positions: dict[str, list[int]] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    for index, raw in enumerate(header):
        canon = _HEADER_LOOKUP.get(_header_key(raw))
        if canon is None:
            if raw.strip():
                unknown.append(raw.strip())
        elif canon in positions and canon not in _JOINED:
            duplicates.append(raw.strip())
        else:
            positions.setdefault(canon, []).append(index)
    return StayHeader(positions, unknown, duplicates)


# ---- statuses -------------------------------------------------------------------------

_STATUS_WORDS: dict[StayStatus, tuple[str, ...]] = {
    StayStatus.RESERVED: (
        "reserved", "reservation", "due in", "expected", "confirmed", "guaranteed",
        "预订", "預訂", "预定", "預定", "预抵", "預抵", "待入住", "已预订",
    ),
    StayStatus.CHECKED_IN: (
        "checked in", "check in", "in house", "inhouse", "due out", "registered",
        "在住", "入住", "已入住", "住店",
    ),
    StayStatus.CHECKED_OUT: (
        "checked out", "check out", "departed",
        "离店", "離店", "已离店", "已離店", "退房", "已退房",
    ),
    StayStatus.CANCELLED: ("cancelled", "canceled", "cancel", "cxl", "取消", "已取消"),
    StayStatus.NO_SHOW: ("no show", "noshow", "未到", "应到未到", "應到未到", "未抵"),
}  # fmt: skip
_STATUS_LOOKUP = {w: status for status, ws in _STATUS_WORDS.items() for w in ws}


def parse_status(cell: str) -> StayStatus | None:
    """A PMS status word → StayStatus; None for an empty cell (the dates tell).

    Raises RowRejected for a word it does not know.
    """
    text = cell.strip()
    if not text:
        return None
    key = " ".join(re.sub(r"[-_]+", " ", text.casefold()).split())
    status = _STATUS_LOOKUP.get(key) or _STATUS_LOOKUP.get(key.replace(" ", ""))
    if status is None:
        raise RowRejected(
            f"status: {text!r} is not a known status (reserved / due in / 预订, checked in / "
            "in house / 在住, checked out / 离店, cancelled / 取消, no show / 未到)"
        )
    return status


# ---- dates ----------------------------------------------------------------------------


class DateOrder(StrEnum):
    MDY = "mdy"
    DMY = "dmy"
    YMD = "ymd"


_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?"
_YEAR_FIRST = re.compile(rf"^(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}$")
_CJK = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
_YEAR_LAST = re.compile(rf"^(\d{{1,2}})([/.])(\d{{1,2}})\2(\d{{2}}|\d{{4}}){_TIME}$")
_MONTH_NAME = re.compile(r"^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{2}|\d{4})$")
_MONTHS = {calendar.month_abbr[m].casefold(): m for m in range(1, 13)}


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _day(y: int, m: int, d: int, cell: str, column: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise RowRejected(f"{column}: {cell!r} is not a date") from None


def needs_date_order(cell: str) -> tuple[int, int] | None:
    """The two leading numbers of a slashed date whose order the file decides (d/m or m/d)."""
    m = _YEAR_LAST.match(cell.strip())
    return (int(m.group(1)), int(m.group(3))) if m else None


def parse_date(cell: str, column: str, order: DateOrder | None) -> date:
    """One date cell. `order` decides slashed dates with the year last (see decide_order)."""
    text = cell.strip()
    if not text:
        raise RowRejected(f"{column}: the date is missing")
    if m := _YEAR_FIRST.match(text):
        return _day(int(m.group(1)), int(m.group(3)), int(m.group(4)), text, column)
    if m := _CJK.match(text):
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), text, column)
    if m := _MONTH_NAME.match(text):
        month = _MONTHS.get(m.group(2).casefold())
        if month is None:
            raise RowRejected(f"{column}: {text!r} has no month called {m.group(2)!r}")
        return _day(_year(m.group(3)), month, int(m.group(1)), text, column)
    if m := _YEAR_LAST.match(text):
        a, b, last = int(m.group(1)), int(m.group(3)), m.group(4)
        if order is DateOrder.YMD:
            if len(last) == 4:
                raise RowRejected(
                    f"{column}: {text!r} does not start with the year (--date-order ymd)"
                )
            return _day(2000 + a, b, int(last), text, column)
        if order is None and a != b:
            raise RowRejected(f"{column}: {text!r} could be day/month or month/day")
        if order is DateOrder.DMY:
            return _day(_year(last), b, a, text, column)
        return _day(_year(last), a, b, text, column)
    raise RowRejected(
        f"{column}: {text!r} is not a date (2026-12-01, 2026/12/1, 2026年12月1日, "
        "12/01/2026 or 01-DEC-26)"
    )


class AmbiguousDates(ValueError):
    """The whole file cannot tell day/month from month/day."""


def decide_order(cells: Iterable[tuple[int, str]]) -> DateOrder | None:
    """The day-month order of a file's slashed dates, read from all of them.

    `cells` are (line, text) of every date cell. A first number above 12 settles "day
    first", a second number above 12 "month first". None when no date needs an order.
    Raises AmbiguousDates when the file mixes both, or stays ambiguous throughout.
    """
    day_first: int | None = None
    month_first: int | None = None
    ambiguous: int | None = None
    for line, cell in cells:
        pair = needs_date_order(cell)
        if pair is None:
            continue
        a, b = pair
        if a > 12 and day_first is None:
            day_first = line
        elif b > 12 and month_first is None:
            month_first = line
        elif a != b and a <= 12 and b <= 12 and ambiguous is None:
            ambiguous = line
    if day_first is not None and month_first is not None:
        raise AmbiguousDates(
            f"the dates mix day/month (line {day_first}) and month/day (line {month_first}); "
            "fix the file, or say which it is with --date-order dmy or --date-order mdy"
        )
    if day_first is not None:
        return DateOrder.DMY
    if month_first is not None:
        return DateOrder.MDY
    if ambiguous is not None:
        raise AmbiguousDates(
            f"no date in the file tells day/month from month/day (e.g. line {ambiguous}); "
            "say which it is with --date-order dmy or --date-order mdy"
        )
    return None


# ---- a whole row ----------------------------------------------------------------------


@dataclass(frozen=True)
class Reservation:
    """One PMS row: the stay, and who the reservation says the guest is."""

    stay: Stay
    name: str
    member_no: str
    phone: str
    """As the PMS wrote it."""
    phone_e164: str | None
    """Canonical form when it is a phone number (only then used to match)."""
    email: str

    @property
    def confirmation_no(self) -> str:
        return self.stay.confirmation_no or ""


# Any control character (or line separator) at all: then each field is checked properly.
_SUSPECT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ETA = re.compile(r"^(\d{1,2}):?(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$")


def _eta(cell: str) -> str:
    text = cell.strip()
    if not text:
        return ""
    m = _ETA.match(text)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
        if m.group(3):
            hour = hour % 12 + (12 if m.group(3).casefold() == "pm" else 0)
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise RowRejected(f"eta: {text!r} is not a time of day (e.g. 14:30)")


def _count(cell: str, column: str) -> int | None:
    text = cell.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > 99:
        raise RowRejected(f"{column}: {text!r} is not a number of guests")
    return int(text)


def _full_name(last: str, first: str) -> str:
    if not (last and first):
        return last or first
    if any(ord(c) > 0x2E7F for c in last + first):  # CJK: 姓 then 名, no space
        return last + first
    return f"{last}, {first}"  # as OPERA writes it


def parse_reservation(cells: dict[str, str], order: DateOrder | None) -> Reservation:
    """One row's cells (canonical field → raw text) → a Reservation, or RowRejected."""
    get = {k: (v or "").strip() for k, v in cells.items()}.get
    number = get("confirmation_no", "")
    if not number:
        raise RowRejected("confirmation_no: the reservation has no confirmation number")
    name = get("name", "") or _full_name(get("last_name", ""), get("first_name", ""))
    if not name:
        raise RowRejected("name: the reservation has no guest name")
    arrival = parse_date(get("arrival", ""), "arrival", order)
    departure = parse_date(get("departure", ""), "departure", order)
    if departure < arrival:
        raise RowRejected(f"departure {departure} is before arrival {arrival}")
    phone = get("phone", "")
    e164 = None
    if phone:
        try:
            e164 = normalise_phone(phone).e164
        except ValueError:
            e164 = None  # kept as written; a PMS typo must not lose the reservation
    stay = Stay(
        arrival,
        departure,
        room=get("room", ""),
        status=parse_status(get("status", "")),
        confirmation_no=number,
        room_type=get("room_type", ""),
        adults=_count(get("adults", ""), "adults"),
        children=_count(get("children", ""), "children"),
        eta=_eta(get("eta", "")),
        company=get("company", ""),
        pms_vip=get("pms_vip", ""),
        requests=get("requests", ""),
        comments=get("comments", ""),
    )
    single_line = (
        ("confirmation_no", number, 64),
        ("name", name, 200),
        ("member_no", get("member_no", ""), 64),
        ("phone", phone, 64),
        ("email", get("email", ""), 254),
        ("room", stay.room, 32),
        ("room_type", stay.room_type, 32),
        ("company", stay.company, 200),
        ("pms_vip", stay.pms_vip, 32),
    )
    # One look over all the cells first: almost every row is clean (100,000-row files).
    if _SUSPECT.search(
        "".join(v for _, v, _ in single_line) + stay.requests + stay.comments
    ) or any(len(v) > n for _, v, n in single_line):
        problems = []
        for field_name, value, max_len in single_line:
            problems += check_text(value, field_name, max_len=max_len)
        for field_name, value in (("requests", stay.requests), ("comments", stay.comments)):
            problems += check_text(value, field_name, max_len=20_000, multiline=True)
        if problems:
            raise RowRejected("; ".join(str(p) for p in problems))
    if len(stay.requests) > 20_000 or len(stay.comments) > 20_000:
        raise RowRejected("requests or comments are longer than 20000 characters")
    return Reservation(stay, name, get("member_no", ""), phone, e164, get("email", ""))


def name_keys(name: str) -> frozenset[str]:
    """Forms of a name that are the same name: `MULLER-LUDENSCHEIDT, JOSE` and `José
    Müller-Lüdenscheidt` share one, `李 娜` and `李娜` too (search's folding)."""
    ws = words(name)
    if not ws:
        return frozenset()
    return frozenset({" ".join(sorted(ws)), "".join(ws)})


def same_name(a: Iterable[str], b: str) -> bool:
    """Whether the name `b` is one of the names `a` (a guest's name, native and latin)."""
    keys = name_keys(b)
    return any(keys & name_keys(n) for n in a if n)
