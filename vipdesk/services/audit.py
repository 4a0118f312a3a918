"""The audit trail: who did what, when, at which workstation, to which object (by id).

Entries never hold names or values: a guest's name, a phone number, a password never go in,
so erasing a guest never touches the trail. `detail` names fields, counts and file names.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path, PurePath
from typing import TypeVar

from sqlalchemy.orm import Session

from vipdesk.domain.staff import Staff
from vipdesk.services import audit_chain
from vipdesk.store.db import Database
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


_INSERT = (
    f"INSERT INTO {AuditRow.__tablename__} (id, at, staff_id, action, entity, entity_id,"
    " detail, workstation, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
REPEAT_WINDOW = timedelta(minutes=5)


def already_recorded(
    session: Session,
    actor: Staff,
    entity: str,
    entity_id: int,
    actions: tuple[str, ...],
    within: timedelta | None = None,
) -> bool:
    """Whether the latest entry is `actor`'s, from this workstation, within `within`, one of
    `actions` on this object: a look at what they just saw or saved adds nothing.
    `within` defaults to REPEAT_WINDOW."""
    row = (
        session.connection()
        .exec_driver_sql(
            "SELECT staff_id, action, entity, entity_id, workstation, at FROM audit_log"
            " ORDER BY id DESC LIMIT 1"
        )
        .first()
    )
    if row is None:
        return False
    staff_id, action, kind, object_id, where, at = row
    return (
        staff_id == actor.id
        and action in actions
        and kind == entity
        and object_id == entity_id
        and where == workstation()
        and datetime.fromisoformat(str(at))
        >= utcnow() - (REPEAT_WINDOW if within is None else within)
    )


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
    if session.new:  # a staff row this entry points at must be in the table first
        session.flush()
    # Straight SQL, not the ORM's unit of work: half the cost of an entry.
    session.connection().exec_driver_sql(
        _INSERT,
        (
            link.id,
            at.isoformat(sep=" ", timespec="microseconds"),
            staff_id,
            action,
            entity,
            entity_id,
            text,
            where,
            entry_mac,
        ),
    )
    audit_chain.added(session, link.database_id, link.id, entry_mac)
    return audit_chain.Link(link.id + 1, entry_mac, link.key, link.database_id)


def record_output(
    db: Database,
    actor: Staff,
    action: str,
    what: str,
    *,
    guests: Sequence[int] = (),
    file: str | PurePath | None = None,
    **ids: object,
) -> None:
    """One entry for a document that left the app: `print` (cards, registration cards,
    reports, call sheets) or `export`. `what` names the document; guests go by id, a file by
    its base name, other objects by id or date (`complaint=7`, `month="2026-11"`): never names
    or values. One guest is the entry's object; several are listed in the detail."""
    detail: dict[str, object] = {"what": what, **ids}
    if file is not None:
        detail["file"] = PurePath(file).name
    unique = list(dict.fromkeys(guests))
    if len(unique) > 1:
        detail["guests"] = unique
    with db.write() as session:
        if len(unique) == 1:
            audit(session, actor, action, "guest", unique[0], **detail)
        else:
            audit(session, actor, action, "document", None, **detail)


_T = TypeVar("_T")


def recorded(render: Callable[[Path], _T], record: Callable[[], None]) -> Callable[[Path], _T]:
    """`render`, then `record` (a record_output call): given to safe_files.write_rendered,
    the document reaches its file only once its entry is stored; a database too busy to
    record it leaves no file behind."""

    def both(path: Path) -> _T:
        result = render(path)
        record()
        return result

    return both
