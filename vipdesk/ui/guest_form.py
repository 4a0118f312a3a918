"""The guest form: fields, lists, photo; reads itself into a validated GuestDraft."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.dates import NotADate, parse_partial_date
from vipdesk.domain.guest import (
    DEFAULT_SEVERITY,
    EMAIL_MAX,
    NAME_MAX,
    PRONUNCIATION_MAX,
    SHORT_MAX,
    FieldError,
    Gender,
    GuestDraft,
    GuestRecord,
    Preference,
    PreferenceCategory,
    Severity,
    SpecialDate,
    SpecialDateKind,
    Taboo,
    TabooKind,
    validate_guest,
)
from vipdesk.domain.guest_rows import join_items, split_items
from vipdesk.domain.phones import normalise_phone
from vipdesk.domain.tiers import Tier
from vipdesk.ui import labels
from vipdesk.ui.fields import tab_order
from vipdesk.ui.guest_lists import EditableList

PHOTO_BOX = (480, 600)
_PAGE_OF = {"preferences": 1, "taboos": 1, "special_dates": 2, "notes": 3}
"""The tab page a field's error is on (every other field is on the first)."""
NEW_TABOO_SEVERITY = DEFAULT_SEVERITY  # the domain's rule, as the import applies it
"""A new taboo or allergy starts where the import puts it (guest_rows), not at the weakest."""
_MAX_LENGTH = {
    "name": NAME_MAX,
    "native_name": NAME_MAX,
    "latin_name": NAME_MAX,
    "pronunciation": PRONUNCIATION_MAX,
    "honorific": SHORT_MAX,
    "company": SHORT_MAX,
    "nationality": SHORT_MAX,
    "language": SHORT_MAX,
    "email": EMAIL_MAX,
    "member_no": 64,
}
UNCHANGED = object()
"""`GuestForm.photo_change` when the photo was not touched."""


