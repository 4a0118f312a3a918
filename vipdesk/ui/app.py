"""Starting the desktop app: logging, error handling, translations, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from vipdesk.config import data_dir, resources_dir
from vipdesk.services.database import open_desk
from vipdesk.services.errors import ServiceError
from vipdesk.services.staff import current_staff
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import wait_for_background_work
from vipdesk.ui.settings_dialog import SettingsDialog, save_language, saved_language

log = logging.getLogger("vipdesk")
_translators: list[QTranslator] = []
# Latin first (full diacritics: ǎ, ő, ł…), then a font with Chinese glyphs.
LATIN_FAMILIES = ("Segoe UI", "Helvetica Neue", "DejaVu Sans", "Noto Sans", "Arial")
CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Source Han Sans SC",
    "SimSun",
)


def log_file() -> Path:
    return data_dir() / "vipdesk.log"


def install_excepthook() -> None:
    """Unexpected errors are logged and shown calmly, never as a traceback or a crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None:
            message = QCoreApplication.translate(
                "App",
                "Something went wrong. Your data is safe; the details are in the log file:\n%1",
            ).replace("%1", str(log_file()))
            QMessageBox.critical(None, "vipdesk", message)

    sys.excepthook = hook


def set_language(app: QCoreApplication, code: str = "") -> str:
    """Switch the interface language ('' = the system's); returns the locale used."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    locale = QLocale(code) if code else QLocale.system()
    translator = QTranslator(app)
    if translator.load(locale, "vipdesk", "_", str(resources_dir() / "translations")):
        app.installTranslator(translator)
        _translators.append(translator)
    # Qt's own strings (Save, Cancel, Yes, No in standard buttons and dialogs).
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    return locale.name()


def pick_font(app: QApplication) -> None:
    """Prefer a font that has Chinese glyphs, so names never show as boxes."""
    families = set(QFontDatabase.families())
    latin = [f for f in LATIN_FAMILIES if f in families][:1]
    cjk = [f for f in CJK_FAMILIES if f in families][:1]
    if not cjk:
        log.warning("no CJK font found; Chinese text may not render (install fonts-wqy-microhei)")
    if latin or cjk:
        font = QFont(app.font())
        font.setFamilies(latin + cjk)
        app.setFont(font)


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("vipdesk")
    app.setOrganizationName("vipdesk")
    pick_font(app)
    set_language(app, saved_language())
    return app


def open_settings(window: MainWindow) -> SettingsDialog:
    """Settings (Ctrl+,): language at once; hotel details and roles saved in the database."""
    dialog = SettingsDialog(window, window.database, window.actor)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def applied() -> None:
        code = dialog.chosen_language()
        save_language(code)
        set_language(QCoreApplication.instance(), code)  # type: ignore[arg-type]
        window.refresh_actor()  # the acting person's role may have just changed

    dialog.accepted.connect(applied)
    window.dialog_opened.emit(dialog)
    dialog.open()
    return dialog


WARM_UP_DELAY_MS = 300


def warm_up(window: MainWindow) -> None:
    """Load the pinyin dictionaries in the background once the window is up.

    Started a moment after the first paint: loading them holds Python's lock for about
    0.3 s, which would otherwise delay the window appearing.
    """
    from PySide6.QtCore import QTimer

    from vipdesk.domain.pronunciation import pronounce
    from vipdesk.ui.operations import ServiceCall

    def start() -> None:
        ServiceCall(window, lambda: pronounce("王"), lambda _result: None).start()

    QTimer.singleShot(WARM_UP_DELAY_MS, window, start)


def run_gui(db_path: Path, staff: str | None = None) -> int:
    log_file().parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_file(),
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    log.setLevel(logging.INFO)
    app = create_app()
    install_excepthook()
    try:
        db = open_desk(db_path)
    except ServiceError as exc:
        QMessageBox.critical(None, "vipdesk", str(exc))
        return 1
    window = MainWindow(db, current_staff(db, staff))
    window.settings_requested.connect(lambda: open_settings(window))
    window.show()
    warm_up(window)
    try:
        return app.exec()
    finally:
        wait_for_background_work()  # a call still running uses the database
        db.close()
