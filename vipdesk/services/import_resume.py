"""Where an interrupted guest import stopped, so running it again skips what it stored.

Every batch the import commits also records, in the same transaction, how many records of
the file it has handled, a digest of those records, its counts so far and the audit entry
of that batch. A new run of the same file skips those records without parsing or matching
them, but only when nothing could differ from reading them again:

- the file's first records still hash to the same digest (the file was not edited);
- the latest audit entry is still that batch's (no guest was changed since);
- the rejects of the skipped part need not be written again (none, or no rejects file).
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vipdesk.services.audit import UNCHANGING_ACTIONS
from vipdesk.store import guest_repo as repo
from vipdesk.store.models import AuditRow, MetaRow

_KEY = "guest_import_resume:"
MAX_RANGES = 5000
"""A file that touched guests scattered over more id ranges is simply read again."""

EARLIER = 0
"""The line recorded for guests touched before the interruption (their line is not kept)."""


class RecordDigest:
    """A running digest of the header and the records read so far."""

    def __init__(self, header: list[str]) -> None:
        self._hash = hashlib.sha256()
        self.records = 0
        self._feed(header)

    def _feed(self, cells: list[str]) -> None:
        text = "\x1f".join(cells) + "\x1e"
        self._hash.update(text.encode("utf-8", "surrogatepass"))

    def add(self, line: int, cells: list[str]) -> None:
        self._feed([str(line), *cells])
        self.records += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


@dataclass
class Checkpoint:
    records: int
    """Records of the file handled, each stored, found unchanged, rejected or blank."""
    digest: str
    last_line: int
    audit_id: int
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    blank: int = 0
    samples: list[tuple[int, str]] = field(default_factory=list)
    touched: list[tuple[int, int]] = field(default_factory=list)
    """Ids of the guests the handled rows created or matched, as (first, last) ranges."""

    def touched_ids(self) -> Iterable[int]:
        for first, last in self.touched:
            yield from range(first, last + 1)


class TouchedGuests:
    """The guests this run created or matched: guest id → the line that touched it.

    A mapping kept in an array indexed by id (ids are dense: they are numbered in order),
    so 100,000 guests cost 800 KB, not the 11 MB of a dict of ints; far-off ids go to a
    small dict. Also remembers the ids added since the last checkpoint.
    """

    _ABSENT = -1

    def __init__(self) -> None:
        self._lines = array("q")
        self._far: dict[int, int] = {}
        self._count = 0
        self._added = array("q")

    def __contains__(self, guest_id: int) -> bool:
        return self._get(guest_id) != self._ABSENT

    def __getitem__(self, guest_id: int) -> int:
        line = self._get(guest_id)
        if line == self._ABSENT:
            raise KeyError(guest_id)
        return line

    def __setitem__(self, guest_id: int, line: int) -> None:
        lines = self._lines
        if guest_id >= len(lines) and 0 <= guest_id < 2 * len(lines) + 65_536:
            lines.frombytes(_ABSENT_SLOT * (guest_id + 1024 - len(lines)))
        if 0 <= guest_id < len(lines):
            new = lines[guest_id] == self._ABSENT
            lines[guest_id] = line
        else:
            new = guest_id not in self._far
            self._far[guest_id] = line
        if new:
            self._count += 1
            self._added.append(guest_id)

    def _get(self, guest_id: int) -> int:
        if 0 <= guest_id < len(self._lines):
            return self._lines[guest_id]
        return self._far.get(guest_id, self._ABSENT)

    def __len__(self) -> int:
        return self._count

    def restore(self, ids: Iterable[int]) -> None:
        """Guests an interrupted run of the file touched (their lines are not kept)."""
        for guest_id in ids:
            self[guest_id] = EARLIER

    def ids(self) -> Iterator[int]:
        absent = self._ABSENT
        yield from (i for i, line in enumerate(self._lines) if line != absent)
        yield from self._far

    def take_added(self) -> list[int]:
        """The ids added since the last call, in the order they were added."""
        added = self._added.tolist()
        self._added = array("q")
        return added


_ABSENT_SLOT = array("q", [TouchedGuests._ABSENT]).tobytes()


def key_for(path: Path) -> str:
    return _KEY + str(Path(path).resolve())


def id_ranges(ids: Iterable[int]) -> list[tuple[int, int]] | None:
    """Sorted ids as (first, last) ranges; None when there are too many to keep."""
    ranges: list[tuple[int, int]] = []
    for i in sorted(ids):
        if ranges and ranges[-1][1] + 1 == i:
            ranges[-1] = (ranges[-1][0], i)
        else:
            if len(ranges) >= MAX_RANGES:
                return None
            ranges.append((i, i))
    return ranges


def extend_ranges(
    ranges: list[tuple[int, int]], ids: Iterable[int]
) -> list[tuple[int, int]] | None:
    """id_ranges(earlier ids + ids), given `ranges` = id_ranges(earlier ids): the work of
    one batch, not of every id touched so far."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted([*ranges, *((i, i) for i in ids)]):
        if merged and merged[-1][1] + 1 >= first:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            if len(merged) >= MAX_RANGES:
                return None
            merged.append((first, last))
    return merged


def last_audit_id(session: Session) -> int:
    """The latest entry that changed data (sign-ins, views, prints… change nothing)."""
    return int(
        session.scalar(
            select(func.max(AuditRow.id)).where(
                AuditRow.entity != "staff", AuditRow.action.not_in(UNCHANGING_ACTIONS)
            )
        )
        or 0
    )


def save(session: Session, key: str, checkpoint: Checkpoint) -> None:
    """In the batch's own transaction, after its audit entry."""
    session.flush()
    checkpoint.audit_id = last_audit_id(session)
    repo.set_meta(session, key, json.dumps(asdict(checkpoint), ensure_ascii=False))


def load(session: Session, key: str) -> Checkpoint | None:
    """The saved place, if the data has not changed since it was saved."""
    raw = repo.get_meta(session, key)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
        saved = Checkpoint(**data)
        saved.samples = [(int(line), str(reason)) for line, reason in saved.samples]
        saved.touched = [(int(a), int(b)) for a, b in saved.touched]
    except (ValueError, TypeError):
        return None
    if saved.audit_id != last_audit_id(session):
        return None  # guests changed since: reading the rows again may give another result
    return saved


def forget(session: Session, key: str) -> None:
    session.execute(delete(MetaRow).where(MetaRow.key == key))
