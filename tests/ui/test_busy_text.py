"""A database that stays busy (SQLite's write lock, a PostgreSQL lock wait that ran out)
is told in the UI language, not in the services' English."""

import pytest
from PySide6.QtCore import QCoreApplication

from vipdesk.services.errors import DatabaseBusy
from vipdesk.ui.app import set_language
from vipdesk.ui.operations import failure_text


@pytest.mark.parametrize(
    ("language", "word"), [("zh_CN", "数据库正忙"), ("zh_TW", "資料庫正忙"), ("en", "busy")]
)
def test_database_busy_is_translated(english: None, language: str, word: str) -> None:
    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    text = failure_text(DatabaseBusy("the guest database (postgresql://x) is busy: …"))
    assert word in text and "postgresql" not in text
