"""A counter that lost the server says so in its own language, in the status bar too.

The search runs while the server is gone: its failure, under the search box where the count
goes, is the translated "server cannot be reached" text (by the error's code), never the
service's English, and the list no longer shows the previous text's guests.
Skipped without $VIPDESK_TEST_PG.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from tests.accounts import make_staff
from tests.tcp_gate import TcpGate
from tests.ui.test_counters import WITHIN_MS, _counter_window, _settle
from vipdesk.domain.guest import GuestDraft
from vipdesk.domain.staff import Role
from vipdesk.services.database import open_desk
from vipdesk.services.guests import create_guest
from vipdesk.ui.app import set_language


@pytest.fixture
def chinese(english: None) -> Iterator[None]:
    set_language(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    yield  # `english` puts English back after


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_a_search_while_the_server_is_down_says_so_in_chinese(
    qtbot, pg_url: str, chinese: None
) -> None:  # type: ignore[no-untyped-def]
    with TcpGate(pg_url) as gate:
        db = open_desk(gate.url)
        try:
            anna = make_staff(db, "anna", Role.ADMIN, "Anna 安娜")
            create_guest(db, anna, GuestDraft("Zhuge Liang"))
            window = _counter_window(qtbot, db, anna)
            window.search_box.setText("Zhuge")
            qtbot.waitUntil(lambda: window.model.rowCount() == 1)
            with qtbot.waitSignal(window.live.server_lost, timeout=WITHIN_MS):
                gate.close()
            before = window.result_count.text()
            window.search_box.setText("Chen")
            qtbot.waitUntil(lambda: window.result_count.text() != before, timeout=WITHIN_MS)
            shown = window.result_count.text()  # under the search box, wrapped
            assert _has_chinese(shown), shown
            assert "cannot be reached" not in shown and "postgresql" not in shown
            assert window.result_count.wordWrap()
            assert window.model.rowCount() == 0  # no list of "Zhuge" under "Chen"
            assert "cannot be reached" not in window.statusBar().currentMessage()
            assert _has_chinese(window.live.banner.text())
        finally:
            gate.open()
            _settle()
            db.close()


def test_a_server_down_at_start_is_told_in_chinese_without_the_password(chinese: None) -> None:
    """The counter starts while the server is off: the box that says so (ui/app.run_gui)
    speaks the counter's language and names the server, never psycopg's English."""
    from vipdesk.services.errors import DatabaseUnavailable
    from vipdesk.ui.operations import failure_text

    with pytest.raises(DatabaseUnavailable) as refused:
        open_desk("postgresql+psycopg://desk1:s3cret@127.0.0.1:1/vipdesk")
    text = failure_text(refused.value)
    assert _has_chinese(text), text
    assert "desk1@127.0.0.1:1/vipdesk" in text and "s3cret" not in text
    assert "connection" not in text.lower()  # psycopg's reason goes to the log
