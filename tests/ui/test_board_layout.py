"""The Today board on a 1366×768 screen: no column hides what it says."""

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle

from vipdesk.ui.app import set_language
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.today_board import ALERTS, NAME, REQUESTS, STAY, TIER


def text_size(text: str, font: QFont, width: int) -> tuple[float, float]:
    """Width and height `text` needs, wrapped at `width`, as an item view lays it out
    (QTextLayout, so the fallback font of Chinese characters counts). Qt elides a line
    when the next one, taken as tall as it, would not fit: the height counts that too."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = widest = needed = previous = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
        needed = max(needed, height, height - line.height() + previous)
        previous = line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest, needed


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_no_column_is_clipped_at_1366x768(qtbot, window: MainWindow, language: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.board.model.board is not None, timeout=10_000)
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    QApplication.processEvents()
    board = window.board
    table = board.table
    assert window.width() == 1366
    # What the item delegate keeps free on each side of a cell's text.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    for section in range(3):
        board.sections.setCurrentIndex(section)
        qtbot.waitUntil(lambda: board.model.rowCount() > 0)
        for row in range(board.model.rowCount()):
            for column in (NAME, TIER, STAY, REQUESTS, ALERTS):
                index = board.model.index(row, column)
                text = board.model.data(index)
                if not text:
                    continue
                font = board.model.data(index, Qt.ItemDataRole.FontRole) or table.font()
                cell = table.visualRect(index)
                width, height = text_size(text, font, cell.width() - 2 * margin)
                assert width <= cell.width() - 2 * margin and height <= cell.height(), (
                    section,
                    row,
                    column,
                    text,
                    cell,
                    height,
                )
    board.sections.setCurrentIndex(0)
    QApplication.processEvents()
    window.grab().save(f"/tmp/ui11/board-{language}.png")


def test_a_booking_of_a_guest_in_house_shows_on_their_in_house_line(
    qtbot, db, actor, english, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.test_in_house_not_arriving import DAY
    from tests.unit.test_in_house_not_arriving import (
        test_the_board_and_search_list_an_in_house_guest_once as make_day,
    )
    from vipdesk.services.profile import guest_profile
    from vipdesk.services.today import day_board
    from vipdesk.ui.profile_panel import ProfilePanel
    from vipdesk.ui.today_board import IN_HOUSE, TodayBoardModel

    make_day(db, actor, tmp_path)  # 王伟 in house in 0505, booked into 0303 from today
    model = TodayBoardModel()
    model.set_board(day_board(db, actor, DAY))
    model.set_section(IN_HOUSE)
    assert model.data(model.index(0, STAY)) == "0505 · until 12-05 · also booked: 0303 until 12-08"
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    panel.show_profile(guest_profile(db, actor, 1, today=DAY), today=DAY)
    assert not panel.arriving.isVisibleTo(panel)  # here already: no "Arriving today" banner
