"""AD stage C on the Today board: a guest on (or arriving for) their second stay shows the
alert "2nd stay: greet as a returning guest, recall their preferences"."""

from __future__ import annotations

from pathlib import Path

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.today import day_board
from vipdesk.ui.app import set_language
from vipdesk.ui.today_board import ALERTS, IN_HOUSE, TodayBoard

from ..unit.test_arrivals import DAY, arriving  # noqa: F401  (the fixture)

ALERT = "2nd stay: greet as a returning guest, recall their preferences"


def _alerts(board: TodayBoard) -> dict[str, str]:
    m = board.model
    return {m.line(r).stay.confirmation_no: m.data(m.index(r, ALERTS)) for r in range(m.rowCount())}


def test_the_board_says_greet_as_a_returning_guest(
    qtbot,
    qapp,
    qtmodeltester,
    arriving: Database,  # noqa: F811  (the fixture imported above)
    actor: Staff,
    english: None,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    board = TodayBoard(today=DAY)
    qtbot.addWidget(board)
    board.resize(1200, 300)
    board.show_board(day_board(arriving, actor, DAY))
    qtmodeltester.check(board.model)
    alerts = _alerts(board)
    assert ALERT in alerts["A2"] and ALERT in alerts["A1"] and ALERT not in alerts["A3"]
    assert alerts["A2"].index("⚠") < alerts["A2"].index(ALERT)  # safety first
    board.grab().save(str(tmp_path / "board_second_stay_en.png"))  # to look at
    board.sections.setCurrentIndex(IN_HOUSE)
    assert ALERT not in _alerts(board)["I1"]  # an unmatched stay: nobody to greet by name
    set_language(qapp, "zh_CN")
    board.sections.setCurrentIndex(0)
    assert "第二次入住：以回头客相迎，记住其喜好" in _alerts(board)["A2"]
    board.grab().save(str(tmp_path / "board_second_stay_zh_CN.png"))


def test_the_profile_says_it_too(
    qtbot,
    arriving: Database,  # noqa: F811  (the fixture imported above)
    actor: Staff,
    english: None,
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.services.profile import guest_profile
    from vipdesk.ui.profile_panel import ProfilePanel

    a2 = next(d for d in day_board(arriving, actor, DAY).arrivals if d.arrival.member_no == "V1")
    assert a2.arrival.guest_id is not None
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    panel.show_profile(guest_profile(arriving, actor, a2.arrival.guest_id, today=DAY), today=DAY)
    assert ALERT in panel.care.text()
