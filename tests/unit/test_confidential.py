"""Confidential guests: the desk can never confirm they are here; duty managers see who."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vipdesk.domain.guest import GuestDraft, Taboo, TabooKind
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay
from vipdesk.services.confidential import clear_confidential, set_confidential
from vipdesk.services.database import Database
from vipdesk.services.duplicates import find_duplicates
from vipdesk.services.errors import NotFound, PermissionDenied, ServiceError
from vipdesk.services.guests import create_guest, find_by_member_no_or_id
from vipdesk.services.id_documents import add_id_document
from vipdesk.services.profile import guest_profile
from vipdesk.services.search import hit_as_json, search
from vipdesk.services.today import day_board

TODAY = date.today()
ALIAS = "Mr Green"
CN_ID = "11010519491231002X"


@pytest.fixture
def star(db: Database, actor: Staff, manager: Staff) -> int:
    guest = create_guest(
        db,
        actor,
        GuestDraft(
            "周杰伦",
            member_no="M-STAR",
            phones=[normalise_phone("13912345678")],
            company="杰威尔音乐",
            email="jay@example.com",
            taboos=[Taboo("peanuts", TabooKind.ALLERGY)],
            stays=[Stay(TODAY - timedelta(days=1), TODAY + timedelta(days=2), room="1808")],
        ),
    )
    add_id_document(db, actor, guest.id, IdType.CN_ID, CN_ID, today=TODAY)
    set_confidential(db, manager, guest.id, ALIAS)
    return guest.id


@pytest.mark.parametrize("typed", ["周杰伦", "zhoujielun", "zjl", "13912345678", "5678", "M-STAR",
                                   "jay@example.com", "杰威尔", CN_ID])  # fmt: skip
def test_the_real_name_phone_number_or_id_find_nothing_for_the_desk(
    db: Database, receptionist: Staff, manager: Staff, star: int, typed: str
) -> None:
    assert star not in [h.id for h in search(db, receptionist, typed)]
    assert star in [h.id for h in search(db, manager, typed)]  # managers find them as ever


def test_the_alias_finds_them_and_shows_nothing_else(
    db: Database, receptionist: Staff, star: int
) -> None:
    for typed in ("Mr Green", "green", "mr g"):
        [hit] = [h for h in search(db, receptionist, typed) if h.id == star]
    shown = hit_as_json(hit)
    assert shown["name"] == ALIAS and shown["confidential"] is True
    assert shown["phone_tail"] == "" and shown["birthday"] is None and shown["company"] == ""
    assert shown["member_no"] is None
    assert "周" not in str(shown) and "5678" not in str(shown)


def test_duty_managers_see_the_real_name_with_the_mark(
    db: Database, manager: Staff, star: int
) -> None:
    [hit] = [h for h in search(db, manager, "Mr Green") if h.id == star]
    assert hit.name == "周杰伦" and hit.confidential
    profile = guest_profile(db, manager, star)
    assert profile.guest.name == "周杰伦" and profile.confidential_alias == ALIAS


def test_the_desks_profile_is_the_alias_with_what_serving_them_needs(
    db: Database, receptionist: Staff, star: int
) -> None:
    profile = guest_profile(db, receptionist, star)
    g = profile.guest
    assert g.name == ALIAS and g.member_no is None and g.phones == [] and g.company == ""
    assert g.email == "" and profile.id_documents == () and not profile.has_photo
    assert [t.text for t in profile.taboos] == ["peanuts"]  # the allergy still protects them
    assert profile.in_house is not None and profile.in_house.room == "1808"


def test_a_real_member_number_never_confirms_them(
    db: Database, receptionist: Staff, manager: Staff, star: int
) -> None:
    with pytest.raises(NotFound):
        find_by_member_no_or_id(db, receptionist, "M-STAR")
    assert find_by_member_no_or_id(db, receptionist, str(star)).name == ALIAS
    assert find_by_member_no_or_id(db, manager, "M-STAR").name == "周杰伦"


def test_the_board_shows_the_alias(db: Database, receptionist: Staff, star: int) -> None:
    board = day_board(db, receptionist, TODAY)
    names = [line.name for line in board.in_house if line.guest_id == star]
    assert names == [ALIAS]


def test_a_duplicate_warning_never_reveals_them(
    db: Database, receptionist: Staff, star: int
) -> None:
    draft = GuestDraft("周杰伦", phones=[normalise_phone("13912345678")])
    [candidate] = find_duplicates(db, receptionist, draft)
    assert candidate.guest_id == 0 and candidate.name == "ask the duty manager"
    assert candidate.member_no is None and candidate.reasons == ()


def test_only_duty_managers_mark_and_unmark(
    db: Database, actor: Staff, receptionist: Staff, manager: Staff
) -> None:
    guest = create_guest(db, actor, GuestDraft("王菲")).id
    with pytest.raises(PermissionDenied):
        set_confidential(db, receptionist, guest, "Ms Blue")
    with pytest.raises(ServiceError) as refused:
        set_confidential(db, manager, guest, "王菲")
    assert refused.value.code == "alias_is_name"
    set_confidential(db, manager, guest, "Ms Blue")
    with pytest.raises(PermissionDenied):
        clear_confidential(db, receptionist, guest)
    assert clear_confidential(db, manager, guest)
    assert [h.name for h in search(db, receptionist, "王菲")] == ["王菲"]


def test_complaints_show_the_desk_the_alias(
    db: Database, receptionist: Staff, manager: Staff, star: int
) -> None:
    from datetime import datetime

    from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
    from vipdesk.services.complaints import get_complaint, list_complaints, log_complaint

    draft = ComplaintDraft(
        guest_id=star,
        occurred_at=datetime(2026, 11, 1, 10),
        department="housekeeping",
        category="noise",
        severity=ComplaintSeverity.LOW,
        description="loud",
    )
    logged = log_complaint(db, manager, draft, now=datetime(2026, 11, 1, 11))
    assert [c.guest_name for c in list_complaints(db, receptionist)] == [ALIAS]
    assert get_complaint(db, receptionist, logged.id).guest_name == ALIAS
    assert get_complaint(db, manager, logged.id).guest_name == "周杰伦"


def test_the_desk_cannot_overwrite_a_confidential_file_with_what_it_sees(
    db: Database, receptionist: Staff, manager: Staff, star: int
) -> None:
    from vipdesk.services.guests import get_guest, update_guest
    from vipdesk.services.photos import set_photo

    seen = find_by_member_no_or_id(db, receptionist, str(star))
    with pytest.raises(PermissionDenied) as refused:
        update_guest(db, receptionist, star, seen.draft(), version=seen.version, base=seen)
    assert refused.value.code == "confidential_edit"
    with pytest.raises(PermissionDenied):
        set_photo(db, receptionist, star, None)
    assert get_guest(db, receptionist, star).name == ALIAS
    assert get_guest(db, manager, star).name == "周杰伦"
    assert get_guest(db, manager, star).phones
