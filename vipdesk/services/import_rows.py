"""Raw CSV records → validated guest drafts with their search tokens (pure).

This runs in the import's helper process, so it imports only the domain: neither the
database layer nor pypinyin's phrase dictionary is loaded there (memory, start-up time).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.guest_rows import RowRejected, parse_consent, parse_row
from vipdesk.domain.search_text import guest_keys


@dataclass
class ImportRow:
    line: int
    cells: list[str]
    draft: GuestDraft
    filled: frozenset[str]
    index_columns: tuple[str, ...] | None = None
    """Search tokens of the row as a new guest, computed while parsing."""
    keys: tuple[tuple[str, ...], ...] = ()
    """What makes two rows of a file the same guest (see duplicate_keys)."""
    digest: int | None = None
    """Digest of the row's cells (set by the importer; see services.import_digests)."""
    consent: tuple[str, ...] = ()
    """Channels of the `consent` column (stored in their own table)."""


@dataclass
class KnownRow:
    """A row the last import stored for a guest still unchanged since: parsed, not tokenised."""

    line: int
    cells: list[str]
    keys: tuple[tuple[str, ...], ...]
    guest_id: int = 0
    token: int = 0
    digest: int | None = None


@dataclass
class PreparedRecord:
    line: int
    cells: list[str]
    row: ImportRow | KnownRow | None = None
    reason: str = ""
    blank: bool = False


def fold_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def duplicate_keys(draft: GuestDraft) -> tuple[tuple[str, ...], ...]:
    """A row sharing one of these with an earlier row of the file is the same guest."""
    folded = fold_name(draft.name)
    keys: list[tuple[str, ...]] = []
    if draft.member_no:
        keys.append(("m", draft.member_no))
    keys += [("p", folded, p.e164) for p in draft.phones]
    if draft.email:
        keys.append(("e", folded, draft.email.casefold()))
    if not keys:
        keys.append(("n", folded))
    return tuple(keys)


def prepare_records(
    header_len: int,
    positions: dict[str, int],
    records: list[tuple[int, list[str], str]],
    known: Collection[int] = frozenset(),
) -> list[PreparedRecord]:
    """Parse and validate raw CSV records, and compute their search tokens (pure).

    A record is (line, cells, problem); one the reader could not read has a problem.
    The rows on the `known` lines become KnownRows: no tokens, no draft sent back.
    """
    out = []
    for line, cells, problem in records:
        if problem:
            out.append(PreparedRecord(line, cells, reason=problem))
            continue
        if not any(c.strip() for c in cells):
            out.append(PreparedRecord(line, cells, blank=True))
            continue
        if len(cells) > header_len and any(c.strip() for c in cells[header_len:]):
            out.append(
                PreparedRecord(
                    line, cells, reason=f"has {len(cells)} cells but the header has {header_len}"
                )
            )
            continue
        if len(cells) < header_len:
            out.append(
                PreparedRecord(
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
            out.append(PreparedRecord(line, cells, reason=str(exc)))
            continue
        keys = duplicate_keys(draft)
        if line in known and draft.member_no:
            out.append(PreparedRecord(line, cells, row=KnownRow(line, cells, keys)))
            continue
        filled = frozenset(k for k, v in values.items() if v.strip())
        index = guest_keys(draft).columns()
        consent = parse_consent(values.get("consent", ""))
        row = ImportRow(line, cells, draft, filled, index, keys, consent=consent)
        out.append(PreparedRecord(line, cells, row=row))
    return out
