"""A guest's care details: the dedicated person (专人负责), do not contact, and marketing
consent per channel with the date and how it was given."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from vipdesk.domain.care import CONSENT_CHANNELS, Channel
from vipdesk.domain.staff import Staff, is_manager
from vipdesk.services.care_contacts import CareDetails, care_details, save_care_details
from vipdesk.services.database import Database
from vipdesk.services.staff import list_staff
from vipdesk.ui import care_labels
from vipdesk.ui.operations import ServiceCall, show_error


class CareDetailsDialog(QDialog):
    loaded = Signal()
    saved = Signal(int)

    def __init__(
        self, db: Database, actor: Staff, guest_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._guest_id = db, actor, guest_id
        self.setObjectName("careDetailsDialog")
        self.setWindowTitle(self.tr("Care and consent"))
        self.dedicated = QComboBox(self)
        self.dedicated.setObjectName("dedicatedPerson")
        self.dedicated.setAccessibleName(self.tr("Dedicated person"))
        self.dedicated.setEnabled(is_manager(actor.role))
        self.do_not_contact = QCheckBox(
            self.tr("Do not contact (no calls, messages or wishes)"), self
        )
        self.do_not_contact.setObjectName("doNotContact")
        self.consent: dict[Channel, QCheckBox] = {}
        self.given: dict[Channel, QLabel] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Dedicated person"), self.dedicated)
        form.addRow(self.do_not_contact)
        for channel in CONSENT_CHANNELS:
            box = QCheckBox(care_labels.channel(channel), self)
            box.setObjectName(f"consent_{channel.value}")
            label = QLabel(self)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(label, 1)
            form.addRow(self.tr("Consent") if channel is CONSENT_CHANNELS[0] else "", row)
            self.consent[channel], self.given[channel] = box, label
        self.how = QLineEdit(self)
        self.how.setObjectName("consentHow")
        self.how.setPlaceholderText(self.tr("How it was given: registration card, by phone…"))
        self.how.setAccessibleName(self.tr("How consent was given"))
        form.addRow(self.tr("How"), self.how)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._details: CareDetails | None = None
        db_, actor_ = db, actor
        ServiceCall(
            self, lambda: (care_details(db_, actor_, guest_id), list_staff(db_, actor_)), self._show
        ).failed(lambda e: show_error(self, e)).start()

    def _show(self, loaded: tuple[CareDetails, list[Staff]]) -> None:
        details, staff = loaded
        self._details = details
        self.dedicated.addItem(self.tr("— nobody —"), None)
        for person in staff:
            self.dedicated.addItem(person.display_name, person.id)
        self.dedicated.setCurrentIndex(max(self.dedicated.findData(details.dedicated_to), 0))
        self.do_not_contact.setChecked(details.do_not_contact)
        for channel, box in self.consent.items():
            given = details.consents.get(channel)
            box.setChecked(given is not None)
            if given is not None:
                text = self.tr("since %1").replace("%1", str(given.given_on or ""))
                self.given[channel].setText(f"{text} · {given.how}" if given.how else text)
        self.loaded.emit()

    def save(self) -> None:
        db, actor, guest_id = self._db, self._actor, self._guest_id
        dedicated = self.dedicated.currentData()
        dnc = self.do_not_contact.isChecked()
        consent = {c: box.isChecked() for c, box in self.consent.items()}
        how = self.how.text().strip()

        def done(_: object) -> None:
            self.saved.emit(guest_id)
            self.accept()

        ServiceCall(
            self,
            lambda: save_care_details(
                db, actor, guest_id, dedicated_to=dedicated, do_not_contact=dnc,
                consent=consent, how=how,
            ),
            done,
        ).failed(lambda e: show_error(self, e)).start()  # fmt: skip
