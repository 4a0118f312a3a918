"""Versions of the hotel's settings, so that two managers editing them do not undo each other.

A setting (the hotel's details, the complaint lists, the service standards) is stored under
one or more keys, each with its own version; a form's version is their sum, which grows
whenever any of them changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from vipdesk.services.errors import ChangedMeanwhile
from vipdesk.services.guests import local_time
from vipdesk.store import guest_repo as repo
from vipdesk.store.engines import is_postgres


def stored_version(session: Session, keys: Sequence[str]) -> int:
    """The version a form reading these settings now starts from (0: never set)."""
    return sum(repo.meta_change(session, key)[0] for key in keys)


def check_version(
    session: Session,
    keys: Sequence[str],
    version: int | None,
    what: str,
    changed: Sequence[str] = (),
) -> None:
    """Refuse a save made against an older version (None: the caller read it just now)."""
    if version is None:
        return
    now = stored_version(session, keys)
    if now == version:
        return
    dated = [c for c in (repo.meta_change(session, key) for key in keys) if c[2] is not None]
    _version, who, at = max(dated, key=lambda c: c[2] or 0) if dated else (0, "", None)
    raise ChangedMeanwhile(what, who, local_time(at), changed, now, at_counter=is_postgres(session))
