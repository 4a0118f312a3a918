"""Likely duplicates, merging, and "not the same person"."""

from datetime import date

import pytest

from tests import sql
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    GuestDraft,
    Preference,
    SpecialDate,
    SpecialDateKind,
    Stay,
    Taboo,
    TabooKind,
)
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.duplicates import (
    all_duplicate_pairs,
    find_duplicates,
    mark_not_duplicate,
    merge_guests,
)
from vipdesk.services.errors import Conflict, NotFound
from vipdesk.services.guests import count_guests, create_guest
from vipdesk.services.search import search


def bday(month: int, day: int, year: int | None = None) -> list[SpecialDate]:
    return [SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(month, day, year))]


def test_same_phone(db: Database, actor: Staff) -> None:
    stored = create_guest(db, actor, GuestDraft("张伟", phones=[normalise_phone("138 0013 8000")]))
    new = GuestDraft("Zhang Wei", phones=[normalise_phone("+86 13800138000")])
    (found,) = find_duplicates(db, actor, new)
    assert found.guest_id == stored.id
    assert found.score >= 90 and found.reasons[0].startswith("same phone")


def test_same_email_any_case(db: Database, actor: Staff) -> None:
    create_guest(db, actor, GuestDraft("Emma Brown", email="Emma.Brown@example.com"))
    (found,) = find_duplicates(db, actor, GuestDraft("E. Brown", email="emma.brown@EXAMPLE.com"))
    assert found.reasons == ("same e-mail",)


def test_same_name_reading_and_birthday_across_scripts(db: Database, actor: Staff) -> None:
    stored = create_guest(db, actor, GuestDraft("王偉", special_dates=bday(3, 5, 1980)))
    create_guest(db, actor, GuestDraft("王伟", special_dates=bday(3, 6)))  # another day
    found = find_duplicates(db, actor, GuestDraft("王伟", special_dates=bday(3, 5)))
    assert [(c.guest_id, c.reasons) for c in found] == [
        (stored.id, ("same name reading and birthday",))
    ]
    # A pinyin-only record of the same person is found too.
    found = find_duplicates(db, actor, GuestDraft("Wang Wei", special_dates=bday(3, 5, 1980)))
    assert stored.id in [c.guest_id for c in found]


def test_similar_name_and_same_company(db: Database, actor: Staff) -> None:
    stored = create_guest(db, actor, GuestDraft("Jonathon Smith", company="Deloitte"))
    create_guest(db, actor, GuestDraft("Jonathon Smith", company="HSBC"))
    found = find_duplicates(db, actor, GuestDraft("Jonathan Smith", company="deloitte"))
    assert [(c.guest_id, c.reasons) for c in found] == [
        (stored.id, ("similar name and same company",))
    ]


def test_unrelated_guests_are_not_duplicates(db: Database, actor: Staff) -> None:
    create_guest(
        db,
        actor,
        GuestDraft("李娜", phones=[normalise_phone("13900000001")], special_dates=bday(1, 1)),
    )
    assert find_duplicates(db, actor, GuestDraft("李娜", special_dates=bday(2, 2))) == []


def test_whole_database_pairs_and_the_not_same_person_mark(db: Database, actor: Staff) -> None:
    a = create_guest(db, actor, GuestDraft("张伟", phones=[normalise_phone("13800138000")]))
    b = create_guest(db, actor, GuestDraft("張偉", phones=[normalise_phone("+86 138 0013 8000")]))
    c = create_guest(
        db, actor, GuestDraft("Emma Brown", email="emma@example.com", special_dates=bday(4, 4))
    )
    d = create_guest(db, actor, GuestDraft("Emma Brown", special_dates=bday(4, 4, 1990)))
    pairs = {(p.a, p.b): p.reasons for p in all_duplicate_pairs(db, actor)}
    assert pairs[(a.id, b.id)] == ("same phone",)
    assert pairs[(c.id, d.id)] == ("same name reading and birthday",)
    mark_not_duplicate(db, actor, d.id, c.id)
    assert (c.id, d.id) not in {(p.a, p.b) for p in all_duplicate_pairs(db, actor)}
    assert (
        find_duplicates(
            db, actor, GuestDraft("Emma Brown", special_dates=bday(4, 4)), guest_id=c.id
        )
        == []
    )
    with pytest.raises(Conflict, match="different people"):
        merge_guests(db, actor, c.id, d.id)


