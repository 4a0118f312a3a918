"""`vipdesk migrate-to URL`: a SQLite database, everything in it, into an empty PostgreSQL one.

Staff and their password hashes, guests, photos, complaints, the audit trail, app_meta (the
database id, which names the audit key) and every record's version are copied ids and all,
in one server transaction: verified table by table (row counts and a digest of every row)
before it commits, so a mismatch or an error leaves nothing half-copied. The search index
is rebuilt on the server, and the move is audited there, by the admin who ran it.

The audit key stays in this computer's key store under the same name (the database id is
copied), so `audit verify` works here at once; every other counter needs it too
(`vipdesk key export` / `key import`, see the README's "Several counters").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.database import Database, is_server, open_desk
from vipdesk.services.errors import Conflict, ServiceError
from vipdesk.services.staff import authorize
from vipdesk.store import pg_copy, search_rebuild
from vipdesk.store.engines import is_url, shown_url, url_without_password
from vipdesk.store.pg_copy import TableCount

Progress = Callable[[str, int, int], None]
"""(what: a table or "search index", done, total)"""

HOW_TO_SHARE_KEY = (
    "every other counter needs this database's audit key, or its first sign-in starts a "
    "new stretch of the audit trail: run `vipdesk --db URL key export -o audit.key` here, "
    "then `vipdesk --db URL key import audit.key` on each counter before it signs in"
)


@dataclass(frozen=True)
class MoveReport:
    target: str  # where it went, as shown (user@host:port/db)
    counts: list[TableCount]
    indexed: int
    seconds: float
    open_with: str = ""  # what the counters give as --db: the URL without its password

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.counts)

    def lines(self) -> list[str]:
        width = max(len(c.table) for c in self.counts)
        out = [f"{'table':<{width}}  {'SQLite':>9}  {'PostgreSQL':>10}  digest"]
        for c in self.counts:
            same = "same" if c.source_digest == c.target_digest else "DIFFERENT"
            out.append(
                f"{c.table:<{width}}  {c.source_rows:>9,}  {c.target_rows:>10,}  {same}"
                + ("" if c.ok else "  <-- mismatch")
            )
        return out


class MoveFailed(ServiceError):
    """The copy did not verify or failed part-way; nothing was kept on the server."""

    code = "migrate_failed"

    def __init__(self, message: str, counts: list[TableCount] | None = None) -> None:
        super().__init__(message)
        self.counts = counts or []


def migrate_to(
    db: Database, actor: Staff, url: str, progress: Progress | None = None
) -> MoveReport:
    """Copy the open SQLite database `db` into the empty PostgreSQL database at `url`
    (admin). Refuses a server database that already holds data; MoveFailed (nothing
    written) when a table's copy differs or the server refuses a row."""
    authorize(db, actor, Operation.MIGRATE_TO)
    if is_server(db):
        raise ServiceError(
            "migrate-to copies a SQLite file to a server: give the file with --db FILE "
            "(this --db is already a PostgreSQL database)",
            code="migrate_source_not_file",
        )
    if not is_url(url):
        raise ServiceError(
            "migrate-to needs a PostgreSQL URL, e.g. postgresql+psycopg://admin@dbhost/vipdesk",
            code="migrate_target_not_url",
        )
    shown = shown_url(url)
    started = time.perf_counter()
    target = open_desk(url)  # migrated to head: the same tables as the file
    try:
        with db.snapshot() as sqlite:  # one read transaction: a consistent source
            unknown = pg_copy.unknown_tables(sqlite)
            if unknown:
                raise ServiceError(
                    f"{db.shown_name} holds tables that are not vipdesk's ({', '.join(unknown)}); "
                    "nothing was copied. Run `vipdesk check` on it",
                    code="migrate_unknown_tables",
                )
            tables = pg_copy.tables()
            source_rows = pg_copy.rows_in(sqlite, [t.name for t in tables])
            counts, indexed = _copy_all(
                target, sqlite, tables, source_rows, actor, db, shown, progress
            )
    finally:
        target.close()
    return MoveReport(
        shown, counts, indexed, time.perf_counter() - started, url_without_password(url)
    )


def _copy_all(
    target: Database,
    sqlite: Any,
    tables: list[Any],
    source_rows: dict[str, int],
    actor: Staff,
    db: Database,
    shown: str,
    progress: Progress | None,
) -> tuple[list[TableCount], int]:
    doing = "checking the server database"
    try:
        with target.write() as session:
            conn = session.connection()
            pg = conn.connection.driver_connection
            _refuse_unless_empty(pg, tables, shown)
            pg_copy.clear_for_copy(pg)
            digests = {}
            for table in tables:
                doing = f"copying {table.name}"
                digests[table.name] = pg_copy.copy_table(
                    sqlite, pg, table, source_rows[table.name], progress
                )
            doing = "moving the id sequences"
            pg_copy.reset_sequences(pg, tables)
            counts = []
            for table in tables:
                doing = f"checking {table.name}"
                copied = pg_copy.target_digest(pg, table)
                source = digests[table.name]
                counts.append(
                    TableCount(table.name, source.rows, copied.rows, source.hex(), copied.hex())
                )
            if not all(c.ok for c in counts):
                bad = ", ".join(c.table for c in counts if not c.ok)
                raise MoveFailed(
                    f"the copy differs from {db.shown_name} in {bad}; nothing was kept on {shown}",
                    counts,
                )
            doing = "building the search index"
            indexed = search_rebuild.rebuild(
                session, (lambda d, t: progress("search index", d, t)) if progress else None
            )
            audit(
                session,
                actor,
                "migrate_to",
                "database",
                None,
                source=db.path.name,
                target=shown,
                guests=source_rows.get("guests", 0),
            )
    except (ServiceError, KeyboardInterrupt):
        raise
    except Exception as exc:  # the server refused a row, the connection dropped…
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise MoveFailed(
            f"migrate-to failed while {doing} ({reason[0] if reason else type(exc).__name__}); "
            f"nothing was kept on {shown}"
        ) from None
    return counts, indexed


def _refuse_unless_empty(pg: Any, tables: list[Any], shown: str) -> None:
    names = [t.name for t in tables if t.name != "app_meta"]
    held = {n: c for n, c in pg_copy.rows_in(pg, names).items() if c}
    if held:
        what = ", ".join(f"{c:,} {n}" for n, c in list(held.items())[:4])
        raise Conflict(
            f"{shown} already holds vipdesk data ({what}): migrate-to copies only into an "
            "empty database. Create a new one (`createdb -O OWNER vipdesk`) and give its URL",
            code="migrate_target_not_empty",
        )
