"""The guest spreadsheet format: headers, cell values, and their meaning.

Shared by import and export so that export → import → export gives the same rows.
A cell that cannot be read raises RowRejected with a reason naming the column; nothing is
guessed or quietly changed, except that surrounding spaces are trimmed (never a leading
TAB or CR) and the quote the export puts before a formula is removed again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vipdesk.domain.dates import PartialDate, parse_partial_date
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    Preference,
    PreferenceCategory,
    SpecialDate,
    SpecialDateKind,
    TabooKind,
    new_taboo,
    validate_guest,
)
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.tiers import Tier, parse_tier

# Canonical column name → accepted header spellings (matched case-insensitively).
COLUMNS: dict[str, tuple[str, ...]] = {
    "member_no": ("member_no", "member no", "member number", "会员号", "會員號", "会员编号"),
    "name": ("name", "姓名", "名字", "guest name"),
    "native_name": ("native_name", "原文姓名", "本名"),
    "latin_name": ("latin_name", "英文名", "拼音", "romanised_name"),
    "pronunciation": ("pronunciation", "读音", "讀音", "发音", "發音", "reading"),
    "honorific": ("honorific", "salutation", "称谓", "稱謂"),
    "gender": ("gender", "sex", "性别", "性別"),
    "phone": ("phone", "mobile", "手机", "手機", "电话", "電話"),
    "email": ("email", "e-mail", "邮箱", "郵箱", "电子邮件"),
    "birthday": ("birthday", "birth date", "生日", "出生日期"),
    "anniversary": ("anniversary", "纪念日", "紀念日"),
    "tier": ("tier", "level", "等级", "等級"),
    "company": ("company", "公司", "单位"),
    "nationality": ("nationality", "国籍", "國籍"),
    "language": ("language", "preferred_language", "语言", "語言"),
    "preferences": ("preferences", "偏好", "喜好"),
    "taboos": ("taboos", "忌讳", "忌諱", "禁忌"),
    "allergies": ("allergies", "过敏", "過敏"),
    "notes": ("notes", "备注", "備註", "備注"),
    "consent": ("consent", "同意", "营销同意", "行銷同意"),
}
# Consent has its own table (with the date and how it was given); the export leaves it out.
EXPORT_COLUMNS: list[str] = [c for c in COLUMNS if c != "consent"]
_HEADER_LOOKUP = {
    alias.casefold(): canon for canon, aliases in COLUMNS.items() for alias in aliases
}

_GENDERS = {
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "女": Gender.FEMALE,
    "w": Gender.FEMALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "男": Gender.MALE,
    "x": Gender.OTHER,
    "other": Gender.OTHER,
    "其他": Gender.OTHER,
    "diverse": Gender.OTHER,
}
_PREF_PREFIX = {
    "room": PreferenceCategory.ROOM,
    "客房": PreferenceCategory.ROOM,
    "food": PreferenceCategory.FOOD_DRINK,
    "food_drink": PreferenceCategory.FOOD_DRINK,
    "餐饮": PreferenceCategory.FOOD_DRINK,
    "餐飲": PreferenceCategory.FOOD_DRINK,
    "amenities": PreferenceCategory.AMENITIES,
    "用品": PreferenceCategory.AMENITIES,
    "communication": PreferenceCategory.COMMUNICATION,
    "沟通": PreferenceCategory.COMMUNICATION,
    "溝通": PreferenceCategory.COMMUNICATION,
    "other": PreferenceCategory.OTHER,
    "其他": PreferenceCategory.OTHER,
}
_PREF_EXPORT = {
    PreferenceCategory.ROOM: "room",
    PreferenceCategory.FOOD_DRINK: "food",
    PreferenceCategory.AMENITIES: "amenities",
    PreferenceCategory.COMMUNICATION: "communication",
}
_PREFIX_RE = re.compile(r"^\s*([^:：]{1,20})\s*[:：]\s*(.*)$", re.DOTALL)
# Items in a list cell are separated by ; or ；. A backslash escapes a separator or itself.
_SEPARATOR = re.compile(r"[;；]")
_ITEM_SPLIT = re.compile(r"\\(.)|([;；])", re.DOTALL)


# Spreadsheets run a cell that starts with one of these as a formula (OWASP CSV injection).
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
# Trimmed from both ends of a cell: whitespace, but a leading TAB or CR is kept, since
# trimming it can turn "\t=1+2" into a live "=1+2".
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_LEADING_SPACES = _SPACES.replace("\t", "").replace("\r", "")


def neutralise_formula(cell: str) -> str:
    """The cell as exported: `=1+2` → `'=1+2`, so a spreadsheet shows it and never runs it.

    Applies to every cell that starts with = + - @ TAB or CR, phone numbers like
    `+86 138…` included. A value that itself starts with quotes and then one of those
    characters gets one more quote, so restore_formula gives back exactly the value.
    """
    return "'" + cell if _FORMULA.match(cell) else cell


def restore_formula(cell: str) -> str:
    """The value of an exported cell: removes exactly the quote neutralise_formula added."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell, 1) else cell


