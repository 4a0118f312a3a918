"""Helpers shared by the command handlers."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable

from vipdesk.config import ENV_STAFF
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.errors import ServiceError, SignInFailed

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
EXIT_SIGN_IN, EXIT_NOT_PERMITTED, EXIT_AUDIT_BROKEN = 3, 4, 5

ENV_PASSWORD = "VIPDESK_PASSWORD"
ENV_NEW_PASSWORD = "VIPDESK_NEW_PASSWORD"


class NoTerminal(SignInFailed):
    """Nothing to sign in with and nobody to ask: fail at once, never wait on a prompt."""

    def __init__(self) -> None:
        super().__init__(
            "sign-in failed (no terminal to ask on: set VIPDESK_STAFF and VIPDESK_PASSWORD)"
        )


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The user (`--as`, else $VIPDESK_STAFF, else asked) and the password
    ($VIPDESK_PASSWORD, else asked without echo). No terminal: NoTerminal at once."""
    user = (args.staff or os.environ.get(ENV_STAFF, "")).strip()
    password = os.environ.get(ENV_PASSWORD)
    if not user:
        if not _interactive():
            raise NoTerminal()
        user = input("user: ").strip()
    if password is None:
        if not _interactive():
            raise NoTerminal()
        password = getpass.getpass(f"password for {user}: ")
    return user, password


def sign_in_cli(db: Database, args: argparse.Namespace) -> Staff:
    from vipdesk.services.sign_in import sign_in

    user, password = credentials(args)
    staff = sign_in(db, user, password)
    args.password = password  # `staff password` changes it: the old one is asked once
    return staff


def new_password(what: str = "new password") -> str:
    """$VIPDESK_NEW_PASSWORD, else asked twice without echo."""
    given = os.environ.get(ENV_NEW_PASSWORD)
    if given is not None:
        return given
    if not _interactive():
        raise ServiceError(
            f"no terminal to ask for the {what}: set VIPDESK_NEW_PASSWORD", code="no_terminal"
        )
    first = getpass.getpass(f"{what}: ")
    if getpass.getpass(f"{what} again: ") != first:
        raise ServiceError("the two passwords differ; nothing was changed", code="differ")
    return first


def acting_staff(db: Database, args: argparse.Namespace) -> Staff:
    """Who signed in for this command (main() signs in before any handler runs)."""
    actor: Staff = args.actor
    return actor


def progress_printer() -> Callable[..., None] | None:
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


def pad(text: str, width: int) -> str:
    """Left-align by display width: a CJK character takes two terminal columns."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)
