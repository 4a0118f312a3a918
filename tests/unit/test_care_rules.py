"""The care plan's rules, each with dates (domain only)."""

from datetime import date, datetime, timedelta

import pytest

from vipdesk.domain.care import (
    CareSettings,
    CareTask,
    ComplaintState,
    Stage,
    TaskKind,
    ad_stage,
    ad_tasks,
    add_months,
    festival_days,
    hurt_reason,
    is_long_call_day,
    is_missed,
    is_short_call_day,
    open_tasks,
    parse_task_id,
    quarter_end,
    rhythm_days,
    rhythm_task,
    special_date_tasks,
    task_id,
    wake_up_due,
    win_back_task,
)
from vipdesk.domain.complaints import Status
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.festivals import FESTIVALS, NEVER, REGION_FESTIVALS, region_of
from vipdesk.domain.guest import SpecialDate, SpecialDateKind
from vipdesk.domain.stays import Stay, StayStatus
from vipdesk.domain.tiers import Tier

D = date


def test_messages_on_the_1st_and_15th_at_15_00():
    assert rhythm_days(TaskKind.MESSAGE, D(2026, 1, 1), D(2026, 3, 31)) == [
        D(2026, 1, 1), D(2026, 1, 15), D(2026, 2, 1), D(2026, 2, 15), D(2026, 3, 1), D(2026, 3, 15)
    ]  # fmt: skip
    task = rhythm_task(TaskKind.MESSAGE, 7, D(2026, 2, 15), None)
    assert task.due_iso() == "2026-02-15T15:00"


def test_short_call_on_the_15th_of_the_quarters_middle_month():
    year = rhythm_days(TaskKind.SHORT_CALL, D(2026, 1, 1), D(2026, 12, 31))
    assert year == [D(2026, 2, 15), D(2026, 5, 15), D(2026, 8, 15), D(2026, 11, 15)]
    assert not is_short_call_day(D(2026, 3, 15))


@pytest.mark.parametrize(
    ("day", "end"),
    [
        (D(2026, 1, 1), D(2026, 3, 31)),
        (D(2026, 3, 31), D(2026, 3, 31)),
        (D(2026, 4, 1), D(2026, 6, 30)),
        (D(2026, 9, 30), D(2026, 9, 30)),
        (D(2026, 12, 31), D(2026, 12, 31)),
        (D(2028, 2, 29), D(2028, 3, 31)),
    ],
)
def test_quarter_boundaries(day, end):
    assert quarter_end(day) == end


def test_long_call_on_the_last_day_of_each_quarter_to_the_dedicated_person():
    assert rhythm_days(TaskKind.LONG_CALL, D(2026, 1, 1), D(2026, 12, 31)) == [
        D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)
    ]  # fmt: skip
    assert not is_long_call_day(D(2026, 4, 1))
    assert rhythm_task(TaskKind.LONG_CALL, 7, D(2026, 3, 31), 3).assignee == 3
    assert rhythm_task(TaskKind.SHORT_CALL, 7, D(2026, 2, 15), 3).assignee is None


def test_task_ids_are_stable_and_read_back():
    assert task_id(TaskKind.WAKE_UP, 42, D(2026, 3, 1)) == "wake_up-42-20260301"
    assert parse_task_id("wake_up-42-20260301") == (TaskKind.WAKE_UP, 42, D(2026, 3, 1))
    with pytest.raises(ValueError, match="task id"):
        parse_task_id("lunch-1-2026")


def stay(a, d, status=None):
    return Stay(a, d, status=status)


def test_ad_stages():
    day = D(2026, 6, 1)
    assert ad_stage([], day) is None
    assert ad_stage([stay(D(2026, 6, 10), D(2026, 6, 12))], day) is Stage.A  # booked
    assert ad_stage([stay(D(2026, 5, 30), D(2026, 6, 2))], day) is Stage.A  # in house
    first = stay(D(2026, 3, 1), D(2026, 3, 3))
    assert ad_stage([first], day) is Stage.B
    cancelled = stay(D(2026, 7, 1), D(2026, 7, 2), StayStatus.CANCELLED)
    assert ad_stage([first, cancelled], day) is Stage.B
    assert ad_stage([first, stay(D(2026, 7, 1), D(2026, 7, 2))], day) is Stage.C
    assert ad_stage([first, stay(D(2026, 4, 1), D(2026, 4, 2))], day) is Stage.D


