"""A day's arrivals with what the desk prepares, the brief PDF, and their registration cards."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.dates import PartialDate
from vipdesk.domain.guest import (
    GuestDraft,
    Preference,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
    special_dates_during,
)
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import Stay, StayStatus, stay_to_register
from vipdesk.domain.tiers import Tier
from vipdesk.print.arrivals_brief import render_arrivals_brief
from vipdesk.print.regcard import render_registration_cards
from vipdesk.services.arrival_cards import arrival_registrations
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.hotel import Hotel
from vipdesk.services.stay_import import import_stays
from vipdesk.services.today import arrival_details, day_board

DAY = date(2026, 12, 3)  # a Thursday


def test_special_dates_during_a_stay_count_both_ends() -> None:
    birthday = SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(12, 3))
    leap = SpecialDate(SpecialDateKind.ANNIVERSARY, PartialDate(2, 29), "wedding")
    assert special_dates_during([birthday], date(2026, 12, 1), DAY) == [(birthday, DAY)]
    assert special_dates_during([birthday], DAY, date(2026, 12, 5)) == [(birthday, DAY)]
    assert special_dates_during([birthday], date(2026, 12, 4), date(2026, 12, 9)) == []
    # 29 February falls on the 28th in a common year; a stay over a year sees it twice.
    assert special_dates_during([leap], date(2027, 2, 27), date(2027, 3, 1)) == [
        (leap, date(2027, 2, 28))
    ]
    assert len(special_dates_during([birthday], date(2026, 1, 1), date(2027, 12, 31))) == 2


def test_the_registration_stay_is_the_one_under_way_else_the_next_booking() -> None:
    past = Stay(date(2026, 6, 1), date(2026, 6, 3), "0101", status=StayStatus.CHECKED_OUT)
    cancelled = Stay(DAY, DAY + timedelta(2), "0202", status=StayStatus.CANCELLED)
    booked = Stay(DAY, DAY + timedelta(3), "1808", status=StayStatus.RESERVED)
    later = Stay(DAY + timedelta(30), DAY + timedelta(31), "0909", status=StayStatus.RESERVED)
    assert stay_to_register([past, cancelled, later, booked], DAY) == booked
    here = Stay(DAY - timedelta(1), DAY + timedelta(1), "2203", status=StayStatus.CHECKED_IN)
    assert stay_to_register([past, booked, here], DAY) == here
    assert stay_to_register([past], DAY) is None


@pytest.fixture
def arriving(db: Database, actor: Staff, tmp_path: Path) -> Database:
    vip = create_guest(
        db,
        actor,
        GuestDraft(
            "诸葛亮",
            member_no="V1",
            honorific="先生",
            tier=Tier.VVIP,
            taboos=[
                Taboo("不要安排4楼", TabooKind.TABOO, Severity.CAUTION),
                Taboo("花生过敏", TabooKind.ALLERGY, Severity.DANGER),
            ],
            preferences=[Preference("高楼层")],
            special_dates=[SpecialDate(SpecialDateKind.BIRTHDAY, PartialDate(12, 4, 1981))],
        ),
    ).id
    create_guest(db, actor, GuestDraft("Plain Person", member_no="P1"))
    log_complaint(
        db,
        actor,
        ComplaintDraft(
            vip,
            datetime(2026, 11, 1, 10),
            "front_office",
            "noise",
            ComplaintSeverity.MEDIUM,
            "noisy room",
        ),
        now=datetime(2026, 11, 1, 11),
    )
    path = tmp_path / "s.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [
                ["confirmation_no", "name", "member_no", "phone", "arrival", "departure", "room",
                 "status", "eta", "VIP", "requests"],
                ["H1", "诸葛亮", "V1", "", "2026-06-01", "2026-06-03", "0808", "checked out", "",
                 "", ""],
                ["A1", "Plain Person", "P1", "", "2026-12-03", "2026-12-04", "0303", "reserved",
                 "09:00", "", ""],
                ["A2", "诸葛亮", "V1", "", "2026-12-03", "2026-12-06", "1808", "reserved", "15:00",
                 "V2", "鲜花"],
                ["A3", "HARTMANN, KLAUS", "", "+49 171 5550123", "2026-12-03", "2026-12-05",
                 "2201", "reserved", "", "", "Late check-out"],
                ["A4", "Gone Away", "", "", "2026-12-03", "2026-12-05", "", "cancelled", "", "",
                 ""],
                ["I1", "Long Stayer", "", "", "2026-12-01", "2026-12-05", "0505", "in house",
                 "", "", ""],
                ["D1", "Plain Person", "P1", "", "2026-11-28", "2026-12-03", "0606",
                 "checked out", "", "", ""],
            ]
        )  # fmt: skip
    import_stays(db, actor, path)
    return db


def test_arrival_details_carry_warnings_dates_and_complaints(
    arriving: Database, actor: Staff
) -> None:
    found = arrival_details(arriving, actor, DAY)
    assert [d.arrival.reservation.confirmation_no for d in found] == ["A2", "A1", "A3"]
    vip = found[0]
    assert [t.text for t in vip.taboos] == ["花生过敏", "不要安排4楼"]  # the allergy first
    assert vip.taboos[0].allergy and vip.preferences == ("高楼层",)
    assert [(x.kind, x.day) for x in vip.dates_in_stay] == [
        (SpecialDateKind.BIRTHDAY, date(2026, 12, 4))
    ]
    assert vip.open_complaints == 1 and vip.arrival.stay_number == 2
    assert vip.pms_vip_differs and vip.honorific == "先生"
    assert not found[2].arrival.matched
    only_vips = arrival_details(arriving, actor, DAY, min_tier=Tier.VIP)
    assert [d.arrival.reservation.confirmation_no for d in only_vips] == ["A2"]
    board = day_board(arriving, actor, DAY)
    assert (len(board.arrivals), board.vip_arrivals, board.unmatched, board.birthdays) == (
        3,
        1,
        1,
        1,
    )
    assert [line.stay.confirmation_no for line in board.in_house] == ["I1"]
    assert [line.stay.confirmation_no for line in board.departures] == ["D1"]


def test_the_brief_and_the_registration_cards_of_the_arrivals(
    arriving: Database, actor: Staff, tmp_path: Path
) -> None:
    found = arrival_details(arriving, actor, DAY)
    brief = tmp_path / "brief.pdf"
    pages = render_arrivals_brief(found, DAY, Hotel("华庭酒店 Garden Hotel"), brief)
    reader = PdfReader(brief)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    text = "".join(reader.pages[0].extract_text().split())
    for expected in ("诸葛亮先生", "花生过敏", "双VIPDoubleVIP", "PMSV2", "1808", "15:00",
                     "3晚nights", "12-04", "周五Fri", "1未结open", "HARTMANN,KLAUS", "未匹配"):  # fmt: skip
        assert expected in text, expected
    assert all(b.x >= 0 and b.x + b.width <= float(width) for p in pages for b in p)
    from tests.unit.test_cards import fonts_of

    assert fonts_of(brief) and all(embedded for _name, embedded in fonts_of(brief))

    cards = arrival_registrations(arriving, actor, DAY)
    assert [c.stay.room if c.stay else None for c in cards] == ["1808", "0303", "2201"]
    assert cards[2].name == "HARTMANN, KLAUS" and cards[2].phones == "+49 171 5550123"
    pdf = tmp_path / "reg.pdf"
    render_registration_cards(cards, Hotel("华庭酒店"), pdf)
    texts = ["".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    assert len(texts) == 3
    assert "1808" in texts[0] and "2026-12-03" in texts[0] and "2026-12-06" in texts[0]
    assert "HARTMANN" in texts[2] and "2201" in texts[2]


def test_a_second_stay_booked_or_in_house_is_stage_c_on_the_board_with_a_welcome_task(
    arriving: Database, actor: Staff
) -> None:
    from vipdesk.domain.care import Stage, TaskKind
    from vipdesk.services.care import plan

    board = day_board(arriving, actor, DAY)
    stage = {d.arrival.reservation.confirmation_no: d.care_stage for d in board.arrivals}
    # V1: one completed stay (H1), the second (A2) arrives today; A3 is not matched.
    assert stage == {"A2": Stage.C, "A1": Stage.C, "A3": None}
    # I1 is nobody's (an unmatched long stay): no stage. P1's second stay (A1) arrives today.
    assert [(line.stay.confirmation_no, line.care_stage) for line in board.in_house] == [
        ("I1", None)
    ]
    welcome = [i for i in plan(arriving, actor, DAY) if i.task.kind is TaskKind.SECOND_VISIT]
    assert sorted((i.member_no, i.task.due) for i in welcome if not i.task.overdue) == [
        ("P1", DAY),
        ("V1", DAY),
    ]
