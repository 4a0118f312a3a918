"""A guest's own rights: a copy of everything held about them, erasure, and retention."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests import sqlite_files
from tests.accounts import make_staff
from vipdesk.domain.care import Channel, Outcome
from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    GuestDraft,
    Preference,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
)
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.stays import Stay
from vipdesk.services.care_contacts import log_contact, set_consent
from vipdesk.services.caution import set_caution
from vipdesk.services.complaints import annotate, list_complaints, log_complaint, report
from vipdesk.services.database import Database, open_desk
from vipdesk.services.duplicates import merge_guests
from vipdesk.services.errors import NotFound, PermissionDenied
from vipdesk.services.guest_copy import guest_copy, write_guest_copy_json
from vipdesk.services.guest_erasure import erase_guest, erase_guests, inactive_guests
from vipdesk.services.guest_export import export_guests
from vipdesk.services.guest_import import import_guests
from vipdesk.services.guests import count_guests, create_guest
from vipdesk.services.id_documents import add_id_document
from vipdesk.services.search import search
from vipdesk.services.stay_import import import_stays
from vipdesk.store.models import AuditRow, ComplaintEventRow, ErasedKeyRow, GuestRow

NAME = "诸葛明月"
PHONE = "+86 139 1234 5678"
EMAIL = "Zhuge.Canary@Example.com"
MEMBER = "CANARY-M1"
ALLERGY = "花生过敏 peanut-canary"
COMPLAINT = "房间有霉味 mildew-canary"
NOTE_TEXT = "follow-up-canary 回访"
CONTACT_TEXT = "called-canary 已致电"
CN_ID = "11010519491231002X"
TODAY = date(2026, 11, 30)
CANARIES = [NAME, "13912345678", "zhuge.canary", MEMBER, "peanut-canary", "mildew-canary",
            "follow-up-canary", "called-canary", "pref-canary", "notes-canary", "merged-canary"]  # fmt: skip


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A plain (unencrypted) database here: these tests read the file's bytes for what an
    erasure must remove, and encrypted bytes would pass for the wrong reason."""
    from vipdesk.store.db import open_database

    open_database(db_path).close()
    database = open_desk(db_path, create=False)
    yield database
    database.close()


def _rich_guest(db: Database, actor: Staff) -> int:
    draft = GuestDraft(
        name=NAME,
        member_no=MEMBER,
        latin_name="Zhuge Mingyue",
        phones=[normalise_phone(PHONE)],
        email=EMAIL,
        company="Canary Trading",
        notes="notes-canary 喜欢安静",
        preferences=[Preference("pref-canary 高楼层")],
        taboos=[Taboo(ALLERGY, TabooKind.ALLERGY)],
        special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(3, 14, 1980))],
        stays=[Stay(date(2026, 10, 1), date(2026, 10, 3), room="1808", notes="stay-canary")],
    )
    guest_id = create_guest(db, actor, draft).id
    merged = GuestDraft(
        name=NAME, phones=[normalise_phone("+86 139 0000 1111")], notes="merged-canary"
    )
    other = create_guest(db, actor, merged).id
    merge_guests(db, actor, guest_id, other)
    complaint = log_complaint(
        db,
        actor,
        ComplaintDraft(
            guest_id=guest_id,
            occurred_at=datetime(2026, 10, 2, 9),
            department="housekeeping",
            category="noise",
            severity=ComplaintSeverity.HIGH,
            description=COMPLAINT,
            real_reason="reason-canary",
            guest_wish="wish-canary",
        ),
        now=datetime(2026, 10, 2, 10),
    )
    annotate(db, actor, complaint.id, NOTE_TEXT)
    log_contact(db, actor, str(guest_id), Channel.PHONE, Outcome.REACHED, note=CONTACT_TEXT)
    set_consent(db, actor, guest_id, Channel.SMS, True, on=date(2026, 1, 1), how="how-canary")
    add_id_document(db, actor, guest_id, IdType.CN_ID, CN_ID, today=TODAY)
    set_caution(db, actor, guest_id, "other", "caution-canary")
    return guest_id


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for extra in (Path(f"{path}-wal"), Path(f"{path}-journal")):
        if extra.exists():
            data += extra.read_bytes()
    return data


# ---- the copy ------------------------------------------------------------------------


