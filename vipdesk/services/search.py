"""Guest search: what the counter screen calls on every keystroke.

One call, one read transaction: the query is normalised, a few FTS5 lookups collect
candidates best tier first, and the candidates are ranked exact > prefix > initials >
inside the text > typo-tolerant. Among equally good matches today's arrivals come first,
then in-house guests, then tier and most recent stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.id_documents import lookup_hash
from vipdesk.domain.pronunciation import guest_reading
from vipdesk.domain.search_rank import MatchKind, classify
from vipdesk.domain.search_text import Query, parse_query
from vipdesk.domain.staff import Operation, Role, Staff, may
from vipdesk.domain.tiers import Tier
from vipdesk.services.database_secrets import DATABASE_ID_KEY, cached_secret
from vipdesk.services.errors import Conflict
from vipdesk.services.id_documents import SECRET_PURPOSE as ID_SECRET_PURPOSE
from vipdesk.services.id_documents import looks_like_document
from vipdesk.services.staff import authorize, require_role
from vipdesk.store import search_index, search_reads, search_rebuild
from vipdesk.store.db import Database, search_index_is_current
from vipdesk.store.hit_details import hit_details

FUZZY_THRESHOLD = 80.0


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
    native_name: str = ""
    language: str = ""
    arriving_today: bool = False
    """A stay of theirs arrives today (reserved or already checked in)."""
    in_house_room: str = ""
    """The room of the stay they are in house in (when in_house)."""
    caution: bool = False
    """On the caution list: the desk asks the duty manager (who sees why)."""
    confidential: bool = False
    """A confidential guest: staff without the right see their alias in `name`, and nothing
    that identifies them; duty managers see the real name with this mark."""
    recorded_reading: str = ""
    """The guest's own reading of their name, when recorded (it wins over the computed one)."""

    @property
    def pronunciation(self) -> str:
        """The reading the profile shows (computed on demand: not on every keystroke)."""
        return guest_reading(
            self.name, self.native_name, self.recorded_reading, language=self.language
        )


def _quoted(token: str) -> str:
    # Tokens hold only [a-z0-9] and CJK (see search_text); quoting is belt and braces.
    return '"' + token.replace('"', "") + '"'


_WHOLE = "{name pinyin member email company phone}"
_NAMES = "{name name_inner pinyin pinyin_alt pinyin_inner company}"


def _plan(q: Query) -> list[tuple[MatchKind, bool, str, str]]:
    """FTS5 lookups in rank order: (kind, rare reading, expression, default field)."""
    t = _quoted(q.joined)
    plan = [
        (MatchKind.EXACT, False, f"{_WHOLE} : {t}", "name"),
        (MatchKind.EXACT, True, f"pinyin_alt : {t}", "pinyin"),
    ]
    if len(q.digits) >= 7:
        plan.append((MatchKind.EXACT, False, f"tail : {_quoted(q.digits[::-1])}*", "phone"))
    plan += [
        (MatchKind.PREFIX, False, f"{_WHOLE} : {t}*", "name"),
        (MatchKind.PREFIX, True, f"pinyin_alt : {t}*", "pinyin"),
    ]
    if 4 <= len(q.digits) < 7:
        plan.append((MatchKind.PREFIX, False, f"tail : {_quoted(q.digits[::-1])}*", "phone"))
    if len(q.words) > 1:
        every_word = " AND ".join(f"{_NAMES} : {_quoted(w)}*" for w in q.words)
        plan.append((MatchKind.PREFIX, True, every_word, "name"))
    plan += [
        (MatchKind.INITIALS, False, f"initials : {t}*", "initials"),
        (MatchKind.INSIDE, False, f"{{name_inner pinyin_inner}} : {t}*", "name"),
    ]
    return plan


def _fuzzy_candidates(conn, q: Query) -> dict[int, search_reads.Candidate]:  # type: ignore[no-untyped-def]
    found: dict[int, search_reads.Candidate] = {}
    long_words = [w for w in q.words if len(w) >= 2]
    expressions = []
    if len(long_words) > 1:
        expressions.append(" AND ".join(f"{{name pinyin}} : {_quoted(w[:2])}*" for w in long_words))
    if len(q.joined) >= 3:
        expressions.append(f"{{name pinyin}} : {_quoted(q.joined[:3])}*")
    for expression in expressions:
        for c in search_reads.fts_query(conn, expression, 300):
            found.setdefault(c.guest_id, c)
    return found


def _fuzzy_score(q: Query, columns: dict[str, str]) -> float:
    tokens = columns.get("name", "").split() + columns.get("pinyin", "").split()
    return max((fuzz.ratio(q.joined, t) for t in tokens), default=0.0)


