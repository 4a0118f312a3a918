"""Commands for a database on a PostgreSQL server: migrate-to (and the server side of
backup, restore and check)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from vipdesk.cli.common import EXIT_FAIL, EXIT_OK, acting_staff
from vipdesk.services.database import Database


def add_server_parsers(sub: Any) -> None:
    move = sub.add_parser(
        "migrate-to",
        help="copy this SQLite database, everything in it, into an empty PostgreSQL "
        "database and verify the copy (admin)",
    )
    move.add_argument("url", metavar="URL", help="postgresql+psycopg://user@host/db")


def migrate_to_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.move_to_server import HOW_TO_SHARE_KEY, MoveFailed, migrate_to

    try:
        report = migrate_to(db, acting_staff(db, args), args.url, progress=_progress())
    except MoveFailed as exc:
        _end_progress()
        if exc.counts:
            from vipdesk.services.move_to_server import MoveReport

            for line in MoveReport("", exc.counts, 0, 0).lines():
                print(line)
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    _end_progress()
    for line in report.lines():
        print(line)
    print(
        f"copied {db.path} to {report.target} in {report.seconds:.1f} s; "
        f"search index built ({report.indexed:,} guests); every table verified"
    )
    print(f"note: {HOW_TO_SHARE_KEY}")
    print(
        f"the counters now open it with --db {report.target} (or VIPDESK_DB); "
        f"keep {db.path} as an archive, no longer the live database"
    )
    return EXIT_OK


_shown = {"any": False}


def _progress() -> Any:
    """Progress on stderr: one line rewritten on a terminal, a line per table otherwise."""
    tty = sys.stderr.isatty()
    last = {"table": "", "at": 0.0}

    def show(table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if tty:
            if done < total and now - last["at"] < 0.2:
                return
            last["at"] = now
            share = done / total if total else 1.0
            print(f"\r{table}: {done:,}/{total:,} ({share:.0%})\033[K", end="", file=sys.stderr)
            _shown["any"] = True
        elif table != last["table"] and total >= 10_000:
            last["table"] = table
            print(f"{table}: {total:,} rows…", file=sys.stderr)
        sys.stderr.flush()

    return show


def _end_progress() -> None:
    if _shown["any"]:
        print(file=sys.stderr)
        _shown["any"] = False
