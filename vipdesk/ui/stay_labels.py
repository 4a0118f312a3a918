"""How the screens say things about a stay: nights, which stay, a date during it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from vipdesk.domain.guest import SpecialDateKind
from vipdesk.domain.stays import (
    Stay,
    StayStatus,
    effective_status,
    is_arriving,
    is_future_booking,
    is_in_house,
    ordinal,
)


def weekday(day: date) -> str:
    names = (
        QCoreApplication.translate("StayLabels", "Monday"),
        QCoreApplication.translate("StayLabels", "Tuesday"),
        QCoreApplication.translate("StayLabels", "Wednesday"),
        QCoreApplication.translate("StayLabels", "Thursday"),
        QCoreApplication.translate("StayLabels", "Friday"),
        QCoreApplication.translate("StayLabels", "Saturday"),
        QCoreApplication.translate("StayLabels", "Sunday"),
    )
    return names[day.weekday()]


def nights(count: int) -> str:
    return (
        QCoreApplication.translate("StayLabels", "1 night")
        if count == 1
        else QCoreApplication.translate("StayLabels", "%1 nights").replace("%1", str(count))
    )


def which_stay(number: int) -> str:
    """'first stay', '2nd stay' (第2次入住): English reads %1, Chinese %2."""
    if number <= 1:
        return QCoreApplication.translate("StayLabels", "first stay")
    return (
        QCoreApplication.translate("StayLabels", "%1 stay")
        .replace("%1", ordinal(number))
        .replace("%2", str(number))
    )


def date_in_stay(kind: SpecialDateKind, label: str, day: date, arrival: date) -> str:
    """'birthday on Thursday, during the stay' ('birthday today' on the arrival day)."""
    what = {
        SpecialDateKind.BIRTHDAY: QCoreApplication.translate("StayLabels", "birthday"),
        SpecialDateKind.ANNIVERSARY: QCoreApplication.translate("StayLabels", "anniversary"),
        SpecialDateKind.OTHER: label or QCoreApplication.translate("StayLabels", "special date"),
    }[kind]
    if day == arrival:
        return QCoreApplication.translate("StayLabels", "%1 on the arrival day").replace("%1", what)
    return (
        QCoreApplication.translate("StayLabels", "%1 on %2, during the stay")
        .replace("%1", what)
        .replace("%2", weekday(day))
    )


def arrival_banner(stay: Stay, number: int | None) -> str:
    """'Arriving today · room 1808 · 3 nights · 2nd stay'."""
    parts = [QCoreApplication.translate("StayLabels", "Arriving today")]
    if stay.room:
        parts.append(QCoreApplication.translate("StayLabels", "room %1").replace("%1", stay.room))
    parts.append(nights(stay.nights))
    if number:
        parts.append(which_stay(number))
    return " · ".join(parts)


def stay_mark(stay: Stay, day: date) -> str:
    """What a stay in a guest's list is on `day`, by the domain's rules: 'cancelled',
    'no-show', 'in house', 'arriving today', 'arriving 12-01', or '' for a stay that was."""
    status = effective_status(stay, day)
    if status is StayStatus.CANCELLED:
        return QCoreApplication.translate("StayLabels", "cancelled")
    if status is StayStatus.NO_SHOW:
        return QCoreApplication.translate("StayLabels", "no-show")
    if is_in_house(stay, day):
        return QCoreApplication.translate("StayLabels", "in house")
    if is_arriving(stay, day):
        return QCoreApplication.translate("StayLabels", "arriving today")
    if is_future_booking(stay, day):
        return QCoreApplication.translate("StayLabels", "arriving %1").replace(
            "%1", f"{stay.arrival:%m-%d}"
        )
    return ""