def _today_rank(detail: dict[str, object]) -> int:
    """0 arriving today, 1 in house, 2 neither."""
    return 0 if detail["arriving_today"] else 1 if detail["in_house"] else 2


def _today_matches(
    documents: list[search_reads.Candidate], q: Query, found: dict[int, tuple[MatchKind, str]]
) -> dict[int, tuple[MatchKind, str]]:
    """Today's arrivals and in-house guests that match the query but were not found yet.

    They are a few hundred at most; their documents are read by rowid (cheap), and a
    substring test skips the ones the query cannot match before the exact classification.
    """
    terms = {q.joined, *q.words}
    if len(q.digits) >= 4:
        terms.add(q.digits[::-1])
    out: dict[int, tuple[MatchKind, str]] = {}
    for c in documents:
        if c.guest_id in found:
            continue
        text = " ".join(c.columns.values())
        if not any(t in text for t in terms):
            continue
        how = classify(q, c.columns)
        if how is not None:
            out[c.guest_id] = (how.kind, how.field)
    return out


def _document_holders(conn, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Guests whose ID document is exactly the typed or scanned number."""
    if not looks_like_document(text):
        return []
    ident = search_reads.meta_value(conn, DATABASE_ID_KEY)
    secret = cached_secret(f"{ID_SECRET_PURPOSE}:{ident}") if ident else None
    if secret is None:
        return []  # no document was ever recorded here
    return search_reads.guests_by_document_hash(conn, lookup_hash(secret, text))


def search(
    db: Database, actor: Staff, text: str, *, limit: int = 20, today: date | None = None
) -> list[SearchHit]:
    """Guests matching what was typed, best first. Never raises for odd input.

    Lookups run in rank order and stop once `limit` guests are found, each lookup
    returning its guests highest tier and most recent stay first (the FTS rowid order).
    """
    text = text.replace("\x00", "")  # no name holds one; PostgreSQL refuses it in text
    q = parse_query(text)
    if q.empty or limit <= 0:
        authorize(db, actor, Operation.SEARCH)
        return []
    today = today or date.today()
    limit = min(limit, 500)
    found: dict[int, tuple[MatchKind, str]] = {}
    plan = _plan(q)
    room = text.strip().upper()
    room_like = 0 < len(room) <= 8 and any(ch.isdigit() for ch in room)
    with db.snapshot(per_statement=True) as conn:
        # The role, and every read that needs no other's result, at once (one round trip
        # on PostgreSQL). A lookup asks for limit + (guests found before it) rowids, under
        # 2 * limit: each list is a prefix of the one read with that many.
        reads = search_reads.SearchReads(
            conn,
            [p[2] for p in plan],
            2 * limit,
            today,
            staff_id=actor.id,
            room=room if room_like else None,
            # The exact lookups and the first prefix one: most searches end there.
            first=next(i for i, p in enumerate(plan) if p[0] == MatchKind.PREFIX) + 1,
        )
        role = require_role(Role(reads.role) if reads.role else None, Operation.SEARCH)
        real_names = may(role, Operation.CONFIDENTIAL)
        confidential = reads.confidential
        by_alias = _alias_matches(q, confidential)
        for guest_id in _document_holders(conn, text):
            found.setdefault(guest_id, (MatchKind.EXACT, "id_document"))
        by_document = bool(found)  # a whole document number: nothing else is meant
        for guest_id in reads.in_room:
            found.setdefault(guest_id, (MatchKind.EXACT, "room"))
        for step, (kind, _rare, _expression, default_field) in enumerate(plan):
            if len(found) >= limit or by_document:
                break
            for rowid in reads.rowids(step, limit + len(found)):
                found.setdefault(search_index.guest_id_of(rowid), (kind, default_field))
        strict = any(kind <= MatchKind.PREFIX for kind, _ in found.values())
        if not strict and len(found) < 3 and len(q.joined) >= 4 and not by_document:
            scored = []
            for c in _fuzzy_candidates(conn, q).values():
                if c.guest_id not in found:
                    score = _fuzzy_score(q, c.columns)
                    if score >= FUZZY_THRESHOLD:
                        scored.append((-score, -c.rowid, c.guest_id))
            for _score, _rowid, guest_id in sorted(scored):
                found[guest_id] = (MatchKind.FUZZY, "name")
        for guest_id, kind in by_alias.items():
            if guest_id not in found or kind < found[guest_id][0]:
                found[guest_id] = (kind, "alias")
        if not real_names:  # only the alias (or the room on the board) finds them
            for guest_id in [g for g, (_k, f) in found.items() if g in confidential]:
                if found[guest_id][1] not in ("alias", "room"):
                    del found[guest_id]
        top = dict(list(found.items())[:limit])
        extra = _today_matches(reads.today_documents(), q, top)
        if not real_names:
            extra = {g: m for g, m in extra.items() if g not in confidential}
        ids = [*top, *extra]
        with search_reads.pipelined(conn):  # PostgreSQL: one round trip for both
            search_reads.lookup_settings(conn)
            read_columns = search_reads.candidates_later(conn, ids)
            details = hit_details(conn, ids, today)
        columns = {c.guest_id: c.columns for c in read_columns()}
    # Today's guests first within each match kind; the rest keep their (tier, recency) order.
    # A guest found only among today's is kept only if they really arrive or are in house.
    ranked = [(g, kind, field, False) for g, (kind, field) in top.items()]
    ranked += [(g, kind, field, True) for g, (kind, field) in extra.items()]
    ranked = [r for r in ranked if r[0] in details and (not r[3] or _today_rank(details[r[0]]) < 2)]
    ranked.sort(key=lambda r: (r[1], _today_rank(details[r[0]])))
    hits = []
    for guest_id, kind, field, _extra in ranked[:limit]:
        shown = details[guest_id]
        if guest_id in confidential:
            shown = {**shown, "confidential": True}
            if not real_names:
                shown = {**shown, **_masked_hit(confidential[guest_id])}
        if field != "alias" and (real_names or guest_id not in confidential):
            how = classify(q, columns.get(guest_id, {})) if kind != MatchKind.FUZZY else None
            if how is not None and how.kind == kind:
                field = how.field  # the column that actually matched, for the result line
        hits.append(SearchHit(matched_field=field, match=kind, **shown))
    return hits


def _masked_hit(alias: str) -> dict[str, object]:
    """A confidential guest's result line for staff without the right: the alias only."""
    return {
        "name": alias,
        "member_no": None,
        "phone_tail": "",
        "birthday": None,
        "company": "",
        "native_name": "",
        "language": "",
        "last_stay": None,
        "last_room": "",
    }


_alias_columns_cache: dict[str, dict[str, str]] = {}


def _alias_matches(q: Query, confidential: dict[int, str]) -> dict[int, MatchKind]:
    """Confidential guests whose alias matches the query (the alias finds them for all)."""
    out = {}
    for guest_id, alias in confidential.items():
        columns = _alias_columns_cache.get(alias)
        if columns is None:
            columns = search_reads.columns_of_name(alias)
            if len(_alias_columns_cache) > 10_000:
                _alias_columns_cache.clear()
            _alias_columns_cache[alias] = columns
        how = classify(q, columns)
        if how is not None and how.field in ("name", "pinyin", "initials"):
            out[guest_id] = how.kind
    return out


def index_is_current(db: Database, actor: Staff) -> bool:
    """False when the search index is missing or was built by another version."""
    authorize(db, actor, Operation.SEARCH)
    return search_index_is_current(db)


def reindex(
    db: Database,
    actor: Staff,
    progress: Callable[[int, int], None] | None = None,
    *,
    step: int = 2500,
) -> int:
    """Rebuild the search index from the guest tables; returns the number of guests.

    Built beside the live index in short steps and swapped in at the end: searches see
    the old index until then, and saves and imports are never held up for long.
    """
    authorize(db, actor, Operation.SEARCH)
    try:
        return search_rebuild.rebuild_in_steps(db, progress, step=step)
    except search_rebuild.RebuildSuperseded:
        raise Conflict(
            "another reindex started while this one ran; it replaces this one",
            code="reindex_superseded",
        ) from None


def hit_as_json(hit: SearchHit) -> dict[str, object]:
    return {
        "id": hit.id,
        "member_no": hit.member_no,
        "name": hit.name,
        "tier": hit.tier.value,
        "matched_field": hit.matched_field,
        "match": hit.match.name.lower(),
        "phone_tail": hit.phone_tail,
        "birthday": hit.birthday.iso() if hit.birthday else None,
        "last_stay": hit.last_stay.isoformat() if hit.last_stay else None,
        "last_room": hit.last_room,
        "in_house": hit.in_house,
        "in_house_room": hit.in_house_room,
        "arriving_today": hit.arriving_today,
        "company": hit.company,
        "pronunciation": hit.pronunciation,
        "caution": hit.caution,
        "confidential": hit.confidential,
    }
