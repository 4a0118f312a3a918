"""Raw CSV records → validated guest drafts with their search tokens (pure).

This runs in the import's helper process, so it imports only the domain and the store's
pure store.guest_flat: neither SQLAlchemy nor pypinyin's phrase dictionary is loaded there
(memory, start-up time).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace
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
from vipdesk.domain.guest_merge import add_phones, add_preferences, add_taboos
from vipdesk.domain.guest_rows import RowRejected, match_fields, parse_consent, parse_row
from vipdesk.domain.phones import Phone
from vipdesk.domain.search_text import guest_keys
from vipdesk.domain.stays import Stay
from vipdesk.domain.tiers import Tier
from vipdesk.store.guest_flat import GUEST_COLUMNS, FlatGuest, flatten

_EMAIL = GUEST_COLUMNS.index("email")


class ImportRow:
    """A parsed, valid row: its draft, its rows as the store inserts them, its tokens.

    A row parsed by the helper process comes with its flattened rows only (plain tuples,
    cheap to send); its GuestDraft is built when something asks for it (a row that matched
    a stored guest, to merge): a row that becomes a new guest never needs one.
    """

    __slots__ = (
        "_draft",
        "_flat",
        "_stays",
        "cells",
        "consent",
        "digest",
        "filled",
        "index_columns",
        "keys",
        "line",
    )

    def __init__(
        self,
        line: int,
        cells: list[str],
        draft: GuestDraft | None,
        filled: frozenset[str],
        index_columns: tuple[str, ...] | None = None,
        keys: tuple[tuple[str, ...], ...] = (),
        *,
        consent: tuple[str, ...] = (),
        flat: FlatGuest | None = None,
        stays: list[Stay] | None = None,
    ) -> None:
        if draft is None and flat is None:
            raise ValueError("an ImportRow needs its draft or its flattened rows")
        self.line = line
        self.cells = cells
        self.filled = filled
        self.index_columns = index_columns
        """Search tokens of the row as a new guest, computed while parsing."""
        self.keys = keys
        """What makes two rows of a file the same guest (see duplicate_keys)."""
        self.digest: int | None = None
        """Digest of the row's cells (set by the importer; see services.import_digests)."""
        self.consent = consent
        """Channels of the `consent` column (stored in their own table)."""
        self._draft = draft
        self._flat = flat
        self._stays = stays

    def _compared(self) -> tuple[Any, ...]:
        return (
            self.line,
            self.cells,
            self.draft,
            self.filled,
            self.index_columns,
            self.keys,
            self.digest,
            self.consent,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImportRow):
            return NotImplemented
        return self._compared() == other._compared()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return f"ImportRow(line={self.line}, draft={self.draft!r})"

    @property
    def built_draft(self) -> bool:
        """Whether the draft exists yet (a row parsed by the helper builds it on demand)."""
        return self._draft is not None

    @property
    def draft(self) -> GuestDraft:
        if self._draft is None:
            assert self._flat is not None
            self._draft = _draft_from_flat(self._flat, self._stays)
        return self._draft

    @property
    def flat(self) -> FlatGuest:
        if self._flat is None:
            self._flat = flatten(self.draft)
        return self._flat

    # What matching needs, read without building the draft.
    @property
    def member_no(self) -> str | None:
        return self._draft.member_no if self._draft is not None else self.flat.guest[0]

    @property
    def name(self) -> str:
        return self._draft.name if self._draft is not None else self.flat.guest[1]

    @property
    def email(self) -> str:
        return self._draft.email if self._draft is not None else self.flat.guest[_EMAIL]

    @property
    def e164s(self) -> list[str]:
        if self._draft is not None:
            return [p.e164 for p in self._draft.phones]
        return [phone[2] for phone in self.flat.children[0]]


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
    return _keys(draft.member_no, draft.name, [p.e164 for p in draft.phones], draft.email)


