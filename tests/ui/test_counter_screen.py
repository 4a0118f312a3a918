"""The counter screen, driven with the keyboard as a receptionist would."""

import threading

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tests.screenshots import screenshots
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.search import search
from vipdesk.ui.app import set_language
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.search_model import GuestSearch, SearchResultsModel

from .conftest import TODAY, save_screenshot


def type_and_wait(qtbot, window: MainWindow, text: str) -> int:  # type: ignore[no-untyped-def]
    shown: list[int] = []
    window.results_shown.connect(shown.append)
    qtbot.keyClicks(window.search_box, text)
    # Results for texts typed meanwhile are dropped; the last emission answers the box.
    qtbot.waitUntil(lambda: bool(shown) and not window.searcher._busy, timeout=10_000)
    window.results_shown.disconnect(shown.append)
    return window.model.rowCount()


def open_with_enter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    for _ in range(3):  # let the panel lay out its new text before anyone looks
        QApplication.processEvents()


def test_search_box_has_focus_at_start(window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.search_box


def test_type_pinyin_select_and_read_the_profile(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "ouyang nana")
    assert window.model.hit(0).name == "歐陽娜娜"
    open_with_enter(qtbot, window)
    panel = window.profile
    assert "歐陽娜娜" in panel.name.text() and "女士" in panel.name.text()
    assert panel.pronunciation.text() == "Ōuyáng Nànà"
    assert "Must never happen" in panel.taboos.text()
    assert "不要送钟表类礼品" in panel.taboos.text()
    assert "Birthday in 5 days" in panel.dates.text()
    assert "&nbsp;Important&nbsp;" in panel.tier.text()  # one label per tier, no code
    owed = [i.text() for i in panel.standard_items if i.isEnabled()]
    assert owed == ["☑ Answer every question", "☑ Keep in touch"]
    save_screenshot(qtbot, window, screenshots() / "counter-en.png")


def test_arrow_keys_move_and_enter_opens_that_guest(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    count = type_and_wait(qtbot, window, "zhuge")
    assert count >= 3
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == 2
    chosen = window.model.hit(2)
    open_with_enter(qtbot, window)
    assert chosen.name in window.profile.name.text()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    assert window.results.currentIndex().row() == 1


def test_ctrl_f_and_escape_bring_the_search_box_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "zhuge")
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    assert window.search_box.selectedText() == "zhuge"
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.search_box
    assert "Ctrl+F" in window.find_action.toolTip()


def test_no_result_says_what_to_try(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert type_and_wait(qtbot, window, "qzxv") == 0
    assert "No guest found" in window.result_count.text()


def test_results_model_passes_the_model_tester(
    qtmodeltester, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel()
    model.set_hits(search(demo_db, actor, "wang", today=TODAY))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == model.hit(0).id


def test_stale_results_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    calls: list[str] = []

    def slow_search(text: str) -> list:  # type: ignore[type-arg]
        calls.append(text)
        if text == "w":
            release.wait(5)  # the first search still runs while the user types on
        return [text]  # type: ignore[list-item]

    searcher = GuestSearch(slow_search)
    shown: list[str] = []
    searcher.results_ready.connect(lambda text, hits: shown.append(text))
    searcher.request("w")
    searcher.request("wa")
    searcher.request("wan")
    release.set()
    qtbot.waitUntil(lambda: shown == ["wan"], timeout=5000)
    assert calls == ["w", "wan"]  # "wa" was never searched, "w" never shown


def test_switching_to_chinese_and_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    app = QCoreApplication.instance()
    set_language(app, "zh_CN")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=3000)
    assert window.windowTitle() == "vipdesk — 宾客识别"
    assert "绝对禁忌" in window.profile.taboos.text()
    assert "重要" in window.profile.tier.text()
    assert "5天后生日" in window.profile.dates.text()
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    window.staff_line.setText("数据库：vipdesk.db · 员工：Anna 安娜")  # no temp path
    save_screenshot(qtbot, window, screenshots() / "counter-zh_CN.png")
    set_language(app, "zh_TW")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.file_menu.title() == "檔案(&F)", timeout=3000)
    assert "重要" in window.profile.tier.text()
    set_language(app, "en")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=3000)
    assert "Must never happen" in window.profile.taboos.text()


def test_usable_at_200_percent_scaling(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(683, 384)  # 1366×768 at 200%, in device-independent pixels
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    assert window.search_box.isVisible() and window.profile.isVisible()
    assert window.search_box.width() > 150
