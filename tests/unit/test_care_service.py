"""The care plan over a real database: plan, log, skip, do not contact, settings."""

from datetime import date, datetime, timedelta

import pytest

from tests.accounts import make_staff
from vipdesk.domain.care import CareSettings, Channel, Outcome, Stage, TaskKind
from vipdesk.domain.complaints import Category, ComplaintDraft, ComplaintSeverity
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import GuestDraft, SpecialDate, SpecialDateKind
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.stays import Stay, StayStatus, is_completed, is_current, is_future_booking
from vipdesk.domain.tiers import Tier
from vipdesk.services import care, care_contacts
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.services.errors import PermissionDenied, ValidationFailed
from vipdesk.services.guests import create_guest
from vipdesk.store import care_repo

D = date


def guest(db, actor, name, tier=Tier.VIP, stays=(), **kw):  # type: ignore[no-untyped-def]
    return create_guest(
        db,
        actor,
        GuestDraft(
            name=name,
            tier=tier,
            phones=[normalise_phone("13800138000")],
            stays=list(stays),
            **kw,
        ),
    )


def kinds(items, guest_id):  # type: ignore[no-untyped-def]
    """(kind, due) of a guest's tasks, festivals aside (Spring Festival is mid-February)."""
    return sorted(
        (i.task.kind.value, i.task.due.isoformat())
        for i in items
        if i.task.guest_id == guest_id and i.task.kind is not TaskKind.FESTIVAL
    )


@pytest.fixture
def manager(db: Database) -> Staff:
    return make_staff(db, "duty", Role.DUTY_MANAGER, display_name="Duty")


def test_611_for_plan_guests_with_a_completed_stay_only(db: Database, actor: Staff) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    regular = guest(db, actor, "韩梅梅", Tier.P, stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    never = guest(db, actor, "王五")
    items = care.plan(db, actor, D(2026, 2, 15))
    assert kinds(items, vip.id) == [("message", "2026-02-15"), ("short_call", "2026-02-15")]
    assert kinds(items, regular.id) == kinds(items, never.id) == []
    message = next(i for i in items if i.task.kind is TaskKind.MESSAGE)
    assert message.as_json(D(2026, 2, 15))["due"] == "2026-02-15T15:00"


def test_range_from_to_and_overdue_from_before(db: Database, actor: Staff) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    items = care.plan(db, actor, D(2026, 3, 10), D(2026, 3, 31))
    got = [(i.task.kind.value, i.task.due.isoformat(), i.task.overdue) for i in items]
    assert ("message", "2026-03-01", True) in got
    assert ("message", "2026-03-15", False) in got
    assert ("long_call", "2026-03-31", False) in got
    assert all(i.task.guest_id == vip.id for i in items)
    assert not any(i.task.kind is TaskKind.WAKE_UP for i in items)


def test_logging_a_contact_completes_the_task(db: Database, actor: Staff) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    day = D(2026, 2, 15)
    call = next(i for i in care.plan(db, actor, day) if i.task.kind is TaskKind.SHORT_CALL)
    care_contacts.log_contact(
        db, actor, str(vip.id), Channel.PHONE, Outcome.REACHED, task=call.id, note="好"
    )
    assert kinds(care.plan(db, actor, day), vip.id) == [("message", "2026-02-15")]
    history = care_contacts.contacts(db, actor, vip.id)
    assert [(c.channel, c.outcome, c.note, c.task_id) for c in history] == [
        (Channel.PHONE, Outcome.REACHED, "好", call.id)
    ]


def test_a_contact_without_a_task_answers_the_oldest_due_one(db: Database, actor: Staff) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    day = D(2026, 2, 15)
    before = [i for i in care.plan(db, actor, day) if i.task.guest_id == vip.id]
    contact = care_contacts.log_contact(
        db, actor, str(vip.id), Channel.SMS, Outcome.REACHED, today=day
    )
    assert contact.task_id == min(before, key=lambda i: i.task.due).id
    assert len(care.plan(db, actor, day)) == len(before) - 1


def test_do_not_contact_leaves_the_plan(db: Database, actor: Staff) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    care_contacts.log_contact(db, actor, str(vip.id), Channel.PHONE, Outcome.DO_NOT_CONTACT)
    assert care.plan(db, actor, D(2026, 2, 15)) == []
    assert care_contacts.guest_care(db, actor, vip.id).do_not_contact


def test_only_a_duty_manager_skips_and_the_task_leaves(
    db: Database, actor: Staff, manager: Staff, receptionist: Staff
) -> None:
    guest(db, actor, "李雷", stays=[Stay(D(2024, 12, 1), D(2024, 12, 3))])
    day = D(2026, 2, 16)
    (wake,) = [i for i in care.plan(db, actor, day) if i.task.kind is TaskKind.WAKE_UP]
    assert wake.task.due == D(2025, 12, 3) and wake.task.overdue
    with pytest.raises(PermissionDenied) as denied:
        care_contacts.skip_task(db, receptionist, wake.id, "moved abroad")
    assert denied.value.params["action"] == "care_plan"
    with pytest.raises(ValidationFailed):
        care_contacts.skip_task(db, manager, wake.id, "  ")
    care_contacts.skip_task(db, manager, wake.id, "moved abroad")
    assert [i for i in care.plan(db, actor, day) if i.task.kind is TaskKind.WAKE_UP] == []


def test_wake_up_again_90_days_after_a_contact(db: Database, actor: Staff) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2024, 12, 1), D(2024, 12, 3))])
    care_contacts.log_contact(
        db, actor, str(vip.id), Channel.PHONE, Outcome.NO_ANSWER, today=D(2026, 2, 16)
    )
    today = date.today()
    items = care.plan(db, actor, today + timedelta(days=120), kinds=[TaskKind.WAKE_UP])
    assert [i.task.due for i in items] == [today + timedelta(days=90)]


