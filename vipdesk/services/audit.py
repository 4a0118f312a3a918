"""The audit trail: who did what, when, at which workstation, to which object (by id).

Entries never hold names or values: a guest's name, a phone number, a password never go in,
so erasing a guest never touches the trail. `detail` names fields, counts and file names.
"""

from __future__ import annotations

import json
import platform
from functools import cache

from sqlalchemy.orm import Session

from vipdesk.domain.staff import Staff
from vipdesk.store.models import AuditRow

# Entries that record a look or a copy, not a change to guest data.
UNCHANGING_ACTIONS = ("view_guest", "print", "export", "backup", "lock", "unlock")


@cache
def workstation() -> str:
    """This computer's name, as the audit trail records it."""
    return (platform.node() or "unknown")[:128]


def audit(
    session: Session,
    actor: Staff | int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    **detail: object,
) -> None:
    """Add one entry in the caller's transaction (written with the change it records)."""
    staff_id = actor.id if isinstance(actor, Staff) else actor
    session.add(
        AuditRow(
            staff_id=staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True),
            workstation=workstation(),
        )
    )
