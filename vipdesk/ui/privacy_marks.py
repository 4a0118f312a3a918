"""How the caution mark and ID documents read on screen (profile, results, board)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from vipdesk.domain.caution import Caution, CautionCategory
from vipdesk.domain.id_documents import IdType
from vipdesk.services.care import utc_to_local
from vipdesk.services.id_documents import IdDocumentView

CAUTION_STYLE = (
    "background: #1f2937; color: #fef2f2; border: 2px solid #111827;"
    " border-radius: 6px; padding: 8px; font-size: 12pt;"
)


CONFIDENTIAL_STYLE = (
    "background: #ede9fe; color: #3b0764; border: 2px solid #7c3aed;"
    " border-radius: 6px; padding: 6px; font-size: 12pt;"
)


def confidential_text(alias: str, shown_name: str) -> str:
    """The mark on a confidential guest's profile: whoever sees it, never say the name aloud."""
    if shown_name == alias:  # staff without the right: the alias is all they have
        return "🔒 " + escape(
            QCoreApplication.translate(
                "PrivacyMarks", "Confidential guest: use only this name, confirm nothing"
            )
        )
    return "🔒 " + escape(
        QCoreApplication.translate(
            "PrivacyMarks", "Confidential: the desk sees this guest as “%1”; confirm nothing"
        )
    ).replace("%1", escape(alias))


def caution_category(value: CautionCategory) -> str:
    return {
        CautionCategory.UNPAID_BILL: QCoreApplication.translate("PrivacyMarks", "Unpaid bill"),
        CautionCategory.DAMAGE: QCoreApplication.translate("PrivacyMarks", "Damage"),
        CautionCategory.HARASSMENT: QCoreApplication.translate("PrivacyMarks", "Harassment"),
        CautionCategory.SECURITY: QCoreApplication.translate("PrivacyMarks", "Security"),
        CautionCategory.OTHER: QCoreApplication.translate("PrivacyMarks", "Other"),
    }[value]


def id_type(value: IdType) -> str:
    return {
        IdType.CN_ID: QCoreApplication.translate("PrivacyMarks", "Resident ID card"),
        IdType.PASSPORT: QCoreApplication.translate("PrivacyMarks", "Passport"),
        IdType.HK_MACAU: QCoreApplication.translate("PrivacyMarks", "Hong Kong/Macau permit"),
        IdType.TAIWAN: QCoreApplication.translate("PrivacyMarks", "Taiwan permit"),
        IdType.OTHER: QCoreApplication.translate("PrivacyMarks", "Other document"),
    }[value]


def caution_html(caution: Caution) -> str:
    """The profile's caution box: the mark for everyone, the reason for duty managers."""
    if caution.restricted or caution.category is None:
        return (
            "⛔ <b>"
            + escape(QCoreApplication.translate("PrivacyMarks", "Caution: ask the duty manager"))
            + "</b>"
        )
    title = escape(QCoreApplication.translate("PrivacyMarks", "Caution: %1")).replace(
        "%1", escape(caution_category(caution.category))
    )
    who = ""
    if caution.set_at is not None:
        who = (
            escape(QCoreApplication.translate("PrivacyMarks", "set by %1 on %2"))
            .replace("%1", escape(caution.set_by or "?"))
            .replace("%2", f"{utc_to_local(caution.set_at):%Y-%m-%d}")
        )
    reason = escape(caution.reason).replace("\n", "<br>")
    return f"⛔ <b>{title}</b><br>{reason}" + (f"<br><small>{who}</small>" if who else "")


def documents_text(documents: tuple[IdDocumentView, ...]) -> str:
    """'Resident ID card (CN) **************002X · Passport (US) **************5432'."""
    return " · ".join(f"{id_type(d.type)} ({d.country}) {d.masked}" for d in documents)
