"""Importing guests from a CSV export, in whole batches, without losing or altering a row.

Matching (so re-importing a file changes nothing): by member number; without one, by the
name together with a phone number or e-mail; a guest with none of these by name alone.
An existing guest is only ever added to: non-empty cells replace a value, new phones,
preferences and taboos are appended, and nothing stored is erased by an empty cell.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vipdesk.domain.guest import (
    GuestRecord,
    validate_guest,
)
from vipdesk.domain.guest_rows import map_header
from vipdesk.domain.search_text import guest_keys
from vipdesk.domain.staff import Operation, Staff
from vipdesk.runtime import collect_young, no_cycle_collection
from vipdesk.services import import_digests, import_resume
from vipdesk.services.audit import audit
from vipdesk.services.csv_files import CsvReader, CsvRecord, RejectsWriter
from vipdesk.services.erased_keys import ErasedKeys, erased_reason
from vipdesk.services.errors import FileProblem
from vipdesk.services.import_rows import (
    ImportRow,
    KnownRow,
    PreparedRecord,
    decode_prepared,
    fold_name,
    merge_row,
    prepare_compact,
    prepare_records,
)
from vipdesk.services.staff import authorize
from vipdesk.store import care_repo, search_index
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import IMPORT_CACHE_KIB, Database
from vipdesk.store.helper_process import HelperProcess
from vipdesk.store.models import GuestRow

BATCH_SIZE = 3000
"""Records per transaction. Each commit rewrites (and encrypts) every page its rows
touched, and rows in random order (names, birthdays) touch most leaves of their indexes:
3,000 write a tenth fewer pages than 2,000 (strace, 100,000 rows: 250,700 page writes
instead of 275,700). One transaction holds the write lock 0.45 s, at most 0.76 s here;
the rows are written as they come, so a bigger transaction costs no memory."""
PARALLEL_MIN_BYTES = 2_000_000
HELPER_CHUNK = 500
"""Records the helper parses per task: its memory (and the importer's, for the tasks in
flight) grows with it; a transaction gathers several of its answers."""
AHEAD_CHUNKS = 5
"""Chunks handed to the helper ahead of the one being written: it keeps parsing while a
transaction commits, and the rows in flight stay few (their memory)."""
MAX_SAMPLES = 20
YOUNG_OBJECTS = 200_000
"""Objects made since the last collection (and alive) before the next one: the rows in
flight are 40,000 or so, walked after every batch they cost 0.8 s of 100,000 rows."""


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
    resumed_rows: int = 0
    """Rows an interrupted run of this file had handled, skipped by this one."""
    resumed_after_line: int = 0

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


_fold = fold_name


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
    authorize(db, actor, Operation.IMPORT)
    with no_cycle_collection():
        return _import_file(db, actor, path, rejects_path, batch_size, progress, parallel)


def _import_file(
    db: Database,
    actor: Staff,
    path: Path,
    rejects_path: Path | None,
    batch_size: int,
    progress: Callable[[ImportProgress], None] | None,
    parallel: bool | None,
) -> ImportSummary:
    path = Path(path)
    summary = ImportSummary(path=path)
    resume_key = import_resume.key_for(path)
    with db.read() as session:
        saved = import_resume.load(session, resume_key)
        stored_rows = import_digests.RowDigests.load(session)
    if saved is not None and saved.rejected and rejects_path is not None:
        saved = None  # the rejects file must list the skipped part's rejects again
    with ExitStack() as files:
        reader = files.enter_context(CsvReader(path))
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
        files.callback(rejects.close)
        # Big files are parsed (and their search tokens computed) in a second process
        # while this one writes: both cores work, and at most a few batches are in flight.
        # It starts now, so that its start-up overlaps the skipping of a resumed import.
        helper = None
        chunk_size = batch_size  # records parsed at once; batch_size: rows per transaction
        if parallel or (parallel is None and reader.size >= PARALLEL_MIN_BYTES):
            chunk_size = min(batch_size, HELPER_CHUNK)
            helper = files.enter_context(HelperProcess())
            with db.write() as session:
                search_index.bulk_insert(session.connection(), True)
        touched = import_resume.TouchedGuests()  # guest id → line that touched it
        digest = import_resume.RecordDigest(header)
        records = reader.records()
        if saved is not None:
            for record in itertools.islice(records, saved.records):
                digest.add(record.line, record.cells)
            if digest.records == saved.records and digest.hexdigest() == saved.digest:
                _restore(summary, touched, saved)
            else:  # the file changed since: read it all again
                saved = None
                reader.close()
                reader = files.enter_context(CsvReader(path))
                reader.read_header()
                digest = import_resume.RecordDigest(header)
                records = reader.records()
        rows_seen = summary.resumed_rows
        # After each chunk: records, digest, last line, and each row's digest by line.
        marks: deque[tuple[int, str, int, dict[int, int]]] = deque()
        salt = import_digests.row_salt(len(header), columns.positions)
        known: dict[int, tuple[int, int]] = {}  # line → (guest id, state) stored for the row
        # The id ranges of `touched` at the last checkpoint (None: too many to keep).
        ranges_done: list[Any] = [[]]

        def reparse(row: KnownRow) -> ImportRow | None:
            """A known row whose guest changed since: the whole work, in this process."""
            [again] = prepare_records(len(header), columns.positions, [(row.line, row.cells, "")])
            if not isinstance(again.row, ImportRow):
                reject(row.line, again.reason, row.cells)
                return None
            again.row.digest = row.digest
            return again.row

        transaction = _Transaction(db, actor, Path(summary.path).name, resume_key)

        def reject(line: int, reason: str, cells: list[str]) -> None:
            summary.rejected += 1
            if len(summary.reject_samples) < MAX_SAMPLES:
                summary.reject_samples.append((line, reason))
            rejects.write(line, reason, cells)

        def write(part: list[PreparedRecord]) -> None:
            # One chunk of the file, with its mark, into the transaction under way.
            records_done, digest_done, last_line, digests = marks.popleft()
            batch: list[ImportRow | KnownRow] = []
            for p in part:
                if p.blank:
                    summary.blank += 1
                elif p.row is None:
                    reject(p.line, p.reason, p.cells)
                else:
                    p.row.digest = digests.get(p.line)
                    if isinstance(p.row, KnownRow):
                        p.row.guest_id, p.row.token = known.pop(p.line)
                    batch.append(p.row)
            if not batch:
                return

            def checkpoint(session: Session, counts: dict[str, int], rejected: int) -> None:
                # Ids are only ever added to `touched`: extend the last ranges.
                added = touched.take_added()
                if ranges_done[0] is None:
                    ranges = import_resume.id_ranges(touched.ids())
                else:
                    ranges = import_resume.extend_ranges(ranges_done[0], added)
                ranges_done[0] = ranges
                if ranges is None:
                    transaction.keep(None)
                    return
                place = import_resume.Checkpoint(
                    records=records_done,
                    digest=digest_done,
                    last_line=last_line,
                    audit_id=0,
                    imported=summary.imported + counts["imported"],
                    updated=summary.updated + counts["updated"],
                    unchanged=summary.unchanged + counts["unchanged"],
                    rejected=summary.rejected + rejected,
                    blank=summary.blank,
                    samples=summary.reject_samples[:MAX_SAMPLES],
                    touched=ranges,
                )
                transaction.keep(place)

            counts = _write_part(
                transaction.session(),
                actor,
                batch,
                touched,
                summary,
                reject,
                checkpoint,
                reparse,
                stored_rows,
                transaction.documents,
            )
            transaction.add(counts)

        def chunks() -> Iterator[
            tuple[int, dict[str, int], list[tuple[int, list[str], str]], frozenset[int]]
        ]:
            for chunk in _chunks(records, chunk_size):
                digests: dict[int, int] = {}
                for line, cells, problem in chunk:
                    digest.add(line, cells)
                    if not problem:
                        digests[line] = row_digest = import_digests.row_digest(salt, cells)
                        if (found := stored_rows.find(row_digest)) is not None:
                            known[line] = found
                marks.append((digest.records, digest.hexdigest(), chunk[-1][0], digests))
                lines = frozenset(line for line, _cells, _problem in chunk if line in known)
                yield (len(header), columns.positions, chunk, lines)

        prepared: Iterator[list[PreparedRecord]]
        if helper is None:
            prepared = (prepare_records(*args) for args in chunks())
        else:
            sent: deque[list[tuple[int, list[str], str]]] = deque()  # the chunks in flight
            # While this process writes a chunk, the helper parses the next ones.
            ahead = AHEAD_CHUNKS

            def to_helper() -> Iterator[tuple[Any, ...]]:
                for args in chunks():
                    sent.append(args[2])
                    yield args

            prepared = (
                decode_prepared(answer, sent.popleft())
                for answer in helper.imap(prepare_compact, to_helper(), ahead=ahead)
            )
        with transaction:
            records_in_transaction = 0
            for part in prepared:
                rows_seen += len(part)
                records_in_transaction += len(part)
                write(part)
                if records_in_transaction < batch_size:
                    continue
                transaction.commit()
                records_in_transaction = 0
                collect_young(YOUNG_OBJECTS)  # rare cycles (SQLAlchemy's session, for one)
                if progress:
                    progress(ImportProgress(rows_seen, reader.position, reader.size))
        summary.warnings += reader.warnings
        if progress:
            progress(ImportProgress(rows_seen, reader.size, reader.size))
    if saved is not None or summary.imported or summary.updated or summary.unchanged:
        with db.write() as session:
            import_resume.forget(session, resume_key)
            stored_rows.save(session, keep_stored=saved is not None)
    if helper is not None:
        with db.write() as session:
            search_index.bulk_insert(session.connection(), False)
    return summary


class _Transaction:
    """The write transaction the chunks of the file go into, one after the other: rows are
    written (and let go of) as they come, and committed every `batch_size` records.
    Committing audits what the transaction stored, then keeps the place reached (after
    the audit entry: see import_resume.save); leaving with an error rolls it back."""

    def __init__(self, db: Database, actor: Staff, file_name: str, resume_key: str) -> None:
        self._db, self._actor, self._file, self._key = db, actor, file_name, resume_key
        self._open: ExitStack | None = None
        self._session: Session | None = None
        self._counts = {"imported": 0, "updated": 0, "unchanged": 0}
        self._place: import_resume.Checkpoint | None = None
        self._forget = False
        self.documents: list[search_index.IndexEntry] = []
        """The new guests' search documents, written at the commit in one ascending run."""

    def keep(self, place: import_resume.Checkpoint | None) -> None:
        """The place to save at the commit (None: too scattered to keep, forget it)."""
        self._place, self._forget = place, place is None

    def session(self) -> Session:
        if self._session is None:
            self._open = ExitStack()
            self._session = self._open.enter_context(self._db.write(cache_kib=IMPORT_CACHE_KIB))
        return self._session

    def add(self, counts: dict[str, int]) -> None:
        for name, count in counts.items():
            self._counts[name] += count

    def commit(self) -> None:
        if self._session is None or self._open is None:
            return
        documents, self.documents = self.documents, []
        search_index.write_entries(self._session.connection(), documents, fresh=True)
        counts, self._counts = self._counts, {name: 0 for name in self._counts}
        audit(self._session, self._actor, "import", "guest", None, file=self._file, **counts)
        if self._forget:
            import_resume.forget(self._session, self._key)
        elif self._place is not None:
            import_resume.save(self._session, self._key, self._place)
        self._place, self._forget = None, False
        opened, self._open, self._session = self._open, None, None
        opened.close()

    def __enter__(self) -> _Transaction:
        return self

    def __exit__(self, *exc: Any) -> None:
        if exc[0] is None:
            self.commit()
        elif self._open is not None:
            opened, self._open, self._session = self._open, None, None
            self.documents = []
            opened.__exit__(*exc)  # rolled back


