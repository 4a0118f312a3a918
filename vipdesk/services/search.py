"""Guest search: what the counter screen calls on every keystroke.

One call, one read transaction: the query is normalised, a few FTS5 lookups collect
candidates best tier first, and the candidates are ranked exact > prefix > initials >
inside the text > typo-tolerant, ties broken by tier and most recent stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.search_rank import MatchKind, classify
from vipdesk.domain.search_text import Query, parse_query
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.store import search_index
from vipdesk.store.db import Database
from vipdesk.store.guest_repo import hit_details

FUZZY_THRESHOLD = 80.0
_EXACT_LIMIT = 50
_CANDIDATES = 200


@dataclass(frozen=True)
class SearchHit:
    """One result line, with enough to tell namesakes apart."""

    id: int
    member_no: str | None
    name: str
    tier: Tier
    matched_field: str
    match: MatchKind
    phone_tail: str
    birthday: PartialDate | None
    last_stay: date | None
    last_room: str
    in_house: bool
    company: str


def _quoted(token: str) -> str:
    # Tokens hold only [a-z0-9] and CJK (see search_text), quoting is belt and braces.
    return '"' + token.replace('"', "") + '"'


_WHOLE_COLUMNS = "{name pinyin pinyin_alt initials member email company phone}"
_ALL_NAME_COLUMNS = "{name name_inner pinyin pinyin_alt pinyin_inner company}"


def _strict_candidates(conn, q: Query) -> dict[int, search_index.Candidate]:  # type: ignore[no-untyped-def]
    found: dict[int, search_index.Candidate] = {}

    def run(match: str, limit: int) -> None:
        for c in search_index.fts_query(conn, match, limit):
            found.setdefault(c.guest_id, c)

    term = _quoted(q.joined)
    run(f"{_WHOLE_COLUMNS} : {term}", _EXACT_LIMIT)
    run(f"{_WHOLE_COLUMNS} : {term}* OR {{name_inner pinyin_inner}} : {term}*", _CANDIDATES)
    if len(q.words) > 1:
        run(" AND ".join(f"{_ALL_NAME_COLUMNS} : {_quoted(w)}*" for w in q.words), _CANDIDATES)
    if len(q.digits) >= 4:
        run(f"tail : {_quoted(q.digits[::-1])}*", _CANDIDATES)
    return found


def _fuzzy_candidates(conn, q: Query) -> dict[int, search_index.Candidate]:  # type: ignore[no-untyped-def]
    found: dict[int, search_index.Candidate] = {}
    long_words = [w for w in q.words if len(w) >= 2]
    expressions = []
    if len(long_words) > 1:
        expressions.append(" AND ".join(f"{{name pinyin}} : {_quoted(w[:2])}*" for w in long_words))
    if len(q.joined) >= 3:
        expressions.append(f"{{name pinyin}} : {_quoted(q.joined[:3])}*")
    for expression in expressions:
        for c in search_index.fts_query(conn, expression, 500):
            found.setdefault(c.guest_id, c)
    return found


def _fuzzy_score(q: Query, columns: dict[str, str]) -> float:
    tokens = columns.get("name", "").split() + columns.get("pinyin", "").split()
    return max((fuzz.ratio(q.joined, t) for t in tokens), default=0.0)


def search(
    db: Database, actor: Staff, text: str, *, limit: int = 20, today: date | None = None
) -> list[SearchHit]:
    """Guests matching what was typed, best first. Never raises for odd input."""
    q = parse_query(text)
    if q.empty or limit <= 0:
        return []
    today = today or date.today()
    with db.read() as session:
        conn = session.connection()
        candidates = _strict_candidates(conn, q)
        ranked: list[tuple[tuple[int, ...], int, MatchKind, str]] = []
        for c in candidates.values():
            how = classify(q, c.columns)
            if how is not None:
                key = (*how.sort_key(), -c.rowid)
                ranked.append((key, c.guest_id, how.kind, how.field))
        room = text.strip()
        if 0 < len(room) <= 8 and any(ch.isdigit() for ch in room):
            seen = {r[1] for r in ranked}
            for guest_id in search_index.in_house_by_room(conn, room.upper(), today):
                if guest_id not in seen:
                    ranked.append(
                        ((MatchKind.EXACT, 0, guest_id), guest_id, MatchKind.EXACT, "room")
                    )
        if len(ranked) < 3 and len(q.joined) >= 4:
            seen = {r[1] for r in ranked}
            for c in _fuzzy_candidates(conn, q).values():
                if c.guest_id in seen:
                    continue
                score = _fuzzy_score(q, c.columns)
                if score >= FUZZY_THRESHOLD:
                    ranked.append(
                        (
                            (MatchKind.FUZZY, -int(score), -c.rowid),
                            c.guest_id,
                            MatchKind.FUZZY,
                            "name",
                        )
                    )
        ranked.sort(key=lambda r: r[0])
        top = ranked[:limit]
        details = hit_details(session, [r[1] for r in top], today)
    return [
        SearchHit(matched_field=field, match=kind, **details[guest_id])
        for _key, guest_id, kind, field in top
        if guest_id in details
    ]