def test_keep_in_touch_three_days_after_the_first_departure():
    first = stay(D(2026, 2, 26), D(2026, 2, 28))
    tasks = ad_tasks(9, [first], D(2026, 3, 1), D(2026, 3, 31))
    assert [(t.kind, t.due) for t in tasks] == [(TaskKind.KEEP_IN_TOUCH, D(2026, 3, 3))]


def test_no_keep_in_touch_when_the_second_stay_is_already_booked():
    first = stay(D(2026, 2, 26), D(2026, 2, 28))
    second = stay(D(2026, 3, 20), D(2026, 3, 22))
    kinds = [(t.kind, t.due) for t in ad_tasks(9, [first, second], D(2026, 3, 1), D(2026, 3, 31))]
    assert kinds == [(TaskKind.SECOND_VISIT, D(2026, 3, 20)), (TaskKind.RETENTION, D(2026, 3, 25))]


def test_retention_after_each_later_departure_and_cancelled_stays_do_not_count():
    stays = [
        stay(D(2025, 1, 1), D(2025, 1, 2)),
        stay(D(2025, 5, 1), D(2025, 5, 2), StayStatus.NO_SHOW),
        stay(D(2025, 6, 1), D(2025, 6, 3)),
        stay(D(2025, 9, 1), D(2025, 9, 4)),
    ]
    tasks = ad_tasks(9, stays, D(2025, 1, 1), D(2025, 12, 31))
    assert [(t.kind, t.due, t.detail) for t in tasks if t.kind is TaskKind.RETENTION] == [
        (TaskKind.RETENTION, D(2025, 6, 6), "2"),
        (TaskKind.RETENTION, D(2025, 9, 7), "3"),
    ]
    assert [t.due for t in tasks if t.kind is TaskKind.SECOND_VISIT] == [D(2025, 6, 1)]


def test_add_months_at_month_ends_and_29_february():
    assert add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)
    assert add_months(D(2024, 2, 29), 48) == D(2028, 2, 29)
    assert add_months(D(2025, 1, 31), 1) == D(2025, 2, 28)
    assert add_months(D(2025, 11, 30), 3) == D(2026, 2, 28)


def test_sleeping_guest_wake_up_and_again_90_days_after_a_contact():
    assert wake_up_due(D(2025, 3, 1), False, 12, None) == D(2026, 3, 1)
    assert wake_up_due(D(2025, 3, 1), True, 12, None) is None  # a stay is booked
    assert wake_up_due(None, False, 12, None) is None  # never stayed
    assert wake_up_due(D(2025, 3, 1), False, 12, D(2026, 3, 5)) == D(2026, 6, 3)
    assert wake_up_due(D(2025, 3, 1), False, 6, None) == D(2025, 9, 1)


def test_wake_up_and_win_back_never_expire():
    old = CareTask(TaskKind.WAKE_UP, 1, D(2025, 1, 1), "asleep")
    assert not is_missed(old, None, D(2026, 1, 1))
    assert open_tasks([old], set(), D(2026, 1, 1))[0].overdue


def complaint(**kw):
    base = dict(
        id=5,
        occurred_at=datetime(2026, 3, 1, 10),
        status=Status.OPEN,
        feedback_due=datetime(2026, 3, 1, 14),
        resolved_at=None,
        satisfaction=None,
    )
    return ComplaintState(**(base | kw))


def test_hurt_guests():
    now = datetime(2026, 3, 2, 9)
    assert hurt_reason(complaint(), now) == "overdue"
    assert hurt_reason(complaint(), datetime(2026, 3, 1, 12)) is None  # still within promise
    assert hurt_reason(complaint(status=Status.CLOSED), now) == "unresolved"
    resolved = dict(status=Status.FOLLOWED_UP, resolved_at=datetime(2026, 3, 1, 12))
    assert hurt_reason(complaint(**resolved, satisfaction=2), now) == "unhappy"
    assert hurt_reason(complaint(**resolved, satisfaction=3), now) is None
    assert hurt_reason(complaint(), now + timedelta(days=181)) is None  # too long ago
    task = win_back_task(8, [complaint()], now)
    assert task is not None and task.id == "win_back-8-20260301" and task.for_manager


