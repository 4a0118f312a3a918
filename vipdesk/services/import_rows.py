"""Raw CSV records → validated guest drafts with their search tokens (pure).

This runs in the import's helper process, so it imports only the domain: neither the
database layer nor pypinyin's phrase dictionary is loaded there (memory, start-up time).
"""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.guest_rows import RowRejected, parse_row
from vipdesk.domain.search_text import guest_keys


@dataclass
class ImportRow:
    line: int
    cells: list[str]
    draft: GuestDraft
    filled: frozenset[str]
    index_columns: tuple[str, ...] | None = None
    """Search tokens of the row as a new guest, computed while parsing."""


@dataclass
class PreparedRecord:
    line: int
    cells: list[str]
    row: ImportRow | None = None
    reason: str = ""
    blank: bool = False


def prepare_records(
    header_len: int, positions: dict[str, int], records: list[tuple[int, list[str], str]]
) -> list[PreparedRecord]:
    """Parse and validate raw CSV records, and compute their search tokens (pure).

    A record is (line, cells, problem); one the reader could not read has a problem.
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
        filled = frozenset(k for k, v in values.items() if v.strip())
        index = guest_keys(draft).columns()
        out.append(PreparedRecord(line, cells, row=ImportRow(line, cells, draft, filled, index)))
    return out
