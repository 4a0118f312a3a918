"""Translated labels for domain values (tiers, service levels, categories…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vipdesk.domain.guest import Gender, PreferenceCategory, Severity, SpecialDateKind, TabooKind
from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.tiers import Tier


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def tier(value: Tier) -> str:
    return {
        Tier.P: _t("Regular (P)"),
        Tier.IP: _t("Important (IP)"),
        Tier.VIP: _t("VIP"),
        Tier.VVIP: _t("Double VIP"),
        Tier.VVVIP: _t("Triple VIP"),
    }[value]


def tier_short(value: Tier) -> str:
    return {
        Tier.P: _t("P"),
        Tier.IP: _t("IP"),
        Tier.VIP: _t("VIP"),
        Tier.VVIP: _t("VVIP"),
        Tier.VVVIP: _t("VVVIP"),
    }[value]


def service_level(value: ServiceLevel) -> str:
    return {
        ServiceLevel.ANSWER: _t("Answer every question"),
        ServiceLevel.KEEP_IN_TOUCH: _t("Keep in touch"),
        ServiceLevel.DEDICATED: _t("A dedicated person"),
        ServiceLevel.BEYOND: _t("Beyond-standard service"),
        ServiceLevel.ADVISOR: _t("Professional advisor"),
        ServiceLevel.PARTNER: _t("Long-term partner"),
    }[value]


def category(value: PreferenceCategory) -> str:
    return {
        PreferenceCategory.ROOM: _t("Room"),
        PreferenceCategory.FOOD_DRINK: _t("Food & drink"),
        PreferenceCategory.AMENITIES: _t("Amenities"),
        PreferenceCategory.COMMUNICATION: _t("Communication"),
        PreferenceCategory.OTHER: _t("Other"),
    }[value]


def severity(value: Severity) -> str:
    return {
        Severity.CAUTION: _t("caution"),
        Severity.SERIOUS: _t("serious"),
        Severity.DANGER: _t("DANGER"),
    }[value]


def taboo_kind(value: TabooKind) -> str:
    return {TabooKind.TABOO: _t("Taboo"), TabooKind.ALLERGY: _t("Allergy")}[value]


def date_kind(value: SpecialDateKind) -> str:
    return {
        SpecialDateKind.BIRTHDAY: _t("Birthday"),
        SpecialDateKind.ANNIVERSARY: _t("Anniversary"),
        SpecialDateKind.OTHER: _t("Special day"),
    }[value]


def gender(value: Gender | None) -> str:
    if value is None:
        return ""
    return {Gender.FEMALE: _t("female"), Gender.MALE: _t("male"), Gender.OTHER: _t("other")}[value]


def match_kind(value: MatchKind) -> str:
    return {
        MatchKind.EXACT: _t("exact"),
        MatchKind.PREFIX: _t("starts with"),
        MatchKind.INITIALS: _t("initials"),
        MatchKind.INSIDE: _t("inside"),
        MatchKind.FUZZY: _t("similar"),
    }[value]


def matched_field(value: str) -> str:
    return {
        "name": _t("name"),
        "pinyin": _t("pinyin"),
        "initials": _t("initials"),
        "phone": _t("phone"),
        "member_no": _t("member no."),
        "email": _t("e-mail"),
        "company": _t("company"),
        "room": _t("room"),
    }.get(value, value)


def countdown(kind: SpecialDateKind, days: int) -> str:
    """'Birthday today', 'Anniversary in 3 days'…"""
    what = date_kind(kind)
    if days == 0:
        return _t("%1 today!").replace("%1", what)
    if days == 1:
        return _t("%1 tomorrow").replace("%1", what)
    return QCoreApplication.translate("Labels", "%1 in %n day(s)", "", days).replace("%1", what)
