"""The duty manager's complaint list: overdue promises first and in red, filters, workflow.

Selecting a complaint shows its facts and history underneath; Enter (or a double-click)
opens it in the complaint dialog to complete or correct it.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vipdesk.config import data_dir
from vipdesk.domain.complaints import ComplaintCodes, ComplaintSeverity, Status, can_move
from vipdesk.domain.staff import Role, Staff
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
from vipdesk.ui import labels
from vipdesk.ui.complaint_dialog import STEPS, ComplaintDialog, field_label
from vipdesk.ui.complaint_lists_dialog import ComplaintListsDialog
from vipdesk.ui.complaint_report_view import ComplaintReportView
from vipdesk.ui.followup_dialog import FollowUpDialog
from vipdesk.ui.logbook_import import LogbookResultDialog, rejects_path_for
from vipdesk.ui.operations import ServiceCall, show_error
from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf, rendered
from vipdesk.ui.printing import render_incident_pdf

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


class ComplaintListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, codes: ComplaintCodes | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintRecord] = []
        self.now = datetime.now()
        self.codes = codes or ComplaintCodes()

    def set_rows(self, rows: list[ComplaintRecord], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self.now = list(rows), now
        self.endResetModel()

    def record(self, row: int) -> ComplaintRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return [
                c.feedback_due.strftime("%m-%d %H:%M"),
                labels.complaint_status(c.status.value),
                labels.complaint_category(c.category, self.codes.categories),
                labels.complaint_severity(c.severity.value),
                labels.department(c.department, self.codes.departments),
                c.guest_name,
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and c.overdue(self.now):
            return QBrush(QColor("#fee2e2"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.description
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Feedback due"),
            self.tr("Status"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("Department"),
            self.tr("Guest"),
        ]
        return titles[section] if 0 <= section < len(titles) else None


class ComplaintFilter(QSortFilterProxyModel):
    """Filters on category, department, severity and 'overdue only'."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.category = self.department = self.severity = ""
        self.overdue_only = False
        self.since: date | None = None

    def set_filters(
        self,
        *,
        category: str,
        department: str,
        severity: str,
        overdue_only: bool,
        since: date | None = None,
    ) -> None:
        new_api = hasattr(self, "endFilterChange")  # Qt ≥ 6.10; invalidateFilter is deprecated
        if new_api:
            self.beginFilterChange()
        self.category, self.department, self.severity = category, department, severity
        self.overdue_only = overdue_only
        self.since = since
        if new_api:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ComplaintListModel)
        c = model.record(source_row)
        return (
            (not self.category or c.category == self.category)
            and (not self.department or c.department == self.department)
            and (not self.severity or c.severity.value == self.severity)
            and (not self.overdue_only or c.overdue(model.now))
            and (self.since is None or c.occurred_at.date() >= self.since)
        )


class ComplaintsView(QDialog):
    loaded = Signal(int)
    details_shown = Signal(object)
    dialog_opened = Signal(object)
    guest_changed = Signal(int)

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
        self.since = QDateEdit(self)
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
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setSizes([360, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
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
            self.reload()

        ServiceCall(self, work, done).start()

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
            rows = list_complaints(db, actor, status=status)
            if status is None:
                rows = [r for r in rows if r.status != Status.CLOSED]
            return rows, datetime.now()

        ServiceCall(self, load, self._show).start()

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
        manager = self._actor.role in (Role.DUTY_MANAGER, Role.ADMIN)
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
            dialog = FollowUpDialog(record.guest_name, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.submitted.connect(
                lambda result, score: self._change(record.id, target, result, score, dialog)
            )
            self.dialog_opened.emit(dialog)
            dialog.open()
            return
        self._change(record.id, target)

    def _change(
        self,
        complaint_id: int,
        target: Status,
        result: str = "",
        satisfaction: int | None = None,
        call: FollowUpDialog | None = None,
    ) -> None:
        db, actor = self._db, self._actor

        def done(_record: ComplaintRecord) -> None:
            if call is not None and shiboken6.isValid(call):
                call.saved()
            self.reload()

        def failed(exc: BaseException) -> None:
            if call is not None and shiboken6.isValid(call):
                call.refused(labels.error_text(exc))  # it stays open with what was typed
            else:
                show_error(self, exc)

        ServiceCall(
            self,
            lambda: change_status(
                db, actor, complaint_id, target, followup_result=result, satisfaction=satisfaction
            ),
            done,
        ).failed(failed).start()

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
                self.details.setHtml(self._details_html(full))
                self.details_shown.emit(full)

        ServiceCall(self, lambda: get_complaint(db, actor, record.id), show).start()

    def _details_html(self, c: ComplaintRecord) -> str:
        def row(label: str, value: str) -> str:
            return f"<tr><td style='color:#555;padding-right:12px'>{escape(label)}</td><td>{escape(value)}</td></tr>"

        steps = "  ".join(
            f"{'☑' if at else '☐'} {field_label(key)}" + (f" {at:%m-%d %H:%M}" if at else "")
            for key in STEPS
            for at in [getattr(c, key)]
        )
        compensation = " ".join(filter(None, (c.compensation, c.compensation_value)))
        facts = [
            ("guest_id", c.guest_name),
            ("description", c.description),
            ("real_reason", c.real_reason or "—"),
            ("guest_wish", c.guest_wish or "—"),
        ]
        rows = [row(field_label(key), value) for key, value in facts]
        rows += [
            row(self.tr("Recovery steps"), steps),
            row(field_label("compensation"), compensation or "—"),
            row(field_label("assigned_to"), c.assigned_name or "—"),
        ]
        if c.followup_result:
            result = f"{c.followup_result} ({c.satisfaction or '—'}/5)"
            rows.append(row(field_label("followup_result"), result))
        history = "".join(
            f"<li>{e.at:%Y-%m-%d %H:%M} · {escape(e.staff_name or '—')} · "
            f"{escape(labels.complaint_event(e.kind))} {escape(self._describe(e.detail))}</li>"
            for e in c.history
        )
        title = self.tr("History")
        return (
            f"<table>{''.join(rows)}</table><p><b>{escape(title)}</b></p>"
            f"<ul style='margin-top:0'>{history}</ul>"
        )

    def _describe(self, detail: dict[str, object]) -> str:
        """A history entry's detail: status moves, edited fields (old → new), notes."""
        codes = self._codes

        def shown(key: str, value: object) -> str:
            if value in ("", None):
                return "—"
            if isinstance(value, bool):
                return "✓" if value else "✗"
            text = str(value)
            return {
                "status": labels.complaint_status,
                "category": lambda v: labels.complaint_category(v, codes.categories),
                "department": lambda v: labels.department(v, codes.departments),
                "severity": labels.complaint_severity,
            }.get(key, lambda v: v)(text)

        if "from" in detail and "to" in detail:
            return f"{shown('status', detail['from'])} → {shown('status', detail['to'])}"
        if "note" in detail:
            return str(detail["note"])
        parts = []
        for key, value in detail.items():
            if isinstance(value, list) and len(value) == 2:
                old, new = shown(key, value[0]), shown(key, value[1])
                parts.append(f"{field_label(key)}: {old} → {new}")
            else:
                parts.append(f"{field_label(key)}: {shown(key, value)}")
        return ", ".join(parts)

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
            dialog.saved.connect(lambda _id: self.reload())
            dialog.saved_for_guest.connect(self.guest_changed)
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
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Note"), self.tr("Add to the history:")
        )
        if ok and text.strip():
            db, actor = self._db, self._actor
            ServiceCall(
                self, lambda: annotate(db, actor, record.id, text), lambda _r: self.reload()
            ).start()
