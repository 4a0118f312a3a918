"""Likely duplicate guests, merging two files into one, and "not the same person" marks."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz
from rapidfuzz.process import extract
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from vipdesk.domain.guest import GuestDraft, GuestRecord
from vipdesk.domain.guest_merge import plan_merge
from vipdesk.domain.search_text import fold, pinyin_spellings, words
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.audit import audit
from vipdesk.services.confidential import aliases, sees_real_names
from vipdesk.services.errors import Conflict, NotFound
from vipdesk.services.staff import authorize
from vipdesk.store import guest_repo as repo
from vipdesk.store import search_index, search_reads
from vipdesk.store.db import Database
from vipdesk.store.models import CautionRow, GuestRow, MergeRow, NotDuplicateRow, PhoneRow, StayRow

SIMILAR_NAME = 85.0
ASK_THE_DUTY_MANAGER = "ask the duty manager"
"""The name a candidate shows when the person asking may not see who it is."""


@dataclass(frozen=True)
class DuplicateCandidate:
    guest_id: int
    member_no: str | None
    name: str
    score: int
    reasons: tuple[str, ...]
    caution: bool = False
    """On the caution list: the desk is told to ask the duty manager before saving."""


@dataclass(frozen=True)
class DuplicatePair:
    a: int
    b: int
    a_name: str
    b_name: str
    score: int
    reasons: tuple[str, ...]


def name_readings(name: str) -> set[str]:
    """How a name sounds: usual pinyin of its Han characters, folded Latin words, joined."""
    out: set[str] = set()
    parts = words(name)
    spoken: list[str] = []
    for index, part in enumerate(parts):
        if part.isascii():
            spoken.append(part)
        else:
            usual, _ = pinyin_spellings(part, surname=index == 0)
            spoken.append("".join(usual[0]) if usual else part)
    if spoken:
        out.add("".join(spoken))
        out.add("".join(sorted(spoken)))  # "Smith John" sounds like "John Smith"
    return out


def _readings(guest: GuestDraft) -> set[str]:
    out: set[str] = set()
    for name in (guest.name, guest.native_name, guest.latin_name):
        if name:
            out |= name_readings(name)
    return out


def _score(new: GuestDraft, other: GuestRecord) -> tuple[int, tuple[str, ...]]:
    reasons: list[tuple[int, str]] = []
    shared_phones = {p.e164 for p in new.phones} & {p.e164 for p in other.phones}
    if shared_phones:
        reasons.append((90, f"same phone (…{sorted(shared_phones)[0][-4:]})"))
    if new.email and new.email.casefold() == other.email.casefold():
        reasons.append((90, "same e-mail"))
    same_reading = bool(_readings(new) & _readings(other))
    b1, b2 = new.birthday(), other.birthday()
    same_day = bool(b1 and b2 and b1.same_day(b2))
    years_agree = bool(b1 and b2 and (b1.year is None or b2.year is None or b1.year == b2.year))
    if same_reading and same_day and years_agree:
        reasons.append((85, "same name reading and birthday"))
    if new.company and fold(new.company) == fold(other.company):
        similarity = max(
            (fuzz.ratio(x, y) for x in _readings(new) for y in _readings(other)), default=0.0
        )
        if similarity >= SIMILAR_NAME:
            reasons.append((75, "similar name and same company"))
    if new.member_no and other.member_no and new.member_no == other.member_no:
        reasons.append((100, "same member number"))
    if not reasons:
        return 0, ()
    reasons.sort(reverse=True)
    score = min(100, reasons[0][0] + 5 * (len(reasons) - 1))
    return score, tuple(r for _, r in reasons)


def _excluded(session: Session, guest_id: int) -> set[int]:
    rows = session.execute(
        select(NotDuplicateRow.guest_a, NotDuplicateRow.guest_b).where(
            (NotDuplicateRow.guest_a == guest_id) | (NotDuplicateRow.guest_b == guest_id)
        )
    )
    return {b if a == guest_id else a for a, b in rows}


def find_duplicates(
    db: Database, actor: Staff, guest: GuestDraft, *, guest_id: int | None = None, limit: int = 10
) -> list[DuplicateCandidate]:
    """Stored guests that are probably the same person as `guest` (new or `guest_id`)."""
    authorize(db, actor, Operation.EDIT_GUEST)
    with db.read() as session:
        ids: set[int] = set()
        ids |= repo.ids_by_phone(session, [p.e164 for p in guest.phones])
        if guest.member_no:
            ids |= set(repo.ids_by_member_no(session, [guest.member_no]).values())
        conn = session.connection()
        expressions = [f'{{name pinyin}} : "{reading}"' for reading in _readings(guest)]
        keys = search_index.keys_for(guest)
        expressions += [f'email : "{token}"' for token in keys.email]
        company = "".join(words(guest.company))
        if company:
            expressions.append(f'company : "{company}"')
        for expression in expressions:
            ids.update(
                search_index.guest_id_of(r) for r in search_reads.fts_rowids(conn, expression, 500)
            )
        ids.discard(guest_id or 0)
        if guest_id is not None:
            ids -= _excluded(session, guest_id)
        records = repo.load_guests(session, ids)
        flagged = set(
            session.scalars(select(CautionRow.guest_id).where(CautionRow.guest_id.in_(ids)))
        )
        hidden = set() if sees_real_names(session, actor) else set(aliases(session, ids))
    found = []
    for other in records.values():
        score, reasons = _score(guest, other)
        if score and other.id in hidden:
            # Never reveal a confidential guest: no name, number or reason, and no way to
            # open or merge it from here; the duty manager decides.
            found.append(DuplicateCandidate(0, None, ASK_THE_DUTY_MANAGER, score, (), True))
        elif score:
            found.append(
                DuplicateCandidate(
                    other.id, other.member_no, other.name, score, reasons, other.id in flagged
                )
            )
    found.sort(key=lambda c: (-c.score, c.guest_id))
    return found[:limit]


def all_duplicate_pairs(db: Database, actor: Staff, *, limit: int = 1000) -> list[DuplicatePair]:
    """Candidate pairs across the whole database, most certain first."""
    authorize(db, actor, Operation.DUPLICATES)
    pairs: dict[tuple[int, int], set[str]] = defaultdict(set)
    with db.read() as session:
        conn = session.connection()
        postgres = conn.dialect.name == "postgresql"  # string_agg there, group_concat here
        distinct_ids = (
            "string_agg(DISTINCT guest_id::text, ',')"
            if postgres
            else "group_concat(DISTINCT guest_id)"
        )
        ids_of = "string_agg(id::text, ',')" if postgres else "group_concat(id)"
        for (ids,) in conn.exec_driver_sql(
            f"SELECT {distinct_ids} FROM guest_phones GROUP BY e164 "
            "HAVING count(DISTINCT guest_id) > 1"
        ):
            _add_group(pairs, ids, "same phone")
        for (ids,) in conn.exec_driver_sql(
            f"SELECT {ids_of} FROM guests WHERE email != '' GROUP BY lower(email) "
            "HAVING count(*) > 1"
        ):
            _add_group(pairs, ids, "same e-mail")
        by_birthday: dict[tuple[bool, bool, int, int], list[int]] = defaultdict(list)
        for guest_id, month, day, lunar, leap in conn.exec_driver_sql(
            "SELECT guest_id, month, day, lunar, leap FROM guest_special_dates"
            " WHERE kind = 'birthday'"
        ):
            # The same key as PartialDate.day_key: a lunar 8-15 is not the solar 15 August.
            by_birthday[(bool(lunar), bool(leap), month, day)].append(guest_id)
        names: dict[int, str] = {
            guest_id: name for guest_id, name in conn.exec_driver_sql("SELECT id, name FROM guests")
        }
        for group in by_birthday.values():
            by_reading: dict[str, list[int]] = defaultdict(list)
            for guest_id in group:
                for reading in name_readings(names.get(guest_id, "")):
                    by_reading[reading].append(guest_id)
            for same in by_reading.values():
                _add_group(pairs, ",".join(map(str, same)), "same name reading and birthday")
        by_company: dict[str, list[int]] = defaultdict(list)
        for guest_id, company in conn.exec_driver_sql(
            "SELECT id, company FROM guests WHERE company != ''"
        ):
            by_company[fold(company)].append(guest_id)
        for group in by_company.values():
            _similar_names(pairs, group[:5000], names)
        excluded = set(
            conn.exec_driver_sql("SELECT guest_a, guest_b FROM not_duplicates").fetchall()
        )
    weights = {
        "same phone": 90,
        "same e-mail": 90,
        "same name reading and birthday": 85,
        "similar name and same company": 75,
    }
    out = []
    for (a, b), reasons in pairs.items():
        if (a, b) in excluded:
            continue
        ordered = sorted(reasons, key=lambda r: -weights[r])
        score = min(100, weights[ordered[0]] + 5 * (len(ordered) - 1))
        out.append(DuplicatePair(a, b, names.get(a, ""), names.get(b, ""), score, tuple(ordered)))
    out.sort(key=lambda p: (-p.score, p.a, p.b))
    return out[:limit]


def _add_group(pairs: dict[tuple[int, int], set[str]], ids_text: str, reason: str) -> None:
    ids = sorted({int(i) for i in ids_text.split(",") if i})
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            pairs[(a, b)].add(reason)


def _similar_names(
    pairs: dict[tuple[int, int], set[str]], group: list[int], names: dict[int, str]
) -> None:
    if len(group) < 2:
        return
    spoken = [min(name_readings(names.get(g, "")) or {""}) for g in group]
    for i in range(len(group) - 1):
        # rapidfuzz compares one name against the rest of the group in C++.
        for _match, _score, j in extract(
            spoken[i], spoken[i + 1 :], scorer=fuzz.ratio, score_cutoff=SIMILAR_NAME, limit=None
        ):
            a, b = sorted((group[i], group[i + 1 + j]))
            pairs[(a, b)].add("similar name and same company")


def mark_not_duplicate(db: Database, actor: Staff, a: int, b: int) -> None:
    """Record that guests `a` and `b` are different people."""
    authorize(db, actor, Operation.DUPLICATES)
    if a == b:
        raise Conflict("a guest cannot be a different person from themselves")
    first, second = sorted((a, b))
    with db.write() as session:
        if len(repo.load_guests(session, [first, second])) != 2:
            raise NotFound(f"guests {a} and {b} must both exist")
        if session.get(NotDuplicateRow, (first, second)) is None:
            session.add(NotDuplicateRow(guest_a=first, guest_b=second, staff_id=actor.id))
        audit(session, actor, "not_duplicate", "guest", first, other=second)


def merge_guests(db: Database, actor: Staff, keep_id: int, other_id: int) -> GuestRecord:
    """Merge guest `other_id` into `keep_id`: nothing from either file is lost.

    Refuses a pair marked "not the same person". The merge is recorded with a full
    snapshot of the removed file.
    """
    authorize(db, actor, Operation.DUPLICATES)
    if keep_id == other_id:
        raise Conflict("choose two different guests to merge")
    first, second = sorted((keep_id, other_id))
    with db.write() as session:
        if session.get(NotDuplicateRow, (first, second)) is not None:
            raise Conflict("these guests were marked as different people; they cannot be merged")
        records = repo.load_guests(session, [keep_id, other_id])
        if len(records) != 2:
            raise NotFound(f"guests {keep_id} and {other_id} must both exist")
        keep, other = records[keep_id], records[other_id]
        plan = plan_merge(keep, other)
        snapshot = json.dumps(asdict(other), ensure_ascii=False, default=str)
        session.execute(
            update(MergeRow).where(MergeRow.kept_id == other_id).values(kept_id=keep_id)
        )
        search_index.remove_guests(session, [other_id])
        # Stays imported from the PMS are not part of the draft: they move over as they are.
        session.execute(
            update(StayRow)
            .where(StayRow.guest_id == other_id, StayRow.source == "pms")
            .values(guest_id=keep_id)
        )
        # The member number and phones move over, so the other file goes first.
        session.execute(delete(PhoneRow).where(PhoneRow.guest_id == other_id))
        session.execute(delete(GuestRow).where(GuestRow.id == other_id))
        repo.replace_guest(session, keep_id, plan.merged, actor.id)
        session.add(
            MergeRow(
                kept_id=keep_id,
                merged_id=other_id,
                merged_member_no=other.member_no,
                merged_name=other.name,
                snapshot=snapshot,
                staff_id=actor.id,
            )
        )
        audit(session, actor, "merge_guests", "guest", keep_id, merged=other_id)
        return repo.load_guests(session, [keep_id])[keep_id]
