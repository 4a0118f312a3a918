"""The main window (a plain guest list for now; the counter screen is its own issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.guests import count_guests, list_guests
from vipdesk.ui.guest_table import GuestTableModel
from vipdesk.ui.operations import ServiceCall


class MainWindow(QMainWindow):
    guests_loaded = Signal(int)

    def __init__(self, db: Database, actor: Staff) -> None:
        super().__init__()
        self._db = db
        self._actor = actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("vipdesk — guest recognition"))
        self.resize(1000, 640)

        self.model = GuestTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("guestTable")
        self.table.setAccessibleName(self.tr("Guests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        self.heading = QLabel(self.tr("Loading guests…"), self)
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setCentralWidget(body)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(refresh)
        menu.addAction(quit_action)
        self.statusBar().showMessage(
            self.tr("Database: %1 · Staff: %2")
            .replace("%1", str(db.path))
            .replace("%2", actor.display_name)
        )

    def reload(self) -> None:
        db, actor = self._db, self._actor
        ServiceCall(
            self, lambda: (count_guests(db, actor), list_guests(db, actor, limit=500)), self._show
        ).start()

    def _show(self, result: tuple[int, list]) -> None:  # type: ignore[type-arg]
        total, rows = result
        self.model.set_guests(rows)
        self.heading.setText(self.tr("%n guest(s) in the database", "", total))
        self.table.resizeColumnsToContents()
        self.guests_loaded.emit(total)