def test_recurring_tasks_expire_at_the_next_of_their_kind_or_after_14_days():
    first = rhythm_task(TaskKind.MESSAGE, 1, D(2026, 3, 1), None)
    second = rhythm_task(TaskKind.MESSAGE, 1, D(2026, 3, 15), None)
    on_14th = open_tasks([first, second], set(), D(2026, 3, 14))
    assert sorted((t.due, t.overdue) for t in on_14th) == [
        (D(2026, 3, 1), True),
        (D(2026, 3, 15), False),
    ]
    on_15th = open_tasks([first, second], set(), D(2026, 3, 15))
    assert [t.due for t in on_15th] == [D(2026, 3, 15)]
    call = rhythm_task(TaskKind.LONG_CALL, 1, D(2026, 3, 31), None)
    assert is_missed(call, None, D(2026, 4, 15))
    assert not is_missed(call, None, D(2026, 4, 14))
    assert open_tasks([first], {first.id}, D(2026, 3, 1)) == []


def test_special_date_three_days_before_with_the_occasion():
    birthday = SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(3, 10, 1980))
    tasks = special_date_tasks(4, [birthday], D(2026, 3, 1), D(2026, 3, 31))
    assert [(t.due, t.occasion) for t in tasks] == [(D(2026, 3, 7), D(2026, 3, 10))]


def test_29_february_birthday_in_a_common_year_on_28_february():
    leapling = SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(2, 29))
    tasks = special_date_tasks(4, [leapling], D(2026, 2, 1), D(2026, 2, 28))
    assert [(t.due, t.occasion) for t in tasks] == [(D(2026, 2, 25), D(2026, 2, 28))]
    tasks = special_date_tasks(4, [leapling], D(2028, 2, 1), D(2028, 2, 28))
    assert [(t.due, t.occasion) for t in tasks] == [(D(2028, 2, 26), D(2028, 2, 29))]


def test_lunar_birthday_in_a_leap_month():
    leap = SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(6, 1, lunar=True, leap=True))
    in_2025 = special_date_tasks(4, [leap], D(2025, 6, 1), D(2025, 8, 31))
    assert [t.occasion for t in in_2025] == [D(2025, 7, 25)]  # 闰六月初一, not 六月初一
    in_2026 = special_date_tasks(4, [leap], D(2026, 6, 1), D(2026, 8, 31))
    assert [t.occasion for t in in_2026] == [D(2026, 7, 14)]  # no leap 6th month: 六月初一


def test_festivals_per_region_and_never_qingming():
    for codes in REGION_FESTIVALS.values():
        assert not NEVER & set(codes)
    assert all(code not in NEVER for code in FESTIVALS)
    cn = {f.code for _, f in festival_days("CN", D(2026, 9, 1), D(2026, 10, 31))}
    assert cn == {"mid_autumn", "national_day_cn"}
    tw = [(d, f.code) for d, f in festival_days("TW", D(2026, 10, 1), D(2026, 10, 31))]
    assert tw == [(D(2026, 10, 7), "national_day_tw")]
    assert festival_days(None, D(2026, 1, 1), D(2026, 12, 31)) == []


@pytest.mark.parametrize(
    ("nationality", "phone", "region"),
    [
        ("中国", None, "CN"),
        ("Hong Kong", None, "HK"),
        ("臺灣", None, "TW"),
        ("澳门", None, "MO"),
        ("", "+85291234567", "HK"),
        ("", "+8613800138000", "CN"),
        ("", "+85366123456", "MO"),
        ("de", None, "DE"),
        ("", None, None),
    ],
)
def test_region_from_nationality_or_phone(nationality, phone, region):
    assert region_of(nationality, phone) == region


def test_settings_call_load_and_round_trip():
    s = CareSettings(call_tiers={"long_call": (Tier.VVVIP,), "short_call": (Tier.VIP,)})
    assert s.gets(TaskKind.LONG_CALL, Tier.VVVIP) and not s.gets(TaskKind.LONG_CALL, Tier.VIP)
    assert s.gets(TaskKind.MESSAGE, Tier.VIP)
    assert CareSettings.from_json(s.to_json()) == s
    assert CareSettings.from_json(None) == CareSettings()
    assert not CareSettings().in_plan(Tier.IP) and CareSettings().in_plan(Tier.VVVIP)
