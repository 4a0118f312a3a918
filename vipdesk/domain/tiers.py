"""The five guest tiers, lowest to highest, and their one label per language.

The codes (P, IP, VIP, VVIP, VVVIP) are for files and scripts (JSON, CSV); people read
the labels. The screens translate through Qt (ui/labels.py), with these same words.
"""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    P = "P"
    IP = "IP"
    VIP = "VIP"
    VVIP = "VVIP"
    VVVIP = "VVVIP"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    @property
    def label_zh(self) -> str:
        return _ZH[self]

    @property
    def label_en(self) -> str:
        return _EN[self]


_ORDER = [Tier.P, Tier.IP, Tier.VIP, Tier.VVIP, Tier.VVVIP]
_ZH = {
    Tier.P: "普通",
    Tier.IP: "重要",
    Tier.VIP: "VIP",
    Tier.VVIP: "双VIP",
    Tier.VVVIP: "三VIP",
}
_ZH_TW = {**_ZH, Tier.VVIP: "雙VIP"}
_EN = {
    Tier.P: "Regular",
    Tier.IP: "Important",
    Tier.VIP: "VIP",
    Tier.VVIP: "Double VIP",
    Tier.VVVIP: "Triple VIP",
}
LABELS: dict[str, dict[Tier, str]] = {"zh_CN": _ZH, "zh_TW": _ZH_TW, "en": _EN}


def tier_label(tier: Tier, language: str) -> str:
    """The tier's one label in a language (zh_CN, zh_TW, en; zh_HK and zh_MO read 繁體)."""
    if language in LABELS:
        return LABELS[language][tier]
    if language.startswith(("zh_TW", "zh_HK", "zh_MO", "zh_Hant")):
        return _ZH_TW[tier]
    return (_ZH if language.startswith("zh") else _EN)[tier]


def printed_label(tier: Tier) -> str:
    """On bilingual printed documents: 中文 then English, once when they are the same."""
    zh, en = _ZH[tier], _EN[tier]
    return zh if zh == en else f"{zh} {en}"


_ALIASES: dict[str, Tier] = {}
for _tier in _ORDER:
    for _alias in (_tier.value, _ZH[_tier], _ZH_TW[_tier], _EN[_tier]):
        _ALIASES[_alias.casefold().replace(" ", "")] = _tier


def parse_tier(text: str) -> Tier:
    """Read a tier code or label (`VVIP`, `双VIP`, `Double VIP`…); ValueError if unknown."""
    key = text.strip().casefold().replace(" ", "")
    try:
        return _ALIASES[key]
    except KeyError:
        allowed = "P, IP, VIP, VVIP, VVVIP / 普通, 重要, VIP, 双VIP, 三VIP"
        raise ValueError(f"unknown tier {text.strip()!r} (expected one of {allowed})") from None
