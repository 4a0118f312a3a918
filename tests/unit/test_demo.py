"""Demo data that looks like a real hotel's file."""

from datetime import date, datetime

from tests import sql
from vipdesk.domain.guest import Gender, SpecialDateKind
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.demo import demo_guests, fill_demo, fill_demo_complaints

TODAY = date(2026, 11, 25)
FEMALE_HONORIFICS = {"女士", "小姐", "Ms", "Mrs", "Frau", "Mme"}
MALE_HONORIFICS = {"先生", "Mr", "Herr", "M."}
# Given names no one would call "Mr" (or 先生), and the other way round.
FEMALE_NAMES = {"Emma", "Charlotte", "Sophie", "Amélie", "Zoë", "Chloé", "Inês", "Siobhán"}
FEMALE_NAMES |= {"Renée", "淑芬", "美玲", "雅婷", "怡君", "詩涵", "陽菜", "美咲", "結衣"}
MALE_NAMES = {"James", "Oliver", "Liam", "Noah", "Lukas", "François", "Søren", "Björn"}
MALE_NAMES |= {"Łukasz", "João", "Seán", "志明", "家豪", "建宏", "冠廷", "國強", "翔太", "大輔"}


def test_a_handful_of_birthdays_today() -> None:
    for count in (60, 300, 3000):
        drafts = demo_guests(count, seed=1, today=TODAY)
        today = [
            d
            for d in drafts
            for s in d.special_dates
            if s.kind == SpecialDateKind.BIRTHDAY and (s.date.month, s.date.day) == (11, 25)
        ]
        assert 1 <= len(today) <= max(6, count // 200), (count, len(today))


def test_honorifics_match_gender_and_name() -> None:
    wrong = []
    for d in demo_guests(600, seed=1, today=TODAY):
        given = {d.name[-2:], d.name.split()[0], *(d.latin_name or "").split()[-1:]}
        if d.gender == Gender.FEMALE and d.honorific in MALE_HONORIFICS:
            wrong.append(f"{d.honorific} {d.name}")
        if d.gender == Gender.MALE and d.honorific in FEMALE_HONORIFICS:
            wrong.append(f"{d.honorific} {d.name}")
        if given & FEMALE_NAMES and (d.gender != Gender.FEMALE or d.honorific in MALE_HONORIFICS):
            wrong.append(f"{d.honorific} {d.name}")
        if given & MALE_NAMES and (d.gender != Gender.MALE or d.honorific in FEMALE_HONORIFICS):
            wrong.append(f"{d.honorific} {d.name}")
    assert wrong == []


def test_history_is_written_by_demo_staff_not_by_who_asked(db: Database, actor: Staff) -> None:
    fill_demo(db, actor, 40, seed=1, today=TODAY)
    fill_demo_complaints(db, actor, 6, seed=1, now=datetime(2026, 11, 25, 12, 0))
    conn = sql.connect(db)
    try:
        writers = {
            r[0]
            for r in conn.execute(
                "SELECT created_by FROM guests UNION SELECT created_by FROM complaints "
                "UNION SELECT staff_id FROM complaint_events UNION SELECT staff_id FROM audit_log"
            )
        }
        assert actor.id not in writers
        names = {
            r[0]
            for r in conn.execute(
                "SELECT display_name FROM staff WHERE id IN "
                f"({', '.join(str(w) for w in writers if w)})"
            )
        }
        assert len(names) >= 2  # a receptionist and a duty manager at least
    finally:
        conn.close()
