"""How to say a guest's name: pinyin with tone marks for the Han characters."""

from __future__ import annotations

import re

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")

_TONED_SURNAMES = {
    "单": "Shàn",
    "曾": "Zēng",
    "解": "Xiè",
    "仇": "Qiú",
    "朴": "Piáo",
    "区": "Ōu",
    "查": "Zhā",
    "盖": "Gě",
    "乐": "Yuè",
    "覃": "Qín",
    "缪": "Miào",
    "翟": "Zhái",
    "员": "Yùn",
    "种": "Chóng",
    "召": "Shào",
    "秘": "Bì",
    "繁": "Pó",
    "尉": "Yù",
    "长": "Cháng",
    "折": "Shé",
    "黑": "Hè",
}
_COMPOUND = (
    "欧阳",
    "歐陽",
    "诸葛",
    "諸葛",
    "司马",
    "司馬",
    "上官",
    "东方",
    "東方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "長孫",
    "夏侯",
    "端木",
    "司徒",
    "西门",
    "南宫",
)


def addressed(name: str, honorific: str) -> str:
    """How to write name and honorific together: 诸葛亮 先生, 山田太郎 様, but Mr Seán O'Brien."""
    if not honorific:
        return name
    if _HAN_RUN.search(name) or re.search(r"[\u3040-\u30ff]", name):
        return f"{name} {honorific}"
    return f"{honorific} {name}"


def pronounce(name: str) -> str:
    """`欧阳娜娜` → `Ōuyáng Nàna`-style reading; names without Han characters give ''.

    The surname is read as a surname (单 → Shàn), written apart from the given name.
    """
    runs = _HAN_RUN.findall(name)
    if not runs:
        return ""
    run = runs[0]
    surname_len = 2 if run[:2] in _COMPOUND else 1
    surname, given = run[:surname_len], run[surname_len:]
    parts = []
    if surname:
        parts.append(_toned(surname, first_is_surname=True).capitalize())
    if given:
        parts.append(_toned(given).capitalize())
    return " ".join(p for p in parts if p)


def _toned(text: str, *, first_is_surname: bool = False) -> str:
    from pypinyin import Style, pinyin  # loaded on first use (it takes half a second)

    syllables = [s[0] for s in pinyin(text, style=Style.TONE, heteronym=False, errors="ignore")]
    if first_is_surname and text[0] in _TONED_SURNAMES and syllables:
        syllables[0] = _TONED_SURNAMES[text[0]].lower()
    return "".join(syllables)
