"""The counter screen: search as you type on the left, the guest at a glance on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipdesk.domain.staff import Staff
from vipdesk.services.database import Database
from vipdesk.services.photos import get_photo
from vipdesk.services.profile import GuestProfile, view_profile
from vipdesk.services.search import SearchHit, search
from vipdesk.services.staff import current_staff
from vipdesk.ui.counter_dialogs import CounterDialogs
from vipdesk.ui.counter_keys import CounterKeys
from vipdesk.ui.guest_dialog import GuestDialog
from vipdesk.ui.guest_rights import GuestRightsActions
from vipdesk.ui.idle_watch import LOCK_KEYS, lock_button
from vipdesk.ui.live_link import LiveLink
from vipdesk.ui.operations import ServiceCall, changes
from vipdesk.ui.pin_dialog import open_pin_dialog
from vipdesk.ui.profile_panel import ProfilePanel
from vipdesk.ui.search_model import DETAILS, MATCH, NAME, TIER, GuestSearch, SearchResultsModel
from vipdesk.ui.server_down import profile_failed, search_failed
from vipdesk.ui.today_board import TodayBoard
from vipdesk.ui.today_home import TodayHome

REST_MS = 300
"""How long the highlight rests on a result before its profile opens by itself."""


class MainWindow(QMainWindow):
    results_shown = Signal(int)
    profile_shown = Signal(int)
    settings_requested = Signal()
    dialog_opened = Signal(object)
    lock_requested = Signal()  # Ctrl+Shift+L or the Lock button (ui/screen_lock.py locks)
    switch_user_requested = Signal()
    actor_changed = Signal(object)  # Staff: another person signed in at this counter

    def __init__(self, db: Database, actor: Staff, today: date | None = None) -> None:
        super().__init__()
        self._db = db
        self._actor = actor
        self._today = today
        self._current: tuple[GuestProfile, bytes | None] | None = None  # the profile on screen
        self._wanted: int | None = None  # the guest whose profile is on screen or loading
        self.setObjectName("mainWindow")
        self.resize(1280, 760)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setStyleSheet("font-size: 16pt; padding: 6px;")
        self.keys = CounterKeys(self)  # arrows, Enter, Escape; the counter's shortcuts win
        self.search_box.installEventFilter(self.keys)

        self.model = SearchResultsModel(self, today)
        self.results = QTableView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.setWordWrap(False)
        # Fixed geometry: measuring every cell on every keystroke costs more than the search.
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 190), (TIER, 90), (MATCH, 120)):  # tier: "Triple VIP"
            header.resizeSection(column, width)
        rows = self.results.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.results.setTabKeyNavigation(False)  # Tab leaves the list, as everywhere else
        self.results.activated.connect(self._open_index)
        self.results.installEventFilter(self.keys)
        self.results.selectionModel().currentRowChanged.connect(self._highlight_moved)
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_MS)
        self._rest.timeout.connect(self.open_current)

        self.result_count = QLabel(self)
        self.result_count.setObjectName("resultCount")

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 4, 8)
        column.addWidget(self.search_box)
        column.addWidget(self.result_count)
        # Home while the search box is empty: the Today board (ui/today_home.py wires it).
        self.home = QStackedWidget(left)
        self.home.addWidget(self.results)
        self.board = TodayBoard(today, self.home)
        self.home.addWidget(self.board)
        column.addWidget(self.home, 1)

        self.dialogs = CounterDialogs(self, today)  # guest, complaints, care list, printing
        self.profile = ProfilePanel(self)
        self.profile.complaint_requested.connect(self.open_complaint)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        self.setCentralWidget(splitter)

        self.searcher = GuestSearch(  # as whoever works here now (switch user)
            lambda text: search(self._db, self._actor, text, today=self._today), self
        )
        self.searcher.results_ready.connect(self._show_results)
        self.searcher.failed.connect(lambda message: search_failed(self, message))
        self.search_box.textChanged.connect(self.searcher.request)

        # Which database and who works here: a permanent widget, so that no status tip (a menu
        # entry hovered) and no passing message can wipe it.
        self.staff_line = QLabel(self)
        self.staff_line.setObjectName("staffLine")
        self.statusBar().addPermanentWidget(self.staff_line)
        self._build_actions()
        self.today_home = TodayHome(self, self.home, self.board)
        changes().changed.connect(self._stored_elsewhere)
        self.live = LiveLink(self)  # other counters' changes; a banner while the server is gone
        self.retranslate()
        self.search_box.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.live.stop()  # a window that is gone hears no other counter any more

    # ---- actions and text ------------------------------------------------------------

    def _build_actions(self) -> None:
        self.find_action = QAction(self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcuts([QKeySequence.StandardKey.Find, QKeySequence("F3")])
        self.find_action.triggered.connect(self.focus_search)
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested.emit)
        self.new_action = QAction(self)
        self.new_action.setObjectName("newGuestAction")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.edit_guest(None))
        self.edit_action = QAction(self)
        self.edit_action.setObjectName("editGuestAction")
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_current)
        self.edit_action.setEnabled(False)
        self.privacy_action = QAction(self)  # ID documents, caution list, confidential alias
        self.privacy_action.setObjectName("privacyAction")
        self.privacy_action.setShortcut(QKeySequence("Ctrl+I"))
        self.privacy_action.triggered.connect(self.edit_privacy)
        self.privacy_action.setEnabled(False)
        self.print_action = QAction(self)
        self.print_action.setObjectName("printCardAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.print_cards("card"))
        self.regcard_action = QAction(self)
        self.regcard_action.setObjectName("printRegcardAction")
        self.regcard_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.regcard_action.triggered.connect(lambda: self.print_cards("regcard"))
        self.complaint_action = QAction(self)
        self.complaint_action.setObjectName("logComplaintAction")
        self.complaint_action.setShortcut(QKeySequence("Ctrl+K"))
        self.complaint_action.triggered.connect(self.log_complaint)
        self.complaints_action = QAction(self)
        self.complaints_action.setObjectName("complaintsAction")
        self.complaints_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.complaints_action.triggered.connect(self.show_complaints)
        self.care_action = QAction(self)  # the Care list (care plan tasks of the day)
        self.care_action.setObjectName("careAction")
        self.care_action.setShortcut(QKeySequence("Ctrl+L"))
        self.care_action.triggered.connect(self.show_care)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence(LOCK_KEYS))
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.switch_user_action = QAction(self)
        self.switch_user_action.setObjectName("switchUserAction")
        self.switch_user_action.triggered.connect(self.switch_user_requested.emit)
        self.pin_action = QAction(self)
        self.pin_action.setObjectName("pinAction")
        self.pin_action.triggered.connect(
            lambda: self.dialog_opened.emit(open_pin_dialog(self, self._db, self._actor))
        )
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        # Ctrl+Q everywhere: the platform's Quit key is empty on Windows and some platforms.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.switch_user_action)
        self.file_menu.addAction(self.pin_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.lock_button = lock_button(self.lock_action, self.menuBar())
        self.guest_menu = self.menuBar().addMenu("")
        self.guest_menu.addAction(self.find_action)
        self.guest_menu.addAction(self.new_action)
        self.guest_menu.addAction(self.edit_action)
        self.guest_menu.addAction(self.privacy_action)
        self.guest_menu.addAction(self.complaint_action)
        self.guest_menu.addAction(self.complaints_action)
        self.guest_menu.addAction(self.care_action)
        self.guest_menu.addSeparator()
        self.guest_menu.addAction(self.print_action)
        self.guest_menu.addAction(self.regcard_action)
        self.rights = GuestRightsActions(self)  # copy and erasure, for duty managers
        self.addActions([a for a in self.counter_actions() if a is not self.quit_action])

    def counter_actions(self) -> list[QAction]:
        """Every action with a shortcut at the counter; each wins over the search box's keys."""
        return [
            self.find_action,
            self.new_action,
            self.edit_action,
            self.privacy_action,
            self.settings_action,
            self.print_action,
            self.regcard_action,
            self.complaint_action,
            self.complaints_action,
            self.care_action,
            self.lock_action,
            self.quit_action,
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("vipdesk — guest recognition"))
        self.search_box.setPlaceholderText(
            self.tr("Name, pinyin, initials, phone digits, member no., room…  (Ctrl+F)")
        )
        self.search_box.setAccessibleName(self.tr("Find a guest"))
        self.results.setAccessibleName(self.tr("Guests found"))
        self.file_menu.setTitle(self.tr("&File"))
        self.guest_menu.setTitle(self.tr("&Guest"))
        self.find_action.setText(self.tr("&Find guest"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.new_action.setText(self.tr("&New guest…"))
        self.edit_action.setText(self.tr("&Edit guest…"))
        self.privacy_action.setText(self.tr("&Identity and privacy…"))
        self.print_action.setText(self.tr("&Print cards of the selected guests…"))
        self.regcard_action.setText(self.tr("Print &registration cards…"))
        self.complaint_action.setText(self.tr("Log a &complaint…"))
        self.complaints_action.setText(self.tr("&All complaints…"))
        self.care_action.setText(self.tr("Care &list…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.switch_user_action.setText(self.tr("S&witch user…"))
        self.pin_action.setText(self.tr("My quick-unlock &PIN…"))
        self.lock_button.setAccessibleName(self.tr("Lock the screen"))
        self.rights.retranslate()
        for action in (
            self.lock_action,
            self.care_action,
            self.find_action,
            self.settings_action,
            self.quit_action,
            self.new_action,
            self.edit_action,
            self.print_action,
            self.regcard_action,
            self.complaint_action,
            self.complaints_action,
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
        self.staff_line.setText(
            self.tr("Database: %1 · Staff: %2")
            .replace("%1", self._db.shown_name)
            .replace("%2", self._actor.display_name)
        )
        self.model.retranslate()
        self._update_count()
        self.menuBar().adjustSize()  # new titles have new widths

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- keyboard (ui/counter_keys.py) -----------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # ---- results and profile -----------------------------------------------------------

    def _show_results(self, text: str, hits: list[SearchHit]) -> None:
        # The same text searched again (another counter saved): the highlight stays put.
        kept = self._highlighted_id() if text == self.model.text else None
        self.model.set_hits(hits, text)
        if hits:
            self.results.selectRow(next((n for n, h in enumerate(hits) if h.id == kept), 0))
        self._highlight_moved()  # a reset says nothing of the current row
        self._update_count()
        self.results_shown.emit(len(hits))

    def _highlighted_id(self) -> int | None:
        index = self.results.currentIndex()
        return self.model.hit(index.row()).id if index.isValid() else None

    def _highlight_moved(self, *_args: object) -> None:
        """Another guest highlighted: the old profile leaves at once, the new one opens
        on Enter or when the highlight rests."""
        guest_id = self._highlighted_id()
        if guest_id is None:
            self._rest.stop()
        if guest_id == self._wanted:
            return
        self._clear_profile()
        if guest_id is not None:
            self._rest.start()

    def clear_profile(self) -> None:
        self._clear_profile()

    def _clear_profile(self) -> None:
        """No guest on screen: no action may act on one."""
        self._current = None
        self._wanted = None
        self.edit_action.setEnabled(False)
        self.privacy_action.setEnabled(False)
        self.profile.clear()

    def current_guest_id(self) -> int | None:
        """The guest whose profile is on screen, if any."""
        return self._current[0].guest.id if self._current is not None else None

    def _update_count(self) -> None:
        text = self.search_box.text().strip()
        count = self.model.rowCount()
        if not text:
            self.result_count.setText(self.tr("Arrow keys choose, Enter opens the profile."))
        elif count:
            self.result_count.setText(self.tr("%n guest(s) found", "", count))
        else:
            self.result_count.setText(
                self.tr("No guest found. Check the spelling or try the phone number.")
            )

    def open_current(self) -> None:
        self._rest.stop()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_guest(self.model.hit(index.row()).id)

    def open_guest(self, guest_id: int) -> None:
        self._rest.stop()
        if guest_id != self._wanted:
            self._clear_profile()
        self._wanted = guest_id
        db, actor, today = self._db, self._actor, self._today

        def load() -> tuple[GuestProfile, bytes | None]:
            profile = view_profile(db, actor, guest_id, today=today)
            photo = get_photo(db, actor, guest_id) if profile.has_photo else None
            return profile, photo

        ServiceCall(self, load, self._show_profile).latest("profile").failed(
            lambda exc: profile_failed(self, exc)
        ).start()

    def _show_profile(self, loaded: tuple[GuestProfile, bytes | None]) -> None:
        profile, photo = loaded
        if profile.guest.id != self._wanted:  # another guest was asked for meanwhile
            return
        self._current = loaded
        # A file seen by its alias only is the duty manager's to change (the service refuses).
        masked = (
            bool(profile.confidential_alias) and profile.guest.name == profile.confidential_alias
        )
        self.edit_action.setEnabled(not masked)
        self.privacy_action.setEnabled(True)
        self.profile.show_profile(profile, photo, self._today)
        self.profile_shown.emit(profile.guest.id)

    def selected_ids(self) -> list[int]:
        """Guests selected in the results (Shift/Ctrl+click, Shift+arrows), else the current one."""
        rows = sorted({i.row() for i in self.results.selectionModel().selectedRows()})
        if rows:
            return [self.model.hit(r).id for r in rows]
        if self._current is not None:
            return [self._current[0].guest.id]
        return []

    @property
    def database(self) -> Database:
        return self._db

    @property
    def actor(self) -> Staff:
        """Who is working at this counter (every service call is made as them)."""
        return self._actor

    def switch_actor(self, staff: Staff) -> None:
        """Another person signed in here: an empty screen, then it acts as them."""
        self._actor = staff
        self.search_box.clear()
        self._clear_profile()
        self.retranslate()  # the status line names them
        self.actor_changed.emit(staff)  # what depends on the role follows
        self.focus_search()

    def refresh_actor(self) -> None:
        """Read the acting person's record again (their role may have changed)."""
        db, username = self._db, self._actor.username

        def refreshed(staff: Staff) -> None:
            self._actor = staff
            self.retranslate()  # the status line names them

        ServiceCall(self, lambda: current_staff(db, username), refreshed).start()

    def _stored_elsewhere(self, kind: str, ident: int) -> None:
        """Something was saved (here or in any dialog): the profile on screen follows it."""
        if self._current is None:
            return
        shown = self._current[0].guest.id
        if (kind == "guest" and ident in (shown, 0)) or kind in ("complaint", "stay"):
            self.open_guest(shown)

    # ---- the dialogs it opens (ui/counter_dialogs.py) ---------------------------------

    def current_profile(self) -> tuple[GuestProfile, bytes | None] | None:
        """The profile on screen and its photo, if any."""
        return self._current

    def edit_guest(self, loaded: tuple[GuestProfile, bytes | None] | None) -> GuestDialog:
        """Open the guest dialog (new when `loaded` is None); saving reopens the profile."""
        return self.dialogs.edit_guest(loaded)

    def edit_current(self) -> None:
        if self._current is not None:
            self.edit_guest(self._current)

    def edit_privacy(self) -> None:
        self.dialogs.edit_privacy()

    def log_complaint(self) -> None:
        self.dialogs.log_complaint()

    def open_complaint(self, complaint_id: int) -> None:
        self.dialogs.open_complaint(complaint_id)

    def show_complaints(self) -> None:
        self.dialogs.show_complaints()

    def show_care(self) -> None:
        self.dialogs.show_care()

    def print_cards(self, kind: str) -> None:
        self.dialogs.print_cards(kind)
