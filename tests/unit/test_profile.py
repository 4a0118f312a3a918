"""The recognition view's facts: countdowns, taboo order, stays, service standards, photos."""

import base64
from datetime import date

import pytest

from tests.accounts import make_staff
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    GuestDraft,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Stay,
    Taboo,
    TabooKind,
)
from vipdesk.domain.pronunciation import pronounce
from vipdesk.domain.service_standard import DEFAULT_STANDARDS, ServiceLevel
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.errors import PermissionDenied, ValidationFailed
from vipdesk.services.guests import create_guest
from vipdesk.services.photos import get_photo, set_photo
from vipdesk.services.profile import guest_profile, service_standards, set_service_standards

TODAY = date(2026, 11, 25)
PNG = base64.b64decode(  # a real 8×8 PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAFElEQVR4nGM8wcXFgA0wYRUdtBIAse4A7AgtPbsAAAAASUVORK5CYII="
)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("诸葛亮", "Zhūgě Liàng"),
        ("单田芳", "Shàn Tiánfāng"),
        ("曾國藩", "Zēng Guófān"),
        ("欧阳娜娜", "Ōuyáng Nànà"),
        ("吕布", "Lǚ Bù"),
        ("José Müller", ""),
    ],
)
def test_pronunciation_reads_surnames_as_surnames(name: str, said: str) -> None:
    assert pronounce(name) == said


def test_profile_facts(db: Database, actor: Staff) -> None:
    guest = create_guest(
        db,
        actor,
        GuestDraft(
            "欧阳娜娜",
            tier=Tier.VIP,
            taboos=[
                Taboo("No lilies", TabooKind.TABOO, Severity.CAUTION),
                Taboo("忌数字4", TabooKind.TABOO, Severity.SERIOUS),
                Taboo("花生", TabooKind.ALLERGY, Severity.DANGER),
            ],
            preferences=[
                Preference("高楼层", PreferenceCategory.ROOM),
                Preference("普洱茶", PreferenceCategory.FOOD_DRINK),
                Preference("远离电梯", PreferenceCategory.ROOM),
            ],
            special_dates=[
                SpecialDate(SpecialDateKind.ANNIVERSARY, PartialDate(11, 25, 2010)),
                SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(11, 28, 1980)),
            ],
            stays=[
                Stay(date(2024, 5, 1), date(2024, 5, 3), "1808"),
                Stay(date(2026, 11, 24), date(2026, 11, 27), "2201"),
            ],
        ),
    )
    p = guest_profile(db, actor, guest.id, today=TODAY)
    assert [t.text for t in p.taboos] == ["花生", "忌数字4", "No lilies"]
    assert p.preferences == {
        PreferenceCategory.ROOM: ["高楼层", "远离电梯"],
        PreferenceCategory.FOOD_DRINK: ["普洱茶"],
    }
    assert [(u.kind, u.days_until, u.turning) for u in p.upcoming] == [
        (SpecialDateKind.ANNIVERSARY, 0, 16),
        (SpecialDateKind.BIRTHDAY, 3, 46),
    ]
    assert p.stays_count == 2 and p.in_house is not None and p.in_house.room == "2201"
    assert p.service_levels == DEFAULT_STANDARDS[Tier.VIP]
    assert p.pronunciation == "Ōuyáng Nànà"
    assert not p.has_photo


def test_service_standards_are_configurable_by_a_duty_manager(db: Database, actor: Staff) -> None:
    manager = make_staff(db, "mgr", role=Role.DUTY_MANAGER)
    table = dict(service_standards(db, actor))
    table[Tier.P] = (ServiceLevel.ANSWER, ServiceLevel.KEEP_IN_TOUCH)
    with pytest.raises(PermissionDenied):  # a receptionist
        set_service_standards(db, make_staff(db, "desk"), table)
    set_service_standards(db, manager, table)
    assert service_standards(db, actor)[Tier.P] == (ServiceLevel.ANSWER, ServiceLevel.KEEP_IN_TOUCH)
    guest = create_guest(db, actor, GuestDraft("王伟"))
    assert guest_profile(db, actor, guest.id).service_levels == table[Tier.P]


def test_photos_are_checked_and_stored(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    with pytest.raises(ValidationFailed, match="not a JPEG or PNG"):
        set_photo(db, actor, guest.id, b"GIF89a....", "image/png")
    with pytest.raises(ValidationFailed, match="damaged or incomplete"):
        set_photo(db, actor, guest.id, PNG[:-30], "image/png")
    set_photo(db, actor, guest.id, PNG, "image/png")
    kept = get_photo(db, actor, guest.id)
    assert kept is not None and kept.startswith(b"\xff\xd8\xff")  # kept as a JPEG made here
    assert guest_profile(db, actor, guest.id).has_photo
    set_photo(db, actor, guest.id, None)
    assert get_photo(db, actor, guest.id) is None


@pytest.mark.parametrize(
    ("name", "honorific", "written"),
    [
        ("诸葛亮", "先生", "诸葛亮 先生"),
        ("山田太郎", "様", "山田太郎 様"),
        ("Seán O'Brien", "Mr", "Mr Seán O'Brien"),
        ("José Müller", "Herr", "Herr José Müller"),
        ("王伟", "", "王伟"),
    ],
)
def test_honorific_goes_where_the_language_puts_it(name: str, honorific: str, written: str) -> None:
    from vipdesk.domain.pronunciation import addressed

    assert addressed(name, honorific) == written


def test_in_house_is_one_rule_for_the_profile_the_results_and_the_room_search(
    db: Database, actor: Staff
) -> None:
    """The arrival day counts, the departure day does not (the guest leaves); any current
    stay counts."""
    from vipdesk.domain.guest import GuestDraft
    from vipdesk.domain.stays import Stay, is_in_house
    from vipdesk.services.guests import create_guest
    from vipdesk.services.profile import guest_profile
    from vipdesk.services.search import search

    arrival, departure = date(2026, 5, 1), date(2026, 5, 3)
    guest = create_guest(
        db,
        actor,
        GuestDraft(
            name="In House",
            stays=[
                Stay(arrival, departure, room="808"),
                Stay(date(2026, 4, 1), date(2026, 4, 2), room="101"),  # an older stay, listed last
            ],
        ),
    )
    for today in (date(2026, 4, 30), arrival, date(2026, 5, 2), departure, date(2026, 5, 4)):
        assert is_in_house(Stay(arrival, departure), today) == (arrival <= today < departure)
        expected = is_in_house(Stay(arrival, departure), today)
        profile = guest_profile(db, actor, guest.id, today=today)
        assert (profile.in_house is not None) == expected, today
        by_room = [h.id for h in search(db, actor, "808", today=today)]
        assert (guest.id in by_room) == expected, today
        by_name = [h for h in search(db, actor, "In House", today=today) if h.id == guest.id]
        assert by_name[0].in_house == expected, today
