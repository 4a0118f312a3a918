"""How to say a guest's name: pinyin with tone marks for the Han characters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from vipdesk.domain.surnames import COMPOUND_SURNAMES, SURNAME_READINGS, TWO_READINGS

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_NOT_MANDARIN = ("ja", "ko")
_LONGEST_COMPOUND = max(len(s) for s in COMPOUND_SURNAMES)


def addressed(name: str, honorific: str) -> str:
    """How to write name and honorific together: 诸葛亮 先生, 山田太郎 様, but Mr Seán O'Brien."""
    if not honorific:
        return name
    if _HAN_RUN.search(name) or re.search(r"[\u3040-\u30ff]", name):
        return f"{name} {honorific}"
    return f"{honorific} {name}"


def guest_reading(
    name: str, native_name: str = "", recorded: str | None = None, *, language: str = ""
) -> str:
    """The reading shown for a guest (profile, search JSON): of the native name if any.

    A Japanese or Korean guest's Han characters are not read as Mandarin (山田太郎 is not
    Shān Tián): no pinyin for them, only a recorded reading.
    """
    if language.lower().startswith(_NOT_MANDARIN) or _KANA.search(native_name or name):
        return recorded.strip() if recorded else ""
    return pronounce(native_name or name, recorded)


def pronounce(name: str, recorded: str | None = None) -> str:
    """`欧阳娜娜` → `Ōuyáng Nànà`; names without Han characters give ''.

    The guest's own `recorded` reading, when there is one, wins: the guest is the
    authority on their name. Otherwise the surname is read as a surname (单 → Shàn,
    万俟 → Mòqí) and written apart from the given name; a surname with two accepted
    readings shows both (宓 → `Mì / Fú`).
    """
    if recorded and recorded.strip():
        return recorded.strip()
    runs = _HAN_RUN.findall(name)
    if not runs:
        return ""
    run = runs[0]
    surname, reading = split_surname(run)
    given = run[len(surname) :]
    parts = [reading] if reading else []
    if given:
        parts.append(_toned(given).capitalize())
    return " ".join(p for p in parts if p)


def split_surname(run: str) -> tuple[str, str]:
    """(surname as written, its reading) at the start of a run of Han characters."""
    if not run:
        return "", ""
    for length in range(min(_LONGEST_COMPOUND, len(run)), 1, -1):
        reading = COMPOUND_SURNAMES.get(_simplified(run[:length]))
        if reading:
            return run[:length], reading
    first = _simplified(run[0])
    if first in TWO_READINGS:
        return run[0], " / ".join(TWO_READINGS[first])
    reading = SURNAME_READINGS.get(first) or _toned(run[0]).capitalize()
    return run[0], reading


@lru_cache(maxsize=4096)
def _simplified(text: str) -> str:
    from vipdesk.domain.search_text import fold  # OpenCC t2s, loaded with the search code

    return fold(text)


def _toned(text: str) -> str:
    from pypinyin import Style, pinyin  # loaded on first use (it takes half a second)

    syllables = [s[0] for s in pinyin(text, style=Style.TONE, heteronym=False, errors="ignore")]
    out = ""
    for syllable in syllables:
        # Xī'ān, Wǎn'ér: an apostrophe before a syllable that starts with a, o or e.
        if out and unicodedata.normalize("NFD", syllable)[:1] in ("a", "o", "e"):
            out += "'"
        out += syllable
    return out
