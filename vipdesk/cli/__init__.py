"""The `vipdesk` command: the GUI by default, admin and scripting subcommands over services."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from vipdesk import __version__
from vipdesk.cli.arrivals import _arrivals, add_arrivals_parser
from vipdesk.cli.audit import add_audit_parsers, audit_command
from vipdesk.cli.care import add_care_parsers, care_command, report_care
from vipdesk.cli.common import (
    EXIT_AUDIT_BROKEN,
    EXIT_FAIL,
    EXIT_NOT_PERMITTED,
    EXIT_OK,
    EXIT_SIGN_IN,
    credentials,
    sign_in_cli,
)
from vipdesk.cli.desk import (
    _card,
    _code_list,
    _complaints,
    _hotel,
    _regcard,
    _report,
)
from vipdesk.cli.guest_rights import (
    add_guest_rights_parsers,
    add_guests_parser,
    guest_command,
    guests_command,
)
from vipdesk.cli.guest_show import add_guest_show_parser
from vipdesk.cli.guests import (
    _backup,
    _check,
    _demo,
    _duplicates,
    _export,
    _import,
    _merge,
    _not_duplicate,
    _reindex,
    _restore,
    _search,
)
from vipdesk.cli.keys import add_key_parsers, encrypt, key_export, key_import
from vipdesk.cli.privacy import (
    add_caution_parsers,
    add_guest_privacy_parsers,
    caution_command,
    guest_privacy_command,
)
from vipdesk.cli.server import (
    add_server_parsers,
    migrate_to_command,
    refuse_encrypt,
    server_key_command,
    server_restore,
)
from vipdesk.cli.staff import (
    add_staff_parsers,
    first_admin,
    first_run_refusal,
    recover,
    staff_command,
)
from vipdesk.cli.stays import _import_stays, _stays, add_stay_parsers
from vipdesk.config import is_database_url as is_url
from vipdesk.config import resolve_db_target
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database, open_desk, require_file
from vipdesk.services.demo_accounts import add_demo_accounts
from vipdesk.services.errors import (
    AuditChainBroken,
    FirstRunOnly,
    PermissionDenied,
    ServiceError,
    SignInFailed,
)
from vipdesk.services.staff import has_accounts


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vipdesk",
        description="Front-desk guest recognition. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"vipdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $VIPDESK_DB, else your data folder)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the GUI, type --query, open the first profile, print timings as JSON, exit",
    )
    parser.add_argument("--query", default="zhuge", help="what --smoke-test types (default: zhuge)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="DIR", help="--smoke-test saves PNGs here"
    )
    parser.add_argument(
        "--as",
        dest="staff",
        metavar="USER",
        help="sign in as USER (default: $VIPDESK_STAFF); the password is asked, or "
        "$VIPDESK_PASSWORD",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="open the app (the default)")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo guests")
    demo.add_argument("--guests", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--complaints", type=int, default=0, metavar="N", help="also N demo complaints"
    )

    imp = sub.add_parser("import", help="import data from a CSV file")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_guests = imp_sub.add_parser("guests", help="guests from a CSV (UTF-8 or GB18030)")
    imp_guests.add_argument("file", type=Path)
    imp_guests.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help="write rejected rows here"
    )
    imp_guests.add_argument("--batch-size", type=int, help=argparse.SUPPRESS)

    imp_complaints = imp_sub.add_parser("complaints", help="a complaint logbook (CSV)")
    imp_complaints.add_argument("file", type=Path)
    imp_complaints.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help="write rejected rows here"
    )

    add_stay_parsers(imp_sub, sub)

    exp = sub.add_parser("export", help="export data to a CSV file")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    exp_guests = exp_sub.add_parser("guests", help="all guests, UTF-8 with BOM (opens in Excel)")
    exp_guests.add_argument("file", type=Path)

    backup = sub.add_parser(
        "backup", help="back up the database to FILE, verified (PostgreSQL: pg_dump -Fc)"
    )
    backup.add_argument("file", type=Path, nargs="?", help="optional on PostgreSQL")
    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", type=Path, nargs="?")
    restore.add_argument(
        "--list", action="store_true", help="list the kept copies (daily backups and others)"
    )
    sub.add_parser("check", help="integrity and foreign-key check; exit 0 only when clean")
    sub.add_parser("encrypt", help="encrypt a plain (older) database in place (admin)")

    search = sub.add_parser("search", help="find guests the way the counter screen does")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true", help="print a JSON array, best first")
    sub.add_parser("reindex", help="rebuild the search index (with progress)")

    dups = sub.add_parser("duplicates", help="list likely duplicate guests")
    dups.add_argument("--guest", metavar="MEMBER_NO_OR_ID", help="only duplicates of this guest")
    dups.add_argument("--limit", type=int, default=1000, metavar="N")
    dups.add_argument("--json", action="store_true")
    merge = sub.add_parser("merge", help="merge guest OTHER into guest KEEP (nothing is lost)")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    different = sub.add_parser("not-duplicate", help="mark two guests as different people")
    different.add_argument("a", metavar="GUEST")
    different.add_argument("b", metavar="GUEST")

    card = sub.add_parser("card", help="print recognition cards to a PDF")
    card.add_argument("guests", nargs="+", metavar="MEMBER_NO_OR_ID")
    card.add_argument("--format", choices=["cr80", "a6", "a4-sheet"], default="cr80")
    card.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    regcard = sub.add_parser("regcard", help="print pre-filled registration cards to a PDF")
    regcard.add_argument("guests", nargs="*", metavar="MEMBER_NO_OR_ID")
    regcard.add_argument(
        "--arrivals", metavar="YYYY-MM-DD", help="one card per arrival of that day, with its stay"
    )
    regcard.add_argument(
        "--min-tier", metavar="TIER", help="with --arrivals: matched guests of this tier or above"
    )
    regcard.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    add_arrivals_parser(sub)
    add_staff_parsers(sub)
    add_audit_parsers(sub)
    add_key_parsers(sub)
    add_server_parsers(sub)
    hotel = sub.add_parser("hotel", help="show or set the hotel's name, address and phone")
    hotel.add_argument("--name")
    hotel.add_argument("--address")
    hotel.add_argument("--phone")

    complaints = sub.add_parser("complaints", help="complaints")
    complaints_sub = complaints.add_subparsers(dest="what", metavar="WHAT", required=True)
    listing = complaints_sub.add_parser("list", help="complaints, most urgent promise first")
    listing.add_argument(
        "--status", choices=["open", "in_progress", "resolved", "followed_up", "closed"]
    )
    listing.add_argument("--overdue", action="store_true", help="past the promised feedback time")
    listing.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge 'overdue' at this day's end")
    listing.add_argument("--json", action="store_true")
    for name, what in (("departments", "departments"), ("categories", "categories")):
        codes = sub.add_parser(name, help=f"show or set the {what} complaints are filed under")
        codes.add_argument(
            "--set", nargs="+", metavar="CODE=LABEL", help="replace the list (duty manager)"
        )
    report = sub.add_parser("report", help="reports")
    report_sub = report.add_subparsers(dest="what", metavar="WHAT", required=True)
    monthly = report_sub.add_parser("complaints", help="monthly complaint figures")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--json", action="store_true")
    monthly.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="write a PDF report")
    add_care_parsers(sub, report_sub)
    incident = complaints_sub.add_parser("incident", help="one complaint's incident report as PDF")
    incident.add_argument("id", type=int)
    incident.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    guest = sub.add_parser(
        "guest", help="one guest: show, ID documents, confidential, copy, erasure"
    )
    guest_sub = guest.add_subparsers(dest="what", metavar="WHAT", required=True)
    add_guest_show_parser(guest_sub)
    add_guest_privacy_parsers(guest_sub)
    add_guest_rights_parsers(guest_sub)
    add_guests_parser(sub)
    add_caution_parsers(sub)
    bench = sub.add_parser("bench", help="benchmarks (not tests)")
    bench_sub = bench.add_subparsers(dest="what", metavar="WHAT", required=True)
    bench_search = bench_sub.add_parser("search", help="search latency on a synthetic DB")
    bench_search.add_argument("--guests", type=int, default=100_000, metavar="N")
    bench_search.add_argument("--queries", type=int, default=400, metavar="Q")
    bench_search.add_argument("--cache-dir", type=Path, help="where synthetic DBs are kept")
    bench_search.add_argument(
        "--rebuild-index", action="store_true", help="time a full reindex too"
    )
    bench_search.add_argument(
        "--no-plain", action="store_true", help="skip the plain (unencrypted) comparison"
    )
    bench_search.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Exit codes: 0 done, 1 an error (one line), 2 usage, 3 sign-in failed, 4 not
    permitted for this role, 5 the audit chain is broken."""
    args = build_parser().parse_args(argv)
    db_path = resolve_db_target(args.db)
    command = args.command or "gui"
    try:
        return _run(command, db_path, args)
    except SignInFailed as exc:  # never says whether the user or the password was wrong
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_SIGN_IN
    except PermissionDenied as exc:
        print(f"vipdesk: not permitted: {exc}", file=sys.stderr)
        return EXIT_NOT_PERMITTED
    except AuditChainBroken as exc:
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_AUDIT_BROKEN
    except ServiceError as exc:  # includes missing fonts for PDFs
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:  # e.g. a PDF written into a folder that does not exist
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"vipdesk: {exc.strerror or exc}{where}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("vipdesk: interrupted; whole batches already written are kept", file=sys.stderr)
        return 130


