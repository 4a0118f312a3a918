"""Translated labels for domain values (tiers, service levels, categories…)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from vipdesk.domain.complaints import CATEGORIES, DEPARTMENTS
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    FieldError,
    Gender,
    PreferenceCategory,
    Severity,
    SpecialDateKind,
    TabooKind,
)
from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.tiers import Tier


def tier(value: Tier) -> str:
    """The tier's one label, the same everywhere on screen (domain.tiers.LABELS in print)."""
    return {
        Tier.P: QCoreApplication.translate("Labels", "Regular"),
        Tier.IP: QCoreApplication.translate("Labels", "Important"),
        Tier.VIP: QCoreApplication.translate("Labels", "VIP"),
        Tier.VVIP: QCoreApplication.translate("Labels", "Double VIP"),
        Tier.VVVIP: QCoreApplication.translate("Labels", "Triple VIP"),
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
        "id_document": QCoreApplication.translate("Labels", "ID document"),
        "alias": QCoreApplication.translate("Labels", "alias"),
    }.get(value, value)


class Labels(QObject):
    """The "Labels" context for plural forms: pyside6-lupdate reads a plural (%n) only from
    self.tr(), not from QCoreApplication.translate()."""

    def in_days(self, days: int) -> str:
        return self.tr("%1 in %n day(s)", "", days)


_plural_labels: Labels | None = None


def _plurals() -> Labels:
    global _plural_labels
    if _plural_labels is None:
        _plural_labels = Labels()
    return _plural_labels


def countdown(kind: SpecialDateKind, days: int) -> str:
    """'Birthday today', 'Anniversary in 3 days'…"""
    what = date_kind(kind)
    if days == 0:
        return QCoreApplication.translate("Labels", "%1 today!").replace("%1", what)
    if days == 1:
        return QCoreApplication.translate("Labels", "%1 tomorrow").replace("%1", what)
    return _plurals().in_days(days).replace("%1", what)


def month_day(value: PartialDate, today: date) -> str:
    """`08-15`; a lunar date as lunar, with the solar day it comes round next:
    `lunar 8-15 (09-25)`, 农历8月15日 (09-25), `lunar leap 6-1 (07-25)`."""
    if not value.lunar:
        return f"{value.month:02d}-{value.day:02d}"
    text = (
        QCoreApplication.translate("Labels", "lunar leap %1-%2")
        if value.leap
        else QCoreApplication.translate("Labels", "lunar %1-%2")
    )
    text = text.replace("%1", str(value.month)).replace("%2", str(value.day))
    try:
        return f"{text} ({value.next_occurrence(today):%m-%d})"
    except ValueError:  # past the lunar tables (2099)
        return text


def guest_name(name: str, guest_id: int | None) -> str:
    """A guest's name; an erased guest (no name left) is "Anonymised guest #N"."""
    if name:
        return name
    text = QCoreApplication.translate("Labels", "Anonymised guest #%1")
    return text.replace("%1", str(guest_id or ""))


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
    """What went wrong, in the UI language: translated by the error's stable code.

    The services speak English (the CLI and logs use them as they are); the codes a
    receptionist or duty manager meets most often are translated here, others stay English.
    """
    errors = getattr(exc, "errors", None)  # ValidationFailed: one message per field
    if errors:
        return "; ".join(field_error_text(e) for e in errors)
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {}) or {}
    if code == "permission_denied":
        action = _permission_actions().get(str(params.get("action", "")))
        return action or QCoreApplication.translate("Messages", "your role may not do this")
    if code == "cannot_write":
        return _cannot_write_text(str(params.get("path", "")), str(params.get("reason", "")))
    if code == "server_not_opened":  # the driver's English reason stays in the log
        return QCoreApplication.translate(
            "Messages",
            "The guest database on the server %1 cannot be opened. Check that the server is "
            "running and this computer reaches it, and this counter's role and password "
            "(PGPASSWORD or .pgpass). The details are in the log.",
        ).replace("%1", str(params.get("url", "")))
    known = _error_codes().get(code)
    return known if known else str(exc)


def _cannot_write_text(path: str, reason: str) -> str:
    """A file that could not be saved: its name and why, in words a receptionist can act on."""
    reasons = {
        "permission": QCoreApplication.translate(
            "Messages",
            "%1 could not be saved: you have no permission to write in that folder. "
            "Choose another folder, such as Documents.",
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "%1 could not be saved: the disk is full. Free some space or choose another disk.",
        ),
        "folder_missing": QCoreApplication.translate(
            "Messages",
            "%1 could not be saved: the folder does not exist (was a USB stick removed?). "
            "Choose another folder.",
        ),
        "read_only": QCoreApplication.translate(
            "Messages",
            "%1 could not be saved: the disk is read-only. Choose another disk or folder.",
        ),
    }
    other = QCoreApplication.translate(
        "Messages", "%1 could not be saved. Choose another folder or try again."
    )
    return reasons.get(reason, other).replace("%1", path)


def field_error_text(error: FieldError) -> str:
    """One refused field's message in the UI language (by its code), else as given."""
    known = _field_codes().get(error.code)
    return known.replace("%1", error.value) if known else error.message


