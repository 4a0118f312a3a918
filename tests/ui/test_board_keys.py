"""The Today board at the keyboard: the VIP selection survives the arrow keys, and the
current row is visible."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vipdesk.domain.tiers import Tier
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.today_board import FOCUS_COLOUR, NAME


def _loaded(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.board.model.board is not None, timeout=10_000)


def _vips(window: MainWindow) -> list[str]:
    return [
        d.arrival.reservation.confirmation_no
        for d in window.board.model.board.arrivals  # type: ignore[union-attr]
        if d.arrival.tier is not None and d.arrival.tier.rank >= Tier.VIP.rank
    ]


def test_arrow_keys_move_without_losing_the_vip_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _loaded(qtbot, window)
    board = window.board
    vips = _vips(window)
    assert len(vips) >= 2 and board.selected_arrivals() == vips
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Up, Qt.Key.Key_Home):
        qtbot.keyClick(board.table, key)
        assert board.selected_arrivals() == vips, key
    qtbot.keyClick(board.table, Qt.Key.Key_End)
    assert board.table.currentIndex().row() == board.model.rowCount() - 1
    qtbot.keyClick(board.table, Qt.Key.Key_Space)  # Space still adds the current row
    assert len(board.selected_arrivals()) == len(vips) + 1
    qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert board.selected_arrivals() == vips


def _outlined(window: MainWindow, row: int) -> bool:
    table = window.board.table
    image = table.viewport().grab().toImage()
    rect = table.visualRect(table.model().index(row, NAME))
    colours = {
        image.pixelColor(rect.left() + 1, y).name() for y in range(rect.top(), rect.bottom())
    }
    return QColor(FOCUS_COLOUR).name() in colours


def test_the_current_row_is_visible_when_the_board_takes_the_keyboard(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    _loaded(qtbot, window)
    table = window.board.table
    assert not _outlined(window, 0)  # the search box has the keyboard
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 0
    assert _outlined(window, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert _outlined(window, 1) and not _outlined(window, 0)
