"""The profile reads at a glance: no blank band above the taboos, nothing scrolls sideways."""

from PySide6.QtWidgets import QApplication

from vipdesk.domain.guest import GuestDraft, Severity, Taboo, TabooKind
from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest
from vipdesk.services.profile import guest_profile
from vipdesk.ui.main_window import MainWindow

from .conftest import TODAY


def show(window: MainWindow, db: Database, actor: Staff, guest_id: int) -> None:
    profile = guest_profile(db, actor, guest_id, today=TODAY)
    window.profile.show_profile(profile, None, TODAY)
    for _ in range(5):
        QApplication.processEvents()


def test_the_taboo_box_follows_the_header_without_a_blank_band(
    window: MainWindow, demo_db: Database, actor: Staff
) -> None:
    for guest_id in (2, 5, 17):
        show(window, demo_db, actor, guest_id)
        panel = window.profile
        above = [
            w
            for w in (
                panel.photo,
                panel.name,
                panel.pronunciation,
                panel.tier,
                panel.facts,
                panel.arriving,
            )
            if w.isVisible()
        ]
        bottom = max(w.geometry().bottom() for w in above)
        after = next(
            w
            for w in (panel.complaint, panel.taboos, panel.dates, panel.standard_title)
            if w.isVisible()
        )
        assert after.geometry().top() - bottom < 30, (guest_id, after.objectName())


def test_a_long_name_without_spaces_wraps_instead_of_scrolling_sideways(
    window: MainWindow, demo_db: Database, actor: Staff
) -> None:
    guest = create_guest(
        demo_db,
        actor,
        GuestDraft(
            "W" * 190,
            company="X" * 150,
            taboos=[Taboo("Z" * 300, TabooKind.TABOO, Severity.DANGER)],
        ),
    )
    show(window, demo_db, actor, guest.id)
    panel = window.profile
    assert panel.horizontalScrollBar().maximum() == 0
    assert panel.widget().width() <= panel.viewport().width()
    assert panel.name.geometry().right() <= panel.viewport().width()
    assert panel.taboos.geometry().top() - panel.facts.geometry().bottom() < 30
    assert panel.taboos.geometry().bottom() < panel.viewport().height()  # in sight
    assert panel.name.toolTip().startswith("W" * 190)


def test_the_guest_form_limits_name_lengths(window: MainWindow) -> None:
    from vipdesk.domain.guest import NAME_MAX
    from vipdesk.ui.guest_form import GuestForm

    form = GuestForm()
    assert form.name.maxLength() == NAME_MAX
    form.deleteLater()
