"""Importing guests from a CSV export, in whole batches, without losing or altering a row.

Matching (so re-importing a file changes nothing): by member number; without one, by the
name together with a phone number or e-mail; a guest with none of these by name alone.
An existing guest is only ever added to: non-empty cells replace a value, new phones,
preferences and taboos are appended, and nothing stored is erased by an empty cell.
"""

from __future__ import annotations

import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path

from sqlalchemy.orm import Session

from vipdesk.domain.guest import (
    GuestDraft,
    GuestRecord,
    SpecialDate,
    SpecialDateKind,
    validate_guest,
)
from vipdesk.domain.guest_rows import RowRejected, map_header, parse_row
from vipdesk.domain.staff import Staff
from vipdesk.services.csv_files import CsvReader, CsvRecord, RejectsWriter
from vipdesk.services.errors import FileProblem
from vipdesk.services.guests import audit
from vipdesk.store import guest_repo as repo
from vipdesk.store import search_index
from vipdesk.store.db import Database
from vipdesk.store.models import GuestRow

BATCH_SIZE = 1000
PARALLEL_MIN_BYTES = 2_000_000
MAX_SAMPLES = 20


@dataclass
class ImportSummary:
    path: Path
    encoding: str = ""
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    blank: int = 0
    warnings: list[str] = field(default_factory=list)
    reject_samples: list[tuple[int, str]] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"imported {self.imported}, updated {self.updated}, "
            f"unchanged {self.unchanged}, rejected {self.rejected}"
        )


@dataclass(frozen=True)
class ImportProgress:
    rows: int
    bytes_read: int
    bytes_total: int


@dataclass
class _Row:
    line: int
    cells: list[str]
    draft: GuestDraft
    filled: frozenset[str]
    index_columns: tuple[str, ...] | None = None
    """Search tokens of the row as a new guest, computed while parsing."""


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def import_guests(
    db: Database,
    actor: Staff,
    path: Path,
    *,
    rejects_path: Path | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[ImportProgress], None] | None = None,
    parallel: bool | None = None,
) -> ImportSummary:
    """Import a guest CSV (UTF-8 with/without BOM, or GB18030); see the module doc.

    Each batch is one transaction, so an interrupted import leaves whole batches and
    running it again completes it. Raises FileProblem when the file cannot be used at all.
    """
    path = Path(path)
    summary = ImportSummary(path=path)
    with CsvReader(path) as reader:
        summary.encoding = reader.encoding
        header = reader.read_header()
        columns = map_header(header)
        if "name" not in columns.positions:
            raise FileProblem(
                f"{path} has no name column (expected a header 'name' or '姓名'; "
                f"found: {', '.join(h.strip() for h in header) or 'nothing'})"
            )
        if columns.unknown:
            summary.warnings.append(f"ignored unknown columns: {', '.join(columns.unknown)}")
        if columns.duplicates:
            summary.warnings.append(f"ignored repeated columns: {', '.join(columns.duplicates)}")
        rejects = RejectsWriter(rejects_path, header)
        touched: dict[int, int] = {}  # guest id → line that touched it in this run
        rows_seen = 0

        def reject(line: int, reason: str, cells: list[str]) -> None:
            summary.rejected += 1
            if len(summary.reject_samples) < MAX_SAMPLES:
                summary.reject_samples.append((line, reason))
            rejects.write(line, reason, cells)

        def write(prepared: list[_Prepared]) -> None:
            batch = []
            for p in prepared:
                if p.blank:
                    summary.blank += 1
                elif p.row is None:
                    reject(p.line, p.reason, p.cells)
                else:
                    batch.append(p.row)
            if batch:
                _write_batch(db, actor, batch, touched, summary, reject)

        # Big files are parsed (and their search tokens computed) in a second process
        # while this one writes: both cores work, and at most a few batches are in flight.
        pool = None
        if parallel or (parallel is None and reader.size >= PARALLEL_MIN_BYTES):
            pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        pending: deque[Future[list[_Prepared]]] = deque()
        try:
            for chunk in _chunks(reader.records(), batch_size):
                rows_seen += len(chunk)
                args = (len(header), columns.positions, chunk)
                if pool is None:
                    write(prepare_records(*args))
                else:
                    pending.append(pool.submit(prepare_records, *args))
                    if len(pending) >= 3:
                        write(pending.popleft().result())
                if progress:
                    progress(ImportProgress(rows_seen, reader.position, reader.size))
            while pending:
                write(pending.popleft().result())
            summary.warnings += reader.warnings
            if progress:
                progress(ImportProgress(rows_seen, reader.size, reader.size))
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
            rejects.close()
    return summary