def test_ad_tasks_and_stage(db: Database, actor: Staff) -> None:
    first = Stay(D(2026, 3, 1), D(2026, 3, 4))
    g = guest(db, actor, "李雷", Tier.P, stays=[first])
    assert kinds(care.plan(db, actor, D(2026, 3, 7)), g.id) == [("keep_in_touch", "2026-03-07")]
    assert care_contacts.guest_care(db, actor, g.id, D(2026, 3, 7)).stage is Stage.B


def test_win_back_for_a_hurt_guest_of_any_tier(db: Database, actor: Staff) -> None:
    g = guest(db, actor, "李雷", Tier.P)
    now = datetime(2026, 3, 2, 9)
    log_complaint(
        db,
        actor,
        ComplaintDraft(
            guest_id=g.id,
            occurred_at=datetime(2026, 3, 1, 10),
            department="housekeeping",
            category=Category.NOISE,
            severity=ComplaintSeverity.HIGH,
            description="太吵",
        ),
        now=now,
    )
    (task,) = [i.task for i in care.plan(db, actor, D(2026, 3, 2), now=now)]
    assert task.due == D(2026, 3, 1) and task.overdue
    assert (task.kind, task.reason, task.for_manager) == (TaskKind.WIN_BACK, "overdue", True)


def test_special_dates_lunar_and_solar(db: Database, actor: Staff) -> None:
    dates = [
        SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(8, 15, lunar=True)),
        SpecialDate(SpecialDateKind.ANNIVERSARY, PartialDate(9, 25)),
    ]
    g = guest(db, actor, "李雷", stays=[Stay(D(2026, 6, 1), D(2026, 6, 3))], special_dates=dates)
    items = care.plan(db, actor, D(2026, 9, 22), kinds=[TaskKind.SPECIAL_DATE])
    got = sorted((i.task.reason, i.task.occasion) for i in items if i.task.guest_id == g.id)
    assert got == [("anniversary", D(2026, 9, 25)), ("birthday", D(2026, 9, 25))]


def test_festival_by_region_from_phone(db: Database, actor: Staff) -> None:
    g = guest(db, actor, "李雷", stays=[Stay(D(2026, 6, 1), D(2026, 6, 3))])
    items = care.plan(db, actor, D(2026, 9, 22), kinds=[TaskKind.FESTIVAL])
    assert [(i.task.guest_id, i.task.detail, i.task.occasion) for i in items] == [
        (g.id, "mid_autumn", D(2026, 9, 25))
    ]


def test_call_load_from_settings(
    db: Database, actor: Staff, manager: Staff, receptionist: Staff
) -> None:
    vip = guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    with pytest.raises(PermissionDenied):
        care.set_settings(db, receptionist, CareSettings())
    settings = CareSettings(call_tiers={"short_call": (Tier.VVVIP,), "long_call": (Tier.VVVIP,)})
    care.set_settings(db, manager, settings)
    assert care.get_settings(db, actor) == settings
    assert kinds(care.plan(db, actor, D(2026, 2, 15)), vip.id) == [("message", "2026-02-15")]


