"""`vipdesk arrivals`: a day's arrivals (list, JSON or the morning brief as PDF), and
registration cards for them (`vipdesk regcard --arrivals DATE`)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from vipdesk.cli.common import EXIT_OK, EXIT_USAGE, acting_staff, pad
from vipdesk.domain.erasure import shown_name
from vipdesk.domain.tiers import Tier, parse_tier
from vipdesk.services.audit import record_output, recorded
from vipdesk.services.database import Database
from vipdesk.services.safe_files import write_rendered


def add_arrivals_parser(sub) -> None:  # type: ignore[no-untyped-def]
    arrivals = sub.add_parser(
        "arrivals", help="a day's arrivals from the PMS stays (today by default)"
    )
    arrivals.add_argument(
        "what", nargs="?", choices=["brief"], help="brief: the morning briefing as a PDF (-o)"
    )
    arrivals.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    arrivals.add_argument(
        "--min-tier", metavar="TIER", help="only matched guests of this tier or above"
    )
    arrivals.add_argument("--json", action="store_true", help="print a JSON array")
    arrivals.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="with brief")


def parse_day(text: str | None, option: str) -> date | None:
    """The day an option names (None: today); prints why and returns None when unreadable."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        print(f"vipdesk: {option} {text!r} is not a date like 2026-12-01", file=sys.stderr)
        return None


def parse_min_tier(text: str | None) -> tuple[bool, Tier | None]:
    if text is None:
        return True, None
    try:
        return True, parse_tier(text)
    except ValueError as exc:
        print(f"vipdesk: --min-tier: {exc}", file=sys.stderr)
        return False, None


def arrival_json(d) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """One arrival as `vipdesk arrivals --json` prints it (services.today.ArrivalDetails)."""
    a, s = d.arrival, d.stay
    return {
        "confirmation_no": a.reservation.confirmation_no,
        "status": s.status.value if s.status else None,
        "matched": a.matched,
        "guest_id": a.guest_id,
        "member_no": a.member_no if a.matched else None,
        "name": shown_name(a.name, a.guest_id),
        "honorific": d.honorific,
        "pronunciation": d.pronunciation,
        "tier": a.tier.value if a.tier else None,
        "pms_vip": s.pms_vip or None,
        "room": s.room,
        "room_type": s.room_type,
        "arrival": s.arrival.isoformat(),
        "departure": s.departure.isoformat(),
        "eta": s.eta or None,
        "nights": s.nights,
        "stay_number": a.stay_number,
        "requests": s.requests,
        "taboos": [t.text for t in d.taboos],
        "allergies": [t.text for t in d.taboos if t.allergy],
        "special_dates_in_stay": [
            {"kind": x.kind.value, "label": x.label, "date": x.day.isoformat()}
            for x in d.dates_in_stay
        ],
        "open_complaints": d.open_complaints,
    }


def _arrivals(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.today import arrival_details, arrivals_for_brief

    day = parse_day(args.date, "--date")
    ok, min_tier = parse_min_tier(args.min_tier)
    if day is None or not ok:
        return EXIT_USAGE
    actor = acting_staff(db, args)
    if args.what == "brief":
        if args.output is None:
            print("vipdesk: arrivals brief needs -o FILE.pdf", file=sys.stderr)
            return EXIT_USAGE
        from vipdesk.print.arrivals_brief import render_arrivals_brief
        from vipdesk.services.hotel import get_hotel

        found = arrivals_for_brief(db, actor, day, min_tier=min_tier)
        hotel = get_hotel(db, actor)
        write_rendered(
            args.output,
            recorded(
                lambda path: render_arrivals_brief(found, day, hotel, path),
                lambda: record_output(
                    db,
                    actor,
                    "print",
                    "arrivals_brief",
                    guests=[d.arrival.guest_id for d in found if d.arrival.guest_id is not None],
                    day=day.isoformat(),
                    file=args.output,
                ),
            ),
        )
        print(f"wrote the arrivals brief of {day} ({len(found)} arrivals) to {args.output}")
        return EXIT_OK
    found = arrival_details(db, actor, day, min_tier=min_tier)
    if args.json:
        print(json.dumps([arrival_json(d) for d in found], ensure_ascii=False))
        return EXIT_OK
    for d in found:
        a, s = d.arrival, d.stay
        tier = a.tier.value if a.tier else "unmatched"
        which = f"stay {a.stay_number}" if a.stay_number else ""
        warn = f"  ⚠ {'; '.join(t.text for t in d.taboos)}" if d.taboos else ""
        dates = "".join(f"  ★ {x.kind.value} {x.day}" for x in d.dates_in_stay)
        print(
            f"{pad(a.reservation.confirmation_no, 12)} {pad(tier, 9)} {pad(shown_name(a.name, a.guest_id), 24)} "
            f"{pad(s.room or '-', 6)} {s.eta or '--:--'}  {s.nights}n {which}{warn}{dates}"
        )
    print(f"{len(found)} arrivals on {day}")
    return EXIT_OK


def regcards_for_arrivals(db: Database, args: argparse.Namespace) -> int:
    """`regcard --arrivals DATE [--min-tier T] -o FILE.pdf`: one card per arrival."""
    from vipdesk.print.regcard import hotel_details_missing, render_registration_cards
    from vipdesk.services.arrival_cards import arrival_registrations
    from vipdesk.services.hotel import get_hotel

    day = parse_day(args.arrivals, "--arrivals")
    ok, min_tier = parse_min_tier(args.min_tier)
    if day is None or not ok:
        return EXIT_USAGE
    actor = acting_staff(db, args)
    cards = arrival_registrations(db, actor, day, min_tier=min_tier)
    hotel = get_hotel(db, actor)
    write_rendered(
        args.output,
        recorded(
            lambda path: render_registration_cards(cards, hotel, path),
            lambda: record_output(
                db,
                actor,
                "print",
                "arrival_regcards",
                day=day.isoformat(),
                count=len(cards),
                file=args.output,
            ),
        ),
    )
    print(f"wrote {len(cards)} registration card(s) for the arrivals of {day} to {args.output}")
    if hotel_details_missing(hotel):
        print(
            "warning: the hotel's name is not set, so the cards have no hotel header",
            file=sys.stderr,
        )
    return EXIT_OK
