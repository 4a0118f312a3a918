"""Stay commands: import a PMS export, list unmatched stays, link them to guests."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vipdesk.cli.common import EXIT_OK, acting_staff, pad, progress_printer
from vipdesk.services.database import Database


def add_stay_parsers(imp_sub, sub) -> None:  # type: ignore[no-untyped-def]
    """`import stays …` under `import`, and the `stays` command."""
    imp_stays = imp_sub.add_parser(
        "stays", help="stays and reservations from a PMS export (OPERA, 西软 …)"
    )
    imp_stays.add_argument("file", type=Path)
    imp_stays.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help="write rejected rows here"
    )
    imp_stays.add_argument(
        "--date-order",
        choices=["mdy", "dmy", "ymd"],
        help="how to read slashed dates like 03/04/2026 when the file does not tell",
    )
    imp_stays.add_argument("--batch-size", type=int, default=2000, help=argparse.SUPPRESS)

    stays = sub.add_parser("stays", help="PMS stays: unmatched ones, linking them to guests")
    stays_sub = stays.add_subparsers(dest="what", metavar="WHAT", required=True)
    unmatched = stays_sub.add_parser("unmatched", help="stays no guest was found for")
    unmatched.add_argument("--json", action="store_true")
    unmatched.add_argument("--limit", type=int, default=500, metavar="N")
    link = stays_sub.add_parser("link", help="link a stay to a guest")
    link.add_argument("confirmation_no", metavar="CONFIRMATION_NO")
    link.add_argument("guest", metavar="GUEST", help="member no. or id")
    create = stays_sub.add_parser(
        "create-guest", help="create the guest from an unmatched stay and link it"
    )
    create.add_argument("confirmation_no", metavar="CONFIRMATION_NO")


def _import_stays(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.cli.guests import _report_rejects
    from vipdesk.services.stay_import import import_stays

    show = progress_printer()
    summary = import_stays(
        db,
        acting_staff(db, args),
        args.file,
        rejects_path=args.rejects,
        date_order=args.date_order,
        batch_size=args.batch_size,
        progress=show,
    )
    if show:
        print(file=sys.stderr)
    _report_rejects(summary, args.rejects)
    print(summary.line())
    return EXIT_OK


def _stays(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services import stays

    actor = acting_staff(db, args)
    if args.what == "link":
        linked = stays.link_stay(db, actor, args.confirmation_no, args.guest)
        print(f"stay {linked.confirmation_no} is now guest {linked.guest_id}'s")
        return EXIT_OK
    if args.what == "create-guest":
        guest_id = stays.create_guest_from_stay(db, actor, args.confirmation_no)
        print(f"created guest {guest_id} and linked stay {args.confirmation_no} to it")
        return EXIT_OK
    found = stays.unmatched_stays(db, actor, limit=args.limit)
    if args.json:
        print(json.dumps([_unmatched_json(u) for u in found], ensure_ascii=False))
        return EXIT_OK
    for u in found:
        r = u.reservation
        s = r.stay
        status = s.status.value if s.status else ""
        print(
            f"{pad(r.confirmation_no, 12)} {s.arrival} → {s.departure}  "
            f"{pad(r.name, 24)} {pad(s.room, 6)} {status}"
        )
        for h in u.candidates:
            tail = f" …{h.phone_tail}" if h.phone_tail else ""
            print(f"    maybe {h.id}: {h.name} [{h.tier.value}] {h.member_no or ''}{tail}")
    print(f"{len(found)} unmatched stays")
    return EXIT_OK


def _unmatched_json(u) -> dict[str, object]:  # type: ignore[no-untyped-def]
    r = u.reservation
    s = r.stay
    return {
        "confirmation_no": r.confirmation_no,
        "status": s.status.value if s.status else None,
        "name": r.name,
        "member_no": r.member_no or None,
        "phone": r.phone or None,
        "email": r.email or None,
        "arrival": s.arrival.isoformat(),
        "departure": s.departure.isoformat(),
        "room": s.room,
        "candidates": [
            {"guest_id": h.id, "name": h.name, "member_no": h.member_no, "tier": h.tier.value}
            for h in u.candidates
        ],
    }