def _cell(raw: str | None) -> str:
    if not raw:
        return ""
    return restore_formula((raw or "").rstrip(_SPACES).lstrip(_LEADING_SPACES))


class RowRejected(ValueError):
    """This row cannot be imported; the message says which column and why."""


@dataclass(frozen=True)
class HeaderMap:
    """Which file column holds which field."""

    positions: dict[str, int]
    unknown: list[str]
    duplicates: list[str]


def map_header(header: list[str]) -> HeaderMap:
    positions: dict[str, int] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    for index, raw in enumerate(header):
        key = raw.strip().lstrip("\ufeff").casefold()
        canon = _HEADER_LOOKUP.get(key)
        if canon is None:
            if raw.strip():
                unknown.append(raw.strip())
        elif canon in positions:
            duplicates.append(raw.strip())
        else:
            positions[canon] = index
    return HeaderMap(positions, unknown, duplicates)


def split_items(cell: str) -> list[str]:
    """`a; b；c\\;d` → ['a', 'b', 'c;d']; empty items are dropped."""
    if not cell:
        return []
    if "\\" not in cell:  # the usual case: no escapes
        return [item.strip() for item in _SEPARATOR.split(cell) if item.strip()]
    items: list[str] = []
    current: list[str] = []
    pos = 0
    for m in _ITEM_SPLIT.finditer(cell):
        current.append(cell[pos : m.start()])
        if m.group(1) is not None:
            escaped = m.group(1)
            current.append(escaped if escaped in ";；\\" else "\\" + escaped)
        else:
            items.append("".join(current))
            current = []
        pos = m.end()
    current.append(cell[pos:])
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def join_items(items: list[str]) -> str:
    return "; ".join(
        i.replace("\\", "\\\\").replace(";", "\\;").replace("；", "\\；") for i in items
    )


def _parse_preference(item: str) -> Preference:
    m = _PREFIX_RE.match(item)
    if m:
        category = _PREF_PREFIX.get(m.group(1).strip().casefold())
        if category is not None and m.group(2).strip():
            return Preference(m.group(2).strip(), category)
    return Preference(item, PreferenceCategory.OTHER)


def _format_preference(pref: Preference) -> str:
    prefix = _PREF_EXPORT.get(pref.category)
    if prefix is None:
        # An uncategorised item that itself looks like "room: …" keeps its text on re-import.
        if _PREFIX_RE.match(pref.text) and _parse_preference(pref.text) != pref:
            return f"other: {pref.text}"
        return pref.text
    return f"{prefix}: {pref.text}"


def _date(cell: str, column: str) -> PartialDate | None:
    if not cell:
        return None
    try:
        return parse_partial_date(cell)
    except ValueError as exc:
        raise RowRejected(f"{column}: {exc}") from None


_CONSENT = {
    "sms": "sms", "短信": "sms", "簡訊": "sms",
    "email": "email", "e-mail": "email", "邮件": "email", "郵件": "email", "邮箱": "email",
    "wechat": "wechat", "微信": "wechat",
    "phone": "phone", "电话": "phone", "電話": "phone",
}  # fmt: skip


_CONSENT_SPLIT = re.compile(r"[;；,，、]")


def parse_consent(cell: str) -> tuple[str, ...]:
    """The channels of a `consent` cell: `sms;email`, `短信；邮件` … (RowRejected otherwise)."""
    out: list[str] = []
    for item in _CONSENT_SPLIT.split(cell) if cell else ():
        value = item.strip().casefold()
        if not value:
            continue
        if value not in _CONSENT:
            raise RowRejected(
                f"consent: {item.strip()!r} is not sms, email, wechat, phone (短信, 邮件, 微信, 电话)"
            )
        if _CONSENT[value] not in out:
            out.append(_CONSENT[value])
    return tuple(out)