def test_task_ids_are_stable_across_runs(db: Database, actor: Staff) -> None:
    guest(db, actor, "李雷", stays=[Stay(D(2025, 12, 1), D(2025, 12, 3))])
    first = [i.id for i in care.plan(db, actor, D(2026, 2, 15))]
    assert first == [i.id for i in care.plan(db, actor, D(2026, 2, 15))]


@pytest.mark.parametrize(
    "stay",
    [
        Stay(D(2026, 3, 1), D(2026, 3, 3)),
        Stay(D(2026, 3, 1), D(2026, 3, 5)),
        Stay(D(2026, 3, 4), D(2026, 3, 6)),
        Stay(D(2026, 3, 1), D(2026, 3, 3), status=StayStatus.CHECKED_OUT),
        Stay(D(2026, 3, 1), D(2026, 3, 4), status=StayStatus.CHECKED_OUT),
        Stay(D(2026, 3, 1), D(2026, 3, 4), status=StayStatus.CHECKED_IN),
        Stay(D(2026, 3, 5), D(2026, 3, 7), status=StayStatus.RESERVED),
        Stay(D(2026, 3, 2), D(2026, 3, 7), status=StayStatus.RESERVED),
        Stay(D(2026, 3, 1), D(2026, 3, 2), status=StayStatus.CANCELLED),
        Stay(D(2026, 3, 1), D(2026, 3, 2), status=StayStatus.NO_SHOW),
    ],
)
def test_sql_states_the_domain_stay_rules(db: Database, actor: Staff, stay: Stay) -> None:
    """care_repo's COMPLETED and BOOKED conditions agree with domain.stays."""
    day = D(2026, 3, 4)
    g = guest(db, actor, "李雷", Tier.P)
    with db.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO stays (guest_id, arrival, departure, status, source, confirmation_no, room, notes)"
            " VALUES (?, ?, ?, ?, 'pms', 'C1', '', '')",
            (g.id, stay.arrival.isoformat(), stay.departure.isoformat(), stay.status),
        )
    with db.read() as session:
        (found,) = care_repo.guests_by_id(session.connection(), [g.id], day).values()
    assert (found.last_departure is not None) == is_completed(stay, day)
    assert found.booked == (is_current(stay, day) or is_future_booking(stay, day))


def test_profile_shows_the_ad_stage_and_contact_history(db: Database, actor: Staff) -> None:
    from vipdesk.services.profile import guest_profile

    today = date.today()
    first = Stay(today - timedelta(days=40), today - timedelta(days=38))
    second = Stay(today + timedelta(days=5), today + timedelta(days=7))
    g = guest(db, actor, "李雷", stays=[first, second])
    care_contacts.log_contact(
        db, actor, str(g.id), Channel.WECHAT, Outcome.LEFT_MESSAGE, note="留言了"
    )
    profile = guest_profile(db, actor, g.id)
    assert profile.care_stage is Stage.C  # "2nd stay: greet as a returning guest"
    assert [(c.channel, c.outcome, c.note) for c in profile.contacts] == [
        (Channel.WECHAT, Outcome.LEFT_MESSAGE, "留言了")
    ]
    assert care_contacts.guest_care(db, actor, g.id).second_stay_alert


@pytest.mark.parametrize(
    ("start", "occasion"),
    [(D(2025, 7, 22), D(2025, 7, 25)), (D(2026, 7, 11), D(2026, 7, 14))],
)
def test_lunar_leap_month_birthday_found_in_sql_and_placed_by_the_rules(
    db: Database, actor: Staff, start: date, occasion: date
) -> None:
    """闰六月初一: in 2025 (a leap 6th month) on 25 July; in 2026 (none) on 六月初一, 14 July."""
    leap = SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(6, 1, lunar=True, leap=True))
    guest(db, actor, "李雷", stays=[Stay(D(2024, 6, 1), D(2024, 6, 3))], special_dates=[leap])
    items = care.plan(db, actor, start, kinds=[TaskKind.SPECIAL_DATE])
    assert [(i.task.due, i.task.occasion) for i in items] == [(start, occasion)]