def test_the_copy_holds_everything_about_the_guest(
    db: Database, manager: Staff, actor: Staff, tmp_path: Path
) -> None:
    guest_id = _rich_guest(db, actor)
    copy = guest_copy(db, manager, guest_id)
    data = copy.as_json()
    assert data["profile"]["name"] == NAME and data["profile"]["member_no"] == MEMBER
    assert [p["e164"] for p in data["phones"]][:1] == ["+8613912345678"]
    assert data["taboos"][0]["text"] == ALLERGY
    assert data["preferences"][0]["text"].startswith("pref-canary")
    assert data["special_dates"][0]["month"] == 3
    assert data["stays"][0]["room"] == "1808"
    [complaint] = data["complaints"]
    assert complaint["description"] == COMPLAINT
    assert any(e["detail"].get("note") == NOTE_TEXT for e in complaint["events"])
    assert data["care_contacts"][0]["note"] == CONTACT_TEXT
    assert data["consents"][0]["channel"] == "sms"
    [document] = data["id_documents"]
    assert document["masked"].endswith("002X") and CN_ID not in json.dumps(data)
    assert data["caution"]["category"] == "other"
    assert data["merged_files"][0]["snapshot"]["notes"] == "merged-canary"
    assert {"create_guest", "edit_guest", "caution_set"} <= {e["action"] for e in data["audit"]}
    path = write_guest_copy_json(db, manager, guest_id, tmp_path / "copy.json")
    assert json.loads(path.read_text(encoding="utf-8"))["profile"]["name"] == NAME
    with db.read() as session:
        last = session.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
    assert last is not None
    assert (last.action, last.entity, last.entity_id) == ("export", "guest", guest_id)
    assert NAME not in last.detail


def test_only_duty_managers_and_admins_make_a_copy_or_erase(
    db: Database, actor: Staff, receptionist: Staff
) -> None:
    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    with pytest.raises(PermissionDenied):
        guest_copy(db, receptionist, guest_id)
    with pytest.raises(PermissionDenied):
        erase_guest(db, receptionist, guest_id, "asked")
    with pytest.raises(NotFound):
        guest_copy(db, actor, 999)


# ---- erasure -------------------------------------------------------------------------


def test_erasure_leaves_no_trace_in_the_file_but_reports_still_add_up(
    db_path: Path, db: Database, manager: Staff, actor: Staff, tmp_path: Path
) -> None:
    guest_id = _rich_guest(db, actor)
    before = report(db, actor, "2026-10")
    assert before.total == 1
    done = erase_guest(db, manager, guest_id, "the guest asked (email of 2026-11-30)")
    assert done.guest_id == guest_id and "backup" in done.backups_note
    after = report(db, actor, "2026-10")
    assert (after.total, after.by_category, after.by_department) == (
        1,
        before.by_category,
        before.by_department,
    )
    [listed] = list_complaints(db, actor, guest_id=guest_id)
    assert listed.guest_name == "" and listed.description == ""  # the edge says "Anonymised"
    for typed in (NAME, "zhuge", "13912345678", "5678", MEMBER, EMAIL, CN_ID, "mingyue"):
        assert search(db, actor, typed) == [], typed
    out = tmp_path / "all.csv"
    export_guests(db, actor, out)
    assert list(csv.DictReader(out.open(encoding="utf-8-sig"))) == []
    copy = guest_copy(db, manager, guest_id).as_json()
    assert copy["profile"]["name"] == "" and copy["erased"]["reason"].startswith("the guest")
    assert copy["stays"][0]["room"] == "1808" and copy["stays"][0]["arrival"] == "2026-10-01"
    with db.read() as session:
        row = session.get(GuestRow, guest_id)
        assert row is not None and row.name == "" and row.member_no is None
        audit = session.scalars(select(AuditRow).where(AuditRow.action == "erase_guest")).one()
        assert audit.entity_id == guest_id and "asked" not in audit.detail
        assert session.scalars(select(ErasedKeyRow.kind)).all()
        for event in session.scalars(select(ComplaintEventRow)):
            assert "canary" not in event.detail
    db.close()
    raw = _file_bytes(db_path)
    for canary in CANARIES:
        assert canary.encode() not in raw, canary
    assert "霉味".encode() not in raw and "花生".encode() not in raw


def test_an_erased_guest_does_not_come_back_by_import(
    db: Database, manager: Staff, actor: Staff, tmp_path: Path
) -> None:
    guest_id = _rich_guest(db, actor)
    erase_guest(db, manager, guest_id, "asked")
    guests_before = count_guests(db, actor)
    path = tmp_path / "guests.csv"
    path.write_text(
        "name,member_no,phone,email\n"
        f"{NAME},{MEMBER},,\n"
        f"{NAME},,13912345678,\n"
        f"Someone,,,{EMAIL.upper()}\n"
        "李雷,,13800000000,\n",
        encoding="utf-8",
    )
    summary = import_guests(db, actor, path, rejects_path=tmp_path / "rejects.csv")
    assert (summary.imported, summary.rejected) == (1, 3)
    assert all("erased on 20" in reason for _line, reason in summary.reject_samples)
    assert count_guests(db, actor) == guests_before + 1
    assert search(db, actor, NAME) == []
    stays = tmp_path / "stays.csv"
    stays.write_text(
        "confirmation_no,name,member_no,phone,arrival,departure\n"
        f"R1,{NAME},{MEMBER},,2026-12-01,2026-12-03\n"
        f"R2,{NAME},,13912345678,2026-12-01,2026-12-03\n"
        "R3,李雷,,13800000000,2026-12-01,2026-12-03\n",
        encoding="utf-8",
    )
    stay_summary = import_stays(db, actor, stays)
    assert (stay_summary.imported, stay_summary.rejected) == (1, 2)
    assert all("erased on" in reason for _line, reason in stay_summary.reject_samples)


