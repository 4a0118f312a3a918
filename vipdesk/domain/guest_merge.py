"""The merge rules, in one place: what a guest file looks like after adding another's facts.

Used by `merge` (two guest files become one) and by the guest import (a row adds to the
guest it matched). Both only ever add: nothing either side knew is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from vipdesk.domain.guest import GuestDraft, GuestRecord, Preference, SpecialDate, Taboo
from vipdesk.domain.phones import Phone


def _union(first: Iterable, second: Iterable) -> list:  # type: ignore[type-arg]
    out = list(first)
    out += [x for x in second if x not in out]
    return out


def add_phones(known: Sequence[Phone], new: Iterable[Phone]) -> list[Phone]:
    """`known` then the new numbers; the same number however written counts once."""
    out = list(known)
    seen = {p.e164 for p in out}
    for phone in new:
        if phone.e164 not in seen:
            out.append(phone)
            seen.add(phone.e164)
    return out


def add_preferences(known: Sequence[Preference], new: Iterable[Preference]) -> list[Preference]:
    return _union(known, new)


def add_taboos(known: Sequence[Taboo], new: Iterable[Taboo]) -> list[Taboo]:
    """A taboo is the same one when kind and text agree (the stored severity is kept)."""
    seen = {(t.kind, t.text) for t in known}
    return list(known) + [t for t in new if (t.kind, t.text) not in seen]


def add_special_dates(
    known: Sequence[SpecialDate], new: Iterable[SpecialDate]
) -> list[SpecialDate]:
    seen = {(d.kind, d.date) for d in known}
    return _union(known, [d for d in new if (d.kind, d.date) not in seen])


@dataclass
class MergePlan:
    merged: GuestDraft
    notes_added: list[str] = field(default_factory=list)


def plan_merge(keep: GuestRecord, other: GuestRecord) -> MergePlan:
    """Everything from both files; `keep` wins where both have a single value."""
    fields = {f: getattr(keep, f) for f in GuestDraft.__dataclass_fields__}
    for name in (
        "native_name",
        "latin_name",
        "pronunciation",
        "honorific",
        "email",
        "company",
        "nationality",
        "language",
        "gender",
    ):
        if not fields[name]:
            fields[name] = getattr(other, name)
    if not fields["member_no"]:
        fields["member_no"] = other.member_no
    fields["tier"] = max(keep.tier, other.tier, key=lambda t: t.rank)
    fields["phones"] = add_phones(keep.phones, other.phones)
    fields["preferences"] = add_preferences(keep.preferences, other.preferences)
    fields["taboos"] = add_taboos(keep.taboos, other.taboos)
    fields["special_dates"] = add_special_dates(keep.special_dates, other.special_dates)
    fields["stays"] = sorted(
        _union(keep.stays, other.stays), key=lambda s: (s.arrival, s.departure)
    )
    notes_added = []
    if other.notes and other.notes not in keep.notes:
        notes_added.append(other.notes)
    if other.member_no and keep.member_no and other.member_no != keep.member_no:
        notes_added.append(f"Merged member number {other.member_no} ({other.name}).")
    if notes_added:
        fields["notes"] = "\n".join([keep.notes, *notes_added]).strip()
    return MergePlan(GuestDraft(**fields), notes_added)
