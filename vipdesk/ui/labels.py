"""Translated labels for domain values (tiers, service levels, categories…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vipdesk.domain.complaints import CATEGORIES, DEPARTMENTS
from vipdesk.domain.guest import Gender, PreferenceCategory, Severity, SpecialDateKind, TabooKind
from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.tiers import Tier


def tier(value: Tier) -> str:
    return {
        Tier.P: QCoreApplication.translate("Labels", "Regular (P)"),
        Tier.IP: QCoreApplication.translate("Labels", "Important (IP)"),
        Tier.VIP: QCoreApplication.translate("Labels", "VIP"),
        Tier.VVIP: QCoreApplication.translate("Labels", "Double VIP"),
        Tier.VVVIP: QCoreApplication.translate("Labels", "Triple VIP"),
    }[value]


def tier_short(value: Tier) -> str:
    return {
        Tier.P: QCoreApplication.translate("Labels", "P"),
        Tier.IP: QCoreApplication.translate("Labels", "IP"),
        Tier.VIP: QCoreApplication.translate("Labels", "VIP"),
        Tier.VVIP: QCoreApplication.translate("Labels", "VVIP"),
        Tier.VVVIP: QCoreApplication.translate("Labels", "VVVIP"),
    }[value]


def service_level(value: ServiceLevel) -> str:
    return {
        ServiceLevel.ANSWER: QCoreApplication.translate("Labels", "Answer every question"),
        ServiceLevel.KEEP_IN_TOUCH: QCoreApplication.translate("Labels", "Keep in touch"),
        ServiceLevel.DEDICATED: QCoreApplication.translate("Labels", "A dedicated person"),
        ServiceLevel.BEYOND: QCoreApplication.translate("Labels", "Beyond-standard service"),
        ServiceLevel.ADVISOR: QCoreApplication.translate("Labels", "Professional advisor"),
        ServiceLevel.PARTNER: QCoreApplication.translate("Labels", "Long-term partner"),
    }[value]


def category(value: PreferenceCategory) -> str:
    return {
        PreferenceCategory.ROOM: QCoreApplication.translate("Labels", "Room"),
        PreferenceCategory.FOOD_DRINK: QCoreApplication.translate("Labels", "Food & drink"),
        PreferenceCategory.AMENITIES: QCoreApplication.translate("Labels", "Amenities"),
        PreferenceCategory.COMMUNICATION: QCoreApplication.translate("Labels", "Communication"),
        PreferenceCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def severity(value: Severity) -> str:
    return {
        Severity.CAUTION: QCoreApplication.translate("Labels", "caution"),
        Severity.SERIOUS: QCoreApplication.translate("Labels", "serious"),
        Severity.DANGER: QCoreApplication.translate("Labels", "DANGER"),
    }[value]


def taboo_kind(value: TabooKind) -> str:
    return {
        TabooKind.TABOO: QCoreApplication.translate("Labels", "Taboo"),
        TabooKind.ALLERGY: QCoreApplication.translate("Labels", "Allergy"),
    }[value]


def date_kind(value: SpecialDateKind) -> str:
    return {
        SpecialDateKind.BIRTHDAY: QCoreApplication.translate("Labels", "Birthday"),
        SpecialDateKind.ANNIVERSARY: QCoreApplication.translate("Labels", "Anniversary"),
        SpecialDateKind.OTHER: QCoreApplication.translate("Labels", "Special day"),
    }[value]


def gender(value: Gender | None) -> str:
    if value is None:
        return ""
    return {
        Gender.FEMALE: QCoreApplication.translate("Labels", "female"),
        Gender.MALE: QCoreApplication.translate("Labels", "male"),
        Gender.OTHER: QCoreApplication.translate("Labels", "other"),
    }[value]


def match_kind(value: MatchKind) -> str:
    return {
        MatchKind.EXACT: QCoreApplication.translate("Labels", "exact"),
        MatchKind.PREFIX: QCoreApplication.translate("Labels", "starts with"),
        MatchKind.INITIALS: QCoreApplication.translate("Labels", "initials"),
        MatchKind.INSIDE: QCoreApplication.translate("Labels", "inside"),
        MatchKind.FUZZY: QCoreApplication.translate("Labels", "similar"),
    }[value]


def phone_tail_match() -> str:
    """A phone number found by the last digits typed."""
    return QCoreApplication.translate("Labels", "ends with")


def matched_field(value: str) -> str:
    return {
        "name": QCoreApplication.translate("Labels", "name"),
        "pinyin": QCoreApplication.translate("Labels", "pinyin"),
        "initials": QCoreApplication.translate("Labels", "initials"),
        "phone": QCoreApplication.translate("Labels", "phone"),
        "member_no": QCoreApplication.translate("Labels", "member no."),
        "email": QCoreApplication.translate("Labels", "e-mail"),
        "company": QCoreApplication.translate("Labels", "company"),
        "room": QCoreApplication.translate("Labels", "room"),
    }.get(value, value)


def countdown(kind: SpecialDateKind, days: int) -> str:
    """'Birthday today', 'Anniversary in 3 days'…"""
    what = date_kind(kind)
    if days == 0:
        return QCoreApplication.translate("Labels", "%1 today!").replace("%1", what)
    if days == 1:
        return QCoreApplication.translate("Labels", "%1 tomorrow").replace("%1", what)
    return QCoreApplication.translate("Labels", "%1 in %n day(s)", "", days).replace("%1", what)


def complaint_status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "open"),
        "in_progress": QCoreApplication.translate("Labels", "in progress"),
        "resolved": QCoreApplication.translate("Labels", "resolved"),
        "followed_up": QCoreApplication.translate("Labels", "followed up"),
        "closed": QCoreApplication.translate("Labels", "closed"),
    }.get(code, code)


def complaint_category(code: str, table: dict[str, str] | None = None) -> str:
    """A category in the UI language; a hotel's own category or relabelling shows as set."""
    standard = {
        "attitude": QCoreApplication.translate("Labels", "service attitude"),
        "slow_service": QCoreApplication.translate("Labels", "slow or untimely service"),
        "rigid_rules": QCoreApplication.translate("Labels", "rigid rules"),
        "facilities": QCoreApplication.translate("Labels", "facilities"),
        "cleanliness": QCoreApplication.translate("Labels", "cleanliness"),
        "noise": QCoreApplication.translate("Labels", "noise"),
        "billing": QCoreApplication.translate("Labels", "billing"),
        "food": QCoreApplication.translate("Labels", "food"),
        "other": QCoreApplication.translate("Labels", "other"),
    }
    return _coded(code, table, standard, CATEGORIES)


