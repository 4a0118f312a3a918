"""Settings: the interface language (this workstation), the hotel's details, the service
standards, and for admins staff accounts (settings_staff.py) and security
(settings_security.py).

The language is remembered per workstation and applied at once. The hotel's details
(printed on registration cards and reports) and which service levels each tier is owed
live in the database; only a duty manager or an admin changes them. Staff accounts are
saved at once, each action on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.service_standard import ServiceLevel
from vipdesk.domain.staff import Operation, Staff, is_manager, may
from vipdesk.domain.tiers import Tier
from vipdesk.services.auto_backup import KeptCopy, last_good_backup
from vipdesk.services.database import Database, is_server
from vipdesk.services.hotel import Hotel, get_hotel, set_hotel
from vipdesk.services.profile import service_standards_versioned, set_service_standards
from vipdesk.ui import labels
from vipdesk.ui.operations import ServiceCall, show_error
from vipdesk.ui.settings_care import CareSettingsPage
from vipdesk.ui.settings_security import SecurityPage
from vipdesk.ui.settings_staff import StaffPage

Standards = dict[Tier, tuple[ServiceLevel, ...]]

LANGUAGES = [
    ("", "System language / 系统语言"),
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文"),
]


def saved_language() -> str:
    return str(QSettings("vipdesk", "vipdesk").value("language", "") or "")


def save_language(code: str) -> None:
    QSettings("vipdesk", "vipdesk").setValue("language", code)


class SettingsDialog(QDialog):
    loaded = Signal()
    staff_changed = Signal()  # an account was saved at once (Settings → Staff)

    def __init__(
        self,
        parent: QWidget | None = None,
        db: Database | None = None,
        actor: Staff | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._db, self._actor = db, actor
        self._hotel = Hotel()
        self._standards: Standards = {}
        self._standards_version: int | None = None
        self._saving = False
        self.security: SecurityPage | None = None
        self.staff: StaffPage | None = None
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        codes = [c for c, _ in LANGUAGES]
        current = saved_language()
        self.language.setCurrentIndex(codes.index(current) if current in codes else 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Language"), self.language)
        self.last_backup = QLabel("…", general)
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setAccessibleName(self.tr("Last good backup"))
        if db is not None:
            form.addRow(self.tr("Last good backup"), self.last_backup)
            self._load_last_backup(db)
        layout = QVBoxLayout(self)
        if db is None or actor is None:
            layout.addWidget(general)
        else:
            self.tabs = QTabWidget(self)
            self.tabs.addTab(general, self.tr("&Workstation"))
            self.tabs.addTab(self._hotel_tab(), self.tr("&Hotel"))
            if may(actor.role, Operation.MANAGE_STAFF):  # admins (the services check too)
                self.staff = StaffPage(db, actor, self)
                self.staff.changed.connect(self.staff_changed)
                self.tabs.addTab(self.staff, self.tr("&Staff"))
            self.tabs.addTab(self._standards_tab(), self.tr("Service s&tandards"))
            if may(actor.role, Operation.CHANGE_SECURITY):  # admins (the service checks too)
                self.security = SecurityPage(db, actor, self)
                self.tabs.addTab(self.security, self.tr("Secur&ity"))
            if may(actor.role, Operation.AUDIT):  # the service refuses anyone else anyway
                from vipdesk.ui.settings_audit import AuditPage

                self.audit_page = AuditPage(db, actor, self)
                self.tabs.addTab(self.audit_page, self.tr("A&udit trail"))
            self.care_page: CareSettingsPage | None = None
            if is_manager(actor.role):  # the service refuses anyone else
                self.care_page = CareSettingsPage(db, actor, self)
                self.care_page.failed.connect(lambda: self.tabs.setCurrentWidget(self.care_page))
                self.tabs.addTab(self.care_page, self.tr("&Care plan"))
            layout.addWidget(self.tabs)
            self.resize(600, 420)  # every tab title in sight, in every language
            self._load()
        self.error = QLabel(self)  # what stops the save, next to the buttons
        self.error.setObjectName("settingsError")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ---- the hotel --------------------------------------------------------------------

    def _hotel_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.hotel_name = QLineEdit(tab)
        self.hotel_name.setObjectName("hotelName")
        self.hotel_address = QLineEdit(tab)
        self.hotel_phone = QLineEdit(tab)
        form.addRow(self.tr("Hotel &name"), self.hotel_name)
        form.addRow(self.tr("&Address"), self.hotel_address)
        form.addRow(self.tr("&Phone"), self.hotel_phone)
        form.addRow(QLabel(self.tr("Printed on registration cards and complaint reports."), tab))
        self.hotel_note = QLabel(
            self.tr("Only a duty manager or an administrator can change the hotel's details."), tab
        )
        self.hotel_note.setObjectName("hotelNote")
        self.hotel_note.setWordWrap(True)
        self.hotel_note.hide()
        form.addRow(self.hotel_note)
        return tab

    def _hotel_entered(self) -> Hotel:
        return Hotel(
            self.hotel_name.text().strip(),
            self.hotel_address.text().strip(),
            self.hotel_phone.text().strip(),
        )

    # ---- service standards ----------------------------------------------------------

    def _standards_tab(self) -> QWidget:
        tab = QWidget(self)
        self.standards = QTableWidget(len(Tier), len(ServiceLevel), tab)
        self.standards.setObjectName("standardsTable")
        self.standards.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.standards.setVerticalHeaderLabels([labels.tier(t) for t in Tier])
        self.standards.setHorizontalHeaderLabels(
            [labels.service_level(level).replace(" ", "\n", 1) for level in ServiceLevel]
        )
        self.standards.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, _tier in enumerate(Tier):
            for c, _level in enumerate(ServiceLevel):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.standards.setItem(r, c, item)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            QLabel(self.tr("What each tier is owed; the profile shows it as a checklist."), tab)
        )
        layout.addWidget(self.standards)
        return tab

    def _standards_entered(self) -> dict[Tier, tuple[ServiceLevel, ...]]:
        return {
            tier: tuple(
                level
                for c, level in enumerate(ServiceLevel)
                if self.standards.item(r, c).checkState() == Qt.CheckState.Checked
            )
            for r, tier in enumerate(Tier)
        }

    # ---- loading and saving -------------------------------------------------------------

    def _load(self) -> None:
        db, actor = self._db, self._actor
        assert db is not None and actor is not None

        def load() -> tuple[Hotel, bool, tuple[Standards, int]]:
            return (
                get_hotel(db, actor),
                is_manager(actor.role),
                service_standards_versioned(db, actor),
            )

        ServiceCall(self, load, self._show).start()

    def _show(self, loaded: tuple[Hotel, bool, tuple[Standards, int]]) -> None:
        self._hotel, manager, (self._standards, standards_version) = loaded
        self._standards_version = standards_version  # a save made after another is refused
        for r, tier in enumerate(Tier):
            for c, level in enumerate(ServiceLevel):
                item = self.standards.item(r, c)
                on = level in self._standards.get(tier, ())
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                if not manager:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
        for edit, value in (
            (self.hotel_name, self._hotel.name),
            (self.hotel_address, self._hotel.address),
            (self.hotel_phone, self._hotel.phone),
        ):
            edit.setText(value)
            edit.setEnabled(manager)  # greyed out, not a field that silently ignores typing
        self.hotel_note.setVisible(not manager)
        self.loaded.emit()

    def _load_last_backup(self, db: Database) -> None:
        if is_server(db):  # vipdesk keeps no copies there: no files to look for
            self.last_backup.setText(
                self.tr("made by the server's own backups (pg_dump): ask IT when")
            )
            return
        path = db.path

        def shown(last: KeptCopy | None) -> None:
            if last is None:
                self.last_backup.setText(self.tr("none yet: one is made each day the app starts"))
                return
            self.last_backup.setText(f"{last.made_at:%Y-%m-%d %H:%M}")
            self.last_backup.setToolTip(str(last.path))

        ServiceCall(self, lambda: last_good_backup(path), shown).start()

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        if self._db is None or self._actor is None:
            super().accept()
            return
        if self._saving or (self.care_page and self.care_page.save_pending(then=self.accept)):
            return  # the care page saves first, then comes back here
        db, actor = self._db, self._actor
        hotel_version, standards_version = self._hotel.version, self._standards_version
        hotel = self._hotel_entered()
        hotel_changed = hotel != self._hotel
        standards = self._standards_entered()
        standards_changed = standards != {t: self._standards.get(t, ()) for t in Tier}
        security = self.security.pending() if self.security is not None else None
        if not hotel_changed and not standards_changed and security is None:
            super().accept()
            return

        def save() -> None:
            # A refused hotel saves nothing at all.
            if hotel_changed:
                set_hotel(db, actor, hotel, version=hotel_version)
            if standards_changed:
                set_service_standards(db, actor, standards, version=standards_version)
            if security is not None:
                security()

        self._saving = True
        ServiceCall(self, save, lambda _r: self._saved()).failed(self._failed).start()

    def _saved(self) -> None:
        self._saving = False
        if self.security is not None:
            self.security.saved()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        show_error(self, exc)
