"""Raw CSV records → validated guest drafts with their search tokens (pure).

This runs in the import's helper process, so it imports only the domain: neither the
database layer nor pypinyin's phrase dictionary is loaded there (memory, start-up time).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    Gender,
    GuestDraft,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
)
from vipdesk.domain.guest_rows import RowRejected, parse_consent, parse_row
from vipdesk.domain.phones import Phone
from vipdesk.domain.search_text import guest_keys
from vipdesk.domain.tiers import Tier


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


# What the helper process sends back: plain tuples, in the order of the records. Pickling
# dataclasses and enums cost more than parsing (a third of the importer's own CPU went to
# unpickling); the cells are not sent back at all, the importer still has them.
_REJECTED, _BLANK, _KNOWN, _NEW = range(4)
_GENDERS = {g.value: g for g in Gender}
_TIERS = {t.value: t for t in Tier}
_CATEGORIES = {c.value: c for c in PreferenceCategory}
_TABOO_KINDS = {k.value: k for k in TabooKind}
_SEVERITIES = {s.value: s for s in Severity}
_DATE_KINDS = {k.value: k for k in SpecialDateKind}


def prepare_compact(
    header_len: int,
    positions: dict[str, int],
    records: list[tuple[int, list[str], str]],
    known: Collection[int] = frozenset(),
) -> list[tuple[Any, ...]]:
    """prepare_records, as plain tuples for decode_prepared (runs in the helper)."""
    out: list[tuple[Any, ...]] = []
    for p in prepare_records(header_len, positions, records, known):
        row = p.row
        if row is None:
            out.append((_BLANK,) if p.blank else (_REJECTED, p.reason))
        elif isinstance(row, KnownRow):
            out.append((_KNOWN, row.keys))
        else:
            out.append(
                (_NEW, _draft_tuple(row.draft), row.filled, row.index_columns, row.keys)
                + ((row.consent,) if row.consent else ())
            )
    return out


def decode_prepared(
    wire: list[tuple[Any, ...]], records: list[tuple[int, list[str], str]]
) -> list[PreparedRecord]:
    """What prepare_records gave for these records, from prepare_compact's answer."""
    out = []
    for item, (line, cells, _problem) in zip(wire, records, strict=True):
        kind = item[0]
        if kind == _NEW:
            row = ImportRow(line, cells, _draft(item[1]), item[2], item[3], item[4])
            if len(item) > 5:
                row.consent = item[5]
            out.append(PreparedRecord(line, cells, row=row))
        elif kind == _KNOWN:
            out.append(PreparedRecord(line, cells, row=KnownRow(line, cells, item[1])))
        elif kind == _BLANK:
            out.append(PreparedRecord(line, cells, blank=True))
        else:
            out.append(PreparedRecord(line, cells, reason=item[1]))
    return out


def _draft_tuple(d: GuestDraft) -> tuple[Any, ...]:
    return (
        d.name,
        d.member_no,
        d.native_name,
        d.latin_name,
        d.honorific,
        d.gender.value if d.gender else None,
        tuple((p.original, p.e164) for p in d.phones),
        d.email,
        d.company,
        d.nationality,
        d.language,
        d.tier.value,
        d.notes,
        tuple((p.text, p.category.value) for p in d.preferences),
        tuple((t.text, t.kind.value, t.severity.value) for t in d.taboos),
        tuple(
            (s.kind.value, s.date.month, s.date.day, s.date.year, s.date.lunar, s.date.leap)
            + ((s.label,) if s.label else ())
            for s in d.special_dates
        ),
        d.stays or None,  # a CSV row carries none; pickled as they are if one ever does
        d.pronunciation,
    )


def _draft(t: tuple[Any, ...]) -> GuestDraft:
    # By keyword: a field added to GuestDraft must never shift the others.
    return GuestDraft(
        name=t[0],
        member_no=t[1],
        native_name=t[2],
        latin_name=t[3],
        honorific=t[4],
        gender=_GENDERS[t[5]] if t[5] is not None else None,
        phones=[Phone(original, e164) for original, e164 in t[6]],
        email=t[7],
        company=t[8],
        nationality=t[9],
        language=t[10],
        tier=_TIERS[t[11]],
        notes=t[12],
        preferences=[Preference(text, _CATEGORIES[category]) for text, category in t[13]],
        taboos=[Taboo(text, _TABOO_KINDS[kind], _SEVERITIES[sev]) for text, kind, sev in t[14]],
        special_dates=[
            SpecialDate(_DATE_KINDS[s[0]], PartialDate(s[1], s[2], s[3], s[4], s[5]), *s[6:])
            for s in t[15]
        ],
        stays=list(t[16] or ()),
        pronunciation=t[17],
    )
