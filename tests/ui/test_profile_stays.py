"""The profile's stay list says which stays never happened and which are still to come,
by the domain's rules (vipdesk/domain/stays.py)."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay, StayStatus
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.profile import guest_profile
from vipdesk.ui.app import set_language
from vipdesk.ui.profile_panel import ProfilePanel

TODAY = date(2026, 11, 25)
STAYS = [
    Stay(date(2026, 3, 1), date(2026, 3, 3), "808", status=StayStatus.CHECKED_OUT),
    Stay(date(2026, 5, 1), date(2026, 5, 2), "909", status=StayStatus.CANCELLED),
    Stay(date(2026, 7, 1), date(2026, 7, 4), "", status=StayStatus.NO_SHOW),
    Stay(date(2026, 11, 24), date(2026, 11, 27), "1808", status=StayStatus.CHECKED_IN),
    Stay(date(2026, 12, 1), date(2026, 12, 3), "2209", status=StayStatus.RESERVED),
    Stay(date(2026, 11, 25), date(2026, 11, 26), "1010", status=StayStatus.RESERVED),
]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["cancelled", "no-show", "in house", "arriving 12-01", "arriving today"]),
        ("zh_CN", ["已取消", "未到店", "在住", "12-01 抵店", "今日抵店"]),
        ("zh_TW", ["已取消", "未到店", "在住", "12-01 抵店", "今日抵店"]),
    ],
)
def test_stays_are_marked_cancelled_no_show_in_house_or_arriving(
    qtbot, db: Database, actor: Staff, english: None, language: str, words: list[str]
) -> None:  # type: ignore[no-untyped-def]
    guest = create_guest(db, actor, GuestDraft("王伟", member_no="M1"))
    profile = guest_profile(db, actor, guest.id, today=TODAY)
    profile = replace(profile, guest=replace(profile.guest, stays=STAYS))
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    panel.show_profile(profile, today=TODAY)
    lines = panel.stays.text().split("<br>")[1:]
    by_day = {s.arrival: next(line for line in lines if f"{s.arrival} →" in line) for s in STAYS}
    marks = [by_day[s.arrival] for s in STAYS]
    assert words[0] in marks[1]
    assert words[1] in marks[2]
    assert words[2] in marks[3]
    assert words[3] in marks[4]
    assert words[4] in marks[5]
    assert not any(w in marks[0] for w in words)  # a plain past stay has no mark