def parse_row(cells: dict[str, str]) -> GuestDraft:
    """Turn one row's cells (canonical column → raw text) into a validated draft."""
    get = {k: _cell(v) for k, v in cells.items()}.get
    name = get("name", "")
    if not name:
        raise RowRejected("name: the guest has no name")
    parse_consent(get("consent", ""))  # refused here; stored by the import (own table)
    tier = Tier.P
    if get("tier"):
        try:
            tier = parse_tier(get("tier", ""))
        except ValueError as exc:
            raise RowRejected(f"tier: {exc}") from None
    gender = None
    if get("gender"):
        gender = _GENDERS.get(get("gender", "").casefold())
        if gender is None:
            raise RowRejected(
                f"gender: {get('gender')!r} is not one of M/F/X, male/female/other, 男/女/其他"
            )
    phones = []
    for item in split_items(get("phone", "")):
        try:
            phones.append(normalise_phone(item))
        except ValueError as exc:
            raise RowRejected(f"phone: {exc}") from None
    special: list[SpecialDate] = []
    for column, kind in (
        ("birthday", SpecialDateKind.BIRTHDAY),
        ("anniversary", SpecialDateKind.ANNIVERSARY),
    ):
        parsed = _date(get(column, ""), column)
        if parsed is not None:
            special.append(SpecialDate(kind, parsed))
    taboos = [new_taboo(t, TabooKind.TABOO) for t in split_items(get("taboos", ""))]
    taboos += [new_taboo(a, TabooKind.ALLERGY) for a in split_items(get("allergies", ""))]
    draft = GuestDraft(
        name=name,
        member_no=get("member_no") or None,
        native_name=get("native_name", ""),
        latin_name=get("latin_name", ""),
        pronunciation=get("pronunciation", ""),
        honorific=get("honorific", ""),
        gender=gender,
        phones=phones,
        email=get("email", ""),
        company=get("company", ""),
        nationality=get("nationality", ""),
        language=get("language", ""),
        tier=tier,
        notes=get("notes", ""),
        preferences=[_parse_preference(p) for p in split_items(get("preferences", ""))],
        taboos=taboos,
        special_dates=special,
    )
    errors = validate_guest(draft)
    if errors:
        raise RowRejected("; ".join(str(e) for e in errors))
    return draft


def match_fields(cells: dict[str, str]) -> tuple[str | None, str, list[str], str]:
    """(member number, name, phones as E.164, e-mail) of a row, exactly as parse_row gives
    them, without parsing the rest: for a row known to parse (an unchanged row imported
    before), whose keys are all a re-import needs. ValueError for a phone that does not parse.
    """
    member_no = _cell(cells.get("member_no")) or None
    phones = [normalise_phone(item).e164 for item in split_items(_cell(cells.get("phone")))]
    return member_no, _cell(cells.get("name")), phones, _cell(cells.get("email"))


def format_row(guest: GuestDraft) -> dict[str, str]:
    """The export cells for a guest, readable again by parse_row; formulas neutralised."""
    birthday = guest.birthday()
    anniversary = guest.anniversary()
    cells = {
        "member_no": guest.member_no or "",
        "name": guest.name,
        "native_name": guest.native_name,
        "latin_name": guest.latin_name,
        "pronunciation": guest.pronunciation,
        "honorific": guest.honorific,
        "gender": guest.gender.value if guest.gender else "",
        "phone": join_items([p.original for p in guest.phones]),
        "email": guest.email,
        "birthday": birthday.iso() if birthday else "",
        "anniversary": anniversary.iso() if anniversary else "",
        "tier": guest.tier.value,
        "company": guest.company,
        "nationality": guest.nationality,
        "language": guest.language,
        "preferences": join_items([_format_preference(p) for p in guest.preferences]),
        "taboos": join_items([t.text for t in guest.taboos if t.kind == TabooKind.TABOO]),
        "allergies": join_items([t.text for t in guest.taboos if t.kind == TabooKind.ALLERGY]),
        "notes": guest.notes,
    }
    return {column: neutralise_formula(value) for column, value in cells.items()}