def test_merge_keeps_everything_from_both_and_is_recorded(db: Database, actor: Staff) -> None:
    keep = create_guest(
        db,
        actor,
        GuestDraft(
            "歐陽娜娜",
            member_no="M1",
            tier=Tier.VIP,
            phones=[normalise_phone("13800138000")],
            preferences=[Preference("高楼层")],
            notes="常住客",
            stays=[Stay(date(2025, 1, 1), date(2025, 1, 3), "1808")],
        ),
    )
    other = create_guest(
        db,
        actor,
        GuestDraft(
            "欧阳娜娜",
            member_no="M2",
            tier=Tier.VVIP,
            email="nana@example.com",
            phones=[normalise_phone("+852 9123 4567"), normalise_phone("138 0013 8000")],
            preferences=[Preference("高楼层"), Preference("普洱茶")],
            taboos=[Taboo("花生", TabooKind.ALLERGY)],
            special_dates=bday(3, 5),
            stays=[Stay(date(2026, 5, 1), date(2026, 5, 2), "2201")],
            notes="VIP from HK",
        ),
    )
    merged = merge_guests(db, actor, keep.id, other.id)
    assert count_guests(db, actor) == 1
    assert (
        merged.member_no == "M1" and merged.tier == Tier.VVIP and merged.email == "nana@example.com"
    )
    assert [p.e164 for p in merged.phones] == ["+8613800138000", "+85291234567"]
    assert [p.text for p in merged.preferences] == ["高楼层", "普洱茶"]
    assert [t.text for t in merged.taboos] == ["花生"]
    assert merged.birthday() == PartialDate(3, 5)
    assert [s.room for s in merged.stays] == ["1808", "2201"]
    assert "VIP from HK" in merged.notes and "M2" in merged.notes
    # Found by what only the other file had.
    assert [h.id for h in search(db, actor, "9123 4567")] == [keep.id]
    assert [h.id for h in search(db, actor, "M2")] == []
    conn = sql.connect(db)
    (kept, merged_id, snapshot) = conn.execute(
        "SELECT kept_id, merged_id, snapshot FROM guest_merges"
    ).fetchone()
    conn.close()
    assert (kept, merged_id) == (keep.id, other.id) and "花生" in snapshot
    with pytest.raises(NotFound):
        merge_guests(db, actor, keep.id, other.id)


def test_whole_database_finds_similar_names_at_the_same_company(db: Database, actor: Staff) -> None:
    a = create_guest(db, actor, GuestDraft("Jonathon Smith", company="Deloitte"))
    b = create_guest(db, actor, GuestDraft("Jonathan Smith", company="deloitte"))
    create_guest(db, actor, GuestDraft("Emma Brown", company="Deloitte"))
    create_guest(db, actor, GuestDraft("Jonathan Smith", company="HSBC"))
    pairs = {(p.a, p.b): p.reasons for p in all_duplicate_pairs(db, actor)}
    assert pairs == {(a.id, b.id): ("similar name and same company",)}


def test_merge_and_import_add_by_the_same_rules(db: Database, actor: Staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A number written another way, a taboo already known: neither doubles, either way in."""
    from vipdesk.domain.guest import Taboo, TabooKind
    from vipdesk.domain.guest_merge import add_phones, add_taboos
    from vipdesk.domain.phones import normalise_phone
    from vipdesk.services.guest_import import import_guests
    from vipdesk.services.guests import get_guest

    first = normalise_phone("+86 138 0013 8000")
    again = normalise_phone("13800138000")
    assert add_phones([first], [again]) == [first]
    peanut = Taboo("花生 peanut", TabooKind.ALLERGY)
    assert add_taboos([peanut], [Taboo("花生 peanut", TabooKind.ALLERGY)]) == [peanut]

    keep = create_guest(
        db, actor, GuestDraft("钱多多", member_no="M1", phones=[first], taboos=[peanut])
    )
    other = create_guest(db, actor, GuestDraft("钱多多", phones=[again], taboos=[peanut]))
    merged = merge_guests(db, actor, keep.id, other.id)
    assert [p.e164 for p in merged.phones] == [first.e164]
    assert len(merged.taboos) == 1

    csv = tmp_path / "again.csv"
    csv.write_text("member_no,name,phone,allergies\nM1,钱多多,138-0013-8000,花生 peanut\n", "utf-8")
    import_guests(db, actor, csv)
    after = get_guest(db, actor, keep.id)
    assert [p.e164 for p in after.phones] == [first.e164]
    assert len(after.taboos) == 1
