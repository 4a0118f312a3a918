"""Settings → Care plan: duty managers and admins change what `vipdesk care settings` sets,
off the UI thread; receptionists do not see the page; a save after someone else's is
refused with the offer to reload."""

from PySide6.QtWidgets import QMessageBox

from vipdesk.domain.care import CareSettings, TaskKind
from vipdesk.domain.staff import Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services import care
from vipdesk.services.database import Database
from vipdesk.ui.settings_care import CareSettingsPage
from vipdesk.ui.settings_dialog import SettingsDialog


def _open(qtbot, db: Database, who: Staff) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None, db, who)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    if dialog.care_page is not None:
        qtbot.waitUntil(dialog.care_page.isEnabled, timeout=10_000)
    return dialog


def test_a_manager_changes_the_plan_and_the_scripts(
    qtbot, db: Database, manager: Staff, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = _open(qtbot, db, manager)
    page = d.care_page
    assert isinstance(page, CareSettingsPage)
    assert d.tabs.indexOf(page) >= 0
    # What the stored defaults say, on screen.
    assert page.in_plan[Tier.VIP].isChecked() and not page.in_plan[Tier.IP].isChecked()
    assert not page.short_call[Tier.IP].isEnabled()  # calls go to guests in the plan only
    assert page.lead_days.value() == 3 and page.sleep_months[Tier.VIP].value() == 12

    page.in_plan[Tier.VIP].setChecked(False)
    page.long_call[Tier.VVIP].setChecked(False)
    page.sleep_months[Tier.VVIP].setValue(6)
    page.lead_days.setValue(5)
    page.script_kind.setCurrentIndex(page.script_kind.findData(TaskKind.WAKE_UP.value))
    assert page.script.placeholderText().startswith("Mr Chen")  # the seeds' wording
    page.script.setPlainText("Mr Wang, it has been a while…")
    page.script_kind.setCurrentIndex(page.script_kind.findData(TaskKind.MESSAGE.value))
    with qtbot.waitSignal(d.accepted, timeout=10_000):
        d.accept()

    s = care.get_settings(db, actor)
    assert s.plan_tiers == (Tier.VVIP, Tier.VVVIP)
    assert s.call_tiers["long_call"] == (Tier.VVVIP,)
    assert s.call_tiers["short_call"] == (Tier.VVIP, Tier.VVVIP)
    assert s.sleep_months["VVIP"] == 6 and s.special_lead_days == 5
    assert care.script_hints(db, actor, chinese=False)[TaskKind.WAKE_UP] == (
        "Mr Wang, it has been a while…"
    )


def test_nothing_changed_saves_nothing_and_an_empty_plan_is_refused(
    qtbot, db: Database, manager: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = _open(qtbot, db, manager)
    assert d.care_page is not None and not d.care_page.has_changes()
    for box in d.care_page.in_plan.values():
        box.setChecked(False)
    d.tabs.setCurrentIndex(0)
    d.accept()
    assert not d.result()  # still open
    assert d.tabs.currentWidget() is d.care_page
    assert d.care_page.error.text() == "Choose at least one tier for the plan."
    assert care.care_setup(db, manager).version == 0


def test_receptionists_do_not_see_the_page(
    qtbot, db: Database, receptionist: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = _open(qtbot, db, receptionist)
    assert d.care_page is None
    titles = [d.tabs.tabText(i) for i in range(d.tabs.count())]
    assert not any("Care" in t for t in titles)


def test_a_save_after_someone_elses_offers_to_reload(
    qtbot, db: Database, manager: Staff, actor: Staff, english: None
) -> None:  # type: ignore[no-untyped-def]
    d = _open(qtbot, db, manager)
    page = d.care_page
    assert page is not None
    theirs = care.care_setup(db, actor)
    care.save_care_setup(db, actor, CareSettings(special_lead_days=7), {}, version=theirs.version)
    page.lead_days.setValue(10)
    d.accept()
    qtbot.waitUntil(
        lambda: page.findChild(QMessageBox, "conflictPrompt") is not None, timeout=10_000
    )
    prompt = page.findChild(QMessageBox, "conflictPrompt")
    assert "Anna" in prompt.text()
    assert care.get_settings(db, actor).special_lead_days == 7  # theirs kept
    assert not d.result()  # the dialog stays open with what was typed
    assert page.lead_days.value() == 10
