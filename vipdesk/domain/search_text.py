"""One normaliser for search: what a guest is indexed under, and what a query means.

Both sides go through the same functions, so a guest is found by the forms a receptionist
types: Chinese characters in either script, full pinyin, pinyin initials, Latin names
without their accents, apostrophes or hyphens, phone numbers by any formatting or by their
last digits, member numbers, e-mail addresses and company names.

Index tokens contain only [a-z0-9] and CJK/kana characters, separated by spaces.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import opencc

from vipdesk.domain import surnames

if TYPE_CHECKING:
    from vipdesk.domain.guest import GuestDraft

MAX_READINGS = 16  # pinyin spellings indexed per name: enough for polyphonic surnames
_CONVERTER = opencc.OpenCC("t2s")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_KANA = r"\u3040-\u30ff\u31f0-\u31ff"
_CJK_RUN = re.compile(f"[{_HAN}{_KANA}]+")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_WORD = re.compile(f"[a-z0-9]+|[{_HAN}{_KANA}]+")
_JOINERS = re.compile(r"['’‘`´ʼ\-‐‑–—·・.]")
_SPECIAL = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ĳ": "ij",
    }
)


def fold(text: str) -> str:
    """Lower-case, accents off, traditional → simplified; keeps CJK, letters and digits."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKC", text)
    text = _CONVERTER.convert(text) if _HAN_CHAR.search(text) and _needs_t2s(text) else text
    text = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def _needs_t2s(text: str) -> bool:
    """False when OpenCC's t2s cannot change the text (most names: no traditional
    character in them), which skips its slow pure-Python conversion."""
    triggers = _t2s_triggers()
    return triggers is None or not triggers.isdisjoint(text)


@lru_cache(maxsize=1)
def _t2s_triggers() -> frozenset[str] | None:
    """Characters of which every key of the t2s dictionaries holds at least one: the
    single-character keys, and all characters of the few phrase keys without one."""
    try:
        _CONVERTER.convert("")  # loads the dictionaries
        groups = _CONVERTER._dict_chain_data
        keys = [key for group in groups for _longest, _shortest, table in group for key in table]
    except (AttributeError, TypeError, ValueError):  # another opencc: always convert
        return None
    singles = {key for key in keys if len(key) == 1}
    return frozenset(singles | {c for key in keys if singles.isdisjoint(key) for c in key})


_APOSTROPHES = re.compile(r"['’‘`´ʼ]")
_NON_DIGITS = re.compile(r"\D")


def words(text: str) -> list[str]:
    """`José Müller-Lüdenscheidt` → ['jose', 'muller', 'ludenscheidt']; `O'Brien` → ['obrien']."""
    folded = fold(text)
    # Apostrophes join (O'Brien → obrien); hyphens separate words but are also indexed joined.
    folded = _APOSTROPHES.sub("", folded)
    return _WORD.findall(_JOINERS.sub(" ", folded))


@lru_cache(maxsize=65536)
def readings(char: str) -> tuple[str, ...]:
    """Every pinyin reading of one Han character, `ü` spelled both `v` and `u`.

    The same as pypinyin's `pinyin(char, style=NORMAL, heteronym=True)` (a test compares
    every character), read straight from its character table: importing pypinyin itself
    loads its phrase dictionary too, over 50 MB that single characters never use.
    """
    raw = _pinyin_table().get(ord(char), "") if len(char) == 1 else ""
    out: list[str] = []
    for reading in dict.fromkeys(_without_tone(r) for r in raw.split(",") if r):
        for spelling in (reading, reading.replace("v", "u")):
            if spelling.isascii() and spelling.isalpha() and spelling not in out:
                out.append(spelling)
    return tuple(out)


_TONE_MARKS = "\u0300\u0301\u0304\u030c"


