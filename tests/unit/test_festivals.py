"""The curated festival dates agree with the `holidays` package where it has them."""

from datetime import date

import holidays
import pytest

from vipdesk.domain.care import festival_days
from vipdesk.domain.festivals import FESTIVALS, festivals_for

YEARS = range(2024, 2031)


def _days(region, year, name):
    """The days `holidays` names exactly `name` (an "(observed)" day is another day)."""
    found = holidays.country_holidays(region, years=year)
    return sorted(d for d, n in found.items() if n == name)


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize(
    ("region", "code", "name"),
    [
        ("CN", "spring_festival", "Chinese New Year (Spring Festival)"),
        ("CN", "dragon_boat", "Dragon Boat Festival"),
        ("CN", "mid_autumn", "Mid-Autumn Festival"),
        ("CN", "national_day_cn", "National Day"),
        ("CN", "new_year", "New Year's Day"),
        ("HK", "spring_festival", "Chinese New Year"),
        ("HK", "christmas", "Christmas Day"),
        ("TW", "mid_autumn", "Mid-Autumn Festival"),
        ("TW", "national_day_tw", "National Day"),
    ],
)
def test_festival_dates_match_holidays(region, code, name, year):
    festival = FESTIVALS[code]
    assert festival in festivals_for(region)
    (ours,) = festival.dates(date(year, 1, 1), date(year, 12, 31))
    theirs = _days(region, year, name)
    if not theirs:  # e.g. HK names a Sunday festival only by the day off after it
        pytest.skip(f"{name} is not a holiday in {region} in {year}")
    assert ours in theirs


@pytest.mark.parametrize("region", ["CN", "HK", "TW", "MO", "SG", "US"])
def test_no_greeting_on_tomb_sweeping_day(region):
    for year in YEARS:
        mourning = {
            d
            for d, n in holidays.country_holidays("CN", years=year).items()
            if "Tomb-Sweeping" in n
        }
        greeted = {f.dates(date(year, 1, 1), date(year, 12, 31))[0] for f in festivals_for(region)}
        assert not mourning & greeted


def test_hong_kong_greets_on_mid_autumn_itself_not_the_day_off_after():
    ((due, festival),) = [
        x
        for x in festival_days("HK", date(2026, 9, 1), date(2026, 9, 30))
        if x[1].code == "mid_autumn"
    ]
    assert festival.dates(date(2026, 9, 1), date(2026, 9, 30)) == [date(2026, 9, 25)]
    assert due == date(2026, 9, 22)
