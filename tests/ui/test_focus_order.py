"""Tab follows what the eye reads, in every dialog: a generic walk of each focus chain.

Tab is pressed for real, from the first field until focus comes back. Each widget must take
one Tab (a date field is not a maze of sections), every field must be reached, and each step
must go right along the line or down the page, never back up: compared with the widgets'
places on screen, page by page of each tab widget.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from tests.accounts import make_staff
from vipdesk.domain.staff import Role, Staff
from vipdesk.services.database import Database
from vipdesk.services.search import search
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.followup_dialog import FollowUpDialog
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.settings_dialog import SettingsDialog


def _owner(widget: QWidget) -> QWidget:
    """The field a focused part belongs to (a spin box's or a combo's inner line edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return parent
        parent = parent.parentWidget()
    return widget


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _tab_stops(window: QWidget) -> list[QWidget]:
    """What Qt's Tab may stop on: as QWidget.focusNextPrevChild chooses."""
    out, widget = [], window.nextInFocusChain()
    while widget is not window:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusProxy() is None
            and widget.window() is window
            and _owner(widget) is widget
        ):
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def _place(widget: QWidget, other: QWidget) -> QRect:
    """Where `widget` is, in coordinates it shares with `other`: inside one scroll area its
    content's, else the window's (a field inside a scroll area is where the area is)."""
    area = _scroll_area(widget)
    if area is not None and area is _scroll_area(other):
        content = area.widget()
        return QRect(widget.mapTo(content, QPoint(0, 0)), widget.size())
    while area is not None:
        widget, area = area, _scroll_area(area)
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _reads_before(b: QWidget, a: QWidget) -> bool:
    """The eye reads `b` before `a`: b is wholly above a, or on its line and wholly left."""
    rb, ra = _place(b, a), _place(a, b)
    if rb.bottom() < ra.top():
        return True
    same_line = rb.top() <= ra.bottom() and ra.top() <= rb.bottom()
    return same_line and rb.right() < ra.left()


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def _first_read(stops: list[QWidget]) -> QWidget:
    def where(widget: QWidget) -> tuple[int, int]:
        rect = _place(widget, widget.window())
        return rect.top(), rect.left()

    return min(stops, key=where)


def walk(qtbot, window: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab from the first field read until focus comes back to it; the fields visited
    (a field that keeps focus for several Tabs is listed as often)."""
    stops = _tab_stops(window)
    assert stops, f"{_name(window)}: nothing takes focus"
    first = _first_read(stops)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visits: list[QWidget] = []
    for _ in range(3 * len(stops) + 10):
        focused = window.focusWidget()
        assert focused is not None
        visits.append(_owner(focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if _owner(window.focusWidget()) is first and any(v is not first for v in visits):
            break
    else:
        pytest.fail(f"{_name(window)}: Tab never came back to {_name(first)}: {visits[-3:]}")
    return visits


def check_pages(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Check the window, once per page of its first tab widget (if it has one)."""
    tabs = window.findChild(QTabWidget)
    for page in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(page)
        QApplication.processEvents()
        where = f"{_name(window)}, page {page}"
        visits = walk(qtbot, window)
        for a, b in pairwise(visits):
            assert a is not b, f"{where}: {_name(a)} takes more than one Tab"
            assert not _reads_before(b, a), f"{where}: Tab goes back from {_name(a)} to {_name(b)}"
        missed = [w for w in _tab_stops(window) if w not in visits]
        assert not missed, f"{where}: Tab never reaches {[_name(w) for w in missed]}"


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_guest_dialog_tab_order(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    d = GuestDialog(db, actor)
    d.form.taboos.add_row()
    d.form.preferences.add_row()
    d.form.dates.add_row()
    d.form.mark_clean()  # closing after the test must not ask
    shown(qtbot, d)
    check_pages(qtbot, d)


def test_new_guest_name_is_followed_by_the_next_field_on_screen(
    qtbot, db: Database, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = shown(qtbot, GuestDialog(db, actor))
    d.form.name.setFocus()
    qtbot.keyClick(d.form.name, Qt.Key.Key_Tab)
    assert d.focusWidget() is d.form.pronunciation  # then the reading of that name


def test_complaint_dialog_tab_order(qtbot, demo_db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    make_staff(demo_db, "mgr", Role.DUTY_MANAGER, display_name="王经理")
    for guest in ((2, "歐陽娜娜"), None):
        d = ComplaintDialog(
            demo_db,
            actor,
            [],
            guest=guest,
            search=lambda text: search(demo_db, actor, text, limit=8),
        )
        d.reject = d.close  # type: ignore[method-assign]  # closing must not ask
        shown(qtbot, d)
        check_pages(qtbot, d)
        for field in (d.department, d.category, d.severity):
            assert field in walk(qtbot, d)


def test_followup_and_settings_tab_order(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    check_pages(qtbot, shown(qtbot, FollowUpDialog("王小明")))
    settings = SettingsDialog(None, db, actor)
    with qtbot.waitSignal(settings.loaded, timeout=10_000):
        shown(qtbot, settings)
    check_pages(qtbot, settings)


def test_identity_and_privacy_tab_order(qtbot, db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import GuestDraft
    from vipdesk.services.guests import create_guest
    from vipdesk.ui.guest_privacy_dialog import GuestPrivacyDialog

    guest = create_guest(db, actor, GuestDraft("王伟")).id
    dialog = GuestPrivacyDialog(db, actor, guest, "王伟")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        shown(qtbot, dialog)
    check_pages(qtbot, dialog)


def test_complaint_list_tab_order(qtbot, demo_db: Database, actor: Staff, english: None) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui.complaints_view import ComplaintsView

    view = ComplaintsView(demo_db, actor)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    check_pages(qtbot, view)