def _chunks(records: Iterator[CsvRecord], size: int) -> Iterator[list[tuple[int, list[str], str]]]:
    chunk: list[tuple[int, list[str], str]] = []
    for record in records:
        chunk.append((record.line, record.cells, record.problem))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class _Prepared:
    line: int
    cells: list[str]
    row: _Row | None = None
    reason: str = ""
    blank: bool = False


def prepare_records(
    header_len: int, positions: dict[str, int], records: list[tuple[int, list[str], str]]
) -> list[_Prepared]:
    """Parse and validate raw CSV records, and compute their search tokens (pure).

    A record is (line, cells, problem); one the reader could not read has a problem.
    """
    out = []
    for line, cells, problem in records:
        if problem:
            out.append(_Prepared(line, cells, reason=problem))
            continue
        if not any(c.strip() for c in cells):
            out.append(_Prepared(line, cells, blank=True))
            continue
        if len(cells) > header_len and any(c.strip() for c in cells[header_len:]):
            out.append(
                _Prepared(
                    line, cells, reason=f"has {len(cells)} cells but the header has {header_len}"
                )
            )
            continue
        if len(cells) < header_len:
            out.append(
                _Prepared(
                    line,
                    cells,
                    reason=f"has only {len(cells)} cells but the header has {header_len}",
                )
            )
            continue
        values = {canon: cells[i] for canon, i in positions.items()}
        try:
            draft = parse_row(values)
        except RowRejected as exc:
            out.append(_Prepared(line, cells, reason=str(exc)))
            continue
        filled = frozenset(k for k, v in values.items() if v.strip())
        index = search_index.keys_for(draft).columns()
        out.append(_Prepared(line, cells, row=_Row(line, cells, draft, filled, index)))
    return out


def _merge(existing: GuestDraft, row: _Row) -> GuestDraft:
    """What the guest looks like after this row: only additions and replacements."""
    new = row.draft
    scalars = (
        "name",
        "native_name",
        "latin_name",
        "honorific",
        "gender",
        "email",
        "company",
        "nationality",
        "language",
        "tier",
        "notes",
        "member_no",
    )
    changes = {f: getattr(new, f) for f in scalars if f in row.filled}
    phones = list(existing.phones)
    known = {p.e164 for p in phones}
    phones += [p for p in new.phones if p.e164 not in known]
    prefs = existing.preferences + [p for p in new.preferences if p not in existing.preferences]
    taboos = existing.taboos + [
        t for t in new.taboos if (t.kind, t.text) not in {(e.kind, e.text) for e in existing.taboos}
    ]
    dates = list(existing.special_dates)
    for kind, column in (
        (SpecialDateKind.BIRTHDAY, "birthday"),
        (SpecialDateKind.ANNIVERSARY, "anniversary"),
    ):
        wanted = next((d for d in new.special_dates if d.kind == kind), None)
        if wanted is None or column not in row.filled:
            continue
        index = next((i for i, d in enumerate(dates) if d.kind == kind), None)
        if index is None:
            dates.append(wanted)
        elif dates[index].date != wanted.date:
            dates[index] = SpecialDate(kind, wanted.date, dates[index].label)
    return replace(
        existing, **changes, phones=phones, preferences=prefs, taboos=taboos, special_dates=dates
    )


def _as_draft(record: GuestRecord) -> GuestDraft:
    return GuestDraft(**{f: getattr(record, f) for f in GuestDraft.__dataclass_fields__})


