"""Complaints: the workflow can only move legally, every change leaves one history entry."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tests.accounts import make_staff
from vipdesk.domain.complaints import (
    TRANSITIONS,
    Category,
    ComplaintDraft,
    ComplaintSeverity,
    Status,
)
from vipdesk.domain.guest import GuestDraft, Stay
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.complaints import (
    annotate,
    change_status,
    get_complaint,
    list_complaints,
    log_complaint,
    report,
)
from vipdesk.services.database import Database, is_server, open_desk
from vipdesk.services.errors import (
    ChangedMeanwhile,
    Conflict,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from vipdesk.services.guests import create_guest
from vipdesk.services.profile import guest_profile

NOW = datetime(2026, 11, 25, 12, 0)


def draft(guest_id: int, **kw) -> ComplaintDraft:  # type: ignore[no-untyped-def]
    values = dict(
        guest_id=guest_id,
        occurred_at=NOW - timedelta(hours=3),
        department="housekeeping",
        category=Category.NOISE,
        severity=ComplaintSeverity.HIGH,
        description="空调噪音很大，一夜没睡好 / Air conditioner too loud all night",
    )
    values.update(kw)
    return ComplaintDraft(**values)  # type: ignore[arg-type]


def test_log_fills_in_returning_guest_and_default_deadline(db: Database, actor: Staff) -> None:
    guest = create_guest(
        db,
        actor,
        GuestDraft(
            "诸葛亮", stays=[Stay(NOW.date() - timedelta(400), NOW.date() - timedelta(398))]
        ),
    )
    c = log_complaint(db, actor, draft(guest.id), now=NOW)
    assert c.returning_guest and c.status == Status.OPEN
    assert c.feedback_due == c.occurred_at + timedelta(hours=4)  # high severity: 4 hours
    assert [e.kind for e in c.history] == ["created"]
    assert guest_profile(db, actor, guest.id).open_complaints == 1


def test_bad_input_is_refused_and_nothing_saved(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    with pytest.raises(ValidationFailed) as info:
        log_complaint(
            db,
            actor,
            draft(guest.id, description=" ", occurred_at=NOW + timedelta(days=1), department="spa"),
            now=NOW,
        )
    assert {e.field for e in info.value.errors} == {"description", "occurred_at", "department"}
    with pytest.raises(ValidationFailed, match="before the complaint happened"):
        log_complaint(db, actor, draft(guest.id, feedback_due=NOW - timedelta(days=1)), now=NOW)
    assert list_complaints(db, actor) == []


def test_only_a_duty_manager_closes_and_closed_is_final(db: Database, actor: Staff) -> None:
    manager = make_staff(db, "mgr", role=Role.DUTY_MANAGER)
    guest = create_guest(db, actor, GuestDraft("王伟"))
    c = log_complaint(db, actor, draft(guest.id), now=NOW)
    change_status(db, actor, c.id, Status.IN_PROGRESS)
    change_status(db, actor, c.id, Status.RESOLVED, now=NOW)
    with pytest.raises(ValidationFailed, match="guest answered"):
        change_status(db, actor, c.id, Status.FOLLOWED_UP)
    change_status(
        db, actor, c.id, Status.FOLLOWED_UP, followup_result="满意，已送果盘", satisfaction=5
    )
    with pytest.raises(PermissionDenied):  # a receptionist
        change_status(db, make_staff(db, "desk"), c.id, Status.CLOSED)
    closed = change_status(db, manager, c.id, Status.CLOSED)
    with pytest.raises(Conflict, match="closed cannot become"):
        change_status(db, manager, c.id, Status.IN_PROGRESS)
    noted = annotate(db, actor, c.id, "Guest sent a thank-you card")
    assert len(noted.history) == len(closed.history) + 1 == 6


def test_overdue_list(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    late = log_complaint(db, actor, draft(guest.id, severity=ComplaintSeverity.CRITICAL), now=NOW)
    log_complaint(db, actor, draft(guest.id, severity=ComplaintSeverity.LOW), now=NOW)
    assert [c.id for c in list_complaints(db, actor, overdue_at=NOW)] == [late.id]
    assert late.overdue(NOW)


def test_month_report_against_hand_computed_figures(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    t0 = datetime(2026, 10, 3, 9, 0)
    cases = [  # (occurred, category, department, due after, resolved after)
        (t0, Category.NOISE, "housekeeping", 4, 2),  # within promise, 2 h
        (t0 + timedelta(days=1), Category.NOISE, "engineering", 4, 10),  # late, 10 h
        (t0 + timedelta(days=2), Category.FOOD, "food_beverage", 24, 6),  # within, 6 h
        (t0 + timedelta(days=3), Category.BILLING, "front_office", 24, None),  # unresolved
        (datetime(2026, 11, 1, 9), Category.FOOD, "food_beverage", 4, 1),  # other month
    ]
    for occurred, category, department, due_h, resolved_h in cases:
        c = log_complaint(
            db,
            actor,
            draft(
                guest.id,
                occurred_at=occurred,
                category=category,
                department=department,
                feedback_due=occurred + timedelta(hours=due_h),
            ),
            now=NOW,
        )
        if resolved_h is not None:
            change_status(
                db, actor, c.id, Status.RESOLVED, now=occurred + timedelta(hours=resolved_h)
            )
    figures = report(db, actor, "2026-10")
    assert figures.total == 4
    assert figures.by_category == {"noise": 2, "food": 1, "billing": 1}
    assert figures.by_department == {
        "housekeeping": 1,
        "engineering": 1,
        "food_beverage": 1,
        "front_office": 1,
    }
    assert (figures.resolved, figures.resolved_within_promise) == (3, 2)
    assert figures.median_hours_to_resolve == 6.0


@settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
class Workflow(RuleBasedStateMachine):
    """Random moves: legal ones succeed with one history entry, illegal ones change nothing."""

    def __init__(self) -> None:
        super().__init__()
        import tempfile

        self.folder = tempfile.mkdtemp()
        self.db = open_desk(Path(self.folder) / "w.db")
        self.clerk = make_staff(self.db, "clerk")
        self.manager = make_staff(self.db, "boss", role=Role.DUTY_MANAGER)

    @initialize()
    def log(self) -> None:
        guest = create_guest(self.db, self.clerk, GuestDraft("吕布"))
        self.complaint = log_complaint(self.db, self.clerk, draft(guest.id), now=NOW)
        self.status = Status.OPEN
        self.events = 1

    @rule(to=st.sampled_from(list(Status)), manager=st.booleans())
    def move(self, to: Status, manager: bool) -> None:
        target = to
        actor = self.manager if manager else self.clerk
        legal = target in TRANSITIONS[self.status] and (target != Status.CLOSED or manager)
        try:
            c = change_status(
                self.db,
                actor,
                self.complaint.id,
                target,
                followup_result="called back",
                satisfaction=4,
            )
        except (Conflict, ServiceError):
            assert not legal
            return
        assert legal
        self.status = target
        self.events += 1
        assert c.status == target

    @rule(note=st.text(min_size=1, max_size=30).filter(lambda s: s.strip()))
    def note(self, note: str) -> None:
        annotate(self.db, self.clerk, self.complaint.id, note)
        self.events += 1

    @invariant()
    def history_has_one_entry_per_change(self) -> None:
        if hasattr(self, "complaint"):
            record = get_complaint(self.db, self.clerk, self.complaint.id)
            assert record.status == self.status
            assert len(record.history) == self.events

    def teardown(self) -> None:
        self.db.close()


TestWorkflow = Workflow.TestCase


def test_import_an_excel_logbook_in_gb18030_with_chinese_labels(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    import csv

    from vipdesk.services.complaint_import import import_complaints

    create_guest(db, actor, GuestDraft("诸葛亮", member_no="M1"))
    rows = [
        [
            "会员号",
            "发生时间",
            "部门",
            "类别",
            "严重程度",
            "描述",
            "客人诉求",
            "状态",
            "反馈期限",
            "解决时间",
            "补偿",
        ],
        [
            "M1",
            "2026年10月5日 20:30",
            "客房",
            "噪音",
            "高",
            "隔壁装修太吵",
            "换房",
            "已解决",
            "",
            "2026-10-05 22:00",
            "果盘",
        ],
        ["M1", "2026/10/6 08:00", "餐饮部", "餐饮", "低", "早餐粥是凉的", "", "", "", "", ""],
        ["M9", "2026-10-06 09:00", "前厅", "账单", "中", "多收费", "", "", "", "", ""],
        ["M1", "2026-10-06 09:00", "SPA", "账单", "中", "多收费", "", "", "", "", ""],
        ["M1", "2026-10-06 09:00", "前厅", "账单", "中", "多收费", "", "已解决", "", "", ""],
        ["M1", "2026-13-06 09:00", "前厅", "账单", "中", "多收费", "", "", "", "", ""],
    ]
    path = tmp_path / "logbook.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows(rows)
    summary = import_complaints(db, actor, path, rejects_path=tmp_path / "rejects.csv")
    assert (summary.imported, summary.rejected) == (2, 4)
    reasons = dict(summary.reject_samples)
    assert reasons[4].startswith("member_no:") and reasons[5].startswith("department:")
    assert reasons[6].startswith("resolved_at:") and reasons[7].startswith("occurred_at:")
    resolved = list_complaints(db, actor, status=Status.RESOLVED)
    assert [(c.category, c.severity, c.department) for c in resolved] == [
        (Category.NOISE, ComplaintSeverity.HIGH, "housekeeping")
    ]
    assert import_complaints(db, actor, path).line() == "imported 0, unchanged 2, rejected 4"


def test_month_and_incident_pdfs(db: Database, actor: Staff, tmp_path: Path) -> None:
    from dataclasses import replace

    import pypdfium2
    from pypdf import PdfReader

    from tests.screenshots import screenshots
    from vipdesk.print.complaint_reports import render_incident, render_month_report
    from vipdesk.services.complaints import get_complaint
    from vipdesk.services.hotel import Hotel

    from .test_cards import fonts_of

    guest = create_guest(db, actor, GuestDraft("歐陽娜娜"))
    t0 = datetime(2026, 10, 3, 9, 0)
    for i, category in enumerate(
        [Category.NOISE, Category.NOISE, Category.FOOD, Category.ATTITUDE]
    ):
        c = log_complaint(
            db,
            actor,
            draft(guest.id, occurred_at=t0 + timedelta(days=i), category=category),
            now=NOW,
        )
        if i < 3:
            change_status(db, actor, c.id, Status.RESOLVED, now=t0 + timedelta(days=i, hours=2 + i))
    hotel = Hotel("华庭酒店 Garden Hotel")
    month_pdf = tmp_path / "month.pdf"
    render_month_report(report(db, actor, "2026-10"), hotel, month_pdf)
    text = PdfReader(month_pdf).pages[0].extract_text()
    assert "2026-10" in text and "噪音" in text and "Resolved" in text
    assert all(embedded for _, embedded in fonts_of(month_pdf))
    pypdfium2.PdfDocument(str(month_pdf))[0].render(scale=1.5).to_pil().save(
        screenshots() / "complaint-report.png"
    )
    manager = make_staff(db, "wang", display_name="王经理", role=Role.DUTY_MANAGER)
    full = draft(
        guest.id,
        occurred_at=t0,
        real_reason="她第二天一早要开会，需要睡好 / an early meeting next morning",
        guest_wish="免一晚房费",
        excessive=True,
        excessive_note="房费已含早餐补偿",
        apologised_at=t0 + timedelta(minutes=5),
        listened_at=t0 + timedelta(minutes=10),
        compensation="升级套房 suite upgrade",
        compensation_value="¥800",
        assigned_to=manager.id,
    )
    c = log_complaint(db, actor, full, now=NOW)
    record = get_complaint(db, actor, c.id)
    # History times are "now": fix them so the saved screenshot is the same on every run.
    history = tuple(replace(e, at=t0 + timedelta(minutes=2)) for e in record.history)
    incident_pdf = tmp_path / "incident.pdf"
    render_incident(replace(record, history=history), hotel, incident_pdf)
    text = PdfReader(incident_pdf).pages[0].extract_text()
    assert "歐陽娜娜" in text and "Air conditioner" in text and "logged" in text
    assert "an early meeting next morning" in text and "免一晚房费" in text
    assert "2026-10-03 09:05" in text and "2026-10-03 09:10" in text  # step times
    assert "not done" in text and "¥800" in text and "王经理" in text
    flat = "".join(text.split())  # text extraction breaks lines where the font changes
    assert "房费已含早餐补偿" in flat and "Anna安娜" in flat  # excessive note, who logged it
    assert all(embedded for _, embedded in fonts_of(incident_pdf))
    pypdfium2.PdfDocument(str(incident_pdf))[0].render(scale=1.5).to_pil().save(
        screenshots() / "complaint-incident.png"
    )


def test_departments_are_configurable_by_a_duty_manager(db: Database, actor: Staff) -> None:
    from vipdesk.services.complaint_codes import complaint_codes, set_departments

    manager = make_staff(db, "boss", role=Role.DUTY_MANAGER)
    with pytest.raises(PermissionDenied):  # a receptionist
        set_departments(db, make_staff(db, "desk"), {"spa": "水疗中心"})
    with pytest.raises(ValidationFailed, match="is not a code"):
        set_departments(db, manager, {"Spa Centre": "水疗中心"})
    set_departments(db, manager, {"front_office": "前厅", "spa": "水疗中心"})
    assert complaint_codes(db, actor).departments == {"front_office": "前厅", "spa": "水疗中心"}
    guest = create_guest(db, actor, GuestDraft("王伟"))
    assert log_complaint(db, actor, draft(guest.id, department="spa"), now=NOW).department == "spa"
    with pytest.raises(ValidationFailed, match="department"):
        log_complaint(db, actor, draft(guest.id, department="housekeeping"), now=NOW)


def test_categories_are_configurable_and_old_codes_survive(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.complaint_codes import complaint_codes, set_categories
    from vipdesk.services.complaint_import import import_complaints

    manager = make_staff(db, "boss", role=Role.DUTY_MANAGER)
    guest = create_guest(db, actor, GuestDraft("王伟", member_no="M1"))
    old = log_complaint(db, actor, draft(guest.id, category="noise"), now=NOW)
    with pytest.raises(PermissionDenied):  # a receptionist
        set_categories(db, make_staff(db, "desk"), {"wifi": "网络"})
    with pytest.raises(ValidationFailed, match="used twice"):
        set_categories(db, manager, {"wifi": "网络", "internet": "网络"})
    with pytest.raises(ValidationFailed, match="empty"):
        set_categories(db, manager, {})
    set_categories(db, manager, {"wifi": "网络", "food": "餐饮", "other": "其他"})
    assert complaint_codes(db, actor).categories == {
        "wifi": "网络",
        "food": "餐饮",
        "other": "其他",
    }
    assert log_complaint(db, actor, draft(guest.id, category="wifi"), now=NOW).category == "wifi"
    with pytest.raises(ValidationFailed, match="category"):
        log_complaint(db, actor, draft(guest.id, category="noise"), now=NOW)
    # The complaint filed under a code no longer listed keeps it, is reported and editable.
    assert get_complaint(db, actor, old.id).category == "noise"
    assert report(db, actor, "2026-11").by_category == {"noise": 1, "wifi": 1}
    # A logbook may use the hotel's own labels.
    path = tmp_path / "book.csv"
    path.write_text(
        "会员号,发生时间,部门,类别,严重程度,描述\n"
        "M1,2026-11-20 10:00,客房,网络,中,房间上不了网\n"
        "M1,2026-11-20 11:00,客房,噪音,中,太吵\n",
        encoding="utf-8-sig",
    )
    summary = import_complaints(db, actor, path)
    assert (summary.imported, summary.rejected) == (1, 1)
    assert summary.reject_samples[0][1].startswith("category: '噪音' is not a category")


def test_update_fills_in_recovery_steps_with_one_history_entry(db: Database, actor: Staff) -> None:
    from dataclasses import replace

    from vipdesk.services.complaints import update_complaint

    manager = make_staff(db, "boss", role=Role.DUTY_MANAGER)
    guest = create_guest(db, actor, GuestDraft("王伟"))
    other = create_guest(db, actor, GuestDraft("李娜"))
    c = log_complaint(db, actor, draft(guest.id), now=NOW)
    later = replace(
        c.draft(),
        apologised_at=NOW - timedelta(hours=2),
        real_reason="赶早班机",
        severity=ComplaintSeverity.CRITICAL,
    )
    updated = update_complaint(db, manager, c.id, later, now=NOW)
    assert updated.apologised_at == NOW - timedelta(hours=2) and updated.real_reason == "赶早班机"
    assert updated.feedback_due == c.feedback_due  # the promise made stays as made
    edit = updated.history[-1]
    assert [e.kind for e in updated.history] == ["created", "edited"]
    assert edit.staff_id == manager.id and edit.staff_name == manager.display_name
    assert edit.detail == {
        "real_reason": ["", "赶早班机"],
        "apologised_at": [None, "2026-11-25 10:00"],
        "severity": ["high", "critical"],
    }
    # Saving without a change adds nothing.
    assert len(update_complaint(db, manager, c.id, updated.draft(), now=NOW).history) == 2
    # Bad input is refused whole; another guest's complaint cannot be made of it.
    with pytest.raises(ValidationFailed, match="before the complaint happened"):
        update_complaint(
            db, manager, c.id, replace(later, listened_at=NOW - timedelta(days=1)), now=NOW
        )
    with pytest.raises(Conflict, match="another guest"):
        update_complaint(db, manager, c.id, replace(later, guest_id=other.id), now=NOW)
    assert len(get_complaint(db, actor, c.id).history) == 2
    for target in (Status.RESOLVED, Status.FOLLOWED_UP, Status.CLOSED):
        change_status(db, manager, c.id, target, followup_result="满意", now=NOW)
    with pytest.raises(Conflict, match="closed complaint cannot be edited"):
        update_complaint(db, manager, c.id, later, now=NOW)
    annotate(db, manager, c.id, "客人来信致谢")  # a closed complaint can still be annotated


def test_two_people_completing_one_complaint_do_not_undo_each_other(
    db: Database, actor: Staff
) -> None:
    from dataclasses import replace

    from vipdesk.services.complaint_codes import set_categories
    from vipdesk.services.complaints import update_complaint

    manager = make_staff(db, "boss", display_name="王经理", role=Role.DUTY_MANAGER)
    guest = create_guest(db, actor, GuestDraft("王伟"))
    imported_time = NOW - timedelta(hours=3, seconds=-42)  # e.g. from a logbook, with seconds
    c = log_complaint(db, actor, draft(guest.id, occurred_at=imported_time), now=NOW)
    opened_by_a = opened_by_b = c.draft()  # two counters open the same complaint
    a = replace(opened_by_a, real_reason="赶飞机")
    update_complaint(db, actor, c.id, a, base=opened_by_a, now=NOW)
    b = replace(opened_by_b, compensation="果盘", assigned_to=manager.id)
    merged = update_complaint(db, manager, c.id, b, base=opened_by_b, now=NOW)
    assert merged.real_reason == "赶飞机" and merged.compensation == "果盘"
    assert merged.occurred_at == imported_time  # untouched fields keep their seconds
    assert merged.history[-1].detail == {
        "compensation": ["", "果盘"],
        "assigned_to": ["", "王经理"],  # the history names people, not staff ids
    }
    clash = replace(opened_by_b, real_reason="另一个原因")
    with pytest.raises(ChangedMeanwhile, match=r"by Anna 安娜 at \d\d:\d\d \(real_reason\)"):
        update_complaint(db, manager, c.id, clash, base=opened_by_b, now=NOW)
    # The hotel stops listing the category: the complaint stays editable under it.
    set_categories(db, manager, {"wifi": "网络", "other": "其他"})
    current = get_complaint(db, actor, c.id)
    later = replace(current.draft(), remedy_taken_at=NOW - timedelta(hours=1))
    done = update_complaint(db, manager, c.id, later, base=current.draft(), now=NOW)
    assert done.category == "noise" and done.remedy_taken_at == NOW - timedelta(hours=1)
    with pytest.raises(ValidationFailed, match="category"):  # but a new choice must be listed
        update_complaint(db, manager, c.id, replace(later, category="food"), now=NOW)
    with pytest.raises(ValidationFailed, match="in the future"):
        update_complaint(
            db, manager, c.id, replace(later, listened_at=NOW + timedelta(days=3)), now=NOW
        )


def test_the_stay_a_guest_is_in_does_not_make_them_returning(db: Database, actor: Staff) -> None:
    first_timer = create_guest(
        db,
        actor,
        GuestDraft("李娜", stays=[Stay(NOW.date() - timedelta(1), NOW.date() + timedelta(2))]),
    )
    assert not log_complaint(db, actor, draft(first_timer.id), now=NOW).returning_guest


def test_a_time_stored_by_a_counter_whose_clock_runs_ahead_does_not_block_other_edits(
    db: Database, actor: Staff
) -> None:
    from dataclasses import replace

    from vipdesk.services.complaints import update_complaint

    guest = create_guest(db, actor, GuestDraft("王伟"))
    ahead = NOW + timedelta(minutes=10)  # counter B's clock
    c = log_complaint(db, actor, draft(guest.id, listened_at=ahead), now=ahead)
    edited = replace(c.draft(), compensation="果盘")
    done = update_complaint(db, actor, c.id, edited, base=c.draft(), now=NOW)  # counter A
    assert done.compensation == "果盘" and done.listened_at == ahead


def test_the_list_puts_complaints_still_waiting_first(db: Database, actor: Staff) -> None:
    guest = create_guest(db, actor, GuestDraft("王伟"))
    settled = log_complaint(
        db, actor, draft(guest.id, occurred_at=NOW - timedelta(days=9)), now=NOW
    )
    change_status(db, actor, settled.id, Status.RESOLVED, now=NOW - timedelta(days=8))
    waiting = log_complaint(db, actor, draft(guest.id), now=NOW)  # promised later than `settled`
    assert [c.id for c in list_complaints(db, actor)] == [waiting.id, settled.id]


def test_an_edit_made_against_an_older_version_says_who_changed_it_and_when(
    db: Database, actor: Staff
) -> None:
    from dataclasses import replace

    from vipdesk.services.complaints import change_status, update_complaint

    li_wei = make_staff(db, "liwei", display_name="Li Wei", role=Role.DUTY_MANAGER)
    guest = create_guest(db, actor, GuestDraft("王伟"))
    c = log_complaint(db, actor, draft(guest.id), now=NOW)
    assert c.version == 1
    theirs = update_complaint(
        db, li_wei, c.id, replace(c.draft(), guest_wish="退房延迟"), version=c.version, now=NOW
    )
    assert theirs.version == 2
    mine = replace(c.draft(), guest_wish="免费早餐")
    with pytest.raises(ChangedMeanwhile) as info:
        update_complaint(db, actor, c.id, mine, base=c.draft(), version=c.version, now=NOW)
    assert info.value.changed_by == "Li Wei" and info.value.changed == ("guest_wish",)
    assert info.value.changed_at is not None
    where = "at another counter" if is_server(db) else "in another window"
    assert f"changed {where} by Li Wei at " in str(info.value)
    with pytest.raises(ChangedMeanwhile):  # without the form's start, any later change refuses
        update_complaint(db, actor, c.id, replace(c.draft(), service="早餐"), version=1, now=NOW)
    assert get_complaint(db, actor, c.id).guest_wish == "退房延迟"
    # Different fields still merge (the field-level check), and every change counts.
    merged = update_complaint(
        db, actor, c.id, replace(c.draft(), service="早餐"), base=c.draft(), version=1, now=NOW
    )
    assert (merged.service, merged.guest_wish, merged.version) == ("早餐", "退房延迟", 3)
    assert change_status(db, li_wei, c.id, Status.IN_PROGRESS, now=NOW).version == 4


def test_the_complaint_list_is_one_query_whatever_its_length(db: Database, actor: Staff) -> None:
    """No query per row (the guest's name came one query per complaint), closed left out in SQL."""
    from sqlalchemy import event

    from vipdesk.services.complaints import list_complaints

    def statements(**kwargs: object) -> tuple[int, int]:
        seen: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("SELECT"):
                seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            rows = list_complaints(db, actor, **kwargs)  # type: ignore[arg-type]
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(seen), len(rows)

    _log_some(db, actor, 3)
    few = statements()
    _log_some(db, actor, 12)
    many = statements()
    assert many[1] == few[1] + 12
    # The role check, the right to see confidential guests by name, then the list.
    assert many[0] == few[0] == 3
    first = list_complaints(db, actor)[0]
    assert first.guest_name
    assert list_complaints(db, actor, status=Status.OPEN, include_closed=False)


def _log_some(db: Database, actor: Staff, count: int) -> None:
    for i in range(count):
        guest = create_guest(db, actor, GuestDraft(f"投诉客人 {i} {count}"))
        log_complaint(db, actor, draft(guest.id), now=NOW)


def test_a_logbook_row_in_another_encoding_is_rejected_with_its_line(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.complaint_import import import_complaints

    create_guest(db, actor, GuestDraft("诸葛亮", member_no="M1"))
    path = tmp_path / "logbook.csv"
    path.write_bytes(
        "会员号,发生时间,部门,类别,严重程度,描述\n".encode()
        + "M1,2026-10-05 20:30,客房,噪音,高,隔壁装修太吵\n".encode()
        + "M1,2026-10-06 08:00,餐饮部,餐饮,低,早餐粥是凉的\n".encode("gbk")
        + "M1,2026-10-06 09:00,前厅,账单,中,多收费\n".encode()
    )
    summary = import_complaints(db, actor, path, rejects_path=tmp_path / "rejects.csv")
    assert (summary.imported, summary.rejected) == (2, 1)
    assert summary.reject_samples[0][0] == 3 and "UTF-8" in summary.reject_samples[0][1]
    descriptions = {c.description for c in list_complaints(db, actor)}
    assert descriptions == {"隔壁装修太吵", "多收费"}


def test_a_logbook_quote_never_closed_lists_the_lines_it_swallowed(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.complaint_import import import_complaints

    create_guest(db, actor, GuestDraft("诸葛亮", member_no="M1"))
    path = tmp_path / "logbook.csv"
    path.write_text(
        "会员号,发生时间,部门,类别,严重程度,描述\n"
        "M1,2026-10-05 20:30,客房,噪音,高,隔壁装修太吵\n"
        'M1,2026-10-06 08:00,餐饮部,餐饮,低,"早餐粥是凉的\n'
        "M1,2026-10-06 09:00,前厅,账单,中,多收费\n",
        encoding="utf-8",
    )
    summary = import_complaints(db, actor, path)
    assert (summary.imported, summary.rejected) == (1, 2)
    assert summary.reject_samples == [
        (3, "quote opened on line 3 never closed"),
        (4, "not read: the quote opened on line 3 is never closed"),
    ]
    assert any("line 3" in w for w in summary.warnings)
