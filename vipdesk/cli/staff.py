"""`vipdesk staff add|role|password|disable|unlock|list|recover`: accounts, for admins."""

from __future__ import annotations

import argparse
import json
import os
import sys

from vipdesk.cli.common import EXIT_OK, acting_staff, new_password
from vipdesk.domain.staff import Role
from vipdesk.services.database import Database

ROLES = [r.value for r in Role]
ENV_RECOVERY_CODE = "VIPDESK_RECOVERY_CODE"


def add_staff_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    staff = sub.add_parser(
        "staff", help="staff accounts (admins; the first admin on a new database)"
    )
    what = staff.add_subparsers(dest="what", metavar="WHAT", required=True)
    add = what.add_parser(
        "add", help="a new account; the password is asked twice, or $VIPDESK_NEW_PASSWORD"
    )
    add.add_argument("username")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", default="", help="the name shown on screen")
    role = what.add_parser("role", help="change an account's role")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    password = what.add_parser(
        "password",
        help="change your own password, or (admin) reset USER's: changed at next sign-in",
    )
    password.add_argument("username", nargs="?")
    disable = what.add_parser("disable", help="an account that can no longer sign in (kept)")
    disable.add_argument("username")
    unlock = what.add_parser("unlock", help="lift a lock-out after 10 failed sign-ins")
    unlock.add_argument("username")
    listing = what.add_parser("list", help="every account with its role and state")
    listing.add_argument("--json", action="store_true")
    recover = what.add_parser(
        "recover",
        help="reset the first admin's password with the recovery code "
        "($VIPDESK_RECOVERY_CODE or asked); no sign-in",
    )
    recover.add_argument("username")


def first_admin(db: Database, args: argparse.Namespace) -> int:
    """`staff add USER --role admin` on a database nobody can sign in to yet."""
    from vipdesk.services.errors import FirstRunOnly
    from vipdesk.services.staff import create_first_admin

    if args.what != "add" or args.role != Role.ADMIN.value:
        raise FirstRunOnly(_FIRST_RUN)
    made = create_first_admin(db, args.username, new_password(), display_name=args.name)
    print(f"created the first admin {made.staff.username}")
    print(f"recovery code (shown once; keep it on paper, away from the PC): {made.recovery_code}")
    return EXIT_OK


_FIRST_RUN = (
    "no staff account can sign in to this database yet: create the first admin with "
    "`vipdesk staff add USER --role admin` (or fill a demo with `vipdesk demo`)"
)


def first_run_refusal() -> str:
    return _FIRST_RUN


def recover(db: Database, args: argparse.Namespace) -> int:
    import getpass

    from vipdesk.services.sign_in import recover_admin

    code = os.environ.get(ENV_RECOVERY_CODE)
    if code is None:
        code = getpass.getpass("recovery code: ") if sys.stdin.isatty() else ""
    fresh = recover_admin(db, args.username, code, new_password())
    print(f"the password of {args.username.strip().lower()} is set")
    print(f"new recovery code (the old one is used up; shown once): {fresh}")
    return EXIT_OK


def staff_command(db: Database, args: argparse.Namespace) -> int:
    from vipdesk.services import staff as accounts

    actor = acting_staff(db, args)
    if args.what == "add":
        member = accounts.add_staff(
            db, actor, args.username, Role(args.role), new_password(), display_name=args.name
        )
        print(f"added {member.username}: {member.role.value}")
    elif args.what == "role":
        member = accounts.set_role(db, actor, args.username, Role(args.role))
        print(f"{member.username}: {member.role.value}")
    elif args.what == "password":
        own = not args.username or args.username.strip().lower() == actor.username
        if own:
            accounts.change_password(db, actor, args.password, new_password())
            print(f"changed the password of {actor.username}")
        else:
            member = accounts.reset_password(db, actor, args.username, new_password())
            print(f"reset the password of {member.username}: they choose a new one at sign-in")
    elif args.what == "disable":
        member = accounts.disable_staff(db, actor, args.username)
        print(f"disabled {member.username} (kept: history refers to them)")
    elif args.what == "unlock":
        member = accounts.unlock_staff(db, actor, args.username)
        print(f"unlocked {member.username}")
    else:
        rows = accounts.list_accounts(db, actor)
        if args.json:
            print(
                json.dumps([r.__dict__ | {"role": r.role.value} for r in rows], ensure_ascii=False)
            )
        for r in [] if args.json else rows:
            state = ", ".join(
                word
                for word, on in (
                    ("disabled", not r.active),
                    ("no password", not r.has_password),
                    ("locked", r.locked),
                    ("must change password", r.must_change_password),
                )
                if on
            )
            print(f"{r.username:<20} {r.role.value:<13} {r.display_name}  {state}".rstrip())
    return EXIT_OK
