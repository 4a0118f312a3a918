"""The Care list: today's and overdue care tasks, grouped by kind, VIP and above first.

Enter on a task opens a quick "log contact" form; once logged, the task leaves the list
and the next one is selected. The list loads off the UI thread (ServiceCall).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.care import KIND_ORDER, Channel, Outcome, TaskKind
from vipdesk.domain.staff import Staff, is_manager
from vipdesk.domain.tiers import Tier
from vipdesk.services.audit import record_output
from vipdesk.services.care import CareItem, plan, script_hints, set_script_hint
from vipdesk.services.care_contacts import Contact, log_contact
from vipdesk.services.database import Database
from vipdesk.ui import care_labels, labels
from vipdesk.ui.care_list_model import (
    DUE,
    GUEST,
    ITEM_ROLE,
    KIND,
    LAST,
    REASON,
    SCRIPT,
    CareFilter,
    CareListModel,
)
from vipdesk.ui.care_live import CareFollower
from vipdesk.ui.operations import ServiceCall, show_error
from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf, rendered

log = logging.getLogger(__name__)


class LogContactDialog(QDialog):
    """The quick form: channel, outcome, a note."""

    def __init__(self, item: CareItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("logContactDialog")
        self.channel = QComboBox(self)
        self.channel.setObjectName("contactChannel")
        for c in Channel:
            self.channel.addItem(care_labels.channel(c), c.value)
        if item.task.kind in (TaskKind.MESSAGE, TaskKind.FESTIVAL):
            self.channel.setCurrentIndex(self.channel.findData(Channel.SMS.value))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("contactOutcome")
        for o in Outcome:
            self.outcome.addItem(care_labels.outcome(o), o.value)
        self.note = QLineEdit(self)
        self.note.setObjectName("contactNote")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.guest_label = QLabel(
            f"<b>{item.name}</b> · {care_labels.kind(item.task.kind)} · "
            f"{care_labels.reason(item.task)}",
            self,
        )
        form.addRow(self.guest_label)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Log contact"))
        self.channel.setAccessibleName(self.tr("Channel"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFocus()

    def values(self) -> tuple[Channel, Outcome, str]:
        return (
            Channel(self.channel.currentData()),
            Outcome(self.outcome.currentData()),
            self.note.text(),
        )


class CareView(QDialog):
    """The Care list window (Ctrl+L)."""

    loaded = Signal(int)
    logged = Signal(str)
    dialog_opened = Signal(object)

    def __init__(
        self, db: Database, actor: Staff, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._today = today or date.today()
        self.setObjectName("careView")
        self.resize(1200, 640)
        self.model = CareListModel(self)
        self.proxy = CareFilter(self)
        self.proxy.me = actor.id
        self.proxy.setSourceModel(self.model)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("careKindFilter")
        self.tier_filter = QComboBox(self)
        self.tier_filter.setObjectName("careTierFilter")
        self.assignee_filter = QComboBox(self)
        self.assignee_filter.setObjectName("careAssigneeFilter")
        self.count = QLabel(self)
        self.count.setObjectName("careCount")
        bar = QHBoxLayout()
        for widget in (self.kind_filter, self.tier_filter, self.assignee_filter):
            bar.addWidget(widget)
            widget.currentIndexChanged.connect(self._filter)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.sheet_button = QPushButton(self)
        self.sheet_button.setObjectName("careCallSheet")
        self.sheet_button.clicked.connect(self.call_sheet)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("careReport")
        self.report_button.clicked.connect(self.month_report)
        bar.addWidget(self.sheet_button)
        bar.addWidget(self.report_button)

        self.table = QTableView(self)
        self.table.setObjectName("careTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SCRIPT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 120), (GUEST, 170), (REASON, 260), (DUE, 150), (LAST, 100)):
            header.resizeSection(column, width)
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda _index: self.log_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_hint())

        self.hint_label = QLabel(self)
        self.hint = QPlainTextEdit(self)
        self.hint.setObjectName("careScriptHint")
        self.hint.setMaximumHeight(70)
        self.hint.setReadOnly(not is_manager(actor.role))
        self.save_hint = QPushButton(self)
        self.save_hint.setObjectName("careSaveHint")
        self.save_hint.setVisible(is_manager(actor.role))
        self.save_hint.clicked.connect(self._save_hint)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.save_hint)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        layout.addLayout(hint_row)
        self.retranslate()
        self._refreshing = False  # a refresh is being read
        self._keeping = False  # a refresh is putting the selection back
        self.reload()
        CareFollower(self, self.refresh)  # another counter's changes show here too

    # ---- text ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Care list — %1").replace("%1", self._today.isoformat()))
        keep = [
            w.currentIndex() for w in (self.kind_filter, self.tier_filter, self.assignee_filter)
        ]
        for w in (self.kind_filter, self.tier_filter, self.assignee_filter):
            w.blockSignals(True)
            w.clear()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for k in KIND_ORDER:
            self.kind_filter.addItem(care_labels.kind(k), k.value)
        self.tier_filter.addItem(self.tr("All tiers"), "")
        for t in (Tier.VIP, Tier.VVIP, Tier.VVVIP):
            self.tier_filter.addItem(self.tr("%1 and above").replace("%1", labels.tier(t)), t.value)
        self.assignee_filter.addItem(self.tr("Everyone's"), "")
        self.assignee_filter.addItem(self.tr("Mine (dedicated person)"), "mine")
        self.assignee_filter.addItem(self.tr("For a duty manager"), "manager")
        for w, i in zip(
            (self.kind_filter, self.tier_filter, self.assignee_filter), keep, strict=True
        ):
            w.setCurrentIndex(max(i, 0))
            w.blockSignals(False)
        self.kind_filter.setAccessibleName(self.tr("Task kind"))
        self.tier_filter.setAccessibleName(self.tr("Tier"))
        self.assignee_filter.setAccessibleName(self.tr("Assignee"))
        self.table.setAccessibleName(self.tr("Care tasks"))
        self.hint_label.setText(self.tr("Script hint (Enter: log contact)"))
        self.hint.setAccessibleName(self.tr("Script hint"))
        self.save_hint.setText(self.tr("Save script"))
        self.sheet_button.setText(self.tr("Call &sheet…"))
        self.report_button.setText(self.tr("Monthly &report…"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- data ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the tasks; the first one is selected."""
        self._read(self._loaded).failed(lambda e: show_error(self, e)).start()

    def refresh(self) -> None:
        """Read the tasks again after a change elsewhere, keeping the selected task (or its
        row) and a script being typed. A failure is only logged: a lost server has its own
        banner, and nobody asked for this read."""
        self._refreshing = True
        self._read(self._refreshed).failed(self._refresh_failed).start()

    def _read(self, done: Callable[[Any], None]) -> ServiceCall:
        db, actor, today = self._db, self._actor, self._today
        chinese = care_labels.chinese_scripts()

        def load() -> tuple[list[CareItem], dict[TaskKind, str]]:
            return plan(db, actor, today), script_hints(db, actor, chinese)

        return ServiceCall(self, load, done).latest("care-tasks")  # only the newest answers

    def _refreshed(self, loaded: tuple[list[CareItem], dict[TaskKind, str]]) -> None:
        self._refreshing = False
        chosen, row = self.current_item(), self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self._keeping = True
        try:
            self.model.set_rows(*loaded)
            self._update_count()
            shown = self.proxy.rowCount()
            ids = [self._item_at(r).id for r in range(shown)]
            if chosen is not None and chosen.id in ids:
                self.table.selectRow(ids.index(chosen.id))
            elif shown:  # it is gone: the one after it (the first, if none was chosen)
                self.table.selectRow(min(max(row, 0), shown - 1))
            self.table.verticalScrollBar().setValue(scroll)
        finally:
            self._keeping = False
        if not self.hint.document().isModified():  # a script being typed stays
            self._show_hint()
        self.loaded.emit(len(loaded[0]))

    def _refresh_failed(self, exc: BaseException) -> None:
        self._refreshing = False
        log.warning("the care list was not refreshed: %s", exc)

    def _item_at(self, row: int) -> CareItem:
        item = self.proxy.data(self.proxy.index(row, 0), ITEM_ROLE)
        assert isinstance(item, CareItem)
        return item

    def _loaded(self, loaded: tuple[list[CareItem], dict[TaskKind, str]]) -> None:
        self._refreshing = False
        items, hints = loaded
        self.model.set_rows(items, hints)
        self._update_count()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_hint()
        self.loaded.emit(len(items))

    def _filter(self) -> None:
        kind = self.kind_filter.currentData()
        tier = self.tier_filter.currentData()
        self.proxy.set_filters(
            TaskKind(kind) if kind else None,
            Tier(tier) if tier else None,
            self.assignee_filter.currentData() or "",
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for r in range(total) if self.model.item(r).task.overdue)
        self.count.setText(
            self.tr("%1 of %n task(s)", "", total).replace("%1", str(shown))
            + " · "
            + self.tr("%n overdue", "", overdue)
        )

    def current_item(self) -> CareItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item = self.proxy.data(index, ITEM_ROLE)
        return item if isinstance(item, CareItem) else None

    def _show_hint(self) -> None:
        if self._keeping:  # a refresh decides once the selection is back
            return
        item = self.current_item()
        self.hint.setPlainText(self.model.hints.get(item.task.kind, "") if item else "")
        self.hint.document().setModified(False)  # only what someone types counts as typed

    def _save_hint(self) -> None:
        item = self.current_item()
        if item is None:
            return
        db, actor, kind, text = self._db, self._actor, item.task.kind, self.hint.toPlainText()
        ServiceCall(
            self,
            lambda: set_script_hint(db, actor, kind, text),
            lambda _: self._hint_saved(kind, text),
        ).failed(lambda e: show_error(self, e)).start()

    def _hint_saved(self, kind: TaskKind, text: str) -> None:
        self.model.set_hint(kind, text)
        self.hint.document().setModified(False)

    # ---- documents -------------------------------------------------------------------

    def call_sheet(self) -> None:
        """Preview (print, save) the day's call sheet."""
        from vipdesk.print.care_sheet import call_sheet_pdf

        db, actor, day = self._db, self._actor, self._today
        title = self.tr("Call sheet %1").replace("%1", day.isoformat())

        def write(path: Path) -> None:
            call_sheet_pdf(db, actor, day, path)
            record_output(db, actor, "print", "call_sheet", day=day.isoformat())

        self._preview(write, title)

    def month_report(self) -> None:
        """Preview the month's care report: planned, done and missed by kind, as a chart."""
        from vipdesk.print.care_report import care_report_pdf

        db, actor, month = self._db, self._actor, self._today.strftime("%Y-%m")
        title = self.tr("Care report %1").replace("%1", month)

        def write(path: Path) -> None:
            care_report_pdf(db, actor, month, path)
            record_output(db, actor, "print", "care_report", month=month)

        self._preview(write, title)

    def _preview(self, write: Callable[[Path], object], title: str) -> None:
        def render() -> RenderedPdf:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "document.pdf"
                write(path)
                return rendered(path.read_bytes())

        def show(document: RenderedPdf) -> None:
            preview = PrintPreviewDialog(document, title, self)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog_opened.emit(preview)
            preview.open()

        ServiceCall(self, render, show).failed(lambda e: show_error(self, e)).start()

    # ---- logging ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.log_current()
            return True
        return super().eventFilter(watched, event)

    def log_current(self) -> LogContactDialog | None:
        """Open the quick form for the selected task; once logged, the next task follows."""
        item = self.current_item()
        if item is None:
            return None
        dialog = LogContactDialog(item, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._log(item, *dialog.values()))
        self.dialog_opened.emit(dialog)
        dialog.open()
        return dialog

    def _log(self, item: CareItem, channel: Channel, outcome: Outcome, note: str) -> None:
        db, actor, row = self._db, self._actor, self.table.currentIndex().row()
        guest, task = str(item.task.guest_id), item.id

        def done(_contact: Contact) -> None:
            self.model.remove_task(task)
            self._update_count()
            if self.proxy.rowCount():
                self.table.selectRow(min(row, self.proxy.rowCount() - 1))
            self.table.setFocus()
            if self._refreshing:  # it read the list before this contact: read it again
                self.refresh()
            self.logged.emit(task)

        ServiceCall(
            self,
            lambda: log_contact(
                db, actor, guest, channel, outcome, task=task, note=note, today=self._today
            ),
            done,
        ).failed(lambda e: show_error(self, e)).start()
