"""The `vipdesk` command: the GUI by default, admin and scripting subcommands over services."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from vipdesk import __version__
from vipdesk.config import resolve_db_path
from vipdesk.services.database import Database, open_desk
from vipdesk.services.errors import ServiceError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


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
        "--as",
        dest="staff",
        metavar="USER",
        help="acting staff member (default: $VIPDESK_STAFF or login name)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="open the app (the default)")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo guests")
    demo.add_argument("--guests", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    imp = sub.add_parser("import", help="import data from a CSV file")
    imp_sub = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    imp_guests = imp_sub.add_parser("guests", help="guests from a CSV (UTF-8 or GB18030)")
    imp_guests.add_argument("file", type=Path)
    imp_guests.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help="write rejected rows here"
    )
    imp_guests.add_argument("--batch-size", type=int, default=1000, help=argparse.SUPPRESS)

    exp = sub.add_parser("export", help="export data to a CSV file")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    exp_guests = exp_sub.add_parser("guests", help="all guests, UTF-8 with BOM (opens in Excel)")
    exp_guests.add_argument("file", type=Path)

    backup = sub.add_parser("backup", help="back up the database to FILE (verified)")
    backup.add_argument("file", type=Path)
    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", type=Path)
    sub.add_parser("check", help="integrity and foreign-key check; exit 0 only when clean")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = resolve_db_path(args.db)
    command = args.command or "gui"
    try:
        if command == "gui":
            from vipdesk.ui.app import run_gui

            return run_gui(db_path, staff=args.staff)
        if command == "restore":
            return _restore(db_path, args)
        handler = _HANDLERS[command]
        db = open_desk(db_path)
        try:
            return handler(db, args)
        finally:
            db.close()
    except ServiceError as exc:
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("vipdesk: interrupted; whole batches already written are kept", file=sys.stderr)
        return 130


def _actor(db: Database, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from vipdesk.services.staff import current_staff

    return current_staff(db, args.staff)


def _demo(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.demo import fill_demo
    from vipdesk.services.guests import count_guests

    actor = _actor(db, args)
    existing = count_guests(db, actor)
    if existing:
        print(
            f"vipdesk: {db.path} already holds {existing} guests; demo data goes into an empty database",
            file=sys.stderr,
        )
        return EXIT_FAIL
    added = fill_demo(db, actor, args.guests, args.seed)
    print(f"added {added} demo guests to {db.path}")
    return EXIT_OK


def _progress_printer() -> Callable[..., None] | None:
    if not sys.stderr.isatty():
        return None
    start = time.monotonic()

    def show(p) -> None:  # type: ignore[no-untyped-def]
        share = p.bytes_read / p.bytes_total if p.bytes_total else 1.0
        rate = p.rows / max(time.monotonic() - start, 1e-6)
        print(
            f"\r{share:6.1%}  {p.rows:,} rows  {rate:,.0f} rows/s",
            end="",
            file=sys.stderr,
            flush=True,
        )

    return show


def _import(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guest_import import import_guests

    show = _progress_printer()
    summary = import_guests(
        db,
        _actor(db, args),
        args.file,
        rejects_path=args.rejects,
        batch_size=args.batch_size,
        progress=show,
    )
    if show:
        print(file=sys.stderr)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for line, reason in summary.reject_samples:
        print(f"rejected line {line}: {reason}", file=sys.stderr)
    if summary.rejected > len(summary.reject_samples):
        more = summary.rejected - len(summary.reject_samples)
        hint = f"see {args.rejects}" if args.rejects else "use --rejects OUT.csv to keep them all"
        print(f"… and {more} more rejected rows ({hint})", file=sys.stderr)
    print(summary.line())
    return EXIT_OK


def _export(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guest_export import export_guests

    count = export_guests(db, _actor(db, args), args.file)
    print(f"exported {count} guests to {args.file}")
    return EXIT_OK


def _backup(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.maintenance import backup

    backup(db, _actor(db, args), args.file)
    print(f"backed up {db.path} to {args.file} (integrity_check ok)")
    return EXIT_OK


def _restore(db_path: Path, args: argparse.Namespace) -> int:
    from vipdesk.services.maintenance import restore

    restore(db_path, args.file)
    print(
        f"restored {db_path} from {args.file}; the previous file is kept as {db_path}.before-restore"
    )
    return EXIT_OK


def _check(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.maintenance import check

    report = check(db, _actor(db, args))
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_FAIL


_HANDLERS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "demo": _demo,
    "import": _import,
    "export": _export,
    "backup": _backup,
    "check": _check,
}
