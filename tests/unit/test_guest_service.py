from datetime import date

import pytest

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
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.errors import Conflict, NotFound, ValidationFailed
from vipdesk.services.guests import (
    count_guests,
    create_guest,
    find_by_member_no_or_id,
    get_guest,
    list_guests,
    update_guest,
)


def _draft(**overrides) -> GuestDraft:  # type: ignore[no-untyped-def]
    base = GuestDraft(
        name="歐陽娜娜",
        member_no="M100",
        latin_name="Ouyang Nana",
        honorific="女士",
        phones=[normalise_phone("+86 138-0013-8000")],
        tier=Tier.VVIP,
        preferences=[Preference("高楼层", PreferenceCategory.ROOM)],
        taboos=[Taboo("花生", TabooKind.ALLERGY, Severity.DANGER)],
        special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(3, 5))],
        stays=[Stay(date(2026, 1, 2), date(2026, 1, 5), "1808")],
    )
    for key, value in overrides.items():
        setattr(base, key, value)
    return base


def test_create_and_read_back_everything(db: Database, actor: Staff) -> None:
    created = create_guest(db, actor, _draft())
    again = get_guest(db, actor, created.id)
    assert again == created
    assert again.phones[0].original == "+86 138-0013-8000"
    assert again.birthday() == PartialDate(3, 5)
    assert again.created_at is not None
    assert find_by_member_no_or_id(db, actor, "M100").id == created.id
    assert find_by_member_no_or_id(db, actor, str(created.id)).id == created.id


def test_member_number_is_unique_when_present(db: Database, actor: Staff) -> None:
    create_guest(db, actor, _draft())
    with pytest.raises(Conflict, match="M100"):
        create_guest(db, actor, _draft(name="Someone else"))
    create_guest(db, actor, _draft(member_no=None))
    create_guest(db, actor, _draft(member_no=None))
    assert count_guests(db, actor) == 3


def test_invalid_draft_names_every_field(db: Database, actor: Staff) -> None:
    with pytest.raises(ValidationFailed) as info:
        create_guest(
            db,
            actor,
            _draft(name="", email="nope", stays=[Stay(date(2026, 1, 5), date(2026, 1, 2))]),
        )
    fields = {e.field for e in info.value.errors}
    assert fields == {"name", "email", "stays"}
    assert count_guests(db, actor) == 0


def test_update_replaces_children_atomically(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, _draft())
    changed = _draft(preferences=[Preference("Oat milk", PreferenceCategory.FOOD_DRINK)], taboos=[])
    updated = update_guest(db, actor, guest.id, changed, version=guest.version)
    assert updated.preferences == [Preference("Oat milk", PreferenceCategory.FOOD_DRINK)]
    assert updated.taboos == []
    other = create_guest(db, actor, _draft(member_no="M200"))
    with pytest.raises(Conflict):
        update_guest(
            db, actor, other.id, _draft(member_no="M100", name="changed"), version=other.version
        )
    assert get_guest(db, actor, other.id).name == "歐陽娜娜"


def test_missing_guest(db: Database, actor: Staff) -> None:
    with pytest.raises(NotFound):
        get_guest(db, actor, 12345)


def test_list_puts_highest_tier_first(db: Database, actor: Staff) -> None:
    create_guest(db, actor, _draft(member_no="1", name="B", tier=Tier.P))
    create_guest(db, actor, _draft(member_no="2", name="A", tier=Tier.VVVIP))
    create_guest(db, actor, _draft(member_no="3", name="C", tier=Tier.VIP))
    assert [g.name for g in list_guests(db, actor)] == ["A", "C", "B"]
