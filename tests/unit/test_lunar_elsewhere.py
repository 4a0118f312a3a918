"""Lunar (农历) birthdays outside the care plan: "birthday today" on the profile and in the
search results, what the profile and the cards show, and the duplicates check. Each reads
a lunar month and day through the lunar calendar, never as a solar month and day."""

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import GuestDraft, SpecialDate, SpecialDateKind
from vipdesk.domain.staff import Staff
from vipdesk.print.cards import render_cards
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.duplicates import all_duplicate_pairs, find_duplicates
from vipdesk.services.guests import create_guest
from vipdesk.services.profile import guest_profile

LEAP_6_1 = PartialDate(6, 1, lunar=True, leap=True)  # 闰六月初一: 2025 has a leap 6th month
MID_AUTUMN = PartialDate(8, 15, lunar=True)  # 农历八月十五: 2026-09-25


def _birthday(d: PartialDate) -> list[SpecialDate]:
    return [SpecialDate(SpecialDateKind.BIRTHDAY, d)]


def test_the_same_day_only_in_the_same_calendar() -> None:
    assert MID_AUTUMN.same_day(PartialDate(8, 15, 1980, lunar=True))
    assert not MID_AUTUMN.same_day(PartialDate(8, 15))  # solar 15 August is another day
    assert not LEAP_6_1.same_day(PartialDate(6, 1, lunar=True))  # the leap month is its own
    assert PartialDate(3, 5).same_day(PartialDate(3, 5, 1990))


def test_the_profile_counts_down_to_the_lunar_day_leap_month_included(
    db: Database, actor: Staff
) -> None:
    g = create_guest(db, actor, GuestDraft("陈静", special_dates=_birthday(LEAP_6_1)))
    days = lambda today: guest_profile(db, actor, g.id, today=today).upcoming[0].days_until  # noqa: E731
    assert days(date(2025, 7, 25)) == 0  # 闰六月初一 in 2025
    assert days(date(2025, 6, 1)) != 0  # not the solar 1 June
    assert days(date(2025, 6, 25)) != 0  # nor the regular 六月初一 in a year with the leap one
    assert days(date(2026, 7, 14)) == 0  # 2026 has no leap 6th month: the regular one


def test_cards_print_the_lunar_day_both_ways(db: Database, actor: Staff, tmp_path: Path) -> None:
    create_guest(db, actor, GuestDraft("陈静", member_no="L1", special_dates=_birthday(MID_AUTUMN)))
    pdf = tmp_path / "cards.pdf"
    today = date(2026, 9, 20)
    render_cards(card_data(db, actor, ["L1"], today=today), pdf, today=today)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "农历八月十五" in text and "09-25" in text
    assert "08-15" not in text


def test_duplicates_tell_a_lunar_birthday_from_a_solar_one(db: Database, actor: Staff) -> None:
    reason = "same name reading and birthday"
    create_guest(db, actor, GuestDraft("王芳", member_no="A", special_dates=_birthday(MID_AUTUMN)))
    solar = GuestDraft("王芳", special_dates=_birthday(PartialDate(8, 15)))
    assert not any(reason in c.reasons for c in find_duplicates(db, actor, solar))
    lunar = GuestDraft("王芳", special_dates=_birthday(PartialDate(8, 15, lunar=True)))
    assert any(reason in c.reasons for c in find_duplicates(db, actor, lunar))

    create_guest(db, actor, GuestDraft("王芳", member_no="B", special_dates=solar.special_dates))
    assert not any(reason in p.reasons for p in all_duplicate_pairs(db, actor))
    create_guest(db, actor, GuestDraft("王芳", member_no="C", special_dates=_birthday(MID_AUTUMN)))
    pairs = [p for p in all_duplicate_pairs(db, actor) if reason in p.reasons]
    assert len(pairs) == 1


def test_the_board_finds_a_lunar_birthday_during_the_stay() -> None:
    from vipdesk.domain.guest import special_dates_during

    leap = _birthday(LEAP_6_1)
    assert [d for _s, d in special_dates_during(leap, date(2025, 7, 24), date(2025, 7, 26))] == [
        date(2025, 7, 25)
    ]
    assert special_dates_during(leap, date(2025, 5, 30), date(2025, 6, 2)) == []  # not 1 June
    assert special_dates_during(leap, date(2025, 6, 24), date(2025, 6, 26)) == []