def _restore(
    summary: ImportSummary,
    touched: import_resume.TouchedGuests,
    saved: import_resume.Checkpoint,
) -> None:
    summary.resumed_rows = saved.records
    summary.resumed_after_line = saved.last_line
    summary.imported, summary.updated = saved.imported, saved.updated
    summary.unchanged, summary.rejected = saved.unchanged, saved.rejected
    summary.blank = saved.blank
    summary.reject_samples = list(saved.samples)
    touched.restore(saved.touched_ids())


def _chunks(records: Iterator[CsvRecord], size: int) -> Iterator[list[tuple[int, list[str], str]]]:
    chunk: list[tuple[int, list[str], str]] = []
    for record in records:
        chunk.append((record.line, record.cells, record.problem))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _find_matches(session: Session, batch: list[ImportRow]) -> dict[int, GuestRecord]:
    """Existing guests for the rows of the batch (by line)."""
    # Read through the row's flat values: a row that matches nothing never builds a draft.
    keys = [(r, r.member_no, r.e164s, r.email) for r in batch]
    ids: set[int] = set()
    ids.update(repo.ids_by_member_no(session, [m for _r, m, _p, _e in keys if m]).values())
    ids |= repo.ids_by_phone(session, [p for _r, _m, phones, _e in keys for p in phones])
    ids |= repo.ids_by_column(session, GuestRow.email, [e for _r, _m, _p, e in keys if e])
    bare = [r.name for r, m, phones, e in keys if not (m or phones or e)]
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
    if not candidates:
        return matches
    for r, member_no, phones, email in keys:
        folded = _fold(r.name)
        found = by_member.get(member_no) if member_no else None
        if found is None:
            for phone in phones:
                found = by_phone.get((folded, phone))
                if found:
                    break
        if found is None and email:
            found = by_email.get((folded, email.casefold()))
        if found is None and not (member_no or phones or email):
            found = by_name_only.get(folded)
        if found is not None and member_no and found.member_no not in (None, member_no):
            found = None  # same name and phone but a different member: a different person
        if found is not None:
            matches[r.line] = found
    return matches


