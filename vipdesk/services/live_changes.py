"""Hearing about changes another counter made (several counters on one PostgreSQL server).

    watch = watch_changes(db, on_change, on_state)   # None on a SQLite file
    ...
    watch.stop()

`on_change(kind, id)` (kind: guest, stay, complaint, care, staff, settings; id 0 means
"one or more") and `on_state(reachable)` are called on the watcher's own thread, never the
caller's: a UI hands them over to its own thread. This counter's own changes are not
reported (it announces them itself); the server's state is reported after every
(re)connection and every lost connection, retried every `retry_s` seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from vipdesk.store.change_feed import ChangeListener, origin_of
from vipdesk.store.db import Database, ServerDatabase

RETRY_S = 5.0
"""How often a counter that lost the server tries it again."""


def watch_changes(
    db: Database,
    on_change: Callable[[str, int], None],
    on_state: Callable[[bool], None],
    *,
    retry_s: float = RETRY_S,
) -> ChangeListener | None:
    """Start listening for other counters' changes on `db` (None: a single-workstation
    file, nobody else to hear)."""
    if not isinstance(db, ServerDatabase):
        return None
    listener = ChangeListener(db.url, origin_of(db.engine), on_change, on_state, retry_s=retry_s)
    listener.start()
    return listener
