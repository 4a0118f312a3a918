"""Translated words of the care plan: task kinds, why a task exists, channels, outcomes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from vipdesk.domain.care import CareTask, Channel, Outcome, Stage, TaskKind


def kind(value: TaskKind) -> str:
    return {
        TaskKind.MESSAGE: QCoreApplication.translate("CareLabels", "611 message"),
        TaskKind.SHORT_CALL: QCoreApplication.translate("CareLabels", "611 short call"),
        TaskKind.LONG_CALL: QCoreApplication.translate("CareLabels", "611 long call"),
        TaskKind.KEEP_IN_TOUCH: QCoreApplication.translate("CareLabels", "Keep in touch"),
        TaskKind.SECOND_VISIT: QCoreApplication.translate("CareLabels", "Second visit"),
        TaskKind.RETENTION: QCoreApplication.translate("CareLabels", "Retention"),
        TaskKind.WAKE_UP: QCoreApplication.translate("CareLabels", "Wake up"),
        TaskKind.WIN_BACK: QCoreApplication.translate("CareLabels", "Win back"),
        TaskKind.SPECIAL_DATE: QCoreApplication.translate("CareLabels", "Special day"),
        TaskKind.FESTIVAL: QCoreApplication.translate("CareLabels", "Festival"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.PHONE: QCoreApplication.translate("CareLabels", "Phone"),
        Channel.SMS: QCoreApplication.translate("CareLabels", "SMS"),
        Channel.WECHAT: QCoreApplication.translate("CareLabels", "WeChat"),
        Channel.EMAIL: QCoreApplication.translate("CareLabels", "E-mail"),
        Channel.LETTER: QCoreApplication.translate("CareLabels", "Letter"),
        Channel.IN_PERSON: QCoreApplication.translate("CareLabels", "In person"),
    }[value]


def outcome(value: Outcome) -> str:
    return {
        Outcome.REACHED: QCoreApplication.translate("CareLabels", "Reached"),
        Outcome.NO_ANSWER: QCoreApplication.translate("CareLabels", "No answer"),
        Outcome.LEFT_MESSAGE: QCoreApplication.translate("CareLabels", "Left a message"),
        Outcome.DECLINED: QCoreApplication.translate("CareLabels", "Declined"),
        Outcome.DO_NOT_CONTACT: QCoreApplication.translate("CareLabels", "Do not contact again"),
    }[value]


def second_stay_alert() -> str:
    """AD stage C, as the Today board's alert."""
    return QCoreApplication.translate(
        "CareLabels", "2nd stay: greet as a returning guest, recall their preferences"
    )


def stage(value: Stage | None) -> str:
    if value is None:
        return QCoreApplication.translate("CareLabels", "No stay yet")
    return {
        Stage.A: QCoreApplication.translate("CareLabels", "A · first stay"),
        Stage.B: QCoreApplication.translate("CareLabels", "B · keep in touch"),
        Stage.C: QCoreApplication.translate(
            "CareLabels", "C · 2nd stay: greet as a returning guest, recall their preferences"
        ),
        Stage.D: QCoreApplication.translate("CareLabels", "D · retention"),
    }[value]


def festival(code: str) -> str:
    return {
        "new_year": QCoreApplication.translate("CareLabels", "New Year"),
        "spring_festival": QCoreApplication.translate("CareLabels", "Spring Festival"),
        "lantern": QCoreApplication.translate("CareLabels", "Lantern Festival"),
        "dragon_boat": QCoreApplication.translate("CareLabels", "Dragon Boat Festival"),
        "mid_autumn": QCoreApplication.translate("CareLabels", "Mid-Autumn Festival"),
        "national_day_cn": QCoreApplication.translate("CareLabels", "National Day"),
        "national_day_tw": QCoreApplication.translate("CareLabels", "National Day"),
        "christmas": QCoreApplication.translate("CareLabels", "Christmas"),
    }.get(code, code)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def reason(task: CareTask) -> str:
    """Why the task exists, e.g. "no stay for 14 months"."""
    d = task.detail
    if task.kind is TaskKind.WAKE_UP:
        return QCoreApplication.translate("CareLabels", "no stay for %1 months").replace("%1", d)
    if task.kind is TaskKind.WIN_BACK:
        text = {
            "overdue": QCoreApplication.translate("CareLabels", "complaint #%1 is overdue"),
            "unresolved": QCoreApplication.translate(
                "CareLabels", "complaint #%1 was never resolved"
            ),
            "unhappy": QCoreApplication.translate(
                "CareLabels", "complaint #%1: satisfaction 2 or less at the follow-up"
            ),
        }[task.reason]
        return text.replace("%1", d)
    if task.kind is TaskKind.KEEP_IN_TOUCH:
        return QCoreApplication.translate(
            "CareLabels", "first stay, left %1: say thank you"
        ).replace("%1", d)
    if task.kind is TaskKind.SECOND_VISIT:
        return QCoreApplication.translate(
            "CareLabels", "2nd stay: greet as a returning guest, recall their preferences"
        )
    if task.kind is TaskKind.RETENTION:
        return QCoreApplication.translate("CareLabels", "stay %1 ended: retention").replace("%1", d)
    if task.kind is TaskKind.SPECIAL_DATE:
        text = {
            "birthday": QCoreApplication.translate("CareLabels", "birthday on %1"),
            "anniversary": QCoreApplication.translate("CareLabels", "anniversary on %1"),
        }.get(task.reason, QCoreApplication.translate("CareLabels", "special day on %1"))
        return text.replace("%1", _day(task.occasion))
    if task.kind is TaskKind.FESTIVAL:
        return (
            QCoreApplication.translate("CareLabels", "%1 on %2")
            .replace("%1", festival(d))
            .replace("%2", _day(task.occasion))
        )
    return {
        TaskKind.MESSAGE: QCoreApplication.translate(
            "CareLabels", "611: message on the 1st and 15th"
        ),
        TaskKind.SHORT_CALL: QCoreApplication.translate("CareLabels", "611: mid-quarter call"),
        TaskKind.LONG_CALL: QCoreApplication.translate("CareLabels", "611: end-of-quarter call"),
    }[task.kind]


def chinese_scripts() -> bool:
    """Whether the script hints and messages should be the Chinese ones: the translation
    of this marker says which language the interface is in (like Qt's "LTR" marker)."""
    return QCoreApplication.translate("CareLabels", "script-language: en") != "script-language: en"
