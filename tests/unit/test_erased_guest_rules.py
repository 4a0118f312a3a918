"""An erased guest stays erased: no edit brings a name back, and lists say who it was not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay
from vipdesk.services.database import Database
from vipdesk.services.errors import ServiceError
from vipdesk.services.guest_erasure import erase_guest
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.services.id_documents import add_id_document
from vipdesk.services.photos import set_photo
from vipdesk.services.today import day_board

TODAY = date.today()


@pytest.fixture
def erased(db: Database, actor: Staff, manager: Staff) -> int:
    stay = Stay(TODAY - timedelta(days=1), TODAY + timedelta(days=2), room="1808")
    guest = create_guest(db, actor, GuestDraft("欧阳明月", stays=[stay])).id
    erase_guest(db, manager, guest, "asked")
    return guest


def test_an_erased_file_cannot_be_given_a_name_again(
    db: Database, actor: Staff, erased: int
) -> None:
    record = get_guest(db, actor, erased)
    with pytest.raises(ServiceError) as refused:
        update_guest(db, actor, erased, GuestDraft("欧阳明月"), version=record.version, base=record)
    assert refused.value.code == "guest_erased"
    with pytest.raises(ServiceError) as refused:
        set_photo(db, actor, erased, None)
    assert refused.value.code == "guest_erased"
    with pytest.raises(ServiceError) as refused:
        add_id_document(db, actor, erased, IdType.PASSPORT, "E1234567", "CN", today=TODAY)
    assert refused.value.code == "guest_erased"


def test_the_board_keeps_an_erased_guest_in_house_without_a_name(
    db: Database, actor: Staff, erased: int
) -> None:
    """The screen and print name them in their reader's language (tests/ui/test_anonymised_names)."""
    names = [line.name for line in day_board(db, actor, TODAY).in_house if line.guest_id == erased]
    assert names == [""]
