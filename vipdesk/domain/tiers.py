"""The five guest tiers, lowest to highest."""

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
_EN = {
    Tier.P: "Regular",
    Tier.IP: "Important",
    Tier.VIP: "VIP",
    Tier.VVIP: "Double VIP",
    Tier.VVVIP: "Triple VIP",
}
_ALIASES: dict[str, Tier] = {}
for _tier in _ORDER:
    for _alias in (_tier.value, _ZH[_tier], _EN[_tier]):
        _ALIASES[_alias.casefold().replace(" ", "")] = _tier
# Common spellings seen in hotel spreadsheets.
_ALIASES.update({"双vip": Tier.VVIP, "雙vip": Tier.VVIP, "三vip": Tier.VVVIP, "普通": Tier.P})


def parse_tier(text: str) -> Tier:
    """Read a tier code or label (`VVIP`, `双VIP`, `Double VIP`…); ValueError if unknown."""
    key = text.strip().casefold().replace(" ", "")
    try:
        return _ALIASES[key]
    except KeyError:
        allowed = "P, IP, VIP, VVIP, VVVIP / 普通, 重要, VIP, 双VIP, 三VIP"
        raise ValueError(f"unknown tier {text.strip()!r} (expected one of {allowed})") from None