def photo_from_file(path: str) -> bytes | None:
    """A JPEG of at most 480×600 from any image file Qt can read; None if unreadable."""
    image = QImage(path)
    if image.isNull():
        return None
    if image.width() > PHOTO_BOX[0] or image.height() > PHOTO_BOX[1]:
        image = image.scaled(
            *PHOTO_BOX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", 85)
    return bytes(data.data())


class GuestForm(QTabWidget):
    """Four tabs (guest, likes and taboos, dates, notes and photo) with inline errors."""

    def __init__(
        self,
        guest: GuestRecord | None = None,
        photo: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guestForm")
        self.photo_change: object = UNCHANGED
        self._stays = list(guest.stays) if guest else []
        self._dirty = False
        self._build()
        if guest is not None:
            self._fill(guest)
        self._show_photo(photo)
        self._dirty = False
        self._wire_dirty()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def _build(self) -> None:
        self.name = self._line("nameEdit")
        self.member_no = self._line("memberNoEdit")
        self.native_name = self._line("nativeNameEdit")
        self.latin_name = self._line("latinNameEdit")
        self.pronunciation = self._line("pronunciationEdit")
        self.pronunciation.setPlaceholderText(self.tr("as the guest says it, e.g. Xiè, not Jiě"))
        self.honorific = self._line("honorificEdit")
        self.gender = QComboBox(self)
        self.gender.setObjectName("genderCombo")
        self.gender.addItem("—", "")
        for g in Gender:
            self.gender.addItem(labels.gender(g), g.value)
        self.tier = QComboBox(self)
        self.tier.setObjectName("tierCombo")
        for t in Tier:
            self.tier.addItem(labels.tier(t), t.value)
        self.phones = self._line("phonesEdit")
        self.email = self._line("emailEdit")
        self.company = self._line("companyEdit")
        self.nationality = self._line("nationalityEdit")
        self.language = self._line("languageEdit")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes, as in every other field
        self.errors: dict[str, QLabel] = {}

        main = QWidget(self)
        form = QFormLayout(main)
        self._form_labels: list[tuple[QLabel, str]] = []
        fields: list[QWidget] = []
        for key, widget, text in (
            ("name", self.name, self.tr("&Name *")),
            ("pronunciation", self.pronunciation, self.tr("Pron&unciation")),
            ("honorific", self.honorific, self.tr("&Honorific")),
            ("native_name", self.native_name, self.tr("Name in native script")),
            ("latin_name", self.latin_name, self.tr("Name in Latin letters")),
            ("gender", self.gender, self.tr("Gender")),
            ("tier", self.tier, self.tr("&Tier")),
            ("member_no", self.member_no, self.tr("&Member no.")),
            ("phone", self.phones, self.tr("&Phones")),
            ("email", self.email, self.tr("&E-mail")),
            ("company", self.company, self.tr("&Company")),
            ("nationality", self.nationality, self.tr("Nationality")),
            ("language", self.language, self.tr("Preferred language")),
        ):
            label = QLabel(text, main)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(" *"))
            error = QLabel(main)
            error.setObjectName(f"{key}Error")
            error.setStyleSheet("color: #b91c1c;")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            fields.append(widget)
            if isinstance(widget, QLineEdit) and key in _MAX_LENGTH:
                widget.setMaxLength(_MAX_LENGTH[key])  # the rule's limit, felt while typing
        tab_order(*fields)  # as the rows read, not as the fields were made
        self.phones.setPlaceholderText(self.tr("e.g. +86 138 0013 8000; +852 9123 4567"))

        categories = [(c.value, labels.category(c)) for c in PreferenceCategory]
        kinds = [(k.value, labels.taboo_kind(k)) for k in TabooKind]
        severities = [(s.value, labels.severity(s)) for s in Severity]
        date_kinds = [(k.value, labels.date_kind(k)) for k in SpecialDateKind]
        self.preferences = EditableList(
            "preferences", [self.tr("Category"), self.tr("Preference")], {0: categories}, self
        )
        self.taboos = EditableList(
            "taboos",
            [self.tr("Kind"), self.tr("Severity"), self.tr("Must never happen")],
            {0: kinds, 1: severities},
            self,
            defaults={1: NEW_TABOO_SEVERITY[TabooKind.TABOO].value},
        )
        self.taboos.model.dataChanged.connect(self._taboo_kind_changed)
        self.dates = EditableList(
            "specialDates",
            [self.tr("Kind"), self.tr("Date (month-day or year-month-day)"), self.tr("Label")],
            {0: date_kinds},
            self,
        )
        # Each Add and Remove has its Alt+letter (no two alike on one tab page).
        self.taboos.set_button_texts(self.tr("&Add taboo or allergy"), self.tr("&Remove taboo"))
        self.preferences.set_button_texts(self.tr("Add &preference"), self.tr("Remo&ve preference"))
        self.dates.set_button_texts(self.tr("&Add date"), self.tr("&Remove date"))
        for key in ("preferences", "taboos", "special_dates", "notes"):
            error = QLabel(self)
            error.setObjectName(f"{key}Error")
            error.setStyleSheet("color: #b91c1c;")
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error

        likes = QWidget(self)
        likes_layout = QVBoxLayout(likes)
        likes_layout.addWidget(QLabel(self.tr("Taboos and allergies"), likes))
        likes_layout.addWidget(self.taboos)
        likes_layout.addWidget(self.errors["taboos"])
        likes_layout.addWidget(QLabel(self.tr("Preferences"), likes))
        likes_layout.addWidget(self.preferences)
        likes_layout.addWidget(self.errors["preferences"])
        dates = QWidget(self)
        dates_layout = QVBoxLayout(dates)
        dates_layout.addWidget(
            QLabel(self.tr("Birthdays and anniversaries (the year may be left out)"), dates)
        )
        dates_layout.addWidget(self.dates)
        dates_layout.addWidget(self.errors["special_dates"])
        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.errors["notes"])
        self.photo_label = QLabel(notes)
        self.photo_label.setObjectName("photoPreview")
        self.photo_label.setFixedSize(120, 150)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_button = QPushButton(self.tr("Choose &photo…"), notes)
        self.photo_button.setObjectName("photoButton")
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_remove = QPushButton(self.tr("Remove photo"), notes)
        self.photo_remove.setObjectName("photoRemove")
        self.photo_remove.clicked.connect(lambda: self._set_photo(None))
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_remove)
        photo_row.addStretch()
        notes_layout.addLayout(photo_row)
        tab_order(  # the taboos are read first
            *(
                w
                for lst in (self.taboos, self.preferences, self.dates)
                for w in (lst.view, lst.add_button, lst.remove_button)
            )
        )
        tab_order(self.notes, self.photo_button, self.photo_remove)
        self._titles = [
            self.tr("&Guest"),
            self.tr("&Likes and taboos"),
            self.tr("&Dates"),
            self.tr("N&otes and photo"),
        ]
        for page, title in zip((main, likes, dates, notes), self._titles, strict=True):
            self.addTab(page, title)

    def _taboo_kind_changed(self, top_left: QModelIndex, *_args: object) -> None:
        """A new row's severity follows its kind (an allergy is a danger) until set by hand."""
        if top_left.column() != 0 or not self.taboos.chosen_by_default(top_left.row(), 1):
            return
        kind = TabooKind(self.taboos.rows()[top_left.row()][0])
        severity = NEW_TABOO_SEVERITY.get(kind, Severity.SERIOUS)
        self.taboos.set_choice(top_left.row(), 1, severity.value)

    def _wire_dirty(self) -> None:
        for edit in (
            self.name,
            self.member_no,
            self.native_name,
            self.latin_name,
            self.pronunciation,
            self.honorific,
            self.phones,
            self.email,
            self.company,
            self.nationality,
            self.language,
        ):
            edit.textEdited.connect(self._mark_dirty)
        self.notes.textChanged.connect(self._mark_dirty)
        self.gender.currentIndexChanged.connect(self._mark_dirty)
        self.tier.currentIndexChanged.connect(self._mark_dirty)
        for lst in (self.preferences, self.taboos, self.dates):
            lst.changed.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _fill(self, g: GuestRecord) -> None:
        self.name.setText(g.name)
        self.member_no.setText(g.member_no or "")
        self.native_name.setText(g.native_name)
        self.latin_name.setText(g.latin_name)
        self.pronunciation.setText(g.pronunciation)
        self.honorific.setText(g.honorific)
        self.gender.setCurrentIndex(
            max(0, self.gender.findData(g.gender.value if g.gender else ""))
        )
        self.tier.setCurrentIndex(max(0, self.tier.findData(g.tier.value)))
        self.phones.setText(join_items([p.original for p in g.phones]))
        self.email.setText(g.email)
        self.company.setText(g.company)
        self.nationality.setText(g.nationality)
        self.language.setText(g.language)
        self.notes.setPlainText(g.notes)
        for p in g.preferences:
            self.preferences.add_row([p.category.value, p.text])
        for t in g.taboos:
            self.taboos.add_row([t.kind.value, t.severity.value, t.text])
        for d in g.special_dates:
            self.dates.add_row([d.kind.value, d.date.iso(), d.label])

    # ---- photo ----------------------------------------------------------------------------

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.bmp *.webp)")
        )
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> bool:
        data = photo_from_file(path)
        if data is None:
            QMessageBox.warning(
                self, self.tr("Photo"), self.tr("This file is not an image vipdesk can read.")
            )
            return False
        self._set_photo(data)
        return True

    def _set_photo(self, data: bytes | None) -> None:
        self.photo_change = data
        self._dirty = True
        self._show_photo(data)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo_label.setPixmap(
                pixmap.scaled(
                    self.photo_label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_label.setText(self.tr("No photo"))

    # ---- reading the form --------------------------------------------------------------

    def draft(self) -> tuple[GuestDraft | None, list[FieldError]]:
        """The guest as the form says, or the problems, each naming its field."""
        errors: list[FieldError] = []
        phones = []
        for item in split_items(self.phones.text()):
            if item:
                try:
                    phones.append(normalise_phone(item))
                except ValueError as exc:
                    errors.append(FieldError("phone", str(exc), "phone_format", item))
        prefs = [
            Preference(text, PreferenceCategory(cat))
            for cat, text in self.preferences.rows()
            if text
        ]
        taboos = [
            Taboo(text, TabooKind(kind), Severity(sev))
            for kind, sev, text in self.taboos.rows()
            if text
        ]
        special = []
        for kind, day, label in self.dates.rows():
            if not day and not label:
                continue
            try:
                special.append(SpecialDate(SpecialDateKind(kind), parse_partial_date(day), label))
            except ValueError as exc:
                code = exc.code if isinstance(exc, NotADate) else "date_format"
                errors.append(FieldError("special_dates", str(exc), code, day.strip()))
        gender = self.gender.currentData()
        draft = GuestDraft(
            name=self.name.text().strip(),
            member_no=self.member_no.text().strip() or None,
            native_name=self.native_name.text().strip(),
            latin_name=self.latin_name.text().strip(),
            pronunciation=self.pronunciation.text().strip(),
            honorific=self.honorific.text().strip(),
            gender=Gender(gender) if gender else None,
            phones=phones,
            email=self.email.text().strip(),
            company=self.company.text().strip(),
            nationality=self.nationality.text().strip(),
            language=self.language.text().strip(),
            tier=Tier(self.tier.currentData()),
            notes=self.notes.toPlainText(),
            preferences=prefs,
            taboos=taboos,
            special_dates=special,
            stays=list(self._stays),
        )
        errors += validate_guest(draft)
        return (None if errors else draft), errors

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field if e.field in self.errors else "name", []).append(
                labels.field_error_text(e)
            )
        for key, label in self.errors.items():
            messages = by_field.get(key)
            label.setVisible(bool(messages))
            label.setText("; ".join(messages or []))
        pages = {_PAGE_OF.get(key, 0) for key in by_field}
        for page, title in enumerate(self._titles):  # a hidden tab's problem shows on its header
            self.setTabText(page, ("⚠ " + title) if page in pages else title)
            self.tabBar().setTabTextColor(
                page,
                QColor("#b91c1c")
                if page in pages
                else self.palette().color(QPalette.ColorRole.WindowText),
            )
        if pages:
            self.setCurrentIndex(min(pages))  # the first page with a problem

    def mark_clean(self) -> None:
        self._dirty = False
