"""Settings › Audit trail: administrators only; filters, the entries, and Verify."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from tests import sql
from tests.screenshots import screenshots
from vipdesk.domain.staff import Staff
from vipdesk.services.audit_trail import list_entries
from vipdesk.services.database import Database
from vipdesk.services.errors import PermissionDenied
from vipdesk.services.profile import view_profile
from vipdesk.ui.app import set_language
from vipdesk.ui.settings_audit import AuditPage, AuditTableModel
from vipdesk.ui.settings_dialog import SettingsDialog

from .conftest import save_screenshot


def _open_page(qtbot, db: Database, actor: Staff) -> tuple[SettingsDialog, AuditPage]:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None, db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.audit_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.tabs.setCurrentWidget(page)
    return dialog, page


def test_an_admin_sees_the_trail_filters_it_and_verifies_it(
    qtbot, demo_db: Database, actor: Staff, english: None, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    view_profile(demo_db, actor, 7)
    view_profile(demo_db, actor, 9)
    dialog, page = _open_page(qtbot, demo_db, actor)
    assert page.model.rowCount() >= 3
    assert page.model.data(page.model.index(0, 2)) == "Viewed a guest"
    qtmodeltester.check(page.model)

    page.guest.setText("7")
    with qtbot.waitSignal(page.loaded, timeout=10_000) as shown:
        page.show_button.click()
    assert shown.args == [1] and page.model.entry(0).guest_id == 7

    page.guest.clear()
    page.use_since.setChecked(True)
    page.since.setDate(QDate(2999, 1, 1))
    with qtbot.waitSignal(page.loaded, timeout=10_000) as shown:
        page.show_button.click()
    assert shown.args == [0]
    page.use_since.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_button.click()

    with qtbot.waitSignal(page.verified, timeout=10_000) as result:
        page.verify_button.click()
    assert result.args == [True] and "Intact" in page.result.text()
    save_screenshot(qtbot, dialog, screenshots() / "settings-audit-en.png")

    conn = sql.connect(demo_db)
    conn.execute("UPDATE audit_log SET entity_id = 8 WHERE entity_id = 7 AND action = 'view_guest'")
    conn.commit()
    conn.close()
    with qtbot.waitSignal(page.verified, timeout=10_000) as result:
        page.verify_button.click()
    assert result.args == [False] and "Broken at entry" in page.result.text()
    save_screenshot(qtbot, dialog, screenshots() / "settings-audit-broken-en.png")


def test_the_page_in_chinese(qtbot, demo_db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    set_language(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    view_profile(demo_db, actor, 3)
    dialog, page = _open_page(qtbot, demo_db, actor)
    with qtbot.waitSignal(page.verified, timeout=10_000):
        page.verify_button.click()
    assert page.model.data(page.model.index(0, 2)) == "查看宾客"
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)).startswith("审计")
    save_screenshot(qtbot, dialog, screenshots() / "settings-audit-zh.png")


def test_no_page_for_others_and_the_service_refuses_them(
    qtbot, demo_db: Database, receptionist: Staff, manager: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    for person in (receptionist, manager):
        dialog = SettingsDialog(None, demo_db, person)
        qtbot.addWidget(dialog)
        assert not hasattr(dialog, "audit_page")
        titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert titles and not any("udit" in t for t in titles)
        with pytest.raises(PermissionDenied):
            list_entries(demo_db, person)


def test_the_model_passes_the_model_tester_empty(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(AuditTableModel())


def test_the_detail_column_reads_as_words_with_the_raw_json_in_the_tooltip(qapp) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from vipdesk.services.audit_trail import AuditEntry

    detail: dict[str, object] = {"fields": ["phone", "notes"], "given": True, "file": "g.csv"}
    entry = AuditEntry(
        1, datetime(2026, 11, 30, 9), "anna", "edit_guest", "guest", 7, 7, "M7", "pc", detail
    )
    model = AuditTableModel()
    model.set_entries([entry, replace(entry, detail={})])
    try:
        for language, words in (
            ("en", "fields: phone, notes · given: yes · file: g.csv"),
            ("zh_CN", "字段：phone, notes · 同意：是 · 文件：g.csv"),
            ("zh_TW", "欄位：phone, notes · 同意：是 · 檔案：g.csv"),
        ):
            set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
            assert model.data(model.index(0, 6)) == words
        assert '"fields"' in model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
        assert model.data(model.index(1, 6)) == ""
    finally:
        set_language(QCoreApplication.instance(), "en")  # type: ignore[arg-type]


def test_a_broken_trail_is_told_in_the_ui_language_even_in_the_tooltip(
    qtbot, demo_db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    view_profile(demo_db, actor, 7)
    conn = sql.connect(demo_db)
    conn.execute("UPDATE audit_log SET entity_id = 8 WHERE entity_id = 7 AND action = 'view_guest'")
    conn.commit()
    conn.close()
    set_language(QCoreApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    _dialog, page = _open_page(qtbot, demo_db, actor)
    with qtbot.waitSignal(page.verified, timeout=10_000) as result:
        page.verify_button.click()
    assert result.args == [False]
    tip = page.result.toolTip()
    assert (
        tip and "entry" not in tip.lower() and "audit" not in tip.lower()
    )  # not the English error
    assert page.result.text().endswith(tip)
