"""Importing stays from a PMS export (OPERA, protel, 西软 …): history and reservations.

A stay is keyed by its confirmation number: importing a file again changes nothing, and
a later export updates the stays it lists (a room assigned, a cancellation). Each new or
still unmatched stay is matched to its guest (domain: services/stay_matching.py); a stay
that matches nobody is kept unmatched for the desk to link. Rejected rows are written
with line and reason, like the guest import. Every batch is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vipdesk.domain.staff import Operation, Staff
from vipdesk.domain.stay_rows import (
    AmbiguousDates,
    DateOrder,
    Reservation,
    RowRejected,
    StayHeader,
    decide_order,
    map_stay_header,
    parse_reservation,
)
from vipdesk.services.audit import audit
from vipdesk.services.csv_files import CsvReader, RejectsWriter
from vipdesk.services.erased_keys import ErasedKeys, erased_reason
from vipdesk.services.errors import FileProblem
from vipdesk.services.guest_import import MAX_SAMPLES, ImportProgress
from vipdesk.services.staff import authorize
from vipdesk.services.stay_matching import match_reservations
from vipdesk.store import search_index
from vipdesk.store import stay_repo as repo
from vipdesk.store.db import Database
from vipdesk.store.models import CautionRow, ErasedGuestRow, StayRow

BATCH_SIZE = 2000


@dataclass
class StayImportSummary:
    path: Path
    encoding: str = ""
    date_order: DateOrder | None = None
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    blank: int = 0
    matched: int = 0
    """New or updated stays linked to a guest by this run."""
    unmatched: int = 0
    """Stays of this file that have no guest after the run."""
    warnings: list[str] = field(default_factory=list)
    reject_samples: list[tuple[int, str]] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    """Confirmation numbers of this file's stays whose guest is on the caution list."""

    def line(self) -> str:
        return (
            f"imported {self.imported}, updated {self.updated}, unchanged {self.unchanged}, "
            f"rejected {self.rejected}; matched {self.matched}, unmatched {self.unmatched}"
        ) + (
            f"; {len(self.flagged)} on the caution list: {', '.join(self.flagged[:20])}"
            + (" …" if len(self.flagged) > 20 else "")
            if self.flagged
            else ""
        )


_DATE_FIELDS = ("arrival", "departure")


def _cell_reader(header: StayHeader) -> Callable[[list[str]], dict[str, str]]:
    """Cells of a row by field; the texts of several request columns joined with '; '."""
    single = [(canon, ix[0]) for canon, ix in header.positions.items() if len(ix) == 1]
    several = [(canon, ix) for canon, ix in header.positions.items() if len(ix) > 1]

    def read(cells: list[str]) -> dict[str, str]:
        n = len(cells)
        out = {canon: cells[i] if i < n else "" for canon, i in single}
        for canon, ix in several:
            out[canon] = "; ".join(c for i in ix if i < n and (c := cells[i].strip()))
        return out

    return read


def _date_cells(path: Path, header: StayHeader) -> Iterator[tuple[int, str]]:
    """Every date cell of the file, with its line (a first, cheap pass)."""
    indexes = [i for f in _DATE_FIELDS for i in header.positions.get(f, [])]
    with CsvReader(path) as reader:
        reader.read_header()
        for record in reader.records():
            if record.problem:  # rejected in the main pass; its cells may be misread
                continue
            for i in indexes:
                if i < len(record.cells):
                    yield record.line, record.cells[i]


