"""Views, prints and exports go into the audit trail, by id or file name only."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from tests import sql
from vipdesk.domain.staff import Staff
from vipdesk.services.audit import record_output
from vipdesk.services.database import Database
from vipdesk.services.demo import fill_demo
from vipdesk.services.guest_export import export_guests
from vipdesk.services.profile import guest_profile, view_profile


def _entries(db: Database) -> list[tuple[str, str, int | None, dict]]:
    conn = sql.connect(db)
    try:
        rows = conn.execute("SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id")
        return [(a, e, i, json.loads(d)) for a, e, i, d in rows.fetchall()]
    finally:
        conn.close()


def _after(db: Database, before: int) -> list[tuple[str, str, int | None, dict]]:
    return _entries(db)[before:]


def test_showing_a_profile_is_a_view_by_id(db: Database, actor: Staff) -> None:
    fill_demo(db, actor, 3)
    before = len(_entries(db))
    profile = view_profile(db, actor, 2)
    assert _after(db, before) == [("view_guest", "guest", 2, {})]
    assert profile.guest.name not in json.dumps(_entries(db), ensure_ascii=False)


def test_the_same_profile_shown_again_soon_is_one_view(db: Database, actor: Staff) -> None:
    fill_demo(db, actor, 3)
    before = len(_entries(db))
    view_profile(db, actor, 1)
    view_profile(db, actor, 1)  # the panel reloads it after a save elsewhere
    view_profile(db, actor, 2)
    view_profile(db, actor, 1)  # another guest between: a new look
    assert [e[2] for e in _after(db, before)] == [1, 2, 1]


def test_the_same_profile_much_later_is_a_new_view(db: Database, actor: Staff, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services import audit as audit_module

    fill_demo(db, actor, 2)
    before = len(_entries(db))
    view_profile(db, actor, 1)
    monkeypatch.setattr(audit_module, "REPEAT_WINDOW", timedelta(seconds=-1))
    view_profile(db, actor, 1)
    assert [e[0] for e in _after(db, before)] == ["view_guest", "view_guest"]


def test_reading_a_profile_for_a_card_is_not_a_view(db: Database, actor: Staff) -> None:
    fill_demo(db, actor, 2)
    before = len(_entries(db))
    guest_profile(db, actor, 1)
    assert _after(db, before) == []


def test_prints_name_guests_by_id_and_files_by_base_name(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    before = len(_entries(db))
    record_output(db, actor, "print", "card", guests=[3], file=tmp_path / "x" / "c.pdf")
    record_output(db, actor, "print", "regcard", guests=[3, 4, 3])
    record_output(db, actor, "print", "call_sheet", day="2026-11-30")
    assert _after(db, before) == [
        ("print", "guest", 3, {"what": "card", "file": "c.pdf"}),
        ("print", "document", None, {"what": "regcard", "guests": [3, 4]}),
        ("print", "document", None, {"what": "call_sheet", "day": "2026-11-30"}),
    ]


def test_exporting_guests_is_recorded_with_the_file_name(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    fill_demo(db, actor, 4)
    before = len(_entries(db))
    export_guests(db, actor, tmp_path / "all.csv")
    assert _after(db, before) == [
        ("export", "document", None, {"what": "guests", "file": "all.csv", "count": 4})
    ]


def test_a_skipped_care_task_is_recorded_without_its_reason(db: Database, actor: Staff) -> None:
    from datetime import date

    from tests.unit.test_care_service import guest
    from vipdesk.domain.care import TaskKind
    from vipdesk.domain.stays import Stay
    from vipdesk.services import care, care_contacts

    guest(db, actor, "李雷", stays=[Stay(date(2024, 12, 1), date(2024, 12, 3))])
    (wake,) = [
        i for i in care.plan(db, actor, date(2026, 2, 16)) if i.task.kind is TaskKind.WAKE_UP
    ]
    care_contacts.skip_task(db, actor, wake.id, "李雷 moved to Canada, see 138 0000 0000")
    (action, entity, _guest, detail) = _entries(db)[-1]
    assert (action, entity) == ("skip", "care_task")
    assert "Canada" not in json.dumps(detail, ensure_ascii=False)
    assert detail == {"task": wake.id, "fields": ["reason"]}


def test_a_guests_entries_are_found_by_the_object_and_by_the_detail(
    db: Database, actor: Staff
) -> None:
    """The audit page's guest filter (`audit list --guest`): the guest as the entry's object
    or named in its detail (a merge, a print of several), on both engines."""
    from vipdesk.services.audit import audit
    from vipdesk.services.audit_trail import list_entries

    with db.write() as session:
        audit(session, actor, "view_guest", "guest", 7)
        audit(session, actor, "merge_guests", "guest", 3, merged=7)
        audit(session, actor, "print", "document", None, what="card", guests=[5, 7, 9])
        audit(session, actor, "link", "stay", 40, guest=7)
        audit(session, actor, "compare", "guest", 2, other=7)
        audit(session, actor, "print", "document", None, what="card", guests=[70, 8])
        audit(session, actor, "view_guest", "guest", 70)
        audit(session, actor, "edit_note", "stay", 7, guest="7")  # a string is not the id
    found = [(e.action, e.entity, e.entity_id) for e in list_entries(db, actor, guest_id=7)]
    assert found == [
        ("compare", "guest", 2),
        ("link", "stay", 40),
        ("print", "document", None),
        ("merge_guests", "guest", 3),
        ("view_guest", "guest", 7),
    ]
