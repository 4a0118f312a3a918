"""Privacy commands: a guest's ID documents, and the caution list.

Who may: `guest id-add` / `id-remove` receptionists and up (they edit guests);
`guest confidential`, `caution add` / `remove` duty managers and admins.
"""

from __future__ import annotations

import argparse

from vipdesk.cli.common import EXIT_OK
from vipdesk.domain.caution import CautionCategory
from vipdesk.domain.id_documents import IdType
from vipdesk.services.database import Database


def add_guest_privacy_parsers(guest_sub) -> None:  # type: ignore[no-untyped-def]
    """`guest id-add` and `guest id-remove` (under the `guest` command)."""
    add = guest_sub.add_parser(
        "id-add", help="record an ID document (only a keyed hash and the last 4 are kept)"
    )
    add.add_argument("guest", metavar="GUEST", help="member no. or id")
    add.add_argument("--type", required=True, choices=[t.value for t in IdType])
    add.add_argument("--number", required=True, metavar="N")
    add.add_argument("--country", metavar="CC", help="issuing country (ISO code; CN by default)")
    remove = guest_sub.add_parser("id-remove", help="remove an ID document recorded by mistake")
    remove.add_argument("document", type=int, metavar="DOC", help="the document's id")
    secret = guest_sub.add_parser(
        "confidential", help="mark a guest confidential under an alias (duty managers)"
    )
    secret.add_argument("guest", metavar="GUEST", help="member no. or id")
    which = secret.add_mutually_exclusive_group(required=True)
    which.add_argument("--alias", metavar="A", help="the name the desk will see")
    which.add_argument("--off", action="store_true", help="no longer confidential")


def add_caution_parsers(sub) -> None:  # type: ignore[no-untyped-def]
    caution = sub.add_parser("caution", help="the caution list (duty managers)")
    caution_sub = caution.add_subparsers(dest="what", metavar="WHAT", required=True)
    add = caution_sub.add_parser("add", help="flag a guest, or change the flag")
    add.add_argument("guest", metavar="GUEST", help="member no. or id")
    add.add_argument("--category", required=True, choices=[c.value for c in CautionCategory])
    add.add_argument("--reason", required=True, metavar="R")
    remove = caution_sub.add_parser("remove", help="take a guest off the caution list")
    remove.add_argument("guest", metavar="GUEST", help="member no. or id")


def guest_privacy_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guests import find_by_member_no_or_id
    from vipdesk.services.id_documents import add_id_document, remove_id_document

    if args.what == "confidential":
        from vipdesk.services.confidential import clear_confidential, set_confidential

        guest = find_by_member_no_or_id(db, args.actor, args.guest)
        if args.off:
            done = clear_confidential(db, args.actor, guest.id)
            print(f"guest {guest.id} is {'no longer' if done else 'not'} confidential")
        else:
            set_confidential(db, args.actor, guest.id, args.alias)
            print(f"guest {guest.id} is confidential; the desk sees them as {args.alias!r}")
        return EXIT_OK
    if args.what == "id-add":
        guest = find_by_member_no_or_id(db, args.actor, args.guest)
        shown = add_id_document(db, args.actor, guest.id, args.type, args.number, args.country)
        print(f"recorded document {shown.id} ({shown.type.value}, {shown.country}) {shown.masked}")
        return EXIT_OK
    remove_id_document(db, args.actor, args.document)
    print(f"removed document {args.document}")
    return EXIT_OK


def caution_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.caution import clear_caution, set_caution
    from vipdesk.services.guests import find_by_member_no_or_id

    guest = find_by_member_no_or_id(db, args.actor, args.guest)
    if args.what == "add":
        set_caution(db, args.actor, guest.id, args.category, args.reason)
        print(f"guest {guest.id} is on the caution list ({args.category})")
    elif clear_caution(db, args.actor, guest.id):
        print(f"guest {guest.id} is off the caution list")
    else:
        print(f"guest {guest.id} was not on the caution list")
    return EXIT_OK
