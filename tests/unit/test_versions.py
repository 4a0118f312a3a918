"""Every editable record carries a version: a save made against an older one is refused."""

from __future__ import annotations

import pytest

from tests.accounts import make_staff
from vipdesk.domain.complaints import ComplaintCodes
from vipdesk.domain.guest import GuestDraft, Severity, Taboo, TabooKind
from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.complaint_codes import complaint_codes_versioned, set_complaint_codes
from vipdesk.services.database import Database, is_server
from vipdesk.services.errors import ChangedMeanwhile
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.services.hotel import Hotel, get_hotel, set_hotel
from vipdesk.services.profile import service_standards_versioned, set_service_standards

PEANUT = Taboo("PEANUT anaphylaxis", TabooKind.ALLERGY, Severity.DANGER)


def test_a_guest_save_against_an_older_version_is_refused_and_names_the_change(
    db: Database, actor: Staff
) -> None:
    li_wei = make_staff(db, "liwei", display_name="Li Wei")
    opened = create_guest(db, actor, GuestDraft("Chen Jing"))
    assert opened.version == 1
    window_a, window_b = opened.draft(), opened.draft()
    window_a.taboos = [PEANUT]
    saved = update_guest(db, li_wei, opened.id, window_a, version=opened.version, base=opened)
    assert saved.version == 2
    window_b.notes = "late checkout"
    with pytest.raises(ChangedMeanwhile) as info:
        update_guest(db, actor, opened.id, window_b, version=opened.version, base=opened)
    assert (info.value.changed_by, info.value.changed, info.value.version) == (
        "Li Wei",
        ("taboos",),
        2,
    )
    assert info.value.changed_at is not None
    # On a shared server the other person sat at another counter; on a file, another window.
    where = "at another counter" if is_server(db) else "in another window"
    assert str(info.value).startswith(f"changed {where} by Li Wei at ")
    assert info.value.at_counter is is_server(db)
    # Without the form's start it names every field the save would overwrite.
    with pytest.raises(ChangedMeanwhile) as info:
        update_guest(db, actor, opened.id, window_b, version=opened.version)
    assert info.value.changed == ("notes", "taboos")
    assert get_guest(db, actor, opened.id).taboos == [PEANUT]
    # Reloaded, the change goes through on top of theirs.
    fresh = get_guest(db, actor, opened.id)
    fresh.notes = "late checkout"
    kept = update_guest(db, actor, opened.id, fresh, version=fresh.version)
    assert (kept.taboos, kept.notes, kept.version) == ([PEANUT], "late checkout", 3)


@pytest.fixture
def managers(db: Database) -> tuple[Staff, Staff]:
    return (
        make_staff(db, "liwei", display_name="Li Wei", role=Role.DUTY_MANAGER),
        make_staff(db, "zhang", display_name="Zhang Min", role=Role.DUTY_MANAGER),
    )


def test_hotel_details_saved_against_an_older_version_are_refused(
    db: Database, managers: tuple[Staff, Staff]
) -> None:
    li_wei, zhang = managers
    opened = get_hotel(db, zhang)
    assert opened.version == 0
    set_hotel(db, li_wei, Hotel(name="Grand", phone="+86 10 1234"), version=opened.version)
    with pytest.raises(ChangedMeanwhile, match="by Li Wei at") as info:
        set_hotel(db, zhang, Hotel(name="Grand Hotel"), version=opened.version)
    assert info.value.changed == ("name", "phone")
    stored = get_hotel(db, zhang)
    assert stored == Hotel(name="Grand", phone="+86 10 1234") and stored.version == 1
    set_hotel(db, zhang, Hotel(name="Grand Hotel", phone=stored.phone), version=stored.version)
    assert get_hotel(db, zhang).version == 2


def test_complaint_lists_and_service_standards_carry_versions(
    db: Database, managers: tuple[Staff, Staff]
) -> None:
    li_wei, zhang = managers
    codes, version = complaint_codes_versioned(db, zhang)
    set_complaint_codes(db, li_wei, codes, version=version)
    with pytest.raises(ChangedMeanwhile, match="Li Wei"):
        set_complaint_codes(db, zhang, ComplaintCodes(), version=version)
    assert complaint_codes_versioned(db, zhang)[1] == version + 2  # both lists were written
    standards, version = service_standards_versioned(db, zhang)
    changed = {**standards, Tier.P: tuple(ServiceLevel)}
    set_service_standards(db, li_wei, changed, version=version)
    with pytest.raises(ChangedMeanwhile, match="Li Wei") as info:
        set_service_standards(db, zhang, standards, version=version)
    assert "P" in info.value.changed