def department(code: str, table: dict[str, str] | None = None) -> str:
    """A department in the UI language; a hotel's own department or relabelling shows as set."""
    standard = {
        "front_office": QCoreApplication.translate("Labels", "front office"),
        "housekeeping": QCoreApplication.translate("Labels", "housekeeping"),
        "food_beverage": QCoreApplication.translate("Labels", "food & beverage"),
        "engineering": QCoreApplication.translate("Labels", "engineering"),
        "other": QCoreApplication.translate("Labels", "other department"),
    }
    return _coded(code, table, standard, DEPARTMENTS)


def _coded(
    code: str, table: dict[str, str] | None, standard: dict[str, str], defaults: dict[str, str]
) -> str:
    own = (table or {}).get(code)
    if code in standard and (own is None or own == defaults.get(code)):
        return standard[code]
    return own or code


def complaint_severity(code: str) -> str:
    return {
        "low": QCoreApplication.translate("Labels", "low"),
        "medium": QCoreApplication.translate("Labels", "medium"),
        "high": QCoreApplication.translate("Labels", "high"),
        "critical": QCoreApplication.translate("Labels", "critical"),
    }.get(code, code)


def complaint_event(kind: str) -> str:
    """What a history entry records."""
    return {
        "created": QCoreApplication.translate("Labels", "logged"),
        "imported": QCoreApplication.translate("Labels", "imported"),
        "status": QCoreApplication.translate("Labels", "status"),
        "edited": QCoreApplication.translate("Labels", "edited"),
        "note": QCoreApplication.translate("Labels", "note"),
    }.get(kind, kind)


def error_text(exc: BaseException) -> str:
    """What went wrong, in the UI language as far as the messages are known."""
    errors = getattr(exc, "errors", None)  # ValidationFailed: one message per field
    if errors:
        return "; ".join(message(e.message) for e in errors)
    return message(str(exc))


def message(text: str) -> str:
    """A service's message in the UI language, when it is one of the common ones.

    The services speak English (the CLI and logs use them as they are); the messages a
    receptionist or duty manager meets most often are translated here. Others stay English.
    """
    known = {
        "is required": QCoreApplication.translate("Messages", "is required"),
        "is empty": QCoreApplication.translate("Messages", "is empty"),
        "is in the future": QCoreApplication.translate("Messages", "is in the future"),
        "is before the complaint happened": QCoreApplication.translate(
            "Messages", "is before the complaint happened"
        ),
        "is not between 1 and 5": QCoreApplication.translate("Messages", "is not between 1 and 5"),
        "say what the guest answered": QCoreApplication.translate(
            "Messages", "say what the guest answered"
        ),
        "only a duty manager or an admin can close a complaint": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can close a complaint"
        ),
        "only a duty manager or an admin can change staff roles": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can change staff roles"
        ),
        "only a duty manager or an admin can change the hotel's details": (
            QCoreApplication.translate(
                "Messages", "only a duty manager or an admin can change the hotel's details"
            )
        ),
        "a closed complaint cannot be edited; add a note instead": QCoreApplication.translate(
            "Messages", "a closed complaint cannot be edited; add a note instead"
        ),
    }
    return known.get(text, text)
