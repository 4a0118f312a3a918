"""Writing an import's rows: matching them to stored guests, merging, inserting, and the
transaction that gathers chunks of the file (services.guest_import reads the file and
drives these)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestRecord, validate_guest
from vipdesk.domain.search_text import guest_keys
from vipdesk.domain.staff import Staff
from vipdesk.services import import_digests, import_resume
from vipdesk.services.audit import audit
from vipdesk.services.erased_keys import ErasedKeys, erased_reason
from vipdesk.services.import_rows import ImportRow, KnownRow, fold_name, merge_row
from vipdesk.store import care_repo, search_index
from vipdesk.store import guest_repo as repo
from vipdesk.store.db import IMPORT_CACHE_KIB, Database
from vipdesk.store.models import GuestRow

if TYPE_CHECKING:
    from vipdesk.services.guest_import import ImportSummary

_fold = fold_name


class Transaction:
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

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, *exc: Any) -> None:
        if exc[0] is None:
            self.commit()
        elif self._open is not None:
            opened, self._open, self._session = self._open, None, None
            self.documents = []
            opened.__exit__(*exc)  # rolled back


def find_matches(session: Session, batch: list[ImportRow]) -> dict[int, GuestRecord]:
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


def write_part(
    session: Session,
    actor: Staff,
    given: list[ImportRow | KnownRow],
    touched: import_resume.TouchedGuests,
    summary: ImportSummary,
    reject: Callable[[int, str, list[str]], None],
    checkpoint: Callable[[dict[str, int], int], None],
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
    matches = find_matches(session, [r for r in batch if isinstance(r, ImportRow)])
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
    checkpoint(counts, len(rejected))
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