# What needs the SQLite file itself; on a PostgreSQL URL they say so in one line.
FILE_ONLY = {
    "bench": "bench",
}


def _run(command: str, db_path: Path | str, args: argparse.Namespace) -> int:
    if command == "encrypt" and not isinstance(db_path, Path):
        refuse_encrypt()
    if command == "key" and not isinstance(db_path, Path):
        return server_key_command(db_path, args)
    if command == "bench" and is_url(db_path):  # builds its guests in that database
        from vipdesk.services.bench_server_search import run_server_search_benchmark

        result = run_server_search_benchmark(
            str(db_path),
            args.guests,
            queries=args.queries,
            rebuild_index=args.rebuild_index,
            progress=_bench_progress,
        )
        print(json.dumps(result, ensure_ascii=False))
        return EXIT_OK
    if command in FILE_ONLY:
        require_file(db_path, FILE_ONLY[command])
    if command == "restore" and not isinstance(db_path, Path):
        return server_restore(db_path, args)
    if args.smoke_test:
        from vipdesk.ui.smoke import run_smoke_test

        user, password = credentials(args)
        return run_smoke_test(
            db_path, args.query, args.screenshot, _process_age_ms(), user, password
        )
    if command == "gui":
        from vipdesk.ui.app import run_gui

        return run_gui(db_path, staff=args.staff)
    if command == "restore":
        args.actor = _sign_in_to_restore(db_path, args) if args.file is not None else None
        return _restore(db_path, args)
    if command == "key" and args.what == "import":
        return key_import(db_path, args)
    if command == "bench":
        from vipdesk.services.bench_search import run_search_benchmark

        result = run_search_benchmark(
            args.guests,
            queries=args.queries,
            cache_dir=args.cache_dir,
            rebuild_index=args.rebuild_index,
            compare_plain=not args.no_plain,
            progress=_bench_progress,
        )
        print(json.dumps(result, ensure_ascii=False))
        return EXIT_OK
    handler = _HANDLERS[command]
    first_admin_wanted = command == "staff" and args.what == "add"
    db = open_desk(db_path, create=command == "demo" or first_admin_wanted)
    try:
        if command == "staff" and args.what == "recover":
            return recover(db, args)
        if not has_accounts(db):  # a new database: only the first admin, or a demo
            if command == "demo":
                args.actor = add_demo_accounts(db)
            elif command == "staff":
                return first_admin(db, args)
            else:
                raise FirstRunOnly(first_run_refusal())
        else:
            args.actor = sign_in_cli(db, args)
            changing_own = command == "staff" and args.what == "password" and not args.username
            if args.actor.must_change_password and not changing_own:
                raise ServiceError(
                    "an admin reset your password: choose your own first with "
                    "`vipdesk staff password`",
                    code="must_change_password",
                )
        return handler(db, args)
    finally:
        db.close()