def _write_part(
    session: Session,
    actor: Staff,
    given: list[ImportRow | KnownRow],
    touched: import_resume.TouchedGuests,
    summary: ImportSummary,
    reject: Callable[[int, str, list[str]], None],
    checkpoint: Callable[[Session, dict[str, int], int], None],
    reparse: Callable[[KnownRow], ImportRow | None],
    stored_rows: import_digests.RowDigests,
    documents: list[search_index.IndexEntry],
) -> dict[str, int]:
    """Store one part of the file in the open transaction; returns its counts. The search
    documents of its new guests are added to `documents` (see insert_flat_guests)."""
    counts = {"imported": 0, "updated": 0, "unchanged": 0}
    rejected: list[tuple[ImportRow | KnownRow, str]] = []
    # (row digest, guest id, its state when known already) of the rows that matched
    matched: list[tuple[int | None, int, int | None]] = []
    consents: list[tuple[int, str]] = []  # (guest id, channel) from the `consent` column
    # A known row stands for "unchanged" only while its guest is as it was stored.
    states = import_digests.guest_tokens(
        session, [r.guest_id for r in given if isinstance(r, KnownRow)]
    )
    batch: list[ImportRow | KnownRow] = []
    for given_row in given:
        row: ImportRow | KnownRow | None = given_row
        if isinstance(row, KnownRow) and states.get(row.guest_id) != row.token:
            row = reparse(row)
        if row is not None:
            batch.append(row)
    erased = ErasedKeys.load(session)
    fresh: list[ImportRow | KnownRow] = []
    for r in batch if erased else ():
        when = erased.erased_on(_row_keys(r)) if isinstance(r, ImportRow) else None
        if when is None:
            fresh.append(r)
        else:  # reported, never imported: erased data does not come back
            rejected.append((r, erased_reason(when)))
    batch = fresh if erased else batch
    matches = _find_matches(session, [r for r in batch if isinstance(r, ImportRow)])
    seen_keys: dict[tuple[str, ...], int] = {}
    created: list[ImportRow] = []
    for r in batch:
        duplicate_of = _duplicate_in_batch(r, seen_keys)
        if isinstance(r, KnownRow):
            if duplicate_of is None and r.guest_id in touched:
                duplicate_of = touched[r.guest_id]
            if duplicate_of is not None:
                rejected.append((r, _already_on(duplicate_of)))
                continue
            touched[r.guest_id] = r.line
            # Unchanged by this batch: any other row for its guest is rejected above.
            matched.append((r.digest, r.guest_id, r.token))
            counts["unchanged"] += 1
            continue
        existing = matches.get(r.line)
        if duplicate_of is None and existing is not None and existing.id in touched:
            duplicate_of = touched[existing.id]
        if duplicate_of is not None:
            rejected.append((r, _already_on(duplicate_of)))
            continue
        if existing is None:
            created.append(r)
            continue
        touched[existing.id] = r.line
        if r.member_no:
            matched.append((r.digest, existing.id, None))
        before = existing.draft()
        merged = merge_row(before, r)
        if merged == before:
            consents += [(existing.id, c) for c in r.consent]
            counts["unchanged"] += 1
            continue
        problems = validate_guest(merged)
        if problems:
            rejected.append((r, "; ".join(str(p) for p in problems)))
            continue
        repo.replace_guest(session, existing.id, merged, actor.id)
        consents += [(existing.id, c) for c in r.consent]
        counts["updated"] += 1
    new_ids = repo.insert_flat_guests(
        session,
        [r.flat for r in created],
        [r.index_columns or guest_keys(r.draft).columns() for r in created],
        actor.id,
        index_later=documents,
    )
    for r, guest_id in zip(created, new_ids, strict=True):
        touched[guest_id] = r.line
        consents += [(guest_id, c) for c in r.consent]
        if r.member_no:
            matched.append((r.digest, guest_id, None))
    care_repo.add_consents(session.connection(), consents, f"import {Path(summary.path).name}")
    counts["imported"] = len(new_ids)
    # What a re-import of these rows can skip (see services.import_digests).
    tokens = import_digests.guest_tokens(
        session, [guest_id for _d, guest_id, token in matched if token is None]
    )
    for row_digest, guest_id, token in matched:
        if token is None:
            token = tokens.get(guest_id)
        if row_digest is not None and token is not None:
            stored_rows.add(row_digest, guest_id, token)
    checkpoint(session, counts, len(rejected))
    summary.imported += counts["imported"]
    summary.updated += counts["updated"]
    summary.unchanged += counts["unchanged"]
    for r, reason in rejected:
        reject(r.line, reason, r.cells)
    return counts


def _row_keys(row: ImportRow) -> list[tuple[str, str | None]]:
    return [
        ("member_no", row.member_no),
        ("email", row.email),
        *(("phone", e164) for e164 in row.e164s),
    ]


def _already_on(line: int) -> str:
    if line == import_resume.EARLIER:
        return "the same guest is already on an earlier line (stored before an interruption)"
    return f"the same guest is already on line {line}"


def _duplicate_in_batch(r: ImportRow | KnownRow, seen: dict[tuple[str, ...], int]) -> int | None:
    for key in r.keys:
        if key in seen:
            return seen[key]
    for key in r.keys:
        seen[key] = r.line
    return None
