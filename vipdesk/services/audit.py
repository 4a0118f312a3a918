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
from vipdesk.services import audit_chain
from vipdesk.store.models import AuditRow, utcnow

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
    """Add one entry in the caller's transaction (written with the change it records),
    chained to the entry before it (services/audit_chain.py)."""
    staff_id = actor.id if isinstance(actor, Staff) else actor
    link, first = audit_chain.next_link(session)
    for note_action, note in first:  # a new key's entry opens its segment
        link = _add(session, link, staff_id, note_action, "database", None, note)
    _add(session, link, staff_id, action, entity, entity_id, detail)


def _add(
    session: Session,
    link: audit_chain.Link,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, object],
) -> audit_chain.Link:
    text = json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True)
    at = utcnow()
    where = workstation()
    content = audit_chain.canonical(link.id, at, staff_id, action, entity, entity_id, text, where)
    entry_mac = audit_chain.mac(link.key, link.previous, content)
    session.add(
        AuditRow(
            id=link.id,
            at=at,
            staff_id=staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=text,
            workstation=where,
            mac=entry_mac,
        )
    )
    audit_chain.added(session, link.database_id, link.id, entry_mac)
    return audit_chain.Link(link.id + 1, entry_mac, link.key, link.database_id)
