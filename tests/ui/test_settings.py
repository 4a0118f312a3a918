"""Settings: the hotel's details and staff roles, kept in the database, changed by managers."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.staff import Role, Staff
from vipdesk.domain.tiers import Tier
from vipdesk.services.database import Database
from vipdesk.services.hotel import get_hotel
from vipdesk.services.profile import service_standards
from vipdesk.services.staff import get_or_create_staff, list_staff
from vipdesk.ui import app as app_module
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.settings_dialog import SettingsDialog


def _open(qtbot, window: MainWindow, monkeypatch) -> SettingsDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(app_module, "save_language", lambda code: None)  # not the real profile
    dialog = app_module.open_settings(window)
    qtbot.waitUntil(lambda: dialog.staff_table.rowCount() > 0, timeout=10_000)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    return dialog


def _role_combo(dialog: SettingsDialog, username: str) -> QComboBox:
    table = dialog.staff_table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, 0).text() == username]
    combo = table.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    return combo


def test_first_set_up_then_only_managers_change_roles_and_the_hotel(
    qtbot, window: MainWindow, demo_db: Database, actor: Staff, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # A new installation has no duty manager: the first person may name one (themselves).
    d = _open(qtbot, window, monkeypatch)
    assert d.staff_table.isEnabled() and not d.hotel_name.isEnabled()  # roles yes, hotel not yet
    combo = _role_combo(d, actor.username)
    combo.setCurrentIndex(combo.findData(Role.DUTY_MANAGER.value))
    row = d._add_row(None)
    d.staff_table.item(row, 1).setText("李伟 Li Wei")
    d.accept()  # a person without a user name: said, nothing saved
    assert d.isVisible() and "give a user name" in d.error.text()
    d.staff_table.item(row, 0).setText(actor.username)
    d.accept()
    assert "listed twice" in d.error.text()
    d.staff_table.item(row, 0).setText("li.wei")
    with qtbot.waitSignal(d.accepted, timeout=10_000):
        d.accept()
    roles = {m.username: m.role for m in list_staff(demo_db, actor)}
    assert roles[actor.username] == Role.DUTY_MANAGER and roles["li.wei"] == Role.RECEPTIONIST
    qtbot.waitUntil(lambda: window.actor.role == Role.DUTY_MANAGER, timeout=10_000)

    # Now a duty manager: the hotel's details are editable and saved.
    d = _open(qtbot, window, monkeypatch)
    assert d.hotel_name.isEnabled()
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

    # A receptionist, once a manager exists, sees the roles but cannot change them.
    desk = get_or_create_staff(demo_db, "desk2")
    other = MainWindow(demo_db, desk)
    qtbot.addWidget(other)
    d = _open(qtbot, other, monkeypatch)
    assert not d.staff_table.isEnabled() and not d.add_staff.isEnabled()
    assert not d.hotel_name.isEnabled()
    assert not d.standards.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    d.reject()
