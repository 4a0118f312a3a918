"""Festivals worth a greeting, per region, and the guest's region.

A curated list, not a calendar of public holidays: days of mourning (清明, 中元) are
never on it, and the greeting goes out for the festival itself (Hong Kong's day off after
Mid-Autumn is not the festival). tests/unit/test_festivals.py checks these dates against
the `holidays` package for the regions it knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import phonenumbers

from vipdesk.domain.lunar import LunarDay, solar_in_range


@dataclass(frozen=True)
class Festival:
    code: str
    zh: str
    en: str
    solar: tuple[int, int] | None = None
    lunar: LunarDay | None = None

    def dates(self, start: date, end: date) -> list[date]:
        if self.lunar is not None:
            return solar_in_range(self.lunar, start, end)
        assert self.solar is not None
        month, day = self.solar
        found = (date(y, month, day) for y in range(start.year, end.year + 1))
        return [d for d in found if start <= d <= end]


FESTIVALS = {
    f.code: f
    for f in (
        Festival("new_year", "元旦", "New Year", solar=(1, 1)),
        Festival("spring_festival", "春节", "Spring Festival", lunar=LunarDay(1, 1)),
        Festival("lantern", "元宵节", "Lantern Festival", lunar=LunarDay(1, 15)),
        Festival("dragon_boat", "端午节", "Dragon Boat Festival", lunar=LunarDay(5, 5)),
        Festival("mid_autumn", "中秋节", "Mid-Autumn Festival", lunar=LunarDay(8, 15)),
        Festival("national_day_cn", "国庆节", "National Day", solar=(10, 1)),
        Festival("national_day_tw", "國慶日", "National Day", solar=(10, 10)),
        Festival("christmas", "圣诞节", "Christmas", solar=(12, 25)),
    )
}
NEVER = frozenset({"qingming", "清明", "zhongyuan", "中元"})
"""Days of mourning: never a greeting."""

_CHINESE = ("spring_festival", "lantern", "dragon_boat", "mid_autumn")
REGION_FESTIVALS: dict[str, tuple[str, ...]] = {
    "CN": ("new_year", *_CHINESE, "national_day_cn"),
    "HK": ("new_year", *_CHINESE, "national_day_cn", "christmas"),
    "MO": ("new_year", *_CHINESE, "national_day_cn", "christmas"),
    "TW": ("new_year", *_CHINESE, "national_day_tw"),
    "SG": ("new_year", "spring_festival", "mid_autumn", "christmas"),
    "MY": ("new_year", "spring_festival", "mid_autumn", "christmas"),
}
OTHER_REGIONS = ("new_year", "christmas")
"""Every other region: New Year and Christmas."""

# What people type in the nationality field, for the regions that matter most here.
_NATIONALITY = {
    "CN": (
        "cn",
        "chn",
        "china",
        "prc",
        "中国",
        "中國",
        "中华人民共和国",
        "中国大陆",
        "大陆",
        "内地",
    ),
    "HK": ("hk", "hkg", "hong kong", "hongkong", "香港", "中国香港", "中國香港"),
    "MO": ("mo", "mac", "macau", "macao", "澳门", "澳門", "中国澳门", "中國澳門"),
    "TW": ("tw", "twn", "taiwan", "台湾", "臺灣", "台灣", "中国台湾", "中國台灣"),
    "SG": ("sg", "sgp", "singapore", "新加坡"),
    "MY": ("my", "mys", "malaysia", "马来西亚", "馬來西亞"),
    "US": ("us", "usa", "united states", "america", "美国", "美國"),
    "GB": ("gb", "gbr", "uk", "united kingdom", "britain", "英国", "英國"),
    "JP": ("jp", "jpn", "japan", "日本"),
}
_BY_NAME = {alias: region for region, aliases in _NATIONALITY.items() for alias in aliases}


def region_of(nationality: str, phone_e164: str | None = None) -> str | None:
    """The guest's region (ISO code) from the nationality field, else the phone's country
    code; None when neither tells."""
    found = _by_nationality(nationality)
    if found is None and phone_e164:
        return _by_country_code(phone_e164[:4])
    return found


@lru_cache(maxsize=4096)
def _by_nationality(nationality: str) -> str | None:
    name = nationality.strip().casefold()
    if name in _BY_NAME:
        return _BY_NAME[name]
    if len(name) == 2 and name.isalpha() and name.isascii():
        return name.upper()
    return None


@lru_cache(maxsize=1024)
def _by_country_code(prefix: str) -> str | None:
    """The main region of the country code that starts `prefix` (`+852…` → HK)."""
    digits = prefix.lstrip("+")
    for n in (1, 2, 3):
        if digits[:n].isdigit() and int(digits[:n]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            region = phonenumbers.region_code_for_country_code(int(digits[:n]))
            return None if region == "ZZ" else region
    return None


def festivals_for(region: str | None) -> tuple[Festival, ...]:
    """The festivals a guest of `region` is greeted for (none without a region)."""
    if region is None:
        return ()
    return tuple(FESTIVALS[c] for c in REGION_FESTIVALS.get(region, OTHER_REGIONS))
