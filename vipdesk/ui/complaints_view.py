"""The duty manager's complaint list: overdue promises first and in red, filters, workflow.

Selecting a complaint shows its facts and history underneath; Enter (or a double-click)
opens it in the complaint dialog to complete or correct it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QDate,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vipdesk.config import data_dir
from vipdesk.domain.complaints import (
    ComplaintCodes,
    ComplaintSeverity,
    Status,
    can_move,
)
from vipdesk.domain.staff import Role, Staff, is_manager
from vipdesk.services.complaint_import import ComplaintImportSummary, import_complaints
from vipdesk.services.complaints import (
    ComplaintRecord,
    annotate,
    change_status,
    get_complaint,
    list_complaints,
)
from vipdesk.services.database import Database
from vipdesk.services.staff import list_staff
from vipdesk.ui import complaint_prompts, labels, text_prompt
from vipdesk.ui.complaint_details import details_html
from vipdesk.ui.complaint_dialog import ComplaintDialog
from vipdesk.ui.complaint_list_model import ComplaintFilter, ComplaintListModel
from vipdesk.ui.complaint_lists_dialog import ComplaintListsDialog
from vipdesk.ui.complaint_report_view import ComplaintReportView
from vipdesk.ui.fields import DateEdit, tab_order
from vipdesk.ui.followup_dialog import FollowUpDialog
from vipdesk.ui.logbook_import import LogbookResultDialog, rejects_path_for
from vipdesk.ui.operations import ServiceCall, changes, show_error
from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf, rendered
from vipdesk.ui.printing import render_incident_pdf


class ComplaintsView(QDialog):
    loaded = Signal(int)
    details_shown = Signal(object)
    dialog_opened = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Staff,
        parent: QWidget | None = None,
        codes: ComplaintCodes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsView")
        self._codes = codes or ComplaintCodes()
        self.setWindowTitle(self.tr("Complaints"))
        self.resize(960, 640)
        self._db, self._actor = db, actor
        self.model = ComplaintListModel(self, self._codes)
        self.proxy = ComplaintFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = self._combo(
            "statusFilter",
            [("", self.tr("Not closed"))]
            + [(s.value, labels.complaint_status(s.value)) for s in Status],
        )
        self.category = self._combo("categoryFilter", [])
        self.department = self._combo("departmentFilter", [])
        self._fill_code_filters()
        self.severity = self._combo(
            "severityFilter",
            [("", self.tr("All severities"))]
            + [(s.value, labels.complaint_severity(s.value)) for s in ComplaintSeverity],
        )
        # "Happened since" is off until ticked: an old unresolved complaint must never hide.
        self.since_on = QCheckBox(self.tr("&Happened since"), self)
        self.since_on.setObjectName("sinceOn")
        self.since = DateEdit(self)
        self.since.setObjectName("sinceFilter")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.since.setEnabled(False)
        self.since.setToolTip(self.tr("Only complaints that happened on or after this day"))
        self.since_on.toggled.connect(self.since.setEnabled)
        self.since_on.toggled.connect(self._filter)
        self.since.dateChanged.connect(self._filter)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("overdueFilter")
        self.status.currentIndexChanged.connect(self.reload)
        for widget in (self.category, self.department, self.severity):
            widget.currentIndexChanged.connect(self._filter)
        self.overdue.toggled.connect(self._filter)
        filters = QHBoxLayout()
        for widget in (self.status, self.category, self.department, self.severity):
            filters.addWidget(widget)
        filters.addWidget(self.since_on)
        filters.addWidget(self.since)
        filters.addWidget(self.overdue)
        self.summary = QLabel(self)
        self.buttons: dict[Status, QPushButton] = {}
        actions = QHBoxLayout()
        for status, text in (
            (Status.IN_PROGRESS, self.tr("&Start handling")),
            (Status.RESOLVED, self.tr("&Resolved")),
            (Status.FOLLOWED_UP, self.tr("&Follow-up call…")),
            (Status.CLOSED, self.tr("&Close")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"to_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.move(s))
            actions.addWidget(button)
            self.buttons[status] = button
        self.note_button = QPushButton(self.tr("&Note…"), self)
        self.note_button.clicked.connect(self.note)
        actions.addWidget(self.note_button)
        self.open_button = QPushButton(self.tr("Op&en / edit…"), self)
        self.open_button.setObjectName("openComplaint")
        self.open_button.setToolTip(self.tr("Complete or correct the complaint (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        actions.addWidget(self.open_button)
        self.incident_button = QPushButton(self.tr("&Incident report…"), self)
        self.incident_button.setObjectName("incidentReport")
        self.incident_button.clicked.connect(self.incident_report)
        actions.addWidget(self.incident_button)
        actions.addStretch()
        self.import_button = QPushButton(self.tr("Im&port logbook…"), self)
        self.import_button.setObjectName("importLogbook")
        self.import_button.setToolTip(
            self.tr("An Excel complaint logbook saved as CSV (UTF-8 or GB18030)")
        )
        self.import_button.clicked.connect(lambda: self.import_logbook())
        actions.addWidget(self.import_button)
        lists = QPushButton(self.tr("&Lists…"), self)
        lists.setObjectName("complaintLists")
        lists.setToolTip(self.tr("Departments and categories"))
        lists.clicked.connect(self.edit_lists)
        actions.addWidget(lists)
        self.report_button = QPushButton(self.tr("&Monthly report…"), self)
        self.report_button.setObjectName("monthlyReport")
        self.report_button.clicked.connect(self.monthly_report)
        actions.addWidget(self.report_button)
        self.details = QTextBrowser(self)
        self.details.setObjectName("complaintDetails")
        self.details.setOpenLinks(False)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table, self.open_current)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)  # Enter in a filter is no open
        tab_order(  # as the eye reads: the filters, the list, its details, the buttons
            self.status,
            self.category,
            self.department,
            self.severity,
            self.since_on,
            self.since,
            self.overdue,
            self.table,
            self.details,
            *(b for b in self.findChildren(QPushButton) if b.parentWidget() is self),
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([360, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        changes().changed.connect(self._stored_elsewhere)
        self.table.setFocus()  # the keyboard starts on the list, not on the first filter
        self.reload()

    def _stored_elsewhere(self, kind: str, _ident: int) -> None:
        """A complaint was saved here or anywhere else in the app: the list follows."""
        if kind == "complaint":
            self.reload()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in items:
            combo.addItem(text, code)
        return combo

    def _fill_code_filters(self) -> None:
        codes = self._codes
        for combo, everything, items in (
            (
                self.category,
                self.tr("All categories"),
                [(c, labels.complaint_category(c, codes.categories)) for c in codes.categories],
            ),
            (
                self.department,
                self.tr("All departments"),
                [(c, labels.department(c, codes.departments)) for c in codes.departments],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, text in [("", everything), *items]:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def import_logbook(self, path: Path | None = None) -> None:
        """Import a logbook; the result lists each rejected line with its reason."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a complaint logbook"),
                "",
                self.tr("CSV files (*.csv);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        db, actor, source, rejects = (
            self._db,
            self._actor,
            path,
            rejects_path_for(path, data_dir() / "rejects"),
        )

        def work() -> ComplaintImportSummary:
            summary = import_complaints(db, actor, source, rejects_path=rejects)
            if not summary.rejected:
                rejects.unlink(missing_ok=True)  # nothing rejected: no file to look at
            return summary

        def done(summary: ComplaintImportSummary) -> None:
            result = LogbookResultDialog(source, summary, rejects, self)
            result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog_opened.emit(result)
            result.open()

        ServiceCall(self, work, done).announcing("complaint").start()

    def edit_lists(self) -> ComplaintListsDialog:
        """The hotel's departments and categories (a duty manager may change them)."""
        dialog = ComplaintListsDialog(self._db, self._actor, self._codes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._codes_changed)
        self.dialog_opened.emit(dialog)
        dialog.open()
        return dialog

    def _codes_changed(self, codes: ComplaintCodes) -> None:
        self._codes = self.model.codes = codes
        self._fill_code_filters()
        self.reload()

    def reload(self) -> None:
        db, actor = self._db, self._actor
        code = self.status.currentData()
        status = Status(code) if code else None

        def load() -> tuple[list[ComplaintRecord], datetime]:
            # "All open" leaves the closed ones out in the query, not after loading them.
            return list_complaints(db, actor, status=status, include_closed=False), datetime.now()

        ServiceCall(self, load, self._show).latest("reload").start()

    def _show(self, loaded: tuple[list[ComplaintRecord], datetime]) -> None:
        rows, now = loaded
        keep = self.current()
        self.model.set_rows(rows, now)
        self._filter()
        if keep is not None:  # the complaint just handled stays selected
            ids = [self.model.record(r).id for r in range(self.model.rowCount())]
            if keep.id in ids:
                source = self.model.index(ids.index(keep.id), 0)
                self.table.selectRow(self.proxy.mapFromSource(source).row())
        self.show_details()
        self.loaded.emit(len(rows))

    def _update_summary(self) -> None:
        """Counts of what the table shows, so the numbers and the rows always agree."""
        shown = [
            self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]
        overdue = sum(c.overdue(self.model.now) for c in shown)
        self.summary.setText(
            self.tr("%n complaint(s)", "", len(shown)) + " · " + self.tr("%n overdue", "", overdue)
        )

    def _filter(self) -> None:
        self.proxy.set_filters(
            category=self.category.currentData() or "",
            department=self.department.currentData() or "",
            severity=self.severity.currentData() or "",
            overdue_only=self.overdue.isChecked(),
            since=self.since.date().toPython() if self.since_on.isChecked() else None,
        )
        self._update_summary()
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Only the moves the selected complaint can make (closing: duty managers only)."""
        record = self.current()
        manager = is_manager(self._actor.role)
        for target, button in self.buttons.items():
            allowed = record is not None and can_move(record.status, target)
            button.setEnabled(allowed and (target != Status.CLOSED or manager))
        for button in (self.open_button, self.incident_button, self.note_button):
            button.setEnabled(record is not None)

    def current(self) -> ComplaintRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def move(self, target: Status) -> None:
        record = self.current()
        if record is None:
            return
        if target == Status.FOLLOWED_UP:
            dialog = FollowUpDialog(labels.guest_name(record.guest_name, record.guest_id), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.submitted.connect(
                lambda result, score: self._change(record.id, target, result, score, dialog)
            )
            self.dialog_opened.emit(dialog)
            dialog.open()
            return
        why = ""
        if target == Status.CLOSED and not complaint_prompts.confirm_close(self, record):
            return
        if target == Status.RESOLVED and record.remedy_taken_at is None:
            why = complaint_prompts.why_without_remedy(self)
            if not why:
                return
        self._change(record.id, target, note=why)

    def _change(
        self,
        complaint_id: int,
        target: Status,
        result: str = "",
        satisfaction: int | None = None,
        call: FollowUpDialog | None = None,
        note: str = "",
    ) -> None:
        db, actor = self._db, self._actor
        because = self.tr("Resolved without a remedial action: %1").replace("%1", note.strip())

        def work() -> ComplaintRecord:
            moved = change_status(
                db, actor, complaint_id, target, followup_result=result, satisfaction=satisfaction
            )
            return annotate(db, actor, complaint_id, because) if note.strip() else moved

        def done(_record: ComplaintRecord) -> None:
            if call is not None and shiboken6.isValid(call):
                call.saved()
            # The pressed button was disabled meanwhile, and Qt moved the keyboard to the
            # next one ("Start handling" after "Resolved"): it goes back to the list.
            self.table.setFocus()

        def failed(exc: BaseException) -> None:
            if call is not None and shiboken6.isValid(call):
                call.refused(labels.error_text(exc))  # it stays open with what was typed
            else:
                self.table.setFocus()
                show_error(self, exc)

        ServiceCall(self, work, done).failed(failed).disabling(*self.buttons.values()).announcing(
            "complaint", lambda r: r.id
        ).start()

    def monthly_report(self) -> ComplaintReportView:
        """The month's figures and charts, printable as the PDF report."""
        view = ComplaintReportView(self._db, self._actor, self._codes, parent=self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.dialog_opened.connect(self.dialog_opened)
        self.dialog_opened.emit(view)
        view.open()
        return view

    def show_details(self) -> None:
        """The selected complaint's facts and history, under the list."""
        record = self.current()
        if record is None:
            self.details.clear()
            return
        db, actor = self._db, self._actor

        def show(full: ComplaintRecord) -> None:
            current = self.current()
            if current is not None and current.id == full.id:
                self.details.setHtml(details_html(full, self._codes))
                self.details_shown.emit(full)

        ServiceCall(self, lambda: get_complaint(db, actor, record.id), show).latest(
            "details"
        ).start()

    def open_current(self) -> None:
        """Open the selected complaint in the dialog (read-only once closed)."""
        record = self.current()
        if record is None:
            return
        db, actor, codes = self._db, self._actor, self._codes

        def opened(loaded: tuple[ComplaintRecord, list[Staff]]) -> None:
            full, managers = loaded
            dialog = ComplaintDialog(db, actor, managers, codes, record=full, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog_opened.emit(dialog)
            dialog.open()

        ServiceCall(
            self,
            lambda: (get_complaint(db, actor, record.id), list_staff(db, actor, Role.DUTY_MANAGER)),
            opened,
        ).start()

    def incident_report(self) -> None:
        record = self.current()
        if record is None:
            return
        db, actor = self._db, self._actor
        title = self.tr("Incident report #%1").replace("%1", str(record.id))

        def show(document: RenderedPdf) -> None:
            preview = PrintPreviewDialog(document, title, self)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog_opened.emit(preview)
            preview.open()

        ServiceCall(self, lambda: rendered(render_incident_pdf(db, actor, record.id)), show).start()

    def note(self) -> None:
        record = self.current()
        if record is None:
            return
        text, ok = text_prompt.ask_text(self, self.tr("Note"), self.tr("Add to the history:"))
        if ok and text.strip():
            db, actor = self._db, self._actor
            ServiceCall(
                self, lambda: annotate(db, actor, record.id, text), lambda _r: None
            ).announcing("complaint", lambda r: r.id).start()
