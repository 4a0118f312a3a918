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

from vipdesk.domain.guest_rows import map_header
from vipdesk.domain.staff import Operation, Staff
from vipdesk.runtime import collect_young, no_cycle_collection
from vipdesk.services import import_digests, import_resume
from vipdesk.services.csv_files import CsvReader, CsvRecord, RejectsWriter
from vipdesk.services.errors import FileProblem
from vipdesk.services.import_rows import (
    ImportRow,
    KnownRow,
    PreparedRecord,
    decode_prepared,
    prepare_compact,
    prepare_records,
)
from vipdesk.services.import_writes import Transaction, write_part
from vipdesk.services.staff import authorize
from vipdesk.store import search_index
from vipdesk.store.db import Database
from vipdesk.store.helper_process import HelperProcess

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

        transaction = Transaction(db, actor, Path(summary.path).name, resume_key)

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

            def checkpoint(counts: dict[str, int], rejected: int) -> None:
                # The place this chunk reaches, saved when its transaction commits.
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

            counts = write_part(
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