def _without_tone(reading: str) -> str:
    """`lǚ` → `lv`, `ê̄` → `ê` (pypinyin's NORMAL style: only the tone marks go)."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """pypinyin's table of code point → readings with tone marks ("hǎo,hào")."""
    spec = importlib.util.find_spec("pypinyin")  # finds the package without importing it
    folder = next(iter(spec.submodule_search_locations or []), None) if spec else None
    try:
        if folder is None:
            raise OSError("pypinyin has no package folder")
        data = json.loads(Path(folder, "pinyin_dict.json").read_text(encoding="utf-8"))
        return {int(k): v for k, v in data.items()}
    except (OSError, ValueError):  # laid out differently (a bundle): the slow way
        from pypinyin.pinyin_dict import pinyin_dict

        return dict(pinyin_dict)


def _toneless(reading: str) -> str:
    """`Lǚ` → `lv`, `Shàn` → `shan`: the spelling the index uses."""
    decomposed = unicodedata.normalize("NFD", reading.lower()).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# How a polyphonic character is read when it is a surname (单 is Shàn, not dān), from the
# surname data the profile reads too. Every other reading is indexed as well.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    char: (_toneless(reading),) for char, reading in surnames.SURNAME_READINGS.items()
} | {char: tuple(map(_toneless, pair)) for char, pair in surnames.TWO_READINGS.items()}


def pinyin_spellings(run: str, *, surname: bool = False) -> tuple[list[list[str]], list[list[str]]]:
    """(usual spellings, other readings) of a run of Han characters, as syllable lists.

    The usual spelling takes each character's common reading (the surname reading for the
    first character when `surname`), with `ü` as both `v` and `u`; the other readings
    cover every remaining combination, capped at MAX_READINGS.
    """
    per_char = [readings(c) or (c,) for c in run]
    usual_per_char: list[tuple[str, ...]] = []
    for i, (char, options) in enumerate(zip(run, per_char, strict=True)):
        said = SURNAME_READINGS.get(char, ()) if surname and i == 0 else ()
        variants = [v for first in said or options[:1] for v in (first, first.replace("v", "u"))]
        usual_per_char.append(tuple(dict.fromkeys(variants)))
    usual = [list(c) for c in itertools.product(*usual_per_char)]
    seen = {tuple(c) for c in usual}
    other = [
        list(c)
        for c in itertools.islice(itertools.product(*per_char), MAX_READINGS)
        if c not in seen
    ]
    return usual, other


@dataclass
class GuestKeys:
    """The search tokens of one guest, by column."""

    name: set[str] = field(default_factory=set)
    name_inner: set[str] = field(default_factory=set)
    pinyin: set[str] = field(default_factory=set)
    pinyin_alt: set[str] = field(default_factory=set)
    pinyin_inner: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    phone: set[str] = field(default_factory=set)
    tail: set[str] = field(default_factory=set)
    member: set[str] = field(default_factory=set)
    email: set[str] = field(default_factory=set)
    company: set[str] = field(default_factory=set)

    def columns(self) -> tuple[str, ...]:
        return tuple(" ".join(sorted(getattr(self, c))) for c in COLUMNS)


COLUMNS = (
    "name",
    "name_inner",
    "pinyin",
    "pinyin_alt",
    "pinyin_inner",
    "initials",
    "phone",
    "tail",
    "member",
    "email",
    "company",
)


def guest_keys(draft: GuestDraft) -> GuestKeys:
    """Every search token of a guest: names, phones, member number, e-mail, company."""
    keys = GuestKeys()
    for name in {draft.name, draft.native_name, draft.latin_name}:
        if name:
            add_name(keys, name)
    for phone in draft.phones:
        add_phone(keys, phone.e164)
    add_member_no(keys, draft.member_no)
    add_email(keys, draft.email)
    add_company(keys, draft.company)
    return keys


def add_name(keys: GuestKeys, name: str) -> None:
    for column, tokens in zip(_NAME_COLUMNS, _name_tokens(name), strict=True):
        getattr(keys, column).update(tokens)


_NAME_COLUMNS = ("name", "name_inner", "pinyin", "pinyin_alt", "pinyin_inner", "initials")


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[tuple[str, ...], ...]:
    # Names repeat a great deal in a hotel's file (王伟, John Smith): the common ones are
    # computed once. Bounded: at 200,000 names the cache alone held over 100 MB. Tuples,
    # not sets: a third of the memory (the caller adds them to its sets).
    keys = GuestKeys()
    _add_name(keys, name)
    return tuple(tuple(getattr(keys, c)) for c in _NAME_COLUMNS)


