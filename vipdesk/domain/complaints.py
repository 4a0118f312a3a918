"""Complaints: categories, severities, the follow-up workflow, and the monthly figures."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from vipdesk.domain.guest import FieldError, check_text


class Status(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"


class Category(StrEnum):
    ATTITUDE = "attitude"
    SLOW_SERVICE = "slow_service"
    RIGID_RULES = "rigid_rules"
    FACILITIES = "facilities"
    CLEANLINESS = "cleanliness"
    NOISE = "noise"
    BILLING = "billing"
    FOOD = "food"
    OTHER = "other"


class ComplaintSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


STATUS_ZH = {
    Status.OPEN: "待处理",
    Status.IN_PROGRESS: "处理中",
    Status.RESOLVED: "已解决",
    Status.FOLLOWED_UP: "已回访",
    Status.CLOSED: "已关闭",
}
CATEGORY_ZH = {
    Category.ATTITUDE: "服务态度",
    Category.SLOW_SERVICE: "服务不及时",
    Category.RIGID_RULES: "规章僵化",
    Category.FACILITIES: "设施设备",
    Category.CLEANLINESS: "卫生",
    Category.NOISE: "噪音",
    Category.BILLING: "账单",
    Category.FOOD: "餐饮",
    Category.OTHER: "其他",
}
SEVERITY_ZH = {
    ComplaintSeverity.LOW: "低",
    ComplaintSeverity.MEDIUM: "中",
    ComplaintSeverity.HIGH: "高",
    ComplaintSeverity.CRITICAL: "严重",
}
DEPARTMENTS = {
    "front_office": "前厅",
    "housekeeping": "客房",
    "food_beverage": "餐饮部",
    "engineering": "工程部",
    "other": "其他部门",
}
# The standard categories (code → 中文 label); a hotel may relabel them or add its own.
CATEGORIES = {c.value: label for c, label in CATEGORY_ZH.items()}
# English for the bilingual printed reports (the screens translate through Qt).
STATUS_EN = {
    Status.OPEN: "Open",
    Status.IN_PROGRESS: "In progress",
    Status.RESOLVED: "Resolved",
    Status.FOLLOWED_UP: "Followed up",
    Status.CLOSED: "Closed",
}
SEVERITY_EN = {
    ComplaintSeverity.LOW: "Low",
    ComplaintSeverity.MEDIUM: "Medium",
    ComplaintSeverity.HIGH: "High",
    ComplaintSeverity.CRITICAL: "Critical",
}
CATEGORIES_EN = {
    "attitude": "Service attitude",
    "slow_service": "Slow service",
    "rigid_rules": "Rigid rules",
    "facilities": "Facilities",
    "cleanliness": "Cleanliness",
    "noise": "Noise",
    "billing": "Billing",
    "food": "Food",
    "other": "Other",
}
DEPARTMENTS_EN = {
    "front_office": "Front office",
    "housekeeping": "Housekeeping",
    "food_beverage": "Food & beverage",
    "engineering": "Engineering",
    "other": "Other department",
}


@dataclass(frozen=True)
class ComplaintCodes:
    """The hotel's lists of departments and categories (code → label)."""

    departments: dict[str, str] = field(default_factory=lambda: dict(DEPARTMENTS))
    categories: dict[str, str] = field(default_factory=lambda: dict(CATEGORIES))


# How soon the guest is promised an answer, by severity (editable per complaint).
DEFAULT_FEEDBACK = {
    ComplaintSeverity.CRITICAL: timedelta(hours=2),
    ComplaintSeverity.HIGH: timedelta(hours=4),
    ComplaintSeverity.MEDIUM: timedelta(hours=24),
    ComplaintSeverity.LOW: timedelta(hours=48),
}

# The follow-up loop: open → in progress → resolved → followed up (回访) → closed.
# A complaint solved on the spot may go straight to resolved; a resolution the guest
# rejects sends it back to in progress. Closed is final.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.OPEN: frozenset({Status.IN_PROGRESS, Status.RESOLVED}),
    Status.IN_PROGRESS: frozenset({Status.RESOLVED}),
    Status.RESOLVED: frozenset({Status.IN_PROGRESS, Status.FOLLOWED_UP}),
    Status.FOLLOWED_UP: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
}


# The four recovery steps, in the order they are done; each is recorded with its time.
RECOVERY_STEPS = ("apologised_at", "listened_at", "solution_offered_at", "remedy_taken_at")

# Complaints still waiting for a resolution; past their promised time they are overdue.
UNRESOLVED = frozenset({Status.OPEN, Status.IN_PROGRESS})


def is_overdue(status: Status, feedback_due: datetime, now: datetime) -> bool:
    return status in UNRESOLVED and now > feedback_due


def can_move(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]


