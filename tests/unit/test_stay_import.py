"""Importing PMS stays: layouts, statuses, dates, matching, re-import, rejects, history."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.staff import Staff
from vipdesk.domain.stays import StayStatus
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.errors import Conflict, FileProblem
from vipdesk.services.guests import create_guest, get_guest, update_guest
from vipdesk.services.stay_import import import_stays
from vipdesk.services.stays import (
    arrivals,
    create_guest_from_stay,
    get_reservation,
    link_stay,
    unmatched_stays,
)

TODAY = date.today()


def write(
    path: Path, rows: list[list[str]], *, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def guest(db: Database, actor: Staff, name: str, **kw: object) -> int:
    phones = [normalise_phone(p) for p in kw.pop("phones", [])]  # type: ignore[attr-defined]
    return create_guest(db, actor, GuestDraft(name, phones=phones, **kw)).id  # type: ignore[arg-type]


OPERA_HEADER = [
    "CONFIRMATION_NO",
    "GUEST_LAST_NAME",
    "GUEST_FIRST_NAME",
    "MEMBERSHIP_NO",
    "PHONE",
    "ARRIVAL_DATE",
    "DEPARTURE_DATE",
    "RM_NO",
    "RM_TYPE",
    "RESV_STATUS",
    "VIP_STATUS",
    "SPECIAL_REQUESTS",
    "ADULTS",
]


def test_an_opera_export_in_english_imports_and_matches(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    jose = guest(db, actor, "José Müller-Lüdenscheidt", phones=["+49 171 2345678"])
    member = guest(db, actor, "Wang Wei", member_no="M-1001", tier=Tier.VIP)
    path = write(
        tmp_path / "opera.csv",
        [
            OPERA_HEADER,
            ["100001", "MULLER-LUDENSCHEIDT", "JOSE", "", "+491712345678", "11/28/2026",
             "02-DEC-26", "1808", "KSUP", "CHECKED OUT", "V2", "Feather-free pillows", "1"],
            ["100002", "WANG", "WEI", "M-1001", "", "12/01/2026", "05-DEC-26", "", "DLX",
             "DUE IN", "V1", "", "2"],
            ["100003", "SMITH", "ANNA", "", "", "12/01/2026", "03-DEC-26", "", "STD",
             "RESERVED", "", "", "1"],
        ],
    )  # fmt: skip
    summary = import_stays(db, actor, path)
    assert (summary.imported, summary.rejected, summary.matched, summary.unmatched) == (3, 0, 2, 1)
    assert summary.date_order == "mdy"  # 11/28 settles month-first
    first = get_reservation(db, actor, "100001")
    assert first.guest_id == jose and first.name == "MULLER-LUDENSCHEIDT, JOSE"
    assert first.stay.status is StayStatus.CHECKED_OUT
    assert (first.stay.arrival, first.stay.departure) == (date(2026, 11, 28), date(2026, 12, 2))
    assert (first.stay.room, first.stay.room_type, first.stay.pms_vip) == ("1808", "KSUP", "V2")
    assert first.stay.requests == "Feather-free pillows" and first.stay.adults == 1
    assert get_reservation(db, actor, "100002").guest_id == member
    assert get_reservation(db, actor, "100002").stay.status is StayStatus.RESERVED
    assert get_reservation(db, actor, "100003").guest_id is None  # nobody: unmatched


def chinese_rows() -> list[list[str]]:
    return [
        ["预订号", "姓", "名", "手机", "抵店日期", "离店日期", "房号", "房型", "状态",
         "特殊要求", "房间布置", "备注", "贵宾卡", "成人", "儿童", "预计到达", "单位"],
        ["CN-1", "李", "娜", "13911114321", "2026年12月1日", "2026/12/3", "1808", "豪华大床",
         "在住", "高楼层", "玫瑰花瓣", "老客人", "金卡", "2", "1", "14:30", "华为"],
        ["CN-2", "李", "娜", "", "2026年12月5日", "2026/12/6", "", "标准间", "预订",
         "", "", "", "", "1", "", "", ""],
        ["CN-3", "王", "芳", "13800000000", "2026-11-01", "2026-11-03", "901", "", "离店",
         "", "", "", "", "", "", "", ""],
        ["CN-4", "王", "芳", "", "2026-11-10", "2026-11-11", "", "", "取消",
         "", "", "", "", "", "", "", ""],
        ["CN-5", "王", "芳", "", "2026-11-12", "2026-11-13", "", "", "未到",
         "", "", "", "", "", "", "", ""],
    ]  # fmt: skip


def test_a_chinese_gb18030_export_imports_and_never_links_a_namesake(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    namesake = guest(db, actor, "李娜", phones=["13700000000"])
    li_na = guest(db, actor, "李娜", phones=["139 1111 4321"])
    path = write(tmp_path / "xirun.csv", chinese_rows(), encoding="gb18030", delimiter="|")
    summary = import_stays(db, actor, path)
    assert summary.encoding == "gb18030"
    assert (summary.imported, summary.rejected) == (5, 0)
    first = get_reservation(db, actor, "CN-1")
    assert first.guest_id == li_na != namesake  # the 李娜 who owns that phone
    s = first.stay
    assert s.status is StayStatus.CHECKED_IN and (s.adults, s.children, s.eta) == (2, 1, "14:30")
    assert s.requests == "高楼层; 玫瑰花瓣" and s.comments == "老客人" and s.company == "华为"
    assert s.pms_vip == "金卡" and s.room_type == "豪华大床"
    # A name alone never links: two guests are called 李娜 and one may be neither.
    assert get_reservation(db, actor, "CN-2").guest_id is None
    statuses = [get_reservation(db, actor, f"CN-{i}").stay.status for i in (3, 4, 5)]
    assert statuses == [StayStatus.CHECKED_OUT, StayStatus.CANCELLED, StayStatus.NO_SHOW]


def test_a_name_with_nobodys_phone_or_only_a_name_stays_unmatched_and_is_listed(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    known = guest(db, actor, "Anna Smith", phones=["+44 7700 900123"], email="anna@example.com")
    path = write(
        tmp_path / "r.csv",
        [
            ["confirmation_no", "name", "phone", "email", "arrival", "departure", "status"],
            ["A1", "Anna Smith", "", "", "2026-12-01", "2026-12-02", "reserved"],
            ["A2", "Anna Smith", "+44 7700 900999", "", "2026-12-01", "2026-12-02", "reserved"],
            ["A3", "SMITH, ANNA", "", "ANNA@example.com", "2026-12-01", "2026-12-02", "reserved"],
            ["A4", "Bob Smith", "+44 7700 900123", "", "2026-12-01", "2026-12-02", "reserved"],
        ],
    )
    import_stays(db, actor, path)
    assert get_reservation(db, actor, "A3").guest_id == known  # name + e-mail
    listed = {u.reservation.confirmation_no: u for u in unmatched_stays(db, actor)}
    assert set(listed) == {"A1", "A2", "A4"}
    assert [h.id for h in listed["A1"].candidates] == [known]  # a likely guest, not linked
    link_stay(db, actor, "A1", str(known))
    assert get_reservation(db, actor, "A1").guest_id == known
    other = guest(db, actor, "Someone Else")
    with pytest.raises(Conflict):
        link_stay(db, actor, "A1", str(other))  # never moved silently
    new_id = create_guest_from_stay(db, actor, "A4")
    created = get_guest(db, actor, new_id)
    assert created.name == "Bob Smith" and [p.e164 for p in created.phones] == ["+447700900123"]
    assert get_reservation(db, actor, "A4").guest_id == new_id


def test_reimport_changes_nothing_and_a_later_export_updates(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    li_na = guest(db, actor, "李娜", phones=["13911114321"])
    path = write(tmp_path / "a.csv", chinese_rows(), encoding="gb18030")
    import_stays(db, actor, path)
    again = import_stays(db, actor, path)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 5)
    rows = chinese_rows()
    rows[2][6] = "2302"  # a room assigned later
    rows[1][8] = "离店"  # checked out
    later = import_stays(db, actor, write(tmp_path / "b.csv", rows))
    assert (later.imported, later.updated, later.unchanged) == (0, 2, 3)
    assert get_reservation(db, actor, "CN-2").stay.room == "2302"
    assert get_reservation(db, actor, "CN-1").stay.status is StayStatus.CHECKED_OUT
    assert get_reservation(db, actor, "CN-1").guest_id == li_na


def test_rejected_rows_are_written_with_line_and_reason(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "bad.csv",
        [
            ["confirmation_no", "name", "arrival", "departure", "status"],
            ["B1", "Ann", "2026-12-01", "2026-12-02", "reserved"],
            ["B2", "Ann", "2026-12-01", "2026-12-02", "waitlisted"],
            ["", "Ann", "2026-12-01", "2026-12-02", "reserved"],
            ["B1", "Ann", "2026-12-01", "2026-12-02", "reserved"],
            ["B3", "Ann", "2026-13-01", "2026-12-02", "reserved"],
            ["B4", "Ann", "2026-12-05", "2026-12-02", "reserved"],
            ["B5", "", "2026-12-01", "2026-12-02", "reserved"],
        ],
    )
    rejects = tmp_path / "rejects.csv"
    summary = import_stays(db, actor, path, rejects_path=rejects)
    assert (summary.imported, summary.rejected) == (1, 6)
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [
        "line",
        "reason",
        "confirmation_no",
        "name",
        "arrival",
        "departure",
        "status",
    ]
    reasons = {int(r[0]): r[1] for r in rows[1:]}
    assert "'waitlisted' is not a known status" in reasons[3]
    assert "no confirmation number" in reasons[4]
    assert "B1 is already on line 2" in reasons[5]
    assert "arrival" in reasons[6] and "not a date" in reasons[6]
    assert "before arrival" in reasons[7]
    assert "no guest name" in reasons[8]
    assert rows[1][2:] == ["B2", "Ann", "2026-12-01", "2026-12-02", "waitlisted"]


@pytest.mark.parametrize(
    ("cells", "order", "expected"),
    [
        (["03/04/2026", "25/04/2026"], None, date(2026, 4, 3)),  # 25 settles day-first
        (["03/04/2026", "04/25/2026"], None, date(2026, 3, 4)),  # 25 settles month-first
        (["03/04/2026", "05/04/2026"], "dmy", date(2026, 4, 3)),
        (["03/04/2026", "05/04/2026"], "mdy", date(2026, 3, 4)),
        (["04/04/2026", "05/05/2026"], None, date(2026, 4, 4)),  # same either way
    ],
)
def test_the_day_month_order_is_read_from_the_whole_file(
    db: Database,
    actor: Staff,
    tmp_path: Path,
    cells: list[str],
    order: str | None,
    expected: date,
) -> None:
    path = write(
        tmp_path / "d.csv",
        [
            ["confirmation_no", "name", "arrival", "departure"],
            ["D1", "Ann", cells[0], cells[0]],
            ["D2", "Bob", cells[1], cells[1]],
        ],
    )
    import_stays(db, actor, path, date_order=order)
    assert get_reservation(db, actor, "D1").stay.arrival == expected


def test_a_file_whose_dates_stay_ambiguous_is_refused_naming_the_option(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "d.csv",
        [
            ["confirmation_no", "name", "arrival", "departure"],
            ["D1", "Ann", "03/04/2026", "05/04/2026"],
        ],
    )
    with pytest.raises(FileProblem, match="--date-order"):
        import_stays(db, actor, path)
    mixed = write(
        tmp_path / "m.csv",
        [
            ["confirmation_no", "name", "arrival", "departure"],
            ["D1", "Ann", "25/04/2026", "26/04/2026"],
            ["D2", "Bob", "04/25/2026", "04/26/2026"],
        ],
    )
    with pytest.raises(FileProblem, match="mix day/month"):
        import_stays(db, actor, mixed)
    with pytest.raises(FileProblem, match="no confirmation_no column"):
        import_stays(db, actor, write(tmp_path / "x.csv", [["name", "arrival", "departure"]]))


def test_history_comes_from_matched_stays_and_a_booking_changes_nothing(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.complaints import returning_guest
    from vipdesk.services.profile import guest_profile
    from vipdesk.services.search import search

    gid = guest(db, actor, "Zhuge Liang", member_no="Z1")
    day = TODAY
    path = write(
        tmp_path / "h.csv",
        [
            ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status"],
            ["H1", "Zhuge Liang", "Z1", str(day - timedelta(40)), str(day - timedelta(38)),
             "1808", "checked out"],
            ["H2", "Zhuge Liang", "Z1", str(day - timedelta(20)), str(day - timedelta(18)),
             "1901", "cancelled"],
            ["H3", "Zhuge Liang", "Z1", str(day + timedelta(5)), str(day + timedelta(8)),
             "", "reserved"],
        ],
    )  # fmt: skip
    import_stays(db, actor, path)
    p = guest_profile(db, actor, gid, today=day)
    assert p.stays_count == 1 and p.in_house is None
    assert p.last_stay is not None and p.last_stay.room == "1808"
    assert p.next_booking is not None and p.next_booking.confirmation_no == "H3"
    [hit] = search(db, actor, "Zhuge Liang", today=day)
    assert hit.last_stay == day - timedelta(40) and hit.last_room == "1808"
    assert returning_guest(db, actor, gid, datetime.combine(day, datetime.min.time()))
    # Editing the guest by hand keeps the PMS stays.
    record = get_guest(db, actor, gid)
    update_guest(db, actor, gid, GuestDraft("Zhuge Liang", member_no="Z1", notes="x"),
                 version=record.version)  # fmt: skip
    assert {s.confirmation_no for s in get_guest(db, actor, gid).stays} == {"H1", "H2", "H3"}


def test_an_in_house_pms_stay_is_found_by_room_and_shown_in_house(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.search import search

    gid = guest(db, actor, "Ouyang Nana", member_no="O1")
    path = write(
        tmp_path / "i.csv",
        [
            ["confirmation_no", "name", "member_no", "arrival", "departure", "room", "status"],
            ["I1", "Ouyang Nana", "O1", str(TODAY - timedelta(1)), str(TODAY + timedelta(2)),
             "2808", "in house"],
            ["I2", "Nobody Known", "", str(TODAY - timedelta(1)), str(TODAY + timedelta(2)),
             "2808", "in house"],
        ],
    )  # fmt: skip
    import_stays(db, actor, path)
    assert [h.id for h in search(db, actor, "2808", today=TODAY)] == [gid]
    assert search(db, actor, "Ouyang", today=TODAY)[0].in_house


def test_arrivals_of_a_day_highest_tier_first_with_the_stay_number(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    vip = guest(db, actor, "Vip Person", member_no="V1", tier=Tier.VVIP)
    regular = guest(db, actor, "Plain Person", member_no="P1")
    day = date(2026, 12, 1)
    path = write(
        tmp_path / "a.csv",
        [
            ["confirmation_no", "name", "member_no", "arrival", "departure", "status", "eta"],
            ["X0", "Vip Person", "V1", "2026-10-01", "2026-10-03", "checked out", ""],
            ["X1", "Plain Person", "P1", "2026-12-01", "2026-12-03", "reserved", "10:00"],
            ["X2", "Vip Person", "V1", "2026-12-01", "2026-12-04", "reserved", "18:00"],
            ["X3", "Walk In", "", "2026-12-01", "2026-12-02", "checked in", ""],
            ["X4", "Gone Away", "", "2026-12-01", "2026-12-02", "cancelled", ""],
        ],
    )
    import_stays(db, actor, path)
    got = arrivals(db, actor, day)
    assert [a.reservation.confirmation_no for a in got] == ["X2", "X1", "X3"]
    assert [a.guest_id for a in got] == [vip, regular, None]
    assert [a.stay_number for a in got] == [2, 1, None]
    assert got[0].reservation.stay.nights == 3


def test_a_merge_keeps_the_pms_stays_of_both_guests(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.duplicates import merge_guests

    keep = guest(db, actor, "Ann Lee", member_no="K1")
    other = guest(db, actor, "Ann Lee", member_no="K2")
    path = write(
        tmp_path / "m.csv",
        [
            ["confirmation_no", "name", "member_no", "arrival", "departure", "status"],
            ["M1", "Ann Lee", "K1", "2026-01-01", "2026-01-02", "checked out"],
            ["M2", "Ann Lee", "K2", "2026-02-01", "2026-02-02", "checked out"],
        ],
    )
    import_stays(db, actor, path)
    merged = merge_guests(db, actor, keep, other)
    assert {s.confirmation_no for s in merged.stays} == {"M1", "M2"}
    assert get_reservation(db, actor, "M2").guest_id == keep


def test_the_demo_fills_stays_for_a_live_today_board(db: Database, actor: Staff) -> None:
    from tests import sql
    from vipdesk.services.demo import fill_demo

    today = date(2026, 11, 25)
    fill_demo(db, actor, 60, seed=1, today=today)
    got = arrivals(db, actor, today)
    assert sum(1 for a in got if a.tier is not None and a.tier.rank >= Tier.VIP.rank) >= 3
    assert [a.name for a in got if not a.matched] == ["HARTMANN, KLAUS"]
    in_stay = []
    for a in got:
        if a.guest_id is not None:
            s = a.reservation.stay
            for d in get_guest(db, actor, a.guest_id).special_dates:
                falls = d.date.next_occurrence(s.arrival)
                if d.kind.value == "birthday" and s.arrival <= falls <= s.departure:
                    in_stay.append(a.name)
    assert in_stay, "one arrival has a birthday during the stay"
    assert len(arrivals(db, actor, today + timedelta(1))) >= 3  # tomorrow's, to prepare
    conn = sql.connect(db)
    day = today.isoformat()
    in_house, departing, history = conn.execute(
        "SELECT count(*) FILTER (WHERE status = 'checked_in' AND arrival <= ? AND departure > ?),"
        " count(*) FILTER (WHERE status = 'checked_in' AND departure = ?),"
        " count(*) FILTER (WHERE status = 'checked_out')"
        " FROM stays WHERE source = 'pms'",
        (day, day, day),
    ).fetchone()
    conn.close()
    assert in_house >= 3 and departing >= 3 and history >= 10


def test_a_row_in_another_encoding_or_an_open_quote_is_rejected_never_stored_garbled(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.stays import unmatched_stays

    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "预订号,姓名,到店日期,离店日期,状态\n".encode()
        + "C1,张伟,2026-12-01,2026-12-03,预订\n".encode()
        + "C2,李娜,2026-12-01,2026-12-02,预订\n".encode("gbk")
        + "C3,王芳,2026-12-02,2026-12-04,预订\n".encode()
        + 'C4,"赵六,2026-12-02,2026-12-04,预订\n'.encode()
    )
    summary = import_stays(db, actor, path, rejects_path=tmp_path / "rejects.csv")
    assert (summary.imported, summary.rejected) == (2, 2)
    assert [line for line, _ in summary.reject_samples] == [3, 5]
    assert "never closed" in summary.reject_samples[1][1]
    names = {s.reservation.name for s in unmatched_stays(db, actor)}
    assert names == {"张伟", "王芳"}


def test_an_arrival_of_a_flagged_guest_is_listed_in_the_summary(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    from vipdesk.services.caution import set_caution

    member = guest(db, actor, "Wang Wei", member_no="M-1001")
    set_caution(db, actor, member, "unpaid_bill", "left without paying")
    path = write(
        tmp_path / "opera.csv",
        [
            OPERA_HEADER,
            ["200001", "WANG", "WEI", "M-1001", "", "12/01/2026", "05-DEC-26", "", "DLX",
             "DUE IN", "", "", "2"],
            ["200002", "SMITH", "ANNA", "", "", "12/01/2026", "03-DEC-26", "", "STD",
             "RESERVED", "", "", "1"],
        ],
    )  # fmt: skip
    summary = import_stays(db, actor, path, date_order="mdy")
    assert summary.flagged == ["200001"]
    assert "1 on the caution list: 200001" in summary.line()
    assert "Wang" not in summary.line() and "left without" not in summary.line()
