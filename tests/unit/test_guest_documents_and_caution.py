"""ID documents found by their number, and the caution list as each role sees it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests import sqlite_files
from vipdesk.domain.caution import CautionCategory
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.staff import Staff
from vipdesk.services.caution import caution_of, clear_caution, set_caution
from vipdesk.services.database import Database
from vipdesk.services.errors import Conflict, PermissionDenied, ServiceError
from vipdesk.services.guests import create_guest
from vipdesk.services.id_documents import add_id_document, id_documents, remove_id_document
from vipdesk.services.search import hit_as_json, search

CN_ID = "11010519491231002X"
TODAY = date(2026, 11, 30)


@pytest.fixture
def guest_id(db: Database, actor: Staff) -> int:
    return create_guest(db, actor, GuestDraft(name="赵敏")).id


def test_a_typed_or_scanned_id_number_finds_the_guest(
    db: Database, receptionist: Staff, guest_id: int
) -> None:
    shown = add_id_document(db, receptionist, guest_id, IdType.CN_ID, CN_ID, today=TODAY)
    assert shown.masked == "**************002X" and shown.country == "CN"
    for typed in (
        CN_ID,
        CN_ID.lower(),
        "110105 19491231 002X",
        "１１０１０５１９４９１２３１００２Ｘ",
    ):
        hits = search(db, receptionist, typed)
        assert [h.id for h in hits][:1] == [guest_id], typed
        assert hits[0].matched_field == "id_document"
    # One digit off finds nobody by document.
    assert all(
        h.matched_field != "id_document" for h in search(db, receptionist, CN_ID[:-2] + "1X")
    )


@pytest.mark.sqlite_only("the bytes of the SQLite file")
def test_the_number_itself_is_never_in_the_database_file(
    db: Database, actor: Staff, guest_id: int, db_path: Path
) -> None:
    add_id_document(db, actor, guest_id, IdType.PASSPORT, "E98765432", "CN", today=TODAY)
    add_id_document(db, actor, guest_id, IdType.CN_ID, CN_ID, today=TODAY)
    db.close()
    with sqlite_files.connect(db_path) as raw:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dumped = "\n".join(
            repr(row) for t in tables for row in raw.execute(f'SELECT * FROM "{t}"').fetchall()
        )
    assert "E98765432" not in dumped and CN_ID not in dumped and "19491231" not in dumped
    assert "5432" in dumped and "002X" in dumped  # the last four, for display


def test_a_bad_number_is_refused_with_its_reason(db: Database, actor: Staff, guest_id: int) -> None:
    with pytest.raises(ServiceError) as refused:
        add_id_document(db, actor, guest_id, "cn_id", "110105194912310021", today=TODAY)
    assert refused.value.code == "id_cn_check"
    with pytest.raises(ServiceError) as refused:
        add_id_document(db, actor, guest_id, "driving_licence", "X1234567", today=TODAY)
    assert refused.value.code == "id_type"
    assert id_documents(db, actor, guest_id) == []


def test_one_document_on_two_files_is_refused_without_naming_the_other(
    db: Database, actor: Staff, guest_id: int
) -> None:
    other = create_guest(db, actor, GuestDraft(name="张无忌")).id
    add_id_document(db, actor, guest_id, IdType.CN_ID, CN_ID, today=TODAY)
    with pytest.raises(Conflict) as refused:
        add_id_document(db, actor, other, IdType.CN_ID, CN_ID, today=TODAY)
    assert refused.value.code == "id_taken" and "赵敏" not in str(refused.value)


def test_a_document_added_by_mistake_can_be_removed(
    db: Database, actor: Staff, guest_id: int
) -> None:
    doc = add_id_document(db, actor, guest_id, IdType.HK_MACAU, "C12345678", today=TODAY)
    remove_id_document(db, actor, doc.id)
    assert id_documents(db, actor, guest_id) == []
    assert all(h.matched_field != "id_document" for h in search(db, actor, "C12345678"))


def test_the_desk_sees_the_caution_mark_and_only_managers_see_why(
    db: Database, receptionist: Staff, manager: Staff, guest_id: int
) -> None:
    set_caution(db, manager, guest_id, CautionCategory.UNPAID_BILL, "left without paying 2 nights")
    seen = caution_of(db, receptionist, guest_id)
    assert seen is not None and seen.restricted
    assert seen.reason == "" and seen.category is None and seen.set_by == ""
    full = caution_of(db, manager, guest_id)
    assert full is not None and not full.restricted
    assert full.category is CautionCategory.UNPAID_BILL
    assert full.reason == "left without paying 2 nights" and full.set_by == "王经理"
    [hit] = search(db, receptionist, "赵敏")
    assert hit.caution and hit_as_json(hit)["caution"] is True


def test_only_duty_managers_flag_and_clear(
    db: Database, receptionist: Staff, manager: Staff, guest_id: int
) -> None:
    with pytest.raises(PermissionDenied):
        set_caution(db, receptionist, guest_id, "damage", "broke the TV")
    set_caution(db, manager, guest_id, "damage", "broke the TV")
    with pytest.raises(PermissionDenied):
        clear_caution(db, receptionist, guest_id)
    assert clear_caution(db, manager, guest_id)
    assert caution_of(db, manager, guest_id) is None
    assert not clear_caution(db, manager, guest_id)


def test_a_flag_needs_a_reason_and_a_known_category(
    db: Database, manager: Staff, guest_id: int
) -> None:
    with pytest.raises(ServiceError) as refused:
        set_caution(db, manager, guest_id, "damage", "   ")
    assert refused.value.code == "caution_reason_missing"
    with pytest.raises(ServiceError) as refused:
        set_caution(db, manager, guest_id, "rude", "x")
    assert refused.value.code == "caution_category"


def test_caution_changes_are_audited_without_the_reason(
    db: Database, manager: Staff, guest_id: int
) -> None:
    from sqlalchemy import select

    from vipdesk.store.models import AuditRow

    set_caution(db, manager, guest_id, "security", "secret-reason-text")
    clear_caution(db, manager, guest_id)
    with db.read() as session:
        rows = session.execute(
            select(AuditRow.action, AuditRow.entity_id, AuditRow.detail).where(
                AuditRow.action.like("caution%")
            )
        ).all()
    assert [(a, e) for a, e, _ in rows] == [("caution_set", guest_id), ("caution_clear", guest_id)]
    assert all("secret-reason-text" not in d for _, _, d in rows)
