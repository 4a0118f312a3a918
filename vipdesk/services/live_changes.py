"""Hearing about changes another counter made (several counters on one PostgreSQL server).

    watch = watch_changes(db, on_change, on_state)
    ...
    watch.stop()

`on_change(kind, id)` (kind: guest, stay, complaint, care, staff, settings; id 0 means
"one or more"; on a SQLite file, see watch_changes) and `on_state(reachable)` are called on the watcher's own thread, never the
caller's: a UI hands them over to its own thread. This counter's own changes are not
reported (it announces them itself); the server's state is reported after every
(re)connection and every lost connection, retried every `retry_s` seconds.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event

from vipdesk.store.change_feed import ChangeListener, FileWatcher, origin_of
from vipdesk.store.db import Database, ServerDatabase

RETRY_S = 5.0
"""How often a counter that lost the server tries it again."""
FILE_POLL_S = 2.0
"""How often a SQLite file is checked for another process's changes."""


def watch_changes(
    db: Database,
    on_change: Callable[[str, int], None],
    on_state: Callable[[bool], None],
    *,
    retry_s: float = RETRY_S,
) -> ChangeListener | FileWatcher:
    """Start listening for other counters' changes on `db`.

    On a SQLite file (one workstation) only another process can change it, such as a
    CLI import while the window is open: its file is polled every FILE_POLL_S seconds,
    and such a change is reported as guest, stay and complaint (the file does not say
    which); the state callback is never called (no server to lose)."""
    if not isinstance(db, ServerDatabase):
        watcher = FileWatcher(db.raw_connection, db.engine, on_change, every_s=FILE_POLL_S)
        watcher.start()
        return watcher
    listener = ChangeListener(db.url, origin_of(db.engine), on_change, on_state, retry_s=retry_s)
    # It ends with the database (Database.close disposes of the engine), as the file's does.
    event.listen(db.engine, "engine_disposed", lambda _engine: listener.stop())
    listener.start()
    return listener
