"""Importing an Excel complaint logbook (CSV), with the same rules as the guest import.

Headers in English or Chinese; values as codes or Chinese labels; encodings detected; a
row that cannot be read is rejected with its line and reason, never altered. Re-importing
the same file changes nothing (a complaint is the same when guest, time, category and
description match).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from vipdesk.domain.complaints import (
    SEVERITY_ZH,
    STATUS_ZH,
    ComplaintCodes,
    ComplaintDraft,
    ComplaintSeverity,
    Status,
    parse_choice,
    parse_code,
    validate_complaint,
)
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.complaint_codes import codes_in
from vipdesk.services.complaints import is_returning
from vipdesk.services.csv_files import CsvReader, RejectsWriter
from vipdesk.services.errors import FileProblem
from vipdesk.services.staff import authorize
from vipdesk.store.db import Database
from vipdesk.store.models import ComplaintEventRow, ComplaintRow, GuestRow

COLUMNS = {
    "member_no": ("member_no", "会员号"),
    "occurred_at": ("occurred_at", "发生时间"),
    "department": ("department", "部门"),
    "category": ("category", "类别"),
    "severity": ("severity", "严重程度"),
    "description": ("description", "描述"),
    "guest_wish": ("guest_wish", "客人诉求"),
    "status": ("status", "状态"),
    "feedback_due": ("feedback_due", "反馈期限"),
    "resolved_at": ("resolved_at", "解决时间"),
    "compensation": ("compensation", "补偿"),
}
REQUIRED = ("member_no", "occurred_at", "department", "category", "severity", "description")
_LOOKUP = {alias.casefold(): canon for canon, aliases in COLUMNS.items() for alias in aliases}
_DATETIME = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]+(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?$"
)


@dataclass
class ComplaintImportSummary:
    imported: int = 0
    unchanged: int = 0
    rejected: int = 0
    warnings: list[str] = field(default_factory=list)
    reject_samples: list[tuple[int, str]] = field(default_factory=list)

    def line(self) -> str:
        return f"imported {self.imported}, unchanged {self.unchanged}, rejected {self.rejected}"


def parse_datetime(text: str, column: str) -> datetime:
    m = _DATETIME.match(text.strip())
    if not m:
        raise ValueError(
            f"{column}: {text.strip()!r} is not a date and time (use 2026-10-05 20:30)"
        )
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    try:
        return datetime(y, mo, d, h, mi, s)
    except ValueError as exc:
        raise ValueError(
            f"{column}: {text.strip()!r} is not a real date and time ({exc})"
        ) from None


def import_complaints(
    db: Database, actor: Staff, path: Path, *, rejects_path: Path | None = None
) -> ComplaintImportSummary:
    authorize(db, actor, Operation.IMPORT)
    summary = ComplaintImportSummary()
    now = datetime.now()  # complaint times are the hotel's wall-clock time
    with CsvReader(Path(path)) as reader:
        header = reader.read_header()
        positions: dict[str, int] = {}
        for index, raw in enumerate(header):
            canon = _LOOKUP.get(raw.strip().lstrip("\ufeff").casefold())
            if canon is None and raw.strip():
                summary.warnings.append(f"ignored unknown column: {raw.strip()}")
            elif canon is not None and canon not in positions:
                positions[canon] = index
        missing = [c for c in REQUIRED if c not in positions]
        if missing:
            raise FileProblem(f"{path} lacks the column(s) {', '.join(missing)}")
        rejects = RejectsWriter(rejects_path, header)
        try:
            with db.write() as session:  # a logbook is small: one transaction, all or nothing
                known = codes_in(session)
                for record in reader.records():
                    cells = record.cells
                    if not record.problem and not any(c.strip() for c in cells):
                        continue
                    try:
                        if record.problem:
                            raise ValueError(record.problem)
                        row = _row(
                            session,
                            {k: (cells[i] if i < len(cells) else "") for k, i in positions.items()},
                            now,
                            known,
                        )
                    except ValueError as exc:
                        summary.rejected += 1
                        if len(summary.reject_samples) < 20:
                            summary.reject_samples.append((record.line, str(exc)))
                        rejects.write(record.line, str(exc), cells)
                        continue
                    duplicate = session.scalar(
                        select(ComplaintRow.id).where(
                            ComplaintRow.guest_id == row.guest_id,
                            ComplaintRow.occurred_at == row.occurred_at,
                            ComplaintRow.category == row.category,
                            ComplaintRow.description == row.description,
                        )
                    )
                    if duplicate is not None:
                        summary.unchanged += 1
                        continue
                    session.add(row)
                    session.flush()
                    session.add(
                        ComplaintEventRow(
                            complaint_id=row.id,
                            at=now,
                            staff_id=actor.id,
                            kind="imported",
                            detail=json.dumps(
                                {"file": str(path), "line": record.line, "status": row.status},
                                ensure_ascii=False,
                            ),
                        )
                    )
                    summary.imported += 1
            summary.warnings += reader.warnings
        finally:
            rejects.close()
    return summary


def _choice(v: dict[str, str], column: str, enum: type, labels: dict) -> str:  # type: ignore[type-arg]
    try:
        return parse_choice(v[column], enum, labels).value
    except ValueError as exc:
        raise ValueError(f"{column}: {exc}") from None


def _code(v: dict[str, str], column: str, table: dict[str, str]) -> str:
    try:
        return parse_code(v[column], table, column)
    except ValueError as exc:
        raise ValueError(f"{column}: {exc}") from None


def _row(session, v: dict[str, str], now: datetime, known: ComplaintCodes) -> ComplaintRow:  # type: ignore[no-untyped-def]
    member_no = v["member_no"].strip()
    guest_id = session.scalar(select(GuestRow.id).where(GuestRow.member_no == member_no))
    if guest_id is None:
        raise ValueError(f"member_no: no guest has member number {member_no!r}")
    occurred = parse_datetime(v["occurred_at"], "occurred_at")
    severity = ComplaintSeverity(_choice(v, "severity", ComplaintSeverity, SEVERITY_ZH))
    category = _code(v, "category", known.categories)
    department = _code(v, "department", known.departments)
    due = (
        parse_datetime(v["feedback_due"], "feedback_due")
        if v.get("feedback_due", "").strip()
        else None
    )
    status = (
        Status(_choice(v, "status", Status, STATUS_ZH))
        if v.get("status", "").strip()
        else Status.OPEN
    )
    resolved = (
        parse_datetime(v["resolved_at"], "resolved_at")
        if v.get("resolved_at", "").strip()
        else None
    )
    if status in (Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED) and resolved is None:
        raise ValueError(f"resolved_at: status {status.value} needs the time it was resolved")
    if resolved is not None and resolved < occurred:
        raise ValueError("resolved_at: is before the complaint happened")
    draft = ComplaintDraft(
        guest_id,
        occurred,
        department,
        category,
        severity,
        v["description"].strip(),
        guest_wish=v.get("guest_wish", "").strip(),
        feedback_due=due,
        compensation=v.get("compensation", "").strip(),
    )
    errors = validate_complaint(draft, now, known)
    if errors:
        raise ValueError("; ".join(str(e) for e in errors))
    return ComplaintRow(
        guest_id=guest_id,
        occurred_at=occurred,
        department=department,
        category=category,
        severity=severity.value,
        description=draft.description,
        guest_wish=draft.guest_wish,
        feedback_due=draft.due(),
        compensation=draft.compensation,
        status=status.value,
        resolved_at=resolved,
        returning_guest=is_returning(session, guest_id, occurred),
    )
