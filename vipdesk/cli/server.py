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
        f"copied {db.shown_name} to {report.target} in {report.seconds:.1f} s; "
        f"search index built ({report.indexed:,} guests); every table verified"
    )
    print(f"note: {HOW_TO_SHARE_KEY}")
    print(
        f"the counters now open it with --db {report.open_with} (or VIPDESK_DB); "
        f"keep {db.shown_name} as an archive, no longer the live database"
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


SERVER_ENCRYPTION = (
    "on PostgreSQL, encryption at rest is the server's job (its disk or volume encryption, "
    "e.g. LUKS or BitLocker) and the connection's is sslmode=require: the server database "
    "has no vipdesk database key"
)


def refuse_encrypt() -> None:
    from vipdesk.services.errors import DatabaseUnavailable

    raise DatabaseUnavailable(
        f"`encrypt` is for a SQLite file: {SERVER_ENCRYPTION}", code="encryption_on_server"
    )


def server_key_command(url: str, args: argparse.Namespace) -> int:
    """`key export` / `key import` on a server: the audit key the counters share."""
    from vipdesk.cli.common import sign_in_cli
    from vipdesk.services.audit_keys import (
        export_audit_key,
        install_audit_key,
        record_audit_key_import,
    )
    from vipdesk.services.database import open_desk

    print(f"note: {SERVER_ENCRYPTION}; these commands move the audit key", file=sys.stderr)
    db = open_desk(url, create=False)
    try:
        if args.what == "export":
            written = export_audit_key(db, sign_in_cli(db, args), args.output)
            print(
                f"wrote the audit key of {db.shown_name} to {written}: on each other counter, "
                f"before its first sign-in, run `vipdesk --db URL key import {written.name}`, "
                "then delete the file there (whoever holds it can forge the trail)"
            )
            return EXIT_OK
        # Installed before signing in: a sign-in without the key would start a new stretch.
        place = install_audit_key(db, args.file)
        record_audit_key_import(db, sign_in_cli(db, args), place)
        where = "the OS keyring" if place.is_keyring else f"the key folder {place.where}"
        print(f"installed the audit key of {db.shown_name} in {where}; it checks the trail")
        return EXIT_OK
    finally:
        db.close()


# ---- backup, restore, check on a server ------------------------------------------------


def server_backup(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.server_admin import backup_server, default_backup_name

    dest = args.file if args.file is not None else default_backup_name(db)
    written = backup_server(db, acting_staff(db, args), dest)
    print(f"backed up {db.shown_name} to {written} (pg_dump -Fc; pg_restore --list ok)")
    print(f"restore it with: vipdesk --db URL restore {written}")
    return EXIT_OK


def server_check(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.server_admin import check_server

    report = check_server(db, acting_staff(db, args))
    print(f"database: {db.shown_name} (PostgreSQL)")
    for line in report.lines():
        print(line)
    print(
        "encryption at rest: the server's job (its disk encryption); "
        "backups: `vipdesk backup` runs pg_dump"
    )
    return EXIT_OK if report.ok else EXIT_FAIL


def server_restore(url: str, args: argparse.Namespace) -> int:
    """Sign in to the server database as an admin, check the dump, restore it, record it."""
    from vipdesk.cli.common import EXIT_USAGE, sign_in_cli
    from vipdesk.domain.staff import Operation
    from vipdesk.services.audit_trail import record_restore
    from vipdesk.services.database import open_desk
    from vipdesk.services.errors import FirstRunOnly
    from vipdesk.services.server_admin import check_restorable, restore_server
    from vipdesk.services.staff import authorize, has_accounts

    if args.list or args.file is None:
        print(
            "vipdesk: on PostgreSQL the backups are the files `vipdesk backup` (pg_dump) "
            "wrote: give one, `vipdesk --db URL restore FILE`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    db = open_desk(url, create=False, build_index=False)
    try:
        if has_accounts(db):
            actor = sign_in_cli(db, args)
            authorize(db, actor, Operation.RESTORE)
        else:
            raise FirstRunOnly(
                "this server database has no staff account yet: restore needs an admin to "
                "sign in (create one with `vipdesk staff add`, or run pg_restore yourself)"
            )
        check_restorable(db, args.file)
        shown = db.shown_name
        done = restore_server(db, actor, args.file)
    finally:
        db.close()
    restored = open_desk(url, create=False)  # brought up to date if the dump is older
    try:
        record_restore(restored, actor, done.source.name)
    finally:
        restored.close()
    print(f"restored {shown} from {done.source} (schema {done.revision}, pg_restore ok)")
    return EXIT_OK
