"""Settings: the hotel's details and staff roles, kept in the database, changed by managers."""

from PySide6.QtCore import Qt

from tests.accounts import make_staff
from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.hotel import get_hotel
from vipdesk.services.profile import service_standards
from vipdesk.services.staff import list_staff
from vipdesk.ui import app as app_module
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.settings_dialog import SettingsDialog


def _open(qtbot, window: MainWindow, monkeypatch) -> SettingsDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app_module, "save_language", lambda code: None)  # not the real profile
    dialog = app_module.open_settings(window)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass  # the load the dialog started answers on the event loop
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    return dialog


def test_admins_give_roles_managers_change_the_hotel_receptionists_only_look(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The admin at the counter gives an existing account a role (Settings → Staff, saved
    # at once: tests/ui/test_settings_staff.py has the rest).
    make_staff(demo_db, "li.wei", display_name="李伟 Li Wei")
    d = _open(qtbot, window, monkeypatch)
    assert d.staff is not None
    page = d.staff
    qtbot.waitUntil(lambda: page.model.row_of("li.wei") >= 0, timeout=10_000)
    page.table.selectRow(page.model.row_of("li.wei"))
    page.role.setCurrentIndex(page.role.findData(Role.DUTY_MANAGER.value))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.role_button.click()
    with qtbot.waitSignal(d.accepted, timeout=10_000):
        d.accept()
    roles = {m.username: m.role for m in list_staff(demo_db, actor)}
    assert roles["li.wei"] == Role.DUTY_MANAGER and roles[actor.username] == Role.ADMIN

    # A duty manager: the hotel's details are editable and saved, roles are not.
    boss = make_staff(demo_db, "boss", Role.DUTY_MANAGER)
    managing = MainWindow(demo_db, boss)
    qtbot.addWidget(managing)
    d = _open(qtbot, managing, monkeypatch)
    assert not d.hotel_name.isReadOnly() and d.staff is None
    d.hotel_name.setText("华庭酒店 Garden Hotel")
    d.hotel_phone.setText("+86 10 6500 0000")
    vip = list(Tier).index(Tier.VIP)
    beyond = list(ServiceLevel).index(ServiceLevel.BEYOND)
    assert d.standards.item(vip, beyond).checkState() == Qt.CheckState.Unchecked  # default
    d.standards.item(vip, beyond).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(d.accepted, timeout=10_000):
        d.accept()
    hotel = get_hotel(demo_db, actor)
    assert (hotel.name, hotel.phone) == ("华庭酒店 Garden Hotel", "+86 10 6500 0000")
    assert ServiceLevel.BEYOND in service_standards(demo_db, actor)[Tier.VIP]

    # A receptionist sees neither the staff accounts nor a hotel they could change.
    desk = make_staff(demo_db, "desk2")
    other = MainWindow(demo_db, desk)
    qtbot.addWidget(other)
    d = _open(qtbot, other, monkeypatch)
    assert d.staff is None
    assert not d.hotel_name.isEnabled()
    assert not d.standards.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    d.reject()
