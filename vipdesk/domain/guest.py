"""The guest's history file as plain values, and the rules that keep it valid."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from enum import StrEnum

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.phones import Phone
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier

NAME_MAX = 200
SHORT_MAX = 200
ITEM_MAX = 500
NOTES_MAX = 20_000
EMAIL_MAX = 254
PRONUNCIATION_MAX = 100
"""The guest's own reading of their name: a short line ("Xiè, not Jiě"), or pinyin with tones."""
# Printable text only: C0/C1 controls (NUL, escape…) are refused; newlines and tabs are
# allowed only in free-text notes.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class PreferenceCategory(StrEnum):
    ROOM = "room"
    FOOD_DRINK = "food_drink"
    AMENITIES = "amenities"
    COMMUNICATION = "communication"
    OTHER = "other"


class TabooKind(StrEnum):
    TABOO = "taboo"
    ALLERGY = "allergy"


class Severity(StrEnum):
    """How bad it is if a taboo is broken."""

    CAUTION = "caution"
    SERIOUS = "serious"
    DANGER = "danger"  # e.g. an allergy that can kill


class SpecialDateKind(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    OTHER = "other"


@dataclass(frozen=True)
class Preference:
    text: str
    category: PreferenceCategory = PreferenceCategory.OTHER


@dataclass(frozen=True)
class Taboo:
    text: str
    kind: TabooKind = TabooKind.TABOO
    severity: Severity = Severity.SERIOUS


DEFAULT_SEVERITY = {TabooKind.TABOO: Severity.SERIOUS, TabooKind.ALLERGY: Severity.DANGER}
"""The one rule for a taboo or allergy whose severity nobody gave (a new row, an import):
err on the side of the guest — a taboo is serious, an allergy a danger."""


def new_taboo(text: str, kind: TabooKind) -> Taboo:
    return Taboo(text, kind, DEFAULT_SEVERITY[kind])


@dataclass(frozen=True)
class SpecialDate:
    kind: SpecialDateKind
    date: PartialDate
    label: str = ""


@dataclass(frozen=True)
class FieldError:
    """One refused field: `message` is English (CLI, logs); `code` is stable (the UI translates
    it, putting `value`, the refused text if any, in its place)."""

    field: str
    message: str
    code: str = ""
    value: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass
class GuestDraft:
    """What staff (or an import row) say about a guest; validated before it is stored."""

    name: str
    member_no: str | None = None
    native_name: str = ""
    latin_name: str = ""
    pronunciation: str = ""
    """How the guest says their name, as they told us: wins over the computed reading."""
    honorific: str = ""
    gender: Gender | None = None
    phones: list[Phone] = field(default_factory=list)
    email: str = ""
    company: str = ""
    nationality: str = ""
    language: str = ""
    tier: Tier = Tier.P
    notes: str = ""
    preferences: list[Preference] = field(default_factory=list)
    taboos: list[Taboo] = field(default_factory=list)
    special_dates: list[SpecialDate] = field(default_factory=list)
    stays: list[Stay] = field(default_factory=list)

    def birthday(self) -> PartialDate | None:
        return _first_date(self.special_dates, SpecialDateKind.BIRTHDAY)

    def anniversary(self) -> PartialDate | None:
        return _first_date(self.special_dates, SpecialDateKind.ANNIVERSARY)


@dataclass
class GuestRecord(GuestDraft):
    """A stored guest, as services hand it out (never a live database object)."""

    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0  # raised by every save; a save must name the version it started from

    def draft(self) -> GuestDraft:
        """What staff can edit, without the stored-record facts."""
        return GuestDraft(**{name: getattr(self, name) for name in _DRAFT_FIELDS})


_DRAFT_FIELDS = [f.name for f in fields(GuestDraft)]


def changed_fields(before: GuestDraft, after: GuestDraft) -> list[str]:
    """The names of the editable fields that differ, in form order."""
    return [name for name in _DRAFT_FIELDS if getattr(before, name) != getattr(after, name)]


def special_dates_during(
    dates: Iterable[SpecialDate], arrival: date, departure: date
) -> list[tuple[SpecialDate, date]]:
    """The special dates falling during a stay, with the day each falls on, in day order.

    Counted from the arrival day to the departure day, both included ("birthday on
    Thursday, during the stay"); 29 February falls on 28 February in common years.
    """
    out = []
    for special in dates:
        day = special.date.next_occurrence(arrival)
        while day <= departure:
            out.append((special, day))
            day = special.date.next_occurrence(day + timedelta(days=1))
    out.sort(key=lambda pair: pair[1])
    return out


def _first_date(dates: list[SpecialDate], kind: SpecialDateKind) -> PartialDate | None:
    return next((d.date for d in dates if d.kind == kind), None)


def check_text(
    value: str, field_name: str, *, max_len: int, required: bool = False, multiline: bool = False
) -> list[FieldError]:
    """Errors for one text value; an empty list means it may be stored as is."""
    if not value and not required:
        return []
    errors: list[FieldError] = []
    if required and not value.strip():
        errors.append(FieldError(field_name, "is required", "required"))
    if len(value) > max_len:
        errors.append(FieldError(field_name, f"is {len(value)} characters long (max {max_len})"))
    bad = (_CONTROL if multiline else _CONTROL_SINGLE_LINE).search(value)
    if bad:
        code = f"U+{ord(bad.group()):04X}"
        name = unicodedata.name(bad.group(), "control character")
        errors.append(
            FieldError(field_name, f"contains an invisible control character {code} ({name})")
        )
    return errors


def validate_guest(draft: GuestDraft) -> list[FieldError]:
    """Every problem with a draft, each naming its field."""
    errors = check_text(draft.name, "name", max_len=NAME_MAX, required=True)
    if draft.member_no is not None:
        errors += check_text(draft.member_no, "member_no", max_len=64, required=True)
    for field_name in ("native_name", "latin_name"):
        errors += check_text(getattr(draft, field_name), field_name, max_len=NAME_MAX)
    errors += check_text(draft.pronunciation, "pronunciation", max_len=PRONUNCIATION_MAX)
    for field_name in ("honorific", "company", "nationality", "language"):
        errors += check_text(getattr(draft, field_name), field_name, max_len=SHORT_MAX)
    errors += check_text(draft.email, "email", max_len=EMAIL_MAX)
    if draft.email and not _EMAIL.match(draft.email):
        errors.append(FieldError("email", f"{draft.email!r} is not an e-mail address"))
    errors += check_text(draft.notes, "notes", max_len=NOTES_MAX, multiline=True)
    for pref in draft.preferences:
        errors += check_text(pref.text, "preferences", max_len=ITEM_MAX, required=True)
    for taboo in draft.taboos:
        errors += check_text(taboo.text, "taboos", max_len=ITEM_MAX, required=True)
    for special in draft.special_dates:
        errors += check_text(special.label, "special_dates", max_len=SHORT_MAX)
    for stay in draft.stays:
        if stay.departure < stay.arrival:
            errors.append(
                FieldError("stays", f"departure {stay.departure} is before arrival {stay.arrival}")
            )
        errors += check_text(stay.room, "stays", max_len=32)
        errors += check_text(stay.notes, "stays", max_len=NOTES_MAX, multiline=True)
    seen: set[str] = set()
    for phone in draft.phones:
        if phone.e164 in seen:
            errors.append(FieldError("phone", f"{phone.original!r} is listed twice"))
        seen.add(phone.e164)
    return errors