def parse_choice(text: str, enum: type[StrEnum], labels: dict) -> StrEnum:  # type: ignore[type-arg]
    """A code (`noise`) or its Chinese label (`噪音`); ValueError names the choices."""
    value = text.strip()
    for member in enum:
        if value.casefold() == member.value or value == labels.get(member):
            return member
    choices = ", ".join(f"{m.value}/{labels[m]}" for m in enum)
    raise ValueError(f"{value!r} is not one of {choices}")


def parse_code(text: str, table: dict[str, str], what: str) -> str:
    """A code (`noise`) or its label (`噪音`) in one of the hotel's lists."""
    value = text.strip()
    for code, label in table.items():
        if value.casefold() == code or value == label:
            return code
    raise ValueError(
        f"{value!r} is not a {what} ({', '.join(f'{c}/{z}' for c, z in table.items())})"
    )


def check_code_table(table: dict[str, str], what: str) -> list[FieldError]:
    """A list of departments or categories: lower-case word codes, each with a label."""
    errors = []
    if not table:
        errors.append(FieldError(what, "the list is empty", "list_empty"))
    for code, label in table.items():
        if not code.isidentifier() or code != code.lower() or not code.isascii():
            errors.append(
                FieldError(
                    what,
                    f"{code!r} is not a code (lower-case letters, digits, _)",
                    "code_shape",
                    code,
                )
            )
        errors += check_text(label, f"{what} {code}", max_len=40, required=True)
    labels = [label.strip() for label in table.values()]
    errors += [
        FieldError(what, f"the label {label!r} is used twice", "label_twice", label)
        for label in sorted(set(labels))
        if labels.count(label) > 1
    ]
    return errors


@dataclass
class ComplaintDraft:
    guest_id: int
    occurred_at: datetime
    department: str
    category: str  # a code from the hotel's categories (Category holds the standard ones)
    severity: ComplaintSeverity
    description: str
    service: str = ""
    staff_involved: str = ""
    real_reason: str = ""
    guest_wish: str = ""
    excessive: bool = False
    excessive_note: str = ""
    feedback_due: datetime | None = None
    compensation: str = ""
    compensation_value: str = ""
    assigned_to: int | None = None
    apologised_at: datetime | None = None
    listened_at: datetime | None = None
    solution_offered_at: datetime | None = None
    remedy_taken_at: datetime | None = None

    def due(self) -> datetime:
        return self.feedback_due or self.occurred_at + DEFAULT_FEEDBACK[self.severity]


def validate_complaint(
    draft: ComplaintDraft, now: datetime, codes: ComplaintCodes | None = None
) -> list[FieldError]:
    codes = codes or ComplaintCodes()
    errors = check_text(
        draft.description, "description", max_len=20_000, required=True, multiline=True
    )
    for name in ("real_reason", "guest_wish", "excessive_note"):
        errors += check_text(getattr(draft, name), name, max_len=20_000, multiline=True)
    for name in ("service", "staff_involved", "compensation", "compensation_value"):
        errors += check_text(getattr(draft, name), name, max_len=500)
    if draft.department not in codes.departments:
        errors.append(FieldError("department", f"{draft.department!r} is not a department"))
    if draft.category not in codes.categories:
        errors.append(FieldError("category", f"{draft.category!r} is not a category"))
    if draft.occurred_at > now + timedelta(minutes=5):
        errors.append(FieldError("occurred_at", "is in the future", "future"))
    if draft.due() < draft.occurred_at:
        errors.append(
            FieldError("feedback_due", "is before the complaint happened", "before_occurred")
        )
    for step in RECOVERY_STEPS:
        when = getattr(draft, step)
        if when is not None and when < draft.occurred_at:
            errors.append(FieldError(step, "is before the complaint happened", "before_occurred"))
        elif when is not None and when > now + timedelta(minutes=5):
            errors.append(FieldError(step, "is in the future", "future"))
    return errors


@dataclass(frozen=True)
class ComplaintFacts:
    """What the monthly report needs of one complaint."""

    category: str
    department: str
    occurred_at: datetime
    feedback_due: datetime
    resolved_at: datetime | None


@dataclass
class MonthReport:
    month: str
    total: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_department: dict[str, int] = field(default_factory=dict)
    resolved: int = 0
    resolved_within_promise: int = 0
    median_hours_to_resolve: float | None = None


def month_report(month: str, complaints: list[ComplaintFacts]) -> MonthReport:
    """Figures for the complaints that occurred in `month` (YYYY-MM)."""
    report = MonthReport(month)
    hours = []
    for c in complaints:
        if c.occurred_at.strftime("%Y-%m") != month:
            continue
        report.total += 1
        report.by_category[c.category] = report.by_category.get(c.category, 0) + 1
        report.by_department[c.department] = report.by_department.get(c.department, 0) + 1
        if c.resolved_at is not None:
            report.resolved += 1
            report.resolved_within_promise += c.resolved_at <= c.feedback_due
            hours.append((c.resolved_at - c.occurred_at).total_seconds() / 3600)
    if hours:
        report.median_hours_to_resolve = round(statistics.median(hours), 2)
    return report
