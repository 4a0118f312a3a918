"""The `vipdesk` command: the GUI by default, admin and scripting subcommands over services."""

from __future__ import annotations

import argparse
import json
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

    imp_complaints = imp_sub.add_parser("complaints", help="a complaint logbook (CSV)")
    imp_complaints.add_argument("file", type=Path)
    imp_complaints.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help="write rejected rows here"
    )

    exp = sub.add_parser("export", help="export data to a CSV file")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    exp_guests = exp_sub.add_parser("guests", help="all guests, UTF-8 with BOM (opens in Excel)")
    exp_guests.add_argument("file", type=Path)

    backup = sub.add_parser("backup", help="back up the database to FILE (verified)")
    backup.add_argument("file", type=Path)
    restore = sub.add_parser("restore", help="replace the database with a checked backup")
    restore.add_argument("file", type=Path)
    sub.add_parser("check", help="integrity and foreign-key check; exit 0 only when clean")

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
    regcard.add_argument("guests", nargs="+", metavar="MEMBER_NO_OR_ID")
    regcard.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    staff = sub.add_parser("staff", help="set a staff member's role")
    staff.add_argument("username")
    staff.add_argument("--role", choices=["receptionist", "duty_manager", "admin"], required=True)
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
    report = sub.add_parser("report", help="reports")
    report_sub = report.add_subparsers(dest="what", metavar="WHAT", required=True)
    monthly = report_sub.add_parser("complaints", help="monthly complaint figures")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.add_argument("--json", action="store_true")
    monthly.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="write a PDF report")
    incident = complaints_sub.add_parser("incident", help="one complaint's incident report as PDF")
    incident.add_argument("id", type=int)
    incident.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    bench = sub.add_parser("bench", help="benchmarks (not tests)")
    bench_sub = bench.add_subparsers(dest="what", metavar="WHAT", required=True)
    bench_search = bench_sub.add_parser("search", help="search latency on a synthetic DB")
    bench_search.add_argument("--guests", type=int, default=100_000, metavar="N")
    bench_search.add_argument("--queries", type=int, default=400, metavar="Q")
    bench_search.add_argument("--cache-dir", type=Path, help="where synthetic DBs are kept")
    bench_search.add_argument(
        "--rebuild-index", action="store_true", help="time a full reindex too"
    )
    bench_search.add_argument("--json", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = resolve_db_path(args.db)
    command = args.command or "gui"
    try:
        if args.smoke_test:
            from vipdesk.ui.smoke import run_smoke_test

            return run_smoke_test(db_path, args.query, args.screenshot, _process_age_ms())
        if command == "gui":
            from vipdesk.ui.app import run_gui

            return run_gui(db_path, staff=args.staff)
        if command == "restore":
            return _restore(db_path, args)
        if command == "bench":
            from vipdesk.services.bench_search import run_search_benchmark

            result = run_search_benchmark(
                args.guests,
                queries=args.queries,
                cache_dir=args.cache_dir,
                rebuild_index=args.rebuild_index,
                progress=_bench_progress,
            )
            print(json.dumps(result, ensure_ascii=False))
            return EXIT_OK
        handler = _HANDLERS[command]
        db = open_desk(db_path)
        try:
            return handler(db, args)
        finally:
            db.close()
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
    if args.what == "complaints":
        return _import_complaints(db, args)
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


def _import_complaints(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.complaint_import import import_complaints

    summary = import_complaints(db, _actor(db, args), args.file, rejects_path=args.rejects)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for line, reason in summary.reject_samples:
        print(f"rejected line {line}: {reason}", file=sys.stderr)
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


def _search(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.search import hit_as_json, search

    hits = search(db, _actor(db, args), args.query, limit=args.limit)
    if args.json:
        print(json.dumps([hit_as_json(h) for h in hits], ensure_ascii=False))
        return EXIT_OK
    for h in hits:
        tail = f"…{h.phone_tail}" if h.phone_tail else ""
        print(
            f"{h.id:>8}  {h.member_no or '-':<10} {_pad(h.name, 28)} {h.tier.value:<6} "
            f"{h.match.name.lower():<8} {h.matched_field:<10} {tail}"
        )
    if not hits:
        print("no guests found", file=sys.stderr)
    return EXIT_OK


def _reindex(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.search import reindex

    started = time.monotonic()

    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            share = done / total if total else 1.0
            print(f"\r{share:6.1%}  {done:,}/{total:,} guests", end="", file=sys.stderr, flush=True)

    count = reindex(db, _actor(db, args), show)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"indexed {count} guests in {time.monotonic() - started:.1f} s")
    return EXIT_OK


def _duplicates(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.duplicates import all_duplicate_pairs, find_duplicates
    from vipdesk.services.guests import find_by_member_no_or_id

    actor = _actor(db, args)
    if args.guest:
        guest = find_by_member_no_or_id(db, actor, args.guest)
        found = find_duplicates(db, actor, guest, guest_id=guest.id, limit=args.limit)
        rows = [
            {
                "a": guest.id,
                "b": c.guest_id,
                "a_name": guest.name,
                "b_name": c.name,
                "score": c.score,
                "reasons": list(c.reasons),
            }
            for c in found
        ]
    else:
        rows = [
            {
                "a": p.a,
                "b": p.b,
                "a_name": p.a_name,
                "b_name": p.b_name,
                "score": p.score,
                "reasons": list(p.reasons),
            }
            for p in all_duplicate_pairs(db, actor, limit=args.limit)
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(
                f"{r['score']:>3}  {r['a']} {r['a_name']}  ~  {r['b']} {r['b_name']}  "
                f"({'; '.join(r['reasons'])})"
            )
    return EXIT_OK


def _merge(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.duplicates import merge_guests
    from vipdesk.services.guests import find_by_member_no_or_id

    actor = _actor(db, args)
    keep = find_by_member_no_or_id(db, actor, args.keep)
    other = find_by_member_no_or_id(db, actor, args.other)
    merged = merge_guests(db, actor, keep.id, other.id)
    print(f"merged {other.name} (id {other.id}) into {merged.name} (id {merged.id})")
    return EXIT_OK


def _not_duplicate(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.duplicates import mark_not_duplicate
    from vipdesk.services.guests import find_by_member_no_or_id

    actor = _actor(db, args)
    a = find_by_member_no_or_id(db, actor, args.a)
    b = find_by_member_no_or_id(db, actor, args.b)
    mark_not_duplicate(db, actor, a.id, b.id)
    print(f"{a.name} (id {a.id}) and {b.name} (id {b.id}) are marked as different people")
    return EXIT_OK


def _card(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.print.cards import render_cards
    from vipdesk.services.cards import card_data

    cards = card_data(db, _actor(db, args), args.guests)
    render_cards(cards, args.output, args.format)
    print(f"wrote {len(cards)} card(s) to {args.output} ({args.format})")
    return EXIT_OK


def _regcard(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.print.regcard import render_registration_cards
    from vipdesk.services.cards import card_data
    from vipdesk.services.hotel import get_hotel

    actor = _actor(db, args)
    cards = card_data(db, actor, args.guests)
    render_registration_cards(cards, get_hotel(db, actor), args.output)
    print(f"wrote {len(cards)} registration card(s) to {args.output}")
    return EXIT_OK


def _hotel(db: Database, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from vipdesk.services.hotel import get_hotel, set_hotel

    actor = _actor(db, args)
    hotel = get_hotel(db, actor)
    changes = {
        k: v
        for k, v in (("name", args.name), ("address", args.address), ("phone", args.phone))
        if v is not None
    }
    if changes:
        hotel = replace(hotel, **changes)
        set_hotel(db, actor, hotel)
    print(json.dumps(hotel.__dict__, ensure_ascii=False))
    return EXIT_OK


def _staff(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.domain.staff import Role
    from vipdesk.services.staff import set_role

    member = set_role(db, _actor(db, args), args.username, Role(args.role))
    print(f"{member.username}: {member.role.value}")
    return EXIT_OK


def _complaints(db: Database, args: argparse.Namespace) -> int:
    from datetime import datetime, timedelta

    from vipdesk.domain.complaints import Status
    from vipdesk.services.complaints import list_complaints

    if args.what == "incident":
        from vipdesk.print.complaint_reports import render_incident
        from vipdesk.services.complaints import get_complaint
        from vipdesk.services.hotel import get_hotel

        actor = _actor(db, args)
        render_incident(get_complaint(db, actor, args.id), get_hotel(db, actor), args.output)
        print(f"wrote the incident report of complaint {args.id} to {args.output}")
        return EXIT_OK
    now = datetime.now()
    if args.as_of:
        try:
            now = datetime.strptime(args.as_of, "%Y-%m-%d") + timedelta(days=1)
        except ValueError:
            print(f"vipdesk: --as-of {args.as_of!r} is not YYYY-MM-DD", file=sys.stderr)
            return EXIT_USAGE
    found = list_complaints(
        db,
        _actor(db, args),
        status=Status(args.status) if args.status else None,
        overdue_at=now if args.overdue else None,
    )
    rows = [
        {
            "id": c.id,
            "guest_id": c.guest_id,
            "guest": c.guest_name,
            "status": c.status.value,
            "category": c.category.value,
            "severity": c.severity.value,
            "department": c.department,
            "occurred_at": c.occurred_at.isoformat(),
            "feedback_due": c.feedback_due.isoformat(),
            "overdue": c.overdue(now),
            "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None,
        }
        for c in found
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            flag = "OVERDUE " if r["overdue"] else ""
            print(
                f"{r['id']:>5} {flag}{r['status']:<12} {r['severity']:<8} {r['category']:<12} "
                f"due {r['feedback_due'][:16]}  {r['guest']}"
            )
    return EXIT_OK


def _report(db: Database, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from vipdesk.services.complaints import report

    actor = _actor(db, args)
    figures = report(db, actor, args.month)
    if args.output:
        from vipdesk.print.complaint_reports import render_month_report
        from vipdesk.services.hotel import get_hotel

        render_month_report(figures, get_hotel(db, actor), args.output)
        print(f"wrote the {args.month} complaint report to {args.output}")
        return EXIT_OK
    if args.json:
        print(json.dumps(asdict(figures), ensure_ascii=False))
    else:
        for key, value in asdict(figures).items():
            print(f"{key}: {value}")
    return EXIT_OK


_HANDLERS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "demo": _demo,
    "import": _import,
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
    "staff": _staff,
    "complaints": _complaints,
    "report": _report,
}


def _pad(text: str, width: int) -> str:
    """Left-align by display width: a CJK character takes two terminal columns."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


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
