"""Who is acting: every service call names a staff member."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    DUTY_MANAGER = "duty_manager"
    ADMIN = "admin"


@dataclass(frozen=True)
class Staff:
    id: int
    username: str
    display_name: str
    role: Role = Role.RECEPTIONIST