def _keys(
    member_no: str | None, name: str, e164s: list[str], email: str
) -> tuple[tuple[str, ...], ...]:
    folded = fold_name(name)
    keys: list[tuple[str, ...]] = []
    if member_no:
        keys.append(("m", member_no))
    keys += [("p", folded, e164) for e164 in e164s]
    if email:
        keys.append(("e", folded, email.casefold()))
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
        if not "".join(cells).strip():
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
        if line in known and (fields := _match_fields(values)):
            # Stored before from these very cells: it parses, and only its keys are needed.
            out.append(PreparedRecord(line, cells, row=KnownRow(line, cells, _keys(*fields))))
            continue
        try:
            draft = parse_row(values)
        except RowRejected as exc:
            out.append(PreparedRecord(line, cells, reason=str(exc)))
            continue
        keys = duplicate_keys(draft)
        filled = frozenset(k for k, v in values.items() if v.strip())
        index = guest_keys(draft).columns()
        consent = parse_consent(values.get("consent", ""))
        row = ImportRow(line, cells, draft, filled, index, keys, consent=consent)
        out.append(PreparedRecord(line, cells, row=row))
    return out


def _match_fields(values: dict[str, str]) -> tuple[str, str, list[str], str] | None:
    """guest_rows.match_fields of a row with a member number and a name, else None."""
    try:
        member_no, name, e164s, email = match_fields(values)
    except ValueError:
        return None
    return (member_no, name, e164s, email) if member_no and name else None


def merge_row(existing: GuestDraft, row: ImportRow) -> GuestDraft:
    """What the guest looks like after this row: only additions and replacements."""
    new = row.draft
    scalars = (
        "name",
        "native_name",
        "latin_name",
        "pronunciation",
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
    phones = add_phones(existing.phones, new.phones)
    prefs = add_preferences(existing.preferences, new.preferences)
    taboos = add_taboos(existing.taboos, new.taboos)
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
    # Rows mostly fill the same columns: one frozenset for each such set, so the answer
    # (and the importer's memory for the rows in flight) carries it once, not per row.
    filled_sets: dict[frozenset[str], frozenset[str]] = {}
    for p in prepare_records(header_len, positions, records, known):
        row = p.row
        if row is None:
            out.append((_BLANK,) if p.blank else (_REJECTED, p.reason))
        elif isinstance(row, KnownRow):
            out.append((_KNOWN, row.keys))
        else:
            draft = row.draft
            out.append(
                (
                    _NEW,
                    row.flat,
                    filled_sets.setdefault(row.filled, row.filled),
                    row.index_columns,
                    row.keys,
                    draft.stays or None,
                )
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
            row = ImportRow(
                line,
                cells,
                None,
                item[2],
                item[3],
                item[4],
                flat=item[1],
                stays=item[5],
                consent=item[6] if len(item) > 6 else (),
            )
            out.append(PreparedRecord(line, cells, row=row))
        elif kind == _KNOWN:
            out.append(PreparedRecord(line, cells, row=KnownRow(line, cells, item[1])))
        elif kind == _BLANK:
            out.append(PreparedRecord(line, cells, blank=True))
        else:
            out.append(PreparedRecord(line, cells, reason=item[1]))
    return out


def _draft_from_flat(flat: FlatGuest, stays: list[Stay] | None) -> GuestDraft:
    """The draft that store.guest_flat.flatten made `flat` of (stays given apart: the flat
    rows keep only what a new guest stores of them)."""
    g = flat.guest
    phones, preferences, taboos, dates, _stays = flat.children
    # By keyword, in GUEST_COLUMNS order: a field added to GuestDraft never shifts the others.
    return GuestDraft(
        member_no=g[0],
        name=g[1],
        native_name=g[2],
        latin_name=g[3],
        pronunciation=g[4],
        honorific=g[5],
        email=g[6],
        company=g[7],
        nationality=g[8],
        language=g[9],
        notes=g[10],
        gender=_GENDERS[g[11]] if g[11] is not None else None,
        tier=_TIERS[g[12]],
        phones=[Phone(original, e164) for _i, original, e164 in phones],
        preferences=[Preference(text, _CATEGORIES[cat]) for _i, cat, text in preferences],
        taboos=[
            Taboo(text, _TABOO_KINDS[kind], _SEVERITIES[sev]) for _i, kind, sev, text in taboos
        ],
        special_dates=[
            SpecialDate(
                _DATE_KINDS[kind],
                PartialDate(month, day, year, lunar, leap),
                *([label] if label else []),
            )
            for kind, month, day, year, label, lunar, leap in dates
        ],
        stays=list(stays or ()),
    )
