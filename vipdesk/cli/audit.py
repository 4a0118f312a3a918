"""`vipdesk audit`: verify the audit chain and list entries (admins only)."""

from __future__ import annotations

import argparse
import json
from datetime import date

from vipdesk.cli.common import EXIT_OK, acting_staff
from vipdesk.services.database import Database


def add_audit_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    audit = sub.add_parser("audit", help="the audit trail (admin)")
    what = audit.add_subparsers(dest="what", metavar="WHAT", required=True)
    what.add_parser(
        "verify",
        help="check the chain (admin); exit 5 and name the first broken entry when an entry "
        "was changed, deleted or inserted, or the tail cut off",
    )
    listing = what.add_parser("list", help="entries, newest first (admin)")
    listing.add_argument("--guest", metavar="MEMBER_NO_OR_ID", help="only about this guest")
    listing.add_argument(
        "--staff", dest="by_staff", metavar="USER", help="only by this staff member"
    )
    listing.add_argument(
        "--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="from this local date on"
    )
    listing.add_argument(
        "--limit",
        type=int,
        default=1000,
        metavar="N",
        help="at most N entries (default 1000; 0: all)",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")


def audit_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services import audit_trail

    actor = acting_staff(db, args)
    if args.what == "verify":
        from vipdesk.services.keystore import key_dir, key_place

        print(audit_trail.verify_chain(db, actor).line())  # a broken chain raises: exit 5
        place = key_place()
        print(f"audit key: {place.kind} ({place.where}); anchor in {key_dir()}")
        return EXIT_OK
    guest_id = _guest_id(db, args) if args.guest else None
    entries = audit_trail.list_entries(
        db, actor, guest_id=guest_id, staff=args.by_staff, since=args.since, limit=args.limit
    )
    if args.json:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False))
        return EXIT_OK
    for e in entries:
        about = f"{e.entity} {e.entity_id}" if e.entity_id is not None else e.entity
        if e.guest_member_no:
            about += f" ({e.guest_member_no})"
        detail = json.dumps(e.detail, ensure_ascii=False) if e.detail else ""
        print(
            f"{e.id:>8}  {e.at:%Y-%m-%d %H:%M:%S%z}  {e.staff or '-':<14} {e.action:<16} "
            f"{about:<24} {e.workstation}  {detail}".rstrip()
        )
    return EXIT_OK


def _guest_id(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.audit_trail import guest_for_audit

    return guest_for_audit(db, acting_staff(db, args), args.guest)