def _field_codes() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("Messages", "is required"),
        "empty": QCoreApplication.translate("Messages", "is empty"),
        "future": QCoreApplication.translate("Messages", "is in the future"),
        "before_occurred": QCoreApplication.translate(
            "Messages", "is before the complaint happened"
        ),
        "satisfaction_range": QCoreApplication.translate("Messages", "is not between 1 and 5"),
        "answer_required": QCoreApplication.translate("Messages", "say what the guest answered"),
        "password_too_short": QCoreApplication.translate(
            "Messages", "the password needs at least 8 characters"
        ),
        "password_is_username": QCoreApplication.translate(
            "Messages", "the password must not be the user name"
        ),
        "pin_format": QCoreApplication.translate("Messages", "a PIN is 4 to 6 digits"),
        "idle_minutes": QCoreApplication.translate("Messages", "choose 1 to 60 minutes"),
        "list_empty": QCoreApplication.translate("Messages", "the list is empty"),
        "code_shape": QCoreApplication.translate(
            "Messages", "“%1” is not a code: use lower-case letters, digits and _"
        ),
        "label_twice": QCoreApplication.translate("Messages", "the label “%1” is used twice"),
        "phone_format": QCoreApplication.translate(
            "Messages", "“%1” is not a phone number: check the digits"
        ),
        "date_format": QCoreApplication.translate(
            "Messages",
            "“%1” is not a date: write e.g. 1990-03-05, 3月5日, 03-05 or 农历八月十五",
        ),
        "date_not_real": QCoreApplication.translate(
            "Messages", "“%1” is not a real date: check the month and the day"
        ),
    }


def _error_codes() -> dict[str, str]:
    return {
        "complaint_closed": QCoreApplication.translate(
            "Messages", "a closed complaint cannot be edited; add a note instead"
        ),
        "last_manager": QCoreApplication.translate(
            "Messages", "at least one duty manager or admin must remain"
        ),
        "last_admin": QCoreApplication.translate(
            "Messages", "at least one administrator who can sign in must remain"
        ),
        "sign_in_failed": QCoreApplication.translate("Messages", "sign-in failed"),
        "password_required": QCoreApplication.translate(
            "Messages", "too many wrong PINs: sign in with your password"
        ),
        "accounts_exist": QCoreApplication.translate(
            "Messages", "this database already has accounts: an administrator adds more"
        ),
        "staff_exists": QCoreApplication.translate("Messages", "this user name is taken"),
        "staff_not_found": QCoreApplication.translate("Messages", "there is no such user"),
        "confidential_edit": QCoreApplication.translate(
            "Messages", "this guest is confidential: ask the duty manager to change their file"
        ),
        "guest_erased": QCoreApplication.translate(
            "Messages", "this guest's data was erased: create a new guest instead"
        ),
        "id_empty": QCoreApplication.translate("Messages", "type the document number"),
        "id_cn_shape": QCoreApplication.translate(
            "Messages", "a resident ID number has 17 digits and a digit or X"
        ),
        "id_cn_birth": QCoreApplication.translate(
            "Messages", "the birth date inside this resident ID number is not real"
        ),
        "id_cn_check": QCoreApplication.translate(
            "Messages", "this resident ID number's check digit is wrong: check the number"
        ),
        "id_shape": QCoreApplication.translate(
            "Messages", "a document number is letters and digits only"
        ),
        "id_country_missing": QCoreApplication.translate(
            "Messages", "say which country issued the document"
        ),
        "id_country": QCoreApplication.translate(
            "Messages", "the issuing country is a 2- or 3-letter code such as CN"
        ),
        "id_taken": QCoreApplication.translate(
            "Messages", "this document is already on a guest's file: ask the duty manager"
        ),
        "caution_reason_missing": QCoreApplication.translate(
            "Messages", "say why the guest is flagged"
        ),
        "alias_missing": QCoreApplication.translate("Messages", "give the alias the desk will see"),
        "alias_is_name": QCoreApplication.translate(
            "Messages", "the alias must not be the guest's name"
        ),
        "database_busy": QCoreApplication.translate(
            "Messages",
            "The guest database is busy: another counter or program is holding what this "
            "needs. Nothing was saved: try again in a moment.",
        ),
        "server_unreachable": QCoreApplication.translate(
            "Messages",
            "The guest database server cannot be reached, so nothing was saved or read. "
            "vipdesk keeps retrying: try again in a moment, or ask IT to check the server.",
        ),
    }


def _permission_actions() -> dict[str, str]:
    return {
        "confidential": QCoreApplication.translate(
            "Messages", "this guest is confidential: ask the duty manager"
        ),
        "caution": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can change the caution list"
        ),
        "close_complaint": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can close a complaint"
        ),
        "manage_staff": QCoreApplication.translate(
            "Messages", "only an administrator can manage staff accounts and roles"
        ),
        "change_hotel": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can change the hotel's details"
        ),
        "change_service_standards": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can change the service standards"
        ),
        "change_lists": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can change the complaint lists"
        ),
        "skip_care_task": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can skip a care task"
        ),
        "care_scripts": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can edit the care scripts"
        ),
        "care_settings": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can change the care plan settings"
        ),
        "set_dedicated": QCoreApplication.translate(
            "Messages", "only a duty manager or an admin can set a guest's dedicated person"
        ),
    }
