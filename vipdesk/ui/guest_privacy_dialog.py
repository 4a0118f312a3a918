"""Identity & privacy of one guest: ID documents (the desk), the caution flag and the
confidential alias (duty managers and admins; the services refuse anyone else).

Who may: everyone signed in sees and adds ID documents of guests they may edit; the caution
and confidential sections are shown only to duty managers and admins.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from vipdesk.domain.caution import Caution, CautionCategory
from vipdesk.domain.id_documents import IdType
from vipdesk.domain.staff import Operation, Staff
from vipdesk.services.caution import caution_of, clear_caution, set_caution
from vipdesk.services.confidential import alias_of, clear_confidential, set_confidential
from vipdesk.services.database import Database
from vipdesk.services.id_documents import (
    IdDocumentView,
    add_id_document,
    id_documents,
    remove_id_document,
)
from vipdesk.services.staff import allowed
from vipdesk.ui import privacy_marks
from vipdesk.ui.labels import error_text
from vipdesk.ui.operations import ServiceCall


@dataclass(frozen=True)
class _Loaded:
    documents: list[IdDocumentView]
    caution: Caution | None
    manages_caution: bool
    manages_confidential: bool
    alias: str | None


class GuestPrivacyDialog(QDialog):
    """ID documents, caution flag and confidential alias of one guest."""

    changed = Signal(int)  # the guest's id, after any change was stored
    loaded = Signal()  # what is stored was read and shown

    def __init__(
        self, db: Database, actor: Staff, guest_id: int, guest_name: str, parent=None
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("guestPrivacyDialog")
        self._db, self._actor, self._guest_id = db, actor, guest_id
        self._documents: list[IdDocumentView] = []
        self.setWindowTitle(self.tr("Identity and privacy — %1").replace("%1", guest_name))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        ids = QGroupBox(self.tr("ID documents"), self)
        ids_layout = QVBoxLayout(ids)
        form = QFormLayout()
        self.id_type = QComboBox(ids)
        self.id_type.setObjectName("idType")
        for kind in IdType:
            self.id_type.addItem(privacy_marks.id_type(kind), kind.value)
        self.id_number = QLineEdit(ids)
        self.id_number.setObjectName("idNumber")
        self.id_number.setAccessibleName(self.tr("Document number"))
        self.id_number.setPlaceholderText(self.tr("type or scan the whole number"))
        self.id_number.returnPressed.connect(self._add_document)  # a scanner ends with Enter
        self.id_country = QLineEdit(ids)
        self.id_country.setObjectName("idCountry")
        self.id_country.setAccessibleName(self.tr("Issuing country"))
        self.id_country.setPlaceholderText(self.tr("CN, US, JP… (CN if empty)"))
        self.id_country.setMaxLength(3)
        form.addRow(self.tr("&Type"), self.id_type)
        form.addRow(self.tr("&Number"), self.id_number)
        form.addRow(self.tr("Issuing &country"), self.id_country)
        ids_layout.addLayout(form)
        self.add_id = QPushButton(self.tr("&Add document"), ids)
        self.add_id.setObjectName("addIdDocument")
        self.add_id.clicked.connect(self._add_document)
        ids_layout.addWidget(self.add_id)
        ids_layout.addWidget(QLabel(self.tr("Only the last 4 characters are kept to show."), ids))
        self.id_model = QStringListModel(self)
        self.id_list = QListView(ids)
        self.id_list.setObjectName("idDocumentList")
        self.id_list.setModel(self.id_model)
        self.id_list.setMaximumHeight(80)
        ids_layout.addWidget(self.id_list)
        self.remove_id = QPushButton(self.tr("R&emove the selected document"), ids)
        self.remove_id.setObjectName("removeIdDocument")
        self.remove_id.clicked.connect(self._remove_document)
        ids_layout.addWidget(self.remove_id)
        layout.addWidget(ids)

        self.caution_box = QGroupBox(self.tr("Caution list (duty managers)"), self)
        caution_form = QFormLayout(self.caution_box)
        self.caution_category = QComboBox(self.caution_box)
        self.caution_category.setObjectName("cautionCategory")
        for category in CautionCategory:
            self.caution_category.addItem(privacy_marks.caution_category(category), category.value)
        self.caution_reason = QPlainTextEdit(self.caution_box)
        self.caution_reason.setObjectName("cautionReason")
        self.caution_reason.setAccessibleName(self.tr("Reason"))
        self.caution_reason.setTabChangesFocus(True)
        self.caution_reason.setMaximumHeight(70)
        caution_form.addRow(self.tr("Cate&gory"), self.caution_category)
        caution_form.addRow(self.tr("&Reason"), self.caution_reason)
        caution_buttons = QHBoxLayout()
        self.flag = QPushButton(self.tr("&Flag"), self.caution_box)
        self.flag.setObjectName("setCaution")
        self.flag.clicked.connect(self._flag)
        self.unflag = QPushButton(self.tr("Take &off the list"), self.caution_box)
        self.unflag.setObjectName("clearCaution")
        self.unflag.clicked.connect(self._unflag)
        caution_buttons.addWidget(self.flag)
        caution_buttons.addWidget(self.unflag)
        caution_form.addRow(caution_buttons)
        layout.addWidget(self.caution_box)

        self.secret_box = QGroupBox(self.tr("Confidential guest (duty managers)"), self)
        secret_form = QFormLayout(self.secret_box)
        self.alias = QLineEdit(self.secret_box)
        self.alias.setObjectName("confidentialAlias")
        self.alias.setAccessibleName(self.tr("Alias"))
        self.alias.setPlaceholderText(self.tr("the name the desk will see"))
        secret_form.addRow(self.tr("A&lias"), self.alias)
        secret_buttons = QHBoxLayout()
        self.make_secret = QPushButton(self.tr("&Mark confidential"), self.secret_box)
        self.make_secret.setObjectName("setConfidential")
        self.make_secret.clicked.connect(self._make_secret)
        self.end_secret = QPushButton(self.tr("No longer confi&dential"), self.secret_box)
        self.end_secret.setObjectName("clearConfidential")
        self.end_secret.clicked.connect(self._end_secret)
        secret_buttons.addWidget(self.make_secret)
        secret_buttons.addWidget(self.end_secret)
        secret_form.addRow(secret_buttons)
        layout.addWidget(self.secret_box)

        self.message = QLabel(self)
        self.message.setObjectName("privacyMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.caution_box.hide()
        self.secret_box.hide()
        self.id_number.setFocus()  # a scanner types the number: it must land there
        self._load()

    # ---- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        db, actor, guest_id = self._db, self._actor, self._guest_id

        def load() -> _Loaded:
            manages_caution = allowed(db, actor, Operation.CAUTION)
            manages_secret = allowed(db, actor, Operation.CONFIDENTIAL)
            return _Loaded(
                id_documents(db, actor, guest_id),
                caution_of(db, actor, guest_id),
                manages_caution,
                manages_secret,
                alias_of(db, actor, guest_id) if manages_secret else None,
            )

        ServiceCall(self, load, self._show).latest("load").failed(self._failed).start()

    def _show(self, loaded: _Loaded) -> None:
        self._documents = loaded.documents
        self.id_model.setStringList([privacy_marks.documents_text((d,)) for d in loaded.documents])
        self.remove_id.setEnabled(bool(loaded.documents))
        self.caution_box.setVisible(loaded.manages_caution)
        caution = loaded.caution
        if caution is not None and caution.category is not None:
            self.caution_category.setCurrentIndex(
                self.caution_category.findData(caution.category.value)
            )
            self.caution_reason.setPlainText(caution.reason)
        self.unflag.setEnabled(caution is not None)
        self.secret_box.setVisible(loaded.manages_confidential)
        self.alias.setText(loaded.alias or "")
        self.end_secret.setEnabled(loaded.alias is not None)
        self.loaded.emit()

    # ---- changes ---------------------------------------------------------------------

    def _run(self, work, done_text: str) -> None:  # type: ignore[no-untyped-def]
        guest_id = self._guest_id

        def stored(_result: object) -> None:
            self.message.setText(done_text)
            self.changed.emit(guest_id)
            self._load()

        ServiceCall(self, work, stored).failed(self._failed).disabling(
            self.add_id, self.remove_id, self.flag, self.unflag, self.make_secret, self.end_secret
        ).announcing("guest", lambda _r: guest_id).start()

    def _add_document(self) -> None:
        db, actor, guest_id = self._db, self._actor, self._guest_id
        kind, number = self.id_type.currentData(), self.id_number.text()
        country = self.id_country.text().strip() or None
        self.id_number.clear()  # the number never stays on screen
        self._run(
            lambda: add_id_document(db, actor, guest_id, kind, number, country),
            self.tr("Document added."),
        )

    def _remove_document(self) -> None:
        row = self.id_list.currentIndex().row()
        if not 0 <= row < len(self._documents):
            self.message.setText(self.tr("Choose a document in the list first."))
            return
        db, actor, doc = self._db, self._actor, self._documents[row].id
        self._run(lambda: remove_id_document(db, actor, doc), self.tr("Document removed."))

    def _flag(self) -> None:
        db, actor, guest_id = self._db, self._actor, self._guest_id
        category, reason = self.caution_category.currentData(), self.caution_reason.toPlainText()
        self._run(
            lambda: set_caution(db, actor, guest_id, category, reason),
            self.tr("The guest is on the caution list."),
        )

    def _unflag(self) -> None:
        db, actor, guest_id = self._db, self._actor, self._guest_id
        self._run(
            lambda: clear_caution(db, actor, guest_id),
            self.tr("The guest is off the caution list."),
        )

    def _make_secret(self) -> None:
        db, actor, guest_id, alias = self._db, self._actor, self._guest_id, self.alias.text()
        self._run(
            lambda: set_confidential(db, actor, guest_id, alias),
            self.tr("The desk now sees this guest only by the alias."),
        )

    def _end_secret(self) -> None:
        db, actor, guest_id = self._db, self._actor, self._guest_id
        self._run(
            lambda: clear_confidential(db, actor, guest_id),
            self.tr("The guest is no longer confidential."),
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText("⚠ " + error_text(exc))