def import_stays(
    db: Database,
    actor: Staff,
    path: Path,
    *,
    rejects_path: Path | None = None,
    date_order: DateOrder | str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportProgress], None] | None = None,
) -> StayImportSummary:
    """Import a PMS stays export; see the module doc.

    Raises FileProblem when the file cannot be used at all: unreadable, a required column
    missing, or dates whose day-month order the file does not tell (then `date_order`
    says it: 'mdy', 'dmy' or 'ymd').
    """
    authorize(db, actor, Operation.IMPORT)
    path = Path(path)
    summary = StayImportSummary(path=path)
    order = DateOrder(date_order) if date_order else None
    with CsvReader(path) as reader:
        summary.encoding = reader.encoding
        raw_header = reader.read_header()
        header = map_stay_header(raw_header)
        missing = header.missing()
        if missing:
            raise FileProblem(
                f"{path} has no {', '.join(missing)} column (found: "
                f"{', '.join(h.strip() for h in raw_header) or 'nothing'}); see 'Importing "
                "stays' in the README for the column names"
            )
        if header.unknown:
            summary.warnings.append(f"ignored unknown columns: {', '.join(header.unknown)}")
        if header.duplicates:
            summary.warnings.append(f"ignored repeated columns: {', '.join(header.duplicates)}")
        if order is None:
            try:
                order = decide_order(_date_cells(path, header))
            except AmbiguousDates as exc:
                raise FileProblem(f"{path}: {exc}") from None
        summary.date_order = order
        rejects = RejectsWriter(rejects_path, raw_header)
        seen: dict[str, int] = {}  # confirmation no. → line, across the whole file
        touched_unmatched: dict[str, bool] = {}
        touched_guests: set[int] = set()
        cells_of = _cell_reader(header)
        with db.read() as session:  # erasures are few: read once for the whole file
            erased = ErasedKeys.load(session)
            erased_stays = erased_confirmations(session)

        def reject(line: int, reason: str, cells: list[str]) -> None:
            summary.rejected += 1
            if len(summary.reject_samples) < MAX_SAMPLES:
                summary.reject_samples.append((line, reason))
            rejects.write(line, reason, cells)

        try:
            batch: list[tuple[int, Reservation]] = []
            rows = 0
            for record in reader.records():
                rows += 1
                cells = record.cells
                if record.problem:  # another encoding, a quote never closed: never guessed
                    reject(record.line, record.problem, cells)
                    continue
                if not any(c.strip() for c in cells):
                    summary.blank += 1
                    continue
                if len(cells) > len(raw_header) and any(
                    c.strip() for c in cells[len(raw_header) :]
                ):
                    reject(
                        record.line,
                        f"has {len(cells)} cells but the header has {len(raw_header)}",
                        cells,
                    )
                    continue
                try:
                    reservation = parse_reservation(cells_of(cells), order)
                except RowRejected as exc:
                    reject(record.line, str(exc), cells)
                    continue
                number = reservation.confirmation_no
                when = erased_stays.get(number) or erased.erased_on(_keys(reservation))
                if when is not None:  # reported, never imported or matched
                    reject(record.line, erased_reason(when), cells)
                    continue
                if number in seen:
                    reject(
                        record.line,
                        f"confirmation_no: {number} is already on line {seen[number]} "
                        "(each room of a booking has its own number)",
                        cells,
                    )
                    continue
                seen[number] = record.line
                batch.append((record.line, reservation))
                if len(batch) >= batch_size:
                    _write_batch(db, actor, batch, summary, touched_unmatched, touched_guests)
                    batch = []
                    if progress:
                        progress(ImportProgress(rows, reader.position, reader.size))
            if batch:
                _write_batch(db, actor, batch, summary, touched_unmatched, touched_guests)
            _refresh_ranking(db, touched_guests)
            summary.warnings += reader.warnings
            if progress:
                progress(ImportProgress(rows, reader.size, reader.size))
        finally:
            rejects.close()
    summary.unmatched = sum(touched_unmatched.values())
    return summary


def _keys(r: Reservation) -> list[tuple[str, str | None]]:
    return [("member_no", r.member_no), ("phone", r.phone_e164), ("email", r.email)]


def erased_confirmations(session: Session) -> dict[str, datetime]:
    """When each stay of an erased guest was erased, by confirmation number: the same
    reservation imported again must not bring back its name and phone."""
    return {
        number: at
        for number, at in session.execute(
            select(StayRow.confirmation_no, ErasedGuestRow.erased_at)
            .join(ErasedGuestRow, ErasedGuestRow.guest_id == StayRow.guest_id)
            .where(StayRow.confirmation_no.is_not(None))
        )
        if number
    }


def _write_batch(
    db: Database,
    actor: Staff,
    batch: list[tuple[int, Reservation]],
    summary: StayImportSummary,
    unmatched: dict[str, bool],
    touched_guests: set[int],
) -> None:
    counts = {"imported": 0, "updated": 0, "unchanged": 0, "matched": 0}
    with db.write() as session:
        stored = repo.stored_by_confirmation(session, [r.confirmation_no for _, r in batch])
        # Only stays without a guest are matched: a link the desk made is never undone.
        to_match = [
            r
            for _, r in batch
            if r.confirmation_no not in stored or stored[r.confirmation_no].guest_id is None
        ]
        guests = match_reservations(session, to_match)
        inserts: list[tuple[int | None, tuple[object, ...]]] = []
        updates: list[tuple[int, int | None, tuple[object, ...]]] = []
        linked: dict[str, int] = {}  # confirmation no. → guest
        for _, r in batch:
            values = repo.reservation_values(r)
            old = stored.get(r.confirmation_no)
            guest_id = old.guest_id if old and old.guest_id else guests.get(r.confirmation_no)
            if old is None:
                inserts.append((guest_id, values))
                counts["imported"] += 1
                counts["matched"] += guest_id is not None
            elif old.values == values and old.guest_id == guest_id:
                counts["unchanged"] += 1
            else:
                updates.append((old.id, guest_id, values))
                counts["updated"] += 1
                counts["matched"] += old.guest_id is None and guest_id is not None
            if guest_id is not None:
                touched_guests.add(guest_id)
                linked[r.confirmation_no] = guest_id
            unmatched[r.confirmation_no] = guest_id is None
        flagged = set(
            session.scalars(
                select(CautionRow.guest_id).where(CautionRow.guest_id.in_(set(linked.values())))
            )
        )
        summary.flagged += [number for number, g in linked.items() if g in flagged]
        repo.insert_reservations(session, inserts)
        repo.update_reservations(session, updates)
        audit(session, actor, "import", "stay", None, file=Path(summary.path).name, **counts)
    summary.imported += counts["imported"]
    summary.updated += counts["updated"]
    summary.unchanged += counts["unchanged"]
    summary.matched += counts["matched"]


def _refresh_ranking(db: Database, guest_ids: set[int], chunk: int = 5000) -> None:
    """Search ranks by recency (domain.stays.recency): re-rank the guests of the file once,
    at the end. Every guest of the file is looked at, so a run interrupted before this
    point is put right by running it again."""
    ordered = sorted(guest_ids)
    for start in range(0, len(ordered), chunk):
        with db.write() as session:
            search_index.refresh_rowids(session.connection(), ordered[start : start + chunk])
