"""The caution list (黑名单): why a guest is flagged, and who may read why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

REASON_MAX = 2000


class CautionCategory(StrEnum):
    UNPAID_BILL = "unpaid_bill"  # 跑账
    DAMAGE = "damage"
    HARASSMENT = "harassment"
    SECURITY = "security"
    OTHER = "other"


@dataclass(frozen=True)
class Caution:
    """A guest's flag as one member of staff may see it.

    Staff who may not read reasons get `restricted`: the mark and "ask the duty manager",
    with no category, reason, or who set it.
    """

    restricted: bool
    category: CautionCategory | None = None
    reason: str = ""
    set_by: str = ""
    set_at: datetime | None = None
