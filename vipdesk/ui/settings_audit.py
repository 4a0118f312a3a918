"""Settings › Audit trail (administrators): who did what, filtered by guest, staff and date,
and a Verify button that checks the chain. The service refuses anyone else; the dialog
only adds this page for administrators."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import Staff
from vipdesk.services.audit_trail import (
    AuditEntry,
    ChainReport,
    guest_for_audit,
    list_entries,
    verify_chain,
)
from vipdesk.services.database import Database
from vipdesk.ui.audit_detail import detail_json, detail_text
from vipdesk.ui.fields import tab_order
from vipdesk.ui.operations import ServiceCall, show_error

log = logging.getLogger(__name__)
SHOWN = 2000
"""At most this many entries in the table, newest first (filters narrow it down)."""

_Index = QModelIndex | QPersistentModelIndex


def action_label(code: str) -> str:
    """An action code in the UI language; codes of later features show as they are."""
    labels = {
        "sign_in": QCoreApplication.translate("AuditActions", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("AuditActions", "Sign-in failed"),
        "sign_out": QCoreApplication.translate("AuditActions", "Signed out"),
        "lock": QCoreApplication.translate("AuditActions", "Locked the screen"),
        "unlock": QCoreApplication.translate("AuditActions", "Unlocked"),
        "unlock_failed": QCoreApplication.translate("AuditActions", "Unlock failed"),
        "view_guest": QCoreApplication.translate("AuditActions", "Viewed a guest"),
        "create_guest": QCoreApplication.translate("AuditActions", "Created a guest"),
        "edit_guest": QCoreApplication.translate("AuditActions", "Edited a guest"),
        "merge_guests": QCoreApplication.translate("AuditActions", "Merged guests"),
        "erase_guest": QCoreApplication.translate("AuditActions", "Erased a guest"),
        "print": QCoreApplication.translate("AuditActions", "Printed"),
        "export": QCoreApplication.translate("AuditActions", "Exported"),
        "import": QCoreApplication.translate("AuditActions", "Imported"),
        "role_change": QCoreApplication.translate("AuditActions", "Changed a role"),
        "settings_change": QCoreApplication.translate("AuditActions", "Changed settings"),
        "backup": QCoreApplication.translate("AuditActions", "Backed up"),
        "restore": QCoreApplication.translate("AuditActions", "Restored a backup"),
        "create_staff": QCoreApplication.translate("AuditActions", "Added a staff account"),
        "password_change": QCoreApplication.translate("AuditActions", "Changed a password"),
        "password_reset": QCoreApplication.translate("AuditActions", "Reset a password"),
        "audit_key_new": QCoreApplication.translate("AuditActions", "New audit key"),
        "demo": QCoreApplication.translate("AuditActions", "Added demo data"),
        "edit_stay": QCoreApplication.translate("AuditActions", "Edited a stay"),
        "not_duplicate": QCoreApplication.translate("AuditActions", "Marked as different people"),
        "contact": QCoreApplication.translate("AuditActions", "Logged a care contact"),
        "disable_staff": QCoreApplication.translate("AuditActions", "Disabled an account"),
        "unlock_staff": QCoreApplication.translate("AuditActions", "Lifted a lock-out"),
    }
    return labels.get(code, code)


def object_label(entity: str, entity_id: int | None) -> str:
    """What an entry is about: "Guest 12", "Staff 3", "Database"; other kinds as stored."""
    names = {
        "guest": QCoreApplication.translate("AuditObjects", "Guest"),
        "staff": QCoreApplication.translate("AuditObjects", "Staff"),
        "stay": QCoreApplication.translate("AuditObjects", "Stay"),
        "complaint": QCoreApplication.translate("AuditObjects", "Complaint"),
        "database": QCoreApplication.translate("AuditObjects", "Database"),
        "document": QCoreApplication.translate("AuditObjects", "Document"),
    }
    name = names.get(entity, entity)
    return f"{name} {entity_id}" if entity_id is not None else name


class AuditTableModel(QAbstractTableModel):
    """Audit entries as rows: time, staff, action, object, member no., workstation, detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("Staff"),
            self.tr("Action"),
            self.tr("Object"),
            self.tr("Member no."),
            self.tr("Workstation"),
            self.tr("Detail"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{e.at:%Y-%m-%d %H:%M:%S}"
            if column == 1:
                return e.staff or "—"
            if column == 2:
                return action_label(e.action)
            if column == 3:
                return object_label(e.entity, e.entity_id)
            if column == 4:
                return e.guest_member_no or ""
            if column == 5:
                return e.workstation
            if column == 6:
                return detail_text(e.detail)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return e.at.isoformat(timespec="seconds")
            if column == 2:
                return e.action
            if column == 6:
                return detail_json(e.detail)
        return None


class AuditPage(QWidget):
    """The page: filters, the entries, and the chain check. Loads when first shown."""

    loaded = Signal(int)  # how many entries are shown
    verified = Signal(bool)  # the chain checked out (False: broken, or no key here)

    def __init__(self, db: Database, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._db, self._actor = db, actor
        self._started = False
        self.guest = QLineEdit(self)
        self.guest.setObjectName("auditGuest")
        self.guest.setPlaceholderText(self.tr("Member no. or id"))
        self.guest.setAccessibleName(self.tr("Guest"))
        self.staff = QLineEdit(self)
        self.staff.setObjectName("auditStaff")
        self.staff.setPlaceholderText(self.tr("User name"))
        self.staff.setAccessibleName(self.tr("Staff"))
        self.use_since = QCheckBox(self.tr("Si&nce"), self)
        self.use_since.setObjectName("auditUseSince")
        self.since = QDateEdit(self)
        self.since.setObjectName("auditSince")
        self.since.setAccessibleName(self.tr("Since"))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addDays(-7))
        self.since.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.show_button = QPushButton(self.tr("&Refresh"), self)
        self.show_button.setObjectName("auditShow")
        self.show_button.clicked.connect(self.load)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        for edit in (self.guest, self.staff):
            edit.returnPressed.connect(self.load)
        filters = QHBoxLayout()
        guest_label = QLabel(self.tr("&Guest"), self)
        guest_label.setBuddy(self.guest)
        staff_label = QLabel(self.tr("Sta&ff"), self)
        staff_label.setBuddy(self.staff)
        for widget in (guest_label, self.guest, staff_label, self.staff, self.use_since):
            filters.addWidget(widget)
        filters.addWidget(self.since)
        filters.addWidget(self.show_button)
        filters.addStretch()
        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(self)
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("auditVerifyResult")
        self.result.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        tab_order(
            self.guest,
            self.staff,
            self.use_since,
            self.since,
            self.show_button,
            self.table,
            self.verify_button,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            window = self.window()  # the table wants room: a wider dialog while it shows
            window.resize(max(window.width(), 960), max(window.height(), 560))
            self.load()

    def load(self) -> None:
        db, actor = self._db, self._actor
        guest_key = self.guest.text().strip()
        staff = self.staff.text().strip() or None
        since: date | None = self.since.date().toPython() if self.use_since.isChecked() else None  # type: ignore[assignment]

        def fetch() -> list[AuditEntry]:
            guest_id = guest_for_audit(db, actor, guest_key) if guest_key else None
            return list_entries(db, actor, guest_id=guest_id, staff=staff, since=since, limit=SHOWN)

        ServiceCall(self, fetch, self._show).latest("audit").disabling(self.show_button).failed(
            self._failed
        ).start()

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.set_entries(entries)
        if len(entries) >= SHOWN:
            self.status.setText(
                self.tr("The newest %1 entries; narrow the filters to see older ones.").replace(
                    "%1", str(SHOWN)
                )
            )
        else:
            self.status.setText(self.tr("%n entries", "", len(entries)))
        self.loaded.emit(len(entries))

    def _failed(self, exc: BaseException) -> None:
        self.model.set_entries([])
        code = getattr(exc, "code", "")
        if code == "not_found":
            self.status.setText(self.tr("No such guest or staff member."))
            self.loaded.emit(0)
            return
        show_error(self, exc)

    def verify(self) -> None:
        db, actor = self._db, self._actor
        self.result.setText(self.tr("Checking…"))
        self.result.setStyleSheet("")
        ServiceCall(self, lambda: verify_chain(db, actor), self._verified).disabling(
            self.verify_button
        ).failed(self._verify_failed).start()

    def _verified(self, report: ChainReport) -> None:
        if not report.checked:
            text = self.tr("No chained entries yet.")
        else:
            text = (
                self.tr("Intact: entries %1–%2 checked.")
                .replace("%1", str(report.first))
                .replace("%2", str(report.last))
            )
        self.result.setText("✔ " + text)
        self.result.setStyleSheet("color: #15803d; font-weight: bold;")
        self.verified.emit(True)

    def _verify_failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        params = getattr(exc, "params", {}) or {}
        if code == "audit_chain_broken":
            entry = params.get("entry")
            text = (
                self.tr(
                    "Broken at entry %1: an entry was changed, deleted or inserted, "
                    "or the latest entries were cut off."
                ).replace("%1", str(entry))
                if entry is not None
                else self.tr("Broken: the trail was changed outside vipdesk.")
            )
        elif code == "audit_key_missing":
            text = self.tr(
                "This computer does not hold the audit key of this database: verify on the "
                "computer that wrote the trail."
            )
        else:
            self.result.setText("")
            show_error(self, exc)
            return
        log.warning("audit trail verification failed: %s", exc)  # the details, for IT
        self.result.setText("✘ " + text)
        self.result.setToolTip(text)
        self.result.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.verified.emit(False)
