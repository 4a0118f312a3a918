"""Helpers shared by the command handlers."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from vipdesk.services.database import Database

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def acting_staff(db: Database, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from vipdesk.services.staff import current_staff

    return current_staff(db, args.staff)


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
