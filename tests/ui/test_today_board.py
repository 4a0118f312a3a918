"""The Today board, and the day in the search results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vipdesk.domain.search_rank import MatchKind
from vipdesk.domain.tiers import Tier
from vipdesk.services.search import SearchHit
from vipdesk.ui.app import set_language
from vipdesk.ui.search_model import DETAILS, SearchResultsModel

TODAY = date(2026, 11, 25)


def _hit(**kw: object) -> SearchHit:
    hit = SearchHit(
        1, "M1", "王伟", Tier.P, "name", MatchKind.EXACT, "8000", None, None, "", False, ""
    )
    return replace(hit, **kw)  # type: ignore[arg-type]


def test_results_say_arriving_today_or_in_house_with_the_room(qapp, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    set_language(qapp, "en")
    model = SearchResultsModel(today=TODAY)
    model.set_hits(
        [
            _hit(arriving_today=True),
            _hit(id=2, in_house=True, in_house_room="1808", last_room="0303"),
            _hit(id=3, last_stay=date(2026, 10, 1)),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, DETAILS)).startswith("arriving today")
    assert model.data(model.index(1, DETAILS)).startswith("in house · 1808")
    assert "arriving" not in model.data(model.index(2, DETAILS))
    set_language(qapp, "zh_CN")
    try:
        assert model.data(model.index(0, DETAILS)).startswith("今日抵店")
    finally:
        set_language(qapp, "en")


def _board_loaded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.board.model.board is not None, timeout=10000)


def test_the_board_is_home_keyboard_driven_and_prints_the_vip_arrivals(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, window, qapp
) -> None:
    from PySide6.QtCore import Qt

    from vipdesk.ui.print_preview import PrintPreviewDialog
    from vipdesk.ui.today_board import ALERTS, ARRIVALS, IN_HOUSE, NAME, STAY, TIER

    from ..screenshots import screenshots
    from .conftest import save_screenshot

    _board_loaded(qtbot, window)
    board = window.board
    assert window.home.currentWidget() is board
    qtmodeltester.check(board.model)
    b = board.model.board
    assert b.day == TODAY and b.arrivals and b.in_house and b.departures
    # Highest tier first, then ETA.
    ranks = [-(d.arrival.tier.rank if d.arrival.tier else -1) for d in b.arrivals]
    assert ranks == sorted(ranks)
    counts = board.counts.text()
    assert f"{len(b.arrivals)} arrivals" in counts and f"{b.vip_arrivals} VIP and above" in counts
    assert b.unmatched == 1 and b.birthdays >= 1
    texts = [
        [board.model.data(board.model.index(r, c)) for c in range(5)]
        for r in range(board.model.rowCount())
    ]
    assert any("Not matched" in row[TIER] for row in texts)
    assert any("during the stay" in row[ALERTS] or "arrival day" in row[ALERTS] for row in texts)
    assert any("stay" in row[STAY] and "night" in row[STAY] for row in texts)
    assert any("⚠" in row[ALERTS] for row in texts)
    # Every VIP and above is selected by default.
    vips = [
        d.arrival.reservation.confirmation_no
        for d in b.arrivals
        if d.arrival.tier is not None and d.arrival.tier.rank >= Tier.VIP.rank
    ]
    assert board.selected_arrivals() == vips and vips
    save_screenshot(qtbot, window, screenshots() / "today-board-en.png")

    # Down from the empty search box reaches the board; Enter opens the first arrival.
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert board.table.hasFocus()
    first = b.arrivals[0]
    with qtbot.waitSignal(window.profile_shown, timeout=10000) as shown:
        qtbot.keyClick(board.table, Qt.Key.Key_Return)
    assert shown.args == [first.arrival.guest_id]
    banner = window.profile.arriving.text()
    assert banner.startswith("Arriving today · ") and "night" in banner and "stay" in banner
    assert window.profile.arriving.isVisible()

    # Ctrl+P on the board: registration cards and guest cards of the selection, one job.
    with qtbot.waitSignal(window.dialog_opened, timeout=20000) as opened:
        qtbot.keyClick(board.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, PrintPreviewDialog)
    assert len(dialog.images) == len(vips) + 1  # A5 registration cards, then the guest cards
    assert round(dialog.sizes[0][0]) == 420  # A5 wide: 148 mm
    dialog.close()

    # Ctrl+2 shows in house; Esc goes back to the search box; typing shows results.
    qtbot.keyClick(board.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert board.model.section == IN_HOUSE and board.model.rowCount() == len(b.in_house)
    qtbot.keyClick(board.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert board.model.section == ARRIVALS
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Escape)
    assert window.focusWidget() is window.search_box
    qtbot.keyClicks(window.search_box, "zhuge")
    assert window.home.currentWidget() is window.results
    window.search_box.clear()
    assert window.home.currentWidget() is board
    assert board.model.data(board.model.index(0, NAME))

    # Tomorrow: the date picker prepares the next day.
    board.tomorrow_button.click()
    qtbot.waitUntil(
        lambda: board.model.board is not None and board.model.board.day == date(2026, 11, 26),
        timeout=10000,
    )
    set_language(qapp, "zh_CN")
    try:
        board.go_today()
        qtbot.waitUntil(lambda: board.model.board.day == TODAY, timeout=10000)
        qtbot.waitUntil(lambda: board.counts.text().startswith("抵店 "), timeout=3000)
        assert "第" in board.model.data(board.model.index(0, STAY))
        window.statusBar().showMessage("数据库：vipdesk.db · 员工：Anna 安娜")
        save_screenshot(qtbot, window, screenshots() / "today-board-zh_CN.png")
    finally:
        set_language(qapp, "en")
