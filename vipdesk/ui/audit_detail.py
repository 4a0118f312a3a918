"""An audit entry's detail in words ("fields: phone, notes · file: guests.csv") for the
audit trail page; the stored JSON stays available as the cell's tooltip."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication


def _key_labels() -> dict[str, str]:
    return {
        "fields": QCoreApplication.translate("AuditDetail", "fields"),
        "what": QCoreApplication.translate("AuditDetail", "document"),
        "file": QCoreApplication.translate("AuditDetail", "file"),
        "guests": QCoreApplication.translate("AuditDetail", "guests"),
        "guest": QCoreApplication.translate("AuditDetail", "guest"),
        "count": QCoreApplication.translate("AuditDetail", "count"),
        "stays": QCoreApplication.translate("AuditDetail", "stays"),
        "role": QCoreApplication.translate("AuditDetail", "role"),
        "first": QCoreApplication.translate("AuditDetail", "first admin"),
        "demo": QCoreApplication.translate("AuditDetail", "demo"),
        "removed": QCoreApplication.translate("AuditDetail", "removed"),
        "merged": QCoreApplication.translate("AuditDetail", "merged guest"),
        "other": QCoreApplication.translate("AuditDetail", "other guest"),
        "place": QCoreApplication.translate("AuditDetail", "kept in"),
        "tables": QCoreApplication.translate("AuditDetail", "tables"),
        "task": QCoreApplication.translate("AuditDetail", "task"),
        "outcome": QCoreApplication.translate("AuditDetail", "outcome"),
        "value": QCoreApplication.translate("AuditDetail", "value"),
        "staff": QCoreApplication.translate("AuditDetail", "staff"),
        "channel": QCoreApplication.translate("AuditDetail", "channel"),
        "given": QCoreApplication.translate("AuditDetail", "given"),
        "category": QCoreApplication.translate("AuditDetail", "category"),
        "pin": QCoreApplication.translate("AuditDetail", "PIN"),
        "format": QCoreApplication.translate("AuditDetail", "format"),
        "month": QCoreApplication.translate("AuditDetail", "month"),
        "day": QCoreApplication.translate("AuditDetail", "day"),
        "complaint": QCoreApplication.translate("AuditDetail", "complaint"),
        "imported": QCoreApplication.translate("AuditDetail", "imported"),
        "updated": QCoreApplication.translate("AuditDetail", "updated"),
        "unchanged": QCoreApplication.translate("AuditDetail", "unchanged"),
        "rejected": QCoreApplication.translate("AuditDetail", "rejected"),
        "dedicated_to": QCoreApplication.translate("AuditDetail", "dedicated to"),
        "do_not_contact": QCoreApplication.translate("AuditDetail", "do not contact"),
        "consent": QCoreApplication.translate("AuditDetail", "consent"),
    }


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        yes = QCoreApplication.translate("AuditDetail", "yes")
        return yes if value else QCoreApplication.translate("AuditDetail", "no")
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {_value(v)}" for k, v in value.items())
    return str(value)


def detail_text(detail: dict[str, object]) -> str:
    """The detail as translated "key: value" pairs; keys of later features as stored."""
    if not detail:
        return ""
    labels = _key_labels()
    pair = QCoreApplication.translate("AuditDetail", "%1: %2")
    return " · ".join(
        pair.replace("%1", labels.get(key, key.replace("_", " "))).replace("%2", _value(value))
        for key, value in detail.items()
    )


def detail_json(detail: dict[str, object]) -> str:
    """The stored detail as JSON (the tooltip: exactly what the chain holds)."""
    return json.dumps(detail, ensure_ascii=False) if detail else ""
