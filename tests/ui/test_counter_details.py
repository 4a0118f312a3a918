"""Smaller defects from the receptionist's trial: status line, keyboard links, wording, widths."""

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QLabel

from vipdesk.domain.complaints import ComplaintDraft, ComplaintSeverity
from vipdesk.domain.staff import Staff
from vipdesk.services.complaints import log_complaint
from vipdesk.services.database import Database
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.guest_form import GuestForm
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.search_model import MATCH
from vipdesk.ui.settings_dialog import SettingsDialog

from .test_counter_screen import open_with_enter, type_and_wait


def status_texts(window: MainWindow) -> list[str]:
    bar = window.statusBar()
    return [bar.currentMessage()] + [
        label.text() for label in bar.findChildren(QLabel) if label.isVisible()
    ]


def test_database_and_staff_stay_in_the_status_bar_after_a_menu(window: MainWindow) -> None:
    window.staff_line.setText("Database: vipdesk.db · Staff: Anna 安娜")  # not a temp path
    assert any("Staff: Anna" in t for t in status_texts(window))
    # Hovering a menu entry puts its (empty) status tip in the bar: the line must survive it.
    QApplication.sendEvent(window, QStatusTipEvent(""))
    window.statusBar().showMessage("Saved.", 10)
    window.statusBar().clearMessage()
    assert any("Staff: Anna" in t for t in status_texts(window))


def test_a_complaint_date_in_the_profile_opens_from_the_keyboard(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    log_complaint(
        demo_db,
        actor,
        ComplaintDraft(
            2,
            datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
            "housekeeping",
            "cleanliness",
            ComplaintSeverity.HIGH,
            "浴缸有头发",
        ),
    )
    type_and_wait(qtbot, window, "oynn")
    open_with_enter(qtbot, window)
    links = window.profile.complaints
    assert re.search(r"href='complaint:\d+'", links.text())
    # Tab from the search box reaches the complaint's date ...
    window.search_box.setFocus()
    for _ in range(6):
        if window.focusWidget() is links:
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is links
    # ... and Enter opens it.
    opened: list[object] = []
    window.dialog_opened.connect(opened.append)
    qtbot.keyClick(links, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert isinstance(opened[0], ComplaintDialog)
    assert opened[0].description.toPlainText() == "浴缸有头发"
    opened[0].close()


def test_a_phone_tail_match_says_ends_with(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import GuestDraft
    from vipdesk.domain.phones import normalise_phone
    from vipdesk.services.guests import create_guest

    create_guest(demo_db, actor, GuestDraft("尾号客人", phones=[normalise_phone("13900007315")]))
    assert type_and_wait(qtbot, window, "7315") >= 1
    row = next(
        r for r in range(window.model.rowCount()) if window.model.hit(r).phone_tail == "7315"
    )
    matched = window.model.index(row, MATCH).data()
    assert "ends with" in matched and "starts with" not in matched


def test_hotel_settings_are_visibly_read_only_for_a_receptionist(
    qtbot, db: Database, receptionist: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsDialog(None, db, receptionist)
    qtbot.addWidget(settings)
    with qtbot.waitSignal(settings.loaded, timeout=10_000):
        settings.show()
    for edit in (settings.hotel_name, settings.hotel_address, settings.hotel_phone):
        assert not edit.isEnabled()  # greyed out, not a field that ignores typing
    assert not settings.hotel_note.isHidden()
    assert "duty manager" in settings.hotel_note.text()


def test_columns_fit_their_longest_label(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    form = GuestForm()
    qtbot.addWidget(form)
    form.show()
    for lst in (form.taboos, form.preferences, form.dates):
        header = lst.view.horizontalHeader()
        for column, choices in lst.choices.items():
            widest = max(header.fontMetrics().horizontalAdvance(label) for _c, label in choices)
            assert header.sectionSize(column) >= widest + 20, (lst.objectName(), column)
    settings = SettingsDialog(None, db, actor)
    qtbot.addWidget(settings)
    with qtbot.waitSignal(settings.loaded, timeout=10_000):
        settings.show()
    assert settings.staff is not None
    combo = settings.staff.role  # the role to give the selected account
    widest = max(
        combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
    )
    assert combo.sizeHint().width() >= widest + 20