def test_a_guest_is_erased_once(db: Database, manager: Staff, actor: Staff) -> None:
    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    erase_guest(db, manager, guest_id, "asked")
    with pytest.raises(NotFound):
        erase_guest(db, manager, 12345, "asked")
    again = erase_guest(db, manager, guest_id, "asked")
    assert again.already


def test_the_backups_note_says_when_the_last_copy_rotates_out(
    db_path: Path, db: Database, manager: Staff, actor: Staff
) -> None:
    from vipdesk.services.auto_backup import daily_backup

    # The copies are stamped with the clock's date, so this test runs on the real today.
    today = date.today()
    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    daily_backup(db, actor, today=today - timedelta(days=1))
    daily_backup(db, actor, today=today)
    done = erase_guest(db, manager, guest_id, "asked", today=today)
    assert done.backups_hold == 2
    assert done.backups_gone_by is not None and done.backups_gone_by > today
    assert done.backups_gone_by <= today + timedelta(days=35)
    assert done.backups_gone_by.isoformat() in done.backups_note


@pytest.mark.sqlite_only("the file's own copies (a server's backups: the next test)")
def test_a_new_file_without_copies_says_no_backup_holds_the_guest(
    db: Database, manager: Staff, actor: Staff
) -> None:
    guest_id = create_guest(db, actor, GuestDraft(name="王伟")).id
    done = erase_guest(db, manager, guest_id, "asked", today=TODAY)
    assert done.backups_note == "No backup holds this guest."


def test_on_a_server_the_note_says_its_own_backups_still_hold_the_guest(
    pg_db: Database,
) -> None:
    """vipdesk neither keeps nor sees a server's backups (pg_dump files, the server's own):
    never "no backup holds this guest" there."""
    admin = make_staff(pg_db, "anna", Role.ADMIN)
    manager = make_staff(pg_db, "mgr", Role.DUTY_MANAGER)
    guest_id = create_guest(pg_db, admin, GuestDraft(name="王伟")).id
    done = erase_guest(pg_db, manager, guest_id, "asked", today=TODAY)
    assert done.backups.on_server and done.backups_hold == 0
    assert "No backup" not in done.backups_note
    assert "pg_dump" in done.backups_note and "until they rotate out" in done.backups_note


# ---- retention -----------------------------------------------------------------------


def test_inactive_guests_are_listed_for_review_then_erased_as_a_batch(
    db: Database, manager: Staff, actor: Staff
) -> None:
    old = create_guest(
        db, actor, GuestDraft(name="老客人", stays=[Stay(date(2021, 5, 1), date(2021, 5, 2))])
    ).id
    recent = create_guest(
        db, actor, GuestDraft(name="新客人", stays=[Stay(date(2026, 5, 1), date(2026, 5, 2))])
    ).id
    never = create_guest(db, actor, GuestDraft(name="没住过")).id
    with db.write() as session:  # made long ago, never stayed
        row = session.get(GuestRow, never)
        assert row is not None
        row.created_at = datetime(2020, 1, 1)
    fresh = create_guest(db, actor, GuestDraft(name="刚登记")).id
    found = inactive_guests(db, manager, years=3, today=TODAY)
    assert [g.guest_id for g in found] == [never, old]
    assert found[1].last_stay == date(2021, 5, 2)
    assert recent not in {g.guest_id for g in found} and fresh not in {g.guest_id for g in found}
    done = erase_guests(db, manager, [g.guest_id for g in found], "retention: 3 years", today=TODAY)
    assert [d.guest_id for d in done] == [never, old]
    assert inactive_guests(db, manager, years=3, today=TODAY) == []  # erased ones are not listed
    assert [h.id for h in search(db, actor, "新客人")] == [recent]


def test_the_role_table_covers_guest_data_rights(db: Database) -> None:
    clerk = make_staff(db, "clerk", Role.RECEPTIONIST)
    with pytest.raises(PermissionDenied):
        inactive_guests(db, clerk, years=3)


def test_an_erased_file_opens_cleanly_afterwards(
    db_path: Path, db: Database, manager: Staff, actor: Staff
) -> None:
    guest_id = _rich_guest(db, actor)
    erase_guest(db, manager, guest_id, "asked")
    db.close()
    with sqlite_files.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    again = open_desk(db_path)
    try:
        assert guest_copy(again, manager, guest_id).as_json()["profile"]["name"] == ""
    finally:
        again.close()


def test_an_erased_guest_in_house_is_not_found_by_room(
    db: Database, manager: Staff, actor: Staff
) -> None:
    today = date.today()
    stay = Stay(today - timedelta(days=1), today + timedelta(days=2), room="2808")
    guest_id = create_guest(db, actor, GuestDraft(name="王伟", stays=[stay])).id
    assert [h.id for h in search(db, actor, "2808", today=today)] == [guest_id]
    erase_guest(db, manager, guest_id, "asked")
    assert search(db, actor, "2808", today=today) == []
