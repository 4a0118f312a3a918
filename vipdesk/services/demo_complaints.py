"""Demo complaints over the last six weeks (closed, open, a few overdue), logged one by one
as a real shift would, by the demo receptionist and duty manager."""

from __future__ import annotations

import os
import random
import signal
from datetime import datetime, timedelta

from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.demo_accounts import (
    add_demo_accounts,
    demo_duty_manager,
    demo_receptionist,
)
from vipdesk.services.staff import authorize
from vipdesk.store.db import Database

# Set by the reliability tests: the demo kills itself there, exactly as `kill -9` would.
CRASH_ENV = "VIPDESK_DEMO_CRASH_AT"


def crash_point(stage: str) -> None:
    if os.environ.get(CRASH_ENV) == stage:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


# (category, department, severity, what happened, what the guest wants, real reason)
_COMPLAINTS = [
    (
        "noise",
        "engineering",
        "high",
        "空调噪音太大，客人一夜没睡好",
        "换房并减免一晚房费",
        "第二天一早要开会",
    ),
    (
        "noise",
        "housekeeping",
        "medium",
        "Housekeeping knocked at 7:30 despite the DND sign",
        "No visits before noon",
        "Jet lag after a 14-hour flight",
    ),
    (
        "slow_service",
        "food_beverage",
        "medium",
        "送餐服务等了 55 分钟，汤已经凉了",
        "重新做一份",
        "赶时间去机场",
    ),
    (
        "slow_service",
        "front_office",
        "high",
        "Check-in queue of 25 minutes at 15:00",
        "A faster check-in next time",
        "Was invited to a wedding dinner at 16:00",
    ),
    (
        "attitude",
        "front_office",
        "high",
        "前台员工态度冷淡，没有称呼客人姓名",
        "经理当面道歉",
        "作为三VIP 觉得不被重视",
    ),
    (
        "rigid_rules",
        "front_office",
        "medium",
        "Late checkout refused although the room was not needed",
        "Checkout at 14:00",
        "Flight at 18:00, travelling with a baby",
    ),
    (
        "facilities",
        "engineering",
        "critical",
        "浴室热水中断，客人洗澡时变冷水",
        "立刻修好并补偿",
        "身体不适，怕感冒",
    ),
    (
        "cleanliness",
        "housekeeping",
        "high",
        "Hair in the bathtub on arrival",
        "A properly cleaned room now",
        "Had the same problem last stay",
    ),
    (
        "billing",
        "front_office",
        "medium",
        "账单多收了两次迷你吧费用",
        "退还多收的费用",
        "公司报销需要准确账单",
    ),
    (
        "food",
        "food_beverage",
        "high",
        "Peanut sauce served although the allergy was on file",
        "Assurance it will not happen again",
        "Severe peanut allergy",
    ),
    (
        "facilities",
        "engineering",
        "low",
        "房间 Wi-Fi 经常断线",
        "换一个信号好的房间",
        "需要晚上开视频会议",
    ),
    (
        "other",
        "other",
        "low",
        "Parking attendant scratched the car door",
        "Repair paid by the hotel",
        "Company car",
    ),
]


def fill_demo_complaints(
    db: Database, actor: Staff, count: int, seed: int = 1, now: datetime | None = None
) -> int:
    """`count` complaints over the last six weeks: closed ones, open ones, a few overdue."""
    authorize(db, actor, Operation.DEMO)
    add_demo_accounts(db, actor)  # demo history is written by the demo staff
    from sqlalchemy import select

    from vipdesk.domain.complaints import (
        RECOVERY_STEPS,
        ComplaintDraft,
        ComplaintSeverity,
        Status,
    )
    from vipdesk.services.complaints import change_status, log_complaint
    from vipdesk.store.models import GuestRow

    if count <= 0:
        return 0
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    rnd = random.Random(seed)
    manager = demo_duty_manager(db)
    clerk = demo_receptionist(db)
    with db.read() as session:
        guests = list(session.scalars(select(GuestRow.id).order_by(GuestRow.id).limit(60)))
    if not guests:
        return 0
    for i in range(count):
        category, department, severity, what, wish, reason = _COMPLAINTS[i % len(_COMPLAINTS)]
        # The first few are recent and still waiting (two already past their promise).
        age = timedelta(hours=3 + 20 * i) if i < 4 else timedelta(days=rnd.randint(2, 42))
        occurred = now - age - timedelta(minutes=rnd.randint(0, 59))
        steps = {
            step: occurred + timedelta(minutes=5 + 10 * n)
            for n, step in enumerate(RECOVERY_STEPS[: 1 if i < 4 else rnd.randint(2, 4)])
        }
        draft = ComplaintDraft(
            guests[rnd.randrange(len(guests))],
            occurred,
            department,
            category,
            ComplaintSeverity(severity),
            what,
            guest_wish=wish,
            real_reason=reason,
            assigned_to=manager.id,
            compensation=""
            if i < 4
            else rnd.choice(["果盘 fruit basket", "免一晚房费", "升级套房 upgrade", ""]),
        )
        for step, at in steps.items():
            if at <= now:
                setattr(draft, step, at)
        record = log_complaint(db, clerk, draft, now=now)
        if i == count // 2:
            crash_point("complaints")
        if i < 4:
            if i % 2:
                change_status(db, manager, record.id, Status.IN_PROGRESS, now=now)
            continue
        resolved = min(now, occurred + timedelta(hours=rnd.choice([1, 2, 3, 5, 8, 20, 30])))
        change_status(db, manager, record.id, Status.RESOLVED, now=resolved)
        if age > timedelta(days=7):
            change_status(
                db,
                manager,
                record.id,
                Status.FOLLOWED_UP,
                followup_result=rnd.choice(
                    [
                        "客人表示满意，会再来",
                        "Guest thanked us for the call",
                        "客人仍有些不满，但接受补偿",
                    ]
                ),
                satisfaction=rnd.choice([3, 4, 4, 5, 5]),
                now=now,
            )
            if age > timedelta(days=14):
                change_status(db, manager, record.id, Status.CLOSED, now=now)
    return count
