"""Who is acting: every service call names a staff member, and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    DUTY_MANAGER = "duty_manager"
    ADMIN = "admin"


MANAGING_ROLES = (Role.DUTY_MANAGER, Role.ADMIN)


def is_manager(role: Role) -> bool:
    """The one rule for who manages: duty managers and admins (closing, lists, roles…)."""
    return role in MANAGING_ROLES


class Operation(StrEnum):
    """Everything a service lets someone do; each one is in PERMISSIONS or nobody may."""

    # receptionist and up
    SEARCH = "search"
    VIEW_GUEST = "view_guest"
    EDIT_GUEST = "edit_guest"
    VIEW_COMPLAINTS = "view_complaints"
    LOG_COMPLAINT = "log_complaint"
    PRINT_CARDS = "print_cards"
    LOG_CARE_CONTACT = "log_care_contact"
    DAILY_BACKUP = "daily_backup"  # the app's own copy at start, whoever signs in
    CHECK = "check"  # the read-only health check (integrity, key place, last backup): no guest data
    # duty manager and up
    CHANGE_TIER = "change_tier"
    DUPLICATES = "duplicates"
    CLOSE_COMPLAINT = "close_complaint"
    REPORTS = "reports"
    CHANGE_HOTEL = "change_hotel"
    CHANGE_LISTS = "change_lists"
    CHANGE_SERVICE_STANDARDS = "change_service_standards"
    IMPORT = "import"
    ARRIVALS_BRIEF = "arrivals_brief"
    BATCH_PRINT = "batch_print"
    CALL_SHEETS = "call_sheets"
    CARE_PLAN = (
        "care_plan"  # the care plan's settings and scripts, skipping tasks, dedicated people
    )
    CAUTION = "caution"  # set and clear caution flags, and read their reasons
    CONFIDENTIAL = "confidential"  # mark confidential guests, and see who they really are
    GUEST_DATA_RIGHTS = "guest_data_rights"  # a guest's copy of their data, and erasure
    # admin
    MANAGE_STAFF = "manage_staff"
    BACKUP = "backup"
    RESTORE = "restore"
    EXPORT = "export"
    AUDIT = "audit"
    CHANGE_SECURITY = "change_security"
    DEMO = "demo"
    MANAGE_KEYS = "manage_keys"  # the database key: export, import, encrypt a plain file
    MIGRATE_TO = "migrate_to"  # copy this SQLite database to a PostgreSQL server


_RANK = {Role.RECEPTIONIST: 0, Role.DUTY_MANAGER: 1, Role.ADMIN: 2}

_RECEPTION = (
    Operation.SEARCH,
    Operation.VIEW_GUEST,
    Operation.EDIT_GUEST,
    Operation.VIEW_COMPLAINTS,
    Operation.LOG_COMPLAINT,
    Operation.PRINT_CARDS,
    Operation.LOG_CARE_CONTACT,
    Operation.DAILY_BACKUP,
    Operation.CHECK,
)
_MANAGEMENT = (
    Operation.CHANGE_TIER,
    Operation.DUPLICATES,
    Operation.CLOSE_COMPLAINT,
    Operation.REPORTS,
    Operation.CHANGE_HOTEL,
    Operation.CHANGE_LISTS,
    Operation.CHANGE_SERVICE_STANDARDS,
    Operation.IMPORT,
    Operation.ARRIVALS_BRIEF,
    Operation.BATCH_PRINT,
    Operation.CALL_SHEETS,
    Operation.CARE_PLAN,
    Operation.CAUTION,
    Operation.CONFIDENTIAL,
    Operation.GUEST_DATA_RIGHTS,
)
_ADMINISTRATION = (
    Operation.MANAGE_STAFF,
    Operation.BACKUP,
    Operation.RESTORE,
    Operation.EXPORT,
    Operation.AUDIT,
    Operation.CHANGE_SECURITY,
    Operation.DEMO,
    Operation.MANAGE_KEYS,
    Operation.MIGRATE_TO,
)

# The least role each operation needs (the role table). Anything not here is denied.
PERMISSIONS: dict[Operation, Role] = {
    **dict.fromkeys(_RECEPTION, Role.RECEPTIONIST),
    **dict.fromkeys(_MANAGEMENT, Role.DUTY_MANAGER),
    **dict.fromkeys(_ADMINISTRATION, Role.ADMIN),
}


def may(role: Role | str | None, operation: Operation | str) -> bool:
    """Whether `role` may do `operation`: deny by default (unknown role or operation)."""
    try:
        least = PERMISSIONS[Operation(operation)]
        return _RANK[Role(role)] >= _RANK[least] if role is not None else False
    except (KeyError, ValueError):
        return False


MIN_PASSWORD_LENGTH = 8


def password_problem(username: str, password: str) -> str | None:
    """Why `password` is refused for `username` (a stable code), or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "password_too_short"
    if password.strip().casefold() == username.strip().casefold():
        return "password_is_username"
    return None


def pin_problem(pin: str) -> str | None:
    """A PIN is 4 to 6 digits (ASCII)."""
    if not (4 <= len(pin) <= 6 and pin.isascii() and pin.isdigit()):
        return "pin_format"
    return None


@dataclass(frozen=True)
class Staff:
    id: int
    username: str
    display_name: str
    role: Role = Role.RECEPTIONIST
    must_change_password: bool = False
