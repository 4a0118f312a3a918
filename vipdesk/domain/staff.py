"""Who is acting: every service call names a staff member."""

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


@dataclass(frozen=True)
class Staff:
    id: int
    username: str
    display_name: str
    role: Role = Role.RECEPTIONIST
