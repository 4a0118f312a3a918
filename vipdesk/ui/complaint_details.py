"""A complaint's facts and history as HTML, for the pane under the complaint list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from vipdesk.domain.complaints import RECOVERY_STEPS, ComplaintCodes
from vipdesk.services.complaints import ComplaintRecord
from vipdesk.ui import labels
from vipdesk.ui.complaint_fields import field_label


def details_html(c: ComplaintRecord, codes: ComplaintCodes) -> str:
    """The complaint's facts and its history, as shown under the complaint list."""

    def row(label: str, value: str) -> str:
        return f"<tr><td style='color:#555;padding-right:12px'>{escape(label)}</td><td>{escape(value)}</td></tr>"

    steps = "  ".join(
        f"{'☑' if at else '☐'} {field_label(key)}" + (f" {at:%m-%d %H:%M}" if at else "")
        for key in RECOVERY_STEPS
        for at in [getattr(c, key)]
    )
    compensation = " ".join(filter(None, (c.compensation, c.compensation_value)))
    facts = [
        ("guest_id", labels.guest_name(c.guest_name, c.guest_id)),
        ("description", c.description),
        ("real_reason", c.real_reason or "—"),
        ("guest_wish", c.guest_wish or "—"),
    ]
    rows = [row(field_label(key), value) for key, value in facts]
    rows += [
        row(QCoreApplication.translate("ComplaintDetails", "Recovery steps"), steps),
        row(field_label("compensation"), compensation or "—"),
        row(field_label("assigned_to"), c.assigned_name or "—"),
    ]
    if c.followup_result:
        result = f"{c.followup_result} ({c.satisfaction or '—'}/5)"
        rows.append(row(field_label("followup_result"), result))
    history = "".join(
        f"<li>{e.at:%Y-%m-%d %H:%M} · {escape(e.staff_name or '—')} · "
        f"{escape(labels.complaint_event(e.kind))} {escape(describe(e.detail, codes))}</li>"
        for e in c.history
    )
    title = QCoreApplication.translate("ComplaintDetails", "History")
    return (
        f"<table>{''.join(rows)}</table><p><b>{escape(title)}</b></p>"
        f"<ul style='margin-top:0'>{history}</ul>"
    )


def describe(detail: dict[str, object], codes: ComplaintCodes) -> str:
    """A history entry's detail: status moves, edited fields (old → new), notes."""

    def shown(key: str, value: object) -> str:
        if value in ("", None):
            return "—"
        if isinstance(value, bool):
            return "✓" if value else "✗"
        text = str(value)
        return {
            "status": labels.complaint_status,
            "category": lambda v: labels.complaint_category(v, codes.categories),
            "department": lambda v: labels.department(v, codes.departments),
            "severity": labels.complaint_severity,
        }.get(key, lambda v: v)(text)

    if "from" in detail and "to" in detail:
        return f"{shown('status', detail['from'])} → {shown('status', detail['to'])}"
    if "note" in detail:
        return str(detail["note"])
    parts = []
    for key, value in detail.items():
        if isinstance(value, list) and len(value) == 2:
            old, new = shown(key, value[0]), shown(key, value[1])
            parts.append(f"{field_label(key)}: {old} → {new}")
        else:
            parts.append(f"{field_label(key)}: {shown(key, value)}")
    return ", ".join(parts)