def _add_name(keys: GuestKeys, name: str) -> None:
    parts = words(name)
    if not parts:
        return
    keys.name.update(parts)
    latin = [p for p in parts if p.isascii()]
    if len(latin) > 1:
        keys.name.add("".join(latin))
        keys.initials.add("".join(p[0] for p in latin))
    for index, part in enumerate(parts):
        if not part.isascii():
            _add_cjk_run(keys, part, surname=index == 0)
    # "山田 太郎" is found as typed without the space too: 山田太郎, 山田太, 田太郎.
    cjk = [p for p in parts if not p.isascii()]
    if len(cjk) > 1:
        joined = "".join(cjk)
        keys.name.add(joined)
        _add_cjk_run(keys, joined, surname=parts[0] == cjk[0])


def _add_cjk_run(keys: GuestKeys, run: str, *, surname: bool) -> None:
    # A CJK run: found from any character on (given name alone), and by pinyin. A
    # Chinese name starts with the surname.
    keys.name_inner.update(run[i:] for i in range(1, len(run)))
    usual, other = pinyin_spellings(run, surname=surname)
    for target, spellings in ((keys.pinyin, usual), (keys.pinyin_alt, other)):
        for syllables in spellings:
            target.add("".join(syllables))
            keys.initials.add("".join(s[0] for s in syllables))
    for syllables in usual:  # the given name alone, as it is usually read
        keys.pinyin_inner.update("".join(syllables[i:]) for i in range(1, len(syllables)))


def add_phone(keys: GuestKeys, e164: str) -> None:
    digits = e164.split(";", 1)[0].lstrip("+")
    if not digits:
        return
    keys.phone.add(digits)
    national = _national(digits)
    keys.phone.add(national)
    keys.tail.add(national[::-1])


def _national(digits: str) -> str:
    # Enough for the tail and for typing a number without its country code.
    for code in ("86", "852", "853", "886", "81", "82", "44", "49", "33", "1"):
        if digits.startswith(code) and len(digits) - len(code) >= 7:
            return digits[len(code) :]
    return digits


def add_member_no(keys: GuestKeys, member_no: str | None) -> None:
    if member_no:
        token = "".join(words(member_no))
        if token:
            keys.member.add(token)
            digits = _NON_DIGITS.sub("", token)
            if digits and digits != token:
                keys.member.add(digits.lstrip("0") or digits)


def add_email(keys: GuestKeys, email: str) -> None:
    if email:
        folded = fold(email)
        local = folded.split("@", 1)[0]
        keys.email.add("".join(_WORD.findall(folded)))
        keys.email.add("".join(_WORD.findall(local)))
        keys.email.discard("")


def add_company(keys: GuestKeys, company: str) -> None:
    if company:
        keys.company.update(_company_tokens(company))


@lru_cache(maxsize=50_000)
def _company_tokens(company: str) -> frozenset[str]:
    keys = GuestKeys()
    _add_company(keys, company)
    return frozenset(keys.company)


def _add_company(keys: GuestKeys, company: str) -> None:
    parts = words(company)
    keys.company.update(parts)
    if len(parts) > 1:
        keys.company.add("".join(parts))
    for part in parts:
        if not part.isascii():
            usual, _other = pinyin_spellings(part)
            keys.company.update("".join(syllables) for syllables in usual)


# ---- queries -------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """A typed query, normalised: what to look up, in which forms."""

    raw: str
    words: tuple[str, ...]
    joined: str
    digits: str

    @property
    def empty(self) -> bool:
        return not self.joined


def parse_query(text: str, max_len: int = 200) -> Query:
    """Normalise what was typed. Anything that is not a letter, digit or CJK is ignored."""
    text = text[:max_len]
    ws = tuple(words(text))
    joined = "".join(ws)
    digits = re.sub(r"\D", "", text) if re.fullmatch(r"[\d\s+\-().]+", text.strip() or "x") else ""
    return Query(raw=text, words=ws, joined=joined, digits=digits)
