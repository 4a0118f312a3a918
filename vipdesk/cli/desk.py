"""Desk commands: printing, hotel details, staff roles, complaints and their reports."""

from __future__ import annotations

import argparse
import json
import sys

from vipdesk.cli.common import EXIT_OK, EXIT_USAGE, acting_staff
from vipdesk.domain.erasure import shown_name
from vipdesk.services.audit import record_output, recorded
from vipdesk.services.database import Database
from vipdesk.services.safe_files import write_rendered


def _card(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.print.cards import render_cards
    from vipdesk.services.cards import card_data

    actor = acting_staff(db, args)
    cards = card_data(db, actor, args.guests)
    ids = [c.profile.guest.id for c in cards]
    frames = write_rendered(
        args.output,
        recorded(
            lambda path: render_cards(cards, path, args.format),
            lambda: record_output(db, actor, "print", "card", guests=ids, file=args.output),
        ),
    )
    print(f"wrote {len(cards)} card(s) to {args.output} ({args.format})")
    for card, frame in zip(cards, frames, strict=True):
        if frame.photo_skipped:
            guest = card.profile.guest
            print(
                f"note: the photo of {guest.name} ({guest.member_no or guest.id}) cannot be read; "
                "the card was printed without it. Choose the photo again in the guest's file.",
                file=sys.stderr,
            )
    return EXIT_OK


def _regcard(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.print.regcard import hotel_details_missing, render_registration_cards
    from vipdesk.services.cards import card_data
    from vipdesk.services.hotel import get_hotel

    if args.arrivals is not None:
        if args.guests:
            print("vipdesk: give guests or --arrivals DATE, not both", file=sys.stderr)
            return EXIT_USAGE
        from vipdesk.cli.arrivals import regcards_for_arrivals

        return regcards_for_arrivals(db, args)
    if not args.guests:
        print("vipdesk: name the guests (member no. or id), or --arrivals DATE", file=sys.stderr)
        return EXIT_USAGE
    if args.min_tier is not None:
        print("vipdesk: --min-tier goes with --arrivals DATE", file=sys.stderr)
        return EXIT_USAGE
    actor = acting_staff(db, args)
    cards = card_data(db, actor, args.guests)
    hotel = get_hotel(db, actor)
    ids = [c.profile.guest.id for c in cards]
    write_rendered(
        args.output,
        recorded(
            lambda path: render_registration_cards(cards, hotel, path),
            lambda: record_output(db, actor, "print", "regcard", guests=ids, file=args.output),
        ),
    )
    print(f"wrote {len(cards)} registration card(s) to {args.output}")
    if hotel_details_missing(hotel):
        print(
            "warning: the hotel's name is not set, so the cards have no hotel header; "
            'a duty manager sets it with `vipdesk hotel --name "..." --address "..." '
            '--phone "..."`',
            file=sys.stderr,
        )
    return EXIT_OK


def _hotel(db: Database, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from vipdesk.services.hotel import get_hotel, set_hotel

    actor = acting_staff(db, args)
    hotel = get_hotel(db, actor)
    changes = {
        k: v
        for k, v in (("name", args.name), ("address", args.address), ("phone", args.phone))
        if v is not None
    }
    if changes:
        hotel = replace(hotel, **changes)
        set_hotel(db, actor, hotel, version=hotel.version)
    print(json.dumps(hotel.__dict__, ensure_ascii=False))
    return EXIT_OK


def _complaints(db: Database, args: argparse.Namespace) -> int:
    from datetime import datetime, timedelta

    from vipdesk.domain.complaints import Status
    from vipdesk.services.complaints import list_complaints

    if args.what == "incident":
        from vipdesk.print.complaint_reports import incident_pdf

        actor = acting_staff(db, args)
        write_rendered(
            args.output,
            recorded(
                lambda path: incident_pdf(db, actor, args.id, path),
                lambda: record_output(
                    db, actor, "print", "incident_report", complaint=args.id, file=args.output
                ),
            ),
        )
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
        acting_staff(db, args),
        status=Status(args.status) if args.status else None,
        overdue_at=now if args.overdue else None,
    )
    rows = [
        {
            "id": c.id,
            "guest_id": c.guest_id,
            "guest": shown_name(c.guest_name, c.guest_id),
            "status": c.status.value,
            "category": c.category,
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

    actor = acting_staff(db, args)
    if args.output:
        from vipdesk.print.complaint_reports import month_report_pdf

        write_rendered(
            args.output,
            recorded(
                lambda path: month_report_pdf(db, actor, args.month, path),
                lambda: record_output(
                    db, actor, "print", "complaint_report", month=args.month, file=args.output
                ),
            ),
        )
        print(f"wrote the {args.month} complaint report to {args.output}")
        return EXIT_OK
    figures = report(db, actor, args.month)
    if args.json:
        print(json.dumps(asdict(figures), ensure_ascii=False))
    else:
        for key, value in asdict(figures).items():
            print(f"{key}: {value}")
    return EXIT_OK


def _code_list(db: Database, args: argparse.Namespace) -> int:
    """`departments` / `categories`: print the list, or replace it with --set."""
    from vipdesk.services.complaint_codes import (
        complaint_codes,
        set_categories,
        set_departments,
    )

    actor = acting_staff(db, args)
    if args.set:
        table = {}
        for item in args.set:
            code, sep, label = item.partition("=")
            if not sep or not label.strip():
                print(f"vipdesk: {item!r} is not CODE=LABEL", file=sys.stderr)
                return EXIT_USAGE
            table[code.strip()] = label.strip()
        (set_departments if args.command == "departments" else set_categories)(db, actor, table)
    codes = complaint_codes(db, actor)
    table = codes.departments if args.command == "departments" else codes.categories
    print(json.dumps(table, ensure_ascii=False))
    return EXIT_OK
