"""A guest's own rights from the command line (duty managers and admins):

`guest export GUEST -o FILE.json|FILE.pdf`, `guest erase GUEST --reason R [--yes]`, and
`guests inactive [--years N] [--json] [--erase --reason R [--yes]]` for retention.
An erase asks for confirmation on a terminal; without one it needs --yes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from vipdesk.cli.common import EXIT_OK, _interactive, pad
from vipdesk.domain.erasure import confirms_erasure
from vipdesk.services.database import Database
from vipdesk.services.errors import ServiceError

Handler = Callable[[Database, argparse.Namespace], int]


def add_guest_rights_parsers(guest_sub) -> None:  # type: ignore[no-untyped-def]
    """`guest export` and `guest erase` (under the `guest` command)."""
    export = guest_sub.add_parser(
        "export", help="a copy of everything held about a guest (JSON or PDF), for the guest"
    )
    export.add_argument("guest", metavar="GUEST", help="member no. or id")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|FILE.pdf")
    export.add_argument(
        "--language",
        choices=["zh_CN", "zh_TW", "en"],
        default="zh_CN",
        help="the PDF's labels: 中文 and English, the Chinese in 简体 or (zh_TW) 繁體",
    )
    export.set_defaults(run=_export)
    erase = guest_sub.add_parser(
        "erase", help="erase a guest's personal data (stays and complaint figures stay)"
    )
    erase.add_argument("guest", metavar="GUEST", help="member no. or id")
    erase.add_argument("--reason", required=True, metavar="R", help="why (e.g. the request)")
    erase.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    erase.set_defaults(run=_erase)


def add_guests_parser(sub) -> None:  # type: ignore[no-untyped-def]
    guests = sub.add_parser("guests", help="guests as a whole: retention")
    guests_sub = guests.add_subparsers(dest="what", metavar="WHAT", required=True)
    inactive = guests_sub.add_parser(
        "inactive", help="guests with no stay for N years, for review (and erasure)"
    )
    inactive.add_argument("--years", type=int, default=3, metavar="N", help="default: 3")
    inactive.add_argument("--json", action="store_true")
    inactive.add_argument("--erase", action="store_true", help="erase them all (asks first)")
    inactive.add_argument("--reason", metavar="R", help="with --erase: why")
    inactive.add_argument("--yes", action="store_true", help="with --erase: do not ask")


def guest_command(fallback: Handler) -> Handler:
    """The `guest` command: these subcommands, else `fallback` (the other ones)."""

    def run(db: Database, args: argparse.Namespace) -> int:
        handler: Handler = getattr(args, "run", None) or fallback
        return handler(db, args)

    return run


def _export(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guests import find_by_member_no_or_id

    path: Path = args.output
    suffix = path.suffix.lower()
    if suffix not in (".json", ".pdf"):
        raise ServiceError(f"{path}: name a .json or a .pdf file", code="copy_format")
    guest = find_by_member_no_or_id(db, args.actor, args.guest)
    if suffix == ".pdf":
        from vipdesk.print.guest_copy import guest_copy_pdf

        guest_copy_pdf(db, args.actor, guest.id, path, language=args.language)
    else:
        from vipdesk.services.guest_copy import write_guest_copy_json

        write_guest_copy_json(db, args.actor, guest.id, path)
    print(f"wrote the copy of guest {guest.id}'s data to {path}")
    return EXIT_OK


def _confirm(lines: list[str], prompt: str, accepted: Callable[[str], bool], yes: bool) -> None:
    """Ask on the terminal (`accepted` judges the answer); --yes skips it; no terminal and no
    --yes refuses."""
    if yes:
        return
    if not _interactive():
        raise ServiceError(
            "nothing was erased: no terminal to confirm on (add --yes to erase from a script)",
            code="no_terminal",
        )
    for line in lines:
        print(line, file=sys.stderr)
    if not accepted(input(prompt)):
        raise ServiceError("not confirmed: nothing was erased", code="not_confirmed")


def _erase(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guest_erasure import backups_holding, erase_guest
    from vipdesk.services.guests import find_by_member_no_or_id

    guest = find_by_member_no_or_id(db, args.actor, args.guest)
    shown = guest.name or f"Anonymised guest #{guest.id}"
    member = f", member no. {guest.member_no}" if guest.member_no else ""
    what = f"member no. ({guest.member_no})" if guest.member_no else f"name ({guest.name})"
    _confirm(
        [
            f"Erase the personal data of {shown}{member} (guest #{guest.id})?",
            "Removed: name, member no., phones, e-mail, dates, preferences, taboos, photo,",
            "notes, ID documents, care and complaint texts. Kept: stay dates and rooms,",
            "complaint categories and times (reports stay true). This cannot be undone.",
            backups_holding(db).note(),
        ],
        f"Type the guest's {what} to erase: ",
        lambda typed: confirms_erasure(typed, guest.member_no, guest.name),
        args.yes,
    )
    done = erase_guest(db, args.actor, guest.id, args.reason)
    if done.already:
        print(f"guest {guest.id} was already erased on {done.erased_at:%Y-%m-%d}")
    else:
        print(f"erased the personal data of guest {guest.id} (now Anonymised guest #{guest.id})")
        print(done.storage_note)
    print(done.backups_note)
    return EXIT_OK


def guests_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services.guest_erasure import backups_holding, erase_guests, inactive_guests

    found = inactive_guests(db, args.actor, years=args.years)
    if args.erase:
        if not (args.reason or "").strip():
            raise ServiceError("--erase needs --reason R (why they are erased)", code="reason")
        if not found:
            print(f"no guest without a stay for {args.years} years: nothing to erase")
            return EXIT_OK
        _confirm(
            [
                f"Erase the personal data of {len(found)} guest(s) with no stay for "
                f"{args.years} years? This cannot be undone.",
                backups_holding(db).note(),
            ],
            "Type yes to erase them: ",
            lambda typed: typed.strip().casefold() == "yes",
            args.yes,
        )
        done = erase_guests(db, args.actor, [g.guest_id for g in found], args.reason)
        print(f"erased the personal data of {sum(not d.already for d in done)} guest(s)")
        if done:
            print(done[0].storage_note)
            print(done[0].backups_note)
        return EXIT_OK
    if args.json:
        rows = [
            {
                "id": g.guest_id,
                "member_no": g.member_no,
                "name": g.name,
                "last_stay": g.last_stay.isoformat() if g.last_stay else None,
                "created_at": g.created_at.date().isoformat(),
            }
            for g in found
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    for g in found:
        last = (
            g.last_stay.isoformat() if g.last_stay else f"never (created {g.created_at:%Y-%m-%d})"
        )
        print(f"{g.guest_id:>8}  {pad(g.member_no or '', 12)}  {pad(g.name, 24)}  {last}")
    print(f"{len(found)} guest(s) with no stay for {args.years} years")
    return EXIT_OK
