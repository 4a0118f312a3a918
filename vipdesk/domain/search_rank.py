"""How well a guest's search tokens match a query, and which field matched."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from vipdesk.domain.search_text import Query


class MatchKind(IntEnum):
    """Lower is better: exact > prefix > initials > inside the text > fuzzy."""

    EXACT = 0
    PREFIX = 1
    INITIALS = 2
    INSIDE = 3
    FUZZY = 4


FIELD_OF_COLUMN = {
    "name": "name",
    "name_inner": "name",
    "pinyin": "pinyin",
    "pinyin_alt": "pinyin",
    "pinyin_inner": "pinyin",
    "initials": "initials",
    "phone": "phone",
    "tail": "phone",
    "member": "member_no",
    "email": "email",
    "company": "company",
}
_WHOLE = ("member", "phone", "name", "pinyin", "email", "company", "pinyin_alt")
_INNER = ("name_inner", "pinyin_inner")


@dataclass(frozen=True, order=True)
class Match:
    kind: MatchKind
    rare_reading: bool
    """Matched only through an unusual reading of a character (sorts after usual ones)."""
    field: str

    def sort_key(self) -> tuple[int, int]:
        return (self.kind, self.rare_reading)


def _token_match(term: str, columns: dict[str, str]) -> Match | None:
    best: Match | None = None

    def offer(kind: MatchKind, column: str) -> None:
        nonlocal best
        candidate = Match(kind, column == "pinyin_alt", FIELD_OF_COLUMN[column])
        if best is None or candidate.sort_key() < best.sort_key():
            best = candidate

    for column in _WHOLE:
        for token in columns.get(column, "").split():
            if token == term:
                offer(MatchKind.EXACT, column)
            elif token.startswith(term):
                offer(MatchKind.PREFIX, column)
    if any(t.startswith(term) for t in columns.get("initials", "").split()):
        offer(MatchKind.INITIALS, "initials")
    for column in _INNER:
        if any(t.startswith(term) for t in columns.get(column, "").split()):
            offer(MatchKind.INSIDE, column)
    return best


def classify(query: Query, columns: dict[str, str]) -> Match | None:
    """The best way `query` matches these index columns, or None if it does not."""
    if query.empty:
        return None
    found = _token_match(query.joined, columns)
    if len(query.digits) >= 4:
        tail = query.digits[::-1]
        if any(t.startswith(tail) for t in columns.get("tail", "").split()):
            kind = MatchKind.EXACT if len(query.digits) >= 7 else MatchKind.PREFIX
            if found is None or kind < found.kind:
                found = Match(kind, False, "phone")
    if found is None and len(query.words) > 1:
        # Words in any order, each matching somewhere: as good as the weakest word.
        per_word = [_token_match(w, columns) for w in query.words]
        if all(m is not None for m in per_word):
            worst = max(per_word, key=lambda m: m.sort_key())  # type: ignore[union-attr]
            first = per_word[0]
            assert worst is not None and first is not None
            found = Match(max(worst.kind, MatchKind.PREFIX), worst.rare_reading, first.field)
    return found
