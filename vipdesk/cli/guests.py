"""Guest data commands: demo, import/export, backup, checks, search, duplicates."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from vipdesk.cli.common import EXIT_FAIL, EXIT_OK, EXIT_USAGE, acting_staff, pad, progress_printer
from vipdesk.cli.server import server_backup, server_check
from vipdesk.services.database import Database, is_server


def _demo(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.demo import run_demo
    from vipdesk.services.errors import Conflict

    try:
        filled = run_demo(db, acting_staff(db, args), args.guests, args.complaints, args.seed)
    except Conflict as exc:
        print(f"vipdesk: {exc}", file=sys.stderr)
        return EXIT_FAIL
    if filled.finished_earlier_run:
        print(
            f"finished the demo that was stopped part-way ({filled.guests} guests in {db.shown_name})"
        )
    else:
        print(f"added {filled.guests} demo guests to {db.shown_name}")
    if filled.complaints:
        print(f"added {filled.complaints} demo complaints")
    return EXIT_OK


def _import(db: Database, args: argparse.Namespace) -> int:
    if args.what == "complaints":
        return _import_complaints(db, args)
    from vipdesk.services.guest_import import import_guests

    show = progress_printer()
    summary = import_guests(
        db,
        acting_staff(db, args),
        args.file,
        rejects_path=args.rejects,
        progress=show,
        **({"batch_size": args.batch_size} if args.batch_size else {}),
    )
    if show:
        print(file=sys.stderr)
    if summary.resumed_after_line:
        print(
            f"resumed after line {summary.resumed_after_line}: an interrupted import of this "
            "file had stored the rows before it (counts below are for the whole file)",
            file=sys.stderr,
        )
    _report_rejects(summary, args.rejects)
    print(summary.line())
    return EXIT_OK


def _report_rejects(summary, rejects: Path | None) -> None:  # type: ignore[no-untyped-def]
    """Warnings and the first rejected lines on stderr; says where the rest are."""
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for line, reason in summary.reject_samples:
        print(f"rejected line {line}: {reason}", file=sys.stderr)
    if summary.rejected > len(summary.reject_samples):
        more = summary.rejected - len(summary.reject_samples)
        hint = f"see {rejects}" if rejects else "use --rejects OUT.csv to keep them all"
        print(f"… and {more} more rejected rows ({hint})", file=sys.stderr)


def _import_complaints(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.complaint_import import import_complaints

    summary = import_complaints(db, acting_staff(db, args), args.file, rejects_path=args.rejects)
    _report_rejects(summary, args.rejects)
    print(summary.line())
    return EXIT_OK


def _export(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guest_export import export_guests

    count = export_guests(db, acting_staff(db, args), args.file)
    print(f"exported {count} guests to {args.file}")
    return EXIT_OK


def _backup(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.maintenance import backup

    if is_server(db):
        return server_backup(db, args)
    if args.file is None:
        print("vipdesk: backup needs a FILE to write", file=sys.stderr)
        return EXIT_USAGE

    backup(db, acting_staff(db, args), args.file)
    print(f"backed up {db.shown_name} to {args.file} (integrity_check ok)")
    return EXIT_OK


def _restore(db_path: Path, args: argparse.Namespace) -> int:
    from vipdesk.services.maintenance import restore

    if args.list:
        return _list_kept_copies(db_path)
    if args.file is None:
        print("vipdesk: restore needs a FILE (see `vipdesk restore --list`)", file=sys.stderr)
        return EXIT_USAGE
    result = restore(db_path, args.file, getattr(args, "actor", None))
    kept = f"; the previous file is kept as {result.kept}" if result.kept else ""
    print(f"restored {db_path} from {args.file}{kept}")
    return EXIT_OK


def _list_kept_copies(db_path: Path) -> int:
    from vipdesk.services.auto_backup import kept_copies

    copies = kept_copies(db_path)
    for copy in copies:
        print(f"{copy.made_at:%Y-%m-%d %H:%M}  {copy.kind:<15} {copy.path}")
    if not copies:
        print(f"no kept copies of {db_path}", file=sys.stderr)
    return EXIT_OK


def _check(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.cli.keys import encryption_lines
    from vipdesk.services.auto_backup import last_good_backup
    from vipdesk.services.maintenance import check

    if is_server(db):
        return server_check(db, args)
    report = check(db, acting_staff(db, args))
    for line in report.lines() + encryption_lines(db, args):
        print(line)
    last = last_good_backup(db.path)
    if last is None:
        print("last good backup: none (the app makes one a day; or run `vipdesk backup FILE`)")
    else:
        print(f"last good backup: {last.made_at:%Y-%m-%d %H:%M} {last.path}")
    return EXIT_OK if report.ok else EXIT_FAIL


def _search(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.search import hit_as_json, search

    hits = search(db, acting_staff(db, args), args.query, limit=args.limit)
    if args.json:
        print(json.dumps([hit_as_json(h) for h in hits], ensure_ascii=False))
        return EXIT_OK
    for h in hits:
        tail = f"…{h.phone_tail}" if h.phone_tail else ""
        how = h.match.name.lower()
        why = how if how == h.matched_field else f"{how} {h.matched_field}"
        print(
            f"{h.id:>8}  {h.member_no or '-':<10} {pad(h.name, 28)} {h.tier.value:<6} {why:<18} {tail}"
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

    count = reindex(db, acting_staff(db, args), show)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"indexed {count} guests in {time.monotonic() - started:.1f} s")
    return EXIT_OK


def _duplicates(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.duplicates import all_duplicate_pairs, find_duplicates
    from vipdesk.services.guests import find_by_member_no_or_id

    actor = acting_staff(db, args)
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

    actor = acting_staff(db, args)
    keep = find_by_member_no_or_id(db, actor, args.keep)
    other = find_by_member_no_or_id(db, actor, args.other)
    merged = merge_guests(db, actor, keep.id, other.id)
    print(f"merged {other.name} (id {other.id}) into {merged.name} (id {merged.id})")
    return EXIT_OK


def _not_duplicate(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.duplicates import mark_not_duplicate
    from vipdesk.services.guests import find_by_member_no_or_id

    actor = acting_staff(db, args)
    a = find_by_member_no_or_id(db, actor, args.a)
    b = find_by_member_no_or_id(db, actor, args.b)
    mark_not_duplicate(db, actor, a.id, b.id)
    print(f"{a.name} (id {a.id}) and {b.name} (id {b.id}) are marked as different people")
    return EXIT_OK