def _sign_in_to_restore(db_path: Path, args: argparse.Namespace) -> Staff | None:
    """Replacing a database that has accounts takes an admin; a new machine (no database,
    or one nobody can sign in to, or one too broken to open) takes nobody (None)."""
    from vipdesk.domain.staff import Operation
    from vipdesk.services.staff import authorize

    if not db_path.exists():
        return None
    try:
        db = open_desk(db_path, create=False, build_index=False)
    except ServiceError:
        return None  # a broken or foreign file: restoring is the way out
    try:
        if not has_accounts(db):
            return None
        actor = sign_in_cli(db, args)
        authorize(db, actor, Operation.RESTORE)
        return actor
    finally:
        db.close()


def _import_command(db: Database, args: argparse.Namespace) -> int:
    return (_import_stays if args.what == "stays" else _import)(db, args)


# Only `demo` and `staff add` (the first admin) may create a missing database; every other
# command says "no database at PATH" (a mistyped --db must not create folders and an empty
# database that "exports 0 guests"). `restore` may too (onto a new machine) and the GUI on
# its first run.

_HANDLERS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "demo": _demo,
    "import": _import_command,
    "stays": _stays,
    "arrivals": _arrivals,
    "export": _export,
    "backup": _backup,
    "check": _check,
    "search": _search,
    "reindex": _reindex,
    "duplicates": _duplicates,
    "merge": _merge,
    "not-duplicate": _not_duplicate,
    "card": _card,
    "regcard": _regcard,
    "hotel": _hotel,
    "staff": staff_command,
    "audit": audit_command,
    "key": key_export,
    "encrypt": encrypt,
    "complaints": _complaints,
    "report": lambda db, args: (report_care if args.what == "care" else _report)(db, args),
    "care": care_command,
    "guest": guest_command(guest_privacy_command),
    "guests": guests_command,
    "caution": caution_command,
    "departments": _code_list,
    "categories": _code_list,
    "migrate-to": migrate_to_command,
}


def _process_age_ms() -> float:
    """Milliseconds since this process started (since vipdesk was imported, without psutil)."""
    try:
        import psutil

        return (time.time() - psutil.Process().create_time()) * 1000
    except ImportError:
        return (time.perf_counter() - _IMPORTED) * 1000


_IMPORTED = time.perf_counter()


def _bench_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
