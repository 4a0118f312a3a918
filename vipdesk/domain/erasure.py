"""Erasing a guest: what goes, and when the last backup that still holds them rotates out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from vipdesk.domain.backups import DAILY, WEEKLY, backups_to_keep

# The complaint texts that say what happened to the person (emptied; the figures stay).
COMPLAINT_FREE_TEXT = (
    "description",
    "real_reason",
    "guest_wish",
    "excessive_note",
    "followup_result",
    "compensation",
)
# Keys of a complaint event's detail that carry those texts (and notes added to the history).
EVENT_FREE_TEXT = frozenset((*COMPLAINT_FREE_TEXT, "note"))


def shown_name(name: str, guest_id: int | None) -> str:
    """A guest's name as the (English) command line shows it: an erased guest's row has none.

    Services return the empty name; the screen (ui.labels.guest_name) and print
    (print.script.guest_name) say "Anonymised guest #N" in their reader's language.
    """
    return name or f"Anonymised guest #{guest_id or ''}"


def erase_word(member_no: str | None, name: str) -> str:
    """What is typed to confirm an erasure: the member number the desk knows, else the name."""
    return (member_no or "").strip() or name.strip()


def confirms_erasure(typed: str, member_no: str | None, name: str) -> bool:
    """Whether `typed` is the guest's erase word (case and spacing aside)."""
    word = " ".join(erase_word(member_no, name).casefold().split())
    return bool(word) and " ".join(typed.casefold().split()) == word


def scrub_event_detail(detail: object) -> object:
    """A complaint event's detail with every free text emptied (the rest kept as it was)."""
    if isinstance(detail, dict):
        return {
            key: _blank(value) if key in EVENT_FREE_TEXT else scrub_event_detail(value)
            for key, value in detail.items()
        }
    return detail


def _blank(value: object) -> object:
    if isinstance(value, list):
        return ["" for _ in value]
    return ""


def last_copy_rotates_out(
    copy_days: Iterable[date], erased_on: date, daily: int = DAILY, weekly: int = WEEKLY
) -> date | None:
    """The day the last daily backup made on or before `erased_on` is rotated out.

    Assumes one backup each following day (the app makes one on its first start of the
    day). None when no copy holds the guest.
    """
    held = {d for d in copy_days if d <= erased_on}
    if not held:
        return None
    days = set(copy_days) | held
    day = erased_on
    for _ in range(10 * (daily + 7 * weekly)):
        day += timedelta(days=1)
        days.add(day)
        days = backups_to_keep(days, daily, weekly)
        if not held & days:
            return day
    return None  # pragma: no cover - the rotation always ends within weeks
