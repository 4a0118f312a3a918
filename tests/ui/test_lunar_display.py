"""A lunar birthday on screen: the profile and the search results show it as lunar, with
the solar day it falls on next, and say "birthday today" on that solar day."""

from dataclasses import replace
from datetime import date

from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import GuestDraft, SpecialDate, SpecialDateKind
from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.profile import guest_profile
from vipdesk.services.search import SearchHit
from vipdesk.ui.app import set_language
from vipdesk.ui.profile_panel import ProfilePanel
from vipdesk.ui.search_model import DETAILS, SearchResultsModel

LEAP_6_1 = PartialDate(6, 1, lunar=True, leap=True)


def test_the_profile_shows_a_lunar_birthday_both_ways(
    qtbot, qapp, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    g = create_guest(
        db,
        actor,
        GuestDraft("陈静", special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, LEAP_6_1)]),
    )
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    today = date(2025, 7, 25)
    panel.show_profile(guest_profile(db, actor, g.id, today=today), today=today)
    assert "Birthday today!" in panel.dates.text()
    assert "lunar leap 6-1 (07-25)" in panel.dates.text() and "06-01" not in panel.dates.text()
    set_language(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: "农历闰6月1日 (07-25)" in panel.dates.text(), timeout=5000)
    finally:
        set_language(qapp, "en")


def test_search_results_say_birthday_today_on_the_lunar_day(qapp, english: None) -> None:  # type: ignore[no-untyped-def]
    hit = SearchHit(
        1, "M1", "陈静", Tier.VIP, "name", MatchKind.EXACT, "8000", LEAP_6_1, None, "", False, ""
    )
    on_the_day = SearchResultsModel(today=date(2025, 7, 25))
    on_the_day.set_hits([hit])
    assert "birthday" in on_the_day.data(on_the_day.index(0, DETAILS)).lower()
    assert on_the_day._birthday(hit)
    solar_reading = SearchResultsModel(today=date(2025, 6, 1))
    solar_reading.set_hits([replace(hit)])
    text = solar_reading.data(solar_reading.index(0, DETAILS))
    assert not solar_reading._birthday(hit)
    assert "lunar leap 6-1 (07-25)" in text and "06-01" not in text