def _find_matches(session: Session, batch: list[_Row]) -> dict[int, GuestRecord]:
    """Existing guests for the rows of the batch (by list index)."""
    ids: set[int] = set()
    ids.update(
        repo.ids_by_member_no(
            session, [r.draft.member_no for r in batch if r.draft.member_no]
        ).values()
    )
    ids |= repo.ids_by_phone(session, [p.e164 for r in batch for p in r.draft.phones])
    ids |= repo.ids_by_column(
        session, GuestRow.email, [r.draft.email for r in batch if r.draft.email]
    )
    bare = [
        r.draft.name for r in batch if not (r.draft.member_no or r.draft.phones or r.draft.email)
    ]
    ids |= repo.ids_without_contact_by_name(session, bare)
    candidates = repo.load_guests(session, ids)

    by_member = {g.member_no: g for g in candidates.values() if g.member_no}
    by_phone: dict[tuple[str, str], GuestRecord] = {}
    by_email: dict[tuple[str, str], GuestRecord] = {}
    by_name_only: dict[str, GuestRecord] = {}
    for g in sorted(candidates.values(), key=lambda g: g.id, reverse=True):
        folded = _fold(g.name)
        for p in g.phones:
            by_phone[(folded, p.e164)] = g
        if g.email:
            by_email[(folded, g.email.casefold())] = g
        if not (g.member_no or g.phones or g.email):
            by_name_only[folded] = g

    matches: dict[int, GuestRecord] = {}
    for index, r in enumerate(batch):
        d = r.draft
        folded = _fold(d.name)
        found = by_member.get(d.member_no) if d.member_no else None
        if found is None:
            for phone in d.phones:
                found = by_phone.get((folded, phone.e164))
                if found:
                    break
        if found is None and d.email:
            found = by_email.get((folded, d.email.casefold()))
        if found is None and not (d.member_no or d.phones or d.email):
            found = by_name_only.get(folded)
        if found is not None and d.member_no and found.member_no not in (None, d.member_no):
            found = None  # same name and phone but a different member: a different person
        if found is not None:
            matches[index] = found
    return matches


def _write_batch(
    db: Database,
    actor: Staff,
    batch: list[_Row],
    touched: dict[int, int],
    summary: ImportSummary,
    reject: Callable[[int, str, list[str]], None],
) -> None:
    counts = {"imported": 0, "updated": 0, "unchanged": 0}
    rejected: list[tuple[_Row, str]] = []
    with db.write() as session:
        matches = _find_matches(session, batch)
        seen_keys: dict[tuple[str, ...], int] = {}
        created: list[_Row] = []
        for index, r in enumerate(batch):
            duplicate_of = _duplicate_in_batch(r, seen_keys)
            existing = matches.get(index)
            if duplicate_of is None and existing is not None and existing.id in touched:
                duplicate_of = touched[existing.id]
            if duplicate_of is not None:
                rejected.append((r, f"the same guest is already on line {duplicate_of}"))
                continue
            if existing is None:
                created.append(r)
                continue
            touched[existing.id] = r.line
            before = _as_draft(existing)
            merged = _merge(before, r)
            if merged == before:
                counts["unchanged"] += 1
                continue
            problems = validate_guest(merged)
            if problems:
                rejected.append((r, "; ".join(str(p) for p in problems)))
                continue
            repo.replace_guest(session, existing.id, merged, actor.id)
            counts["updated"] += 1
        new_ids = repo.insert_guests(
            session,
            [r.draft for r in created],
            actor.id,
            index_columns=[r.index_columns for r in created],
        )
        for r, guest_id in zip(created, new_ids, strict=True):
            touched[guest_id] = r.line
        counts["imported"] = len(new_ids)
        audit(session, actor, "import", "guest", None, file=str(summary.path), **counts)
    summary.imported += counts["imported"]
    summary.updated += counts["updated"]
    summary.unchanged += counts["unchanged"]
    for r, reason in rejected:
        reject(r.line, reason, r.cells)


def _duplicate_in_batch(r: _Row, seen: dict[tuple[str, ...], int]) -> int | None:
    d = r.draft
    folded = _fold(d.name)
    keys: list[tuple[str, ...]] = []
    if d.member_no:
        keys.append(("m", d.member_no))
    keys += [("p", folded, p.e164) for p in d.phones]
    if d.email:
        keys.append(("e", folded, d.email.casefold()))
    if not keys:
        keys.append(("n", folded))
    for key in keys:
        if key in seen:
            return seen[key]
    for key in keys:
        seen[key] = r.line
    return None
