"""Starting the desktop app: logging, error handling, translations, the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from vipdesk.config import ENV_STAFF, data_dir, resources_dir
from vipdesk.services.database import Database, is_server, open_desk
from vipdesk.services.errors import ServiceError
from vipdesk.services.safe_files import private_folder
from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.operations import ServiceCall, failure_text, wait_for_background_work
from vipdesk.ui.screen_lock import ScreenLock
from vipdesk.ui.settings_dialog import SettingsDialog, save_language, saved_language
from vipdesk.ui.sign_in import sign_in_at_start

log = logging.getLogger("vipdesk")
_translators: list[QTranslator] = []


@dataclass(frozen=True)
class Translation:
    """The interface language in use; `translated` when both vipdesk's strings and Qt's own
    (qtbase: standard buttons and dialogs) were found for it."""

    language: str
    translated: bool


_current = Translation("en", False)
# Latin first (full diacritics: ǎ, ő, ł…), then a font with Chinese glyphs.
LATIN_FAMILIES = ("Segoe UI", "Helvetica Neue", "DejaVu Sans", "Noto Sans", "Arial")
CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "文泉驿微米黑",
    "文泉驛微米黑",
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


def ui_language(locale: QLocale) -> str:
    """The translation a locale gets: zh_TW for Traditional Chinese (Taiwan, Hong Kong,
    Macau), zh_CN for other Chinese, English for everything else (with real plurals)."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalChineseScript:
        return "zh_TW"
    if locale.script() == QLocale.Script.SimplifiedChineseScript:
        return "zh_CN"
    traditional = (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
    return "zh_TW" if locale.territory() in traditional else "zh_CN"


def set_language(app: QCoreApplication, code: str = "") -> str:
    """Switch the interface language ('' = the system's); returns the translation used."""
    global _current
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    language = ui_language(QLocale(code) if code else QLocale.system())
    ours = QTranslator(app)
    if ours.load(f"vipdesk_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("no vipdesk translation for %s in %s", language, resources_dir())
    # Qt's own strings (Save, Cancel, Yes, No in standard buttons and dialogs), in the same
    # language as ours: a German system gets English buttons, not a mix.
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt)
        _translators.append(qt)
    else:
        log.warning("no Qt translation qtbase_%s found", language)
    _current = Translation(language, len(_translators) == 2)
    return language


def current_translation() -> Translation:
    return _current


def qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured path, then beside PySide6 (a frozen
    bundle may not carry a qt.conf pointing at them)."""
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(here / "Qt" / "translations"),
        str(here / "translations"),
    ]


def pick_font(app: QApplication) -> str:
    """Prefer a font that has Chinese glyphs, so names never show as boxes.

    Returns the Chinese font chosen ('' if none). Fonts are found by the scripts they
    cover, not only by name: under a Chinese locale fontconfig gives families their local
    names (文泉驿微米黑, not WenQuanYi Micro Hei).
    """
    families = set(QFontDatabase.families())
    latin = [f for f in LATIN_FAMILIES if f in families][:1]
    han = [
        f
        for ws in (
            QFontDatabase.WritingSystem.SimplifiedChinese,
            QFontDatabase.WritingSystem.TraditionalChinese,
        )
        for f in QFontDatabase.families(ws)
    ]
    preferred = [f for f in CJK_FAMILIES if f in families]
    proportional = [f for f in han if not QFontDatabase.isFixedPitch(f)]
    cjk = (preferred or proportional or han)[:1]
    if not cjk:
        log.warning("no CJK font found; Chinese text may not render (install fonts-wqy-microhei)")
    if latin or cjk:
        font = QFont(app.font())
        font.setFamilies(latin + cjk)
        app.setFont(font)
    return cjk[0] if cjk else ""


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("vipdesk")
    app.setOrganizationName("vipdesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "vipdesk.png")))
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
    dialog.staff_changed.connect(window.refresh_actor)  # accounts are saved at once
    window.dialog_opened.emit(dialog)
    dialog.open()
    return dialog


WARM_UP_DELAY_MS = 300
DAILY_BACKUP_DELAY_MS = 2000  # after the window is up and the first search is warm


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


def start_daily_backup(window: MainWindow) -> ServiceCall:
    """Today's automatic, verified backup (the first start of the day), in the background."""
    from vipdesk.services.auto_backup import daily_backup

    db, actor = window.database, window.actor

    def done(made: Path | None) -> None:
        if made is not None:
            log.info("daily backup made: %s", made)

    def failed(exc: BaseException) -> None:
        log.warning("daily backup failed: %s", exc)

    return ServiceCall(window, lambda: daily_backup(db, actor), done).failed(failed).start()


class _IndexProgress(QObject):
    """Carries the rebuild's progress from the worker thread to the status bar."""

    changed = Signal(int, int)


def start_index_build(window: MainWindow) -> ServiceCall | None:
    """Rebuild a search index from another version in the background, progress shown in
    the status bar; None when the index is current. The window is already up."""
    from vipdesk.services.search import index_is_current, reindex

    db, actor = window.database, window.actor
    if index_is_current(db, actor):
        return None
    progress = _IndexProgress(window)
    bar = window.statusBar()

    def show(done: int, total: int) -> None:
        share = f"{done * 100 // total}" if total else "100"
        bar.showMessage(
            QCoreApplication.translate("App", "Building the search index… %1%").replace("%1", share)
        )

    def finished(_count: int) -> None:
        progress.deleteLater()
        bar.showMessage(QCoreApplication.translate("App", "The search index is ready."), 5000)

    def failed(exc: BaseException) -> None:
        progress.deleteLater()
        log.warning("search index rebuild failed: %s", exc)
        bar.showMessage(
            QCoreApplication.translate("App", "The search index could not be rebuilt: %1").replace(
                "%1", failure_text(exc)
            )
        )

    progress.changed.connect(show)
    show(0, 1)
    return (
        ServiceCall(window, lambda: reindex(db, actor, progress.changed.emit), finished)
        .failed(failed)
        .start()
    )


def show_plain_database_notice(window: MainWindow, db: Database) -> None:
    """A database made before encryption still opens; the status bar says how to encrypt it."""
    if db.encrypted or is_server(db):  # on a server, encryption at rest is the server's
        return
    log.warning("%s is not encrypted: an admin can run `vipdesk encrypt`", db.shown_name)
    notice = QLabel(
        QCoreApplication.translate(
            "App", "Not encrypted: an admin can encrypt it with `vipdesk encrypt`"
        ),
        window,
    )
    notice.setObjectName("plainDatabaseNotice")
    notice.setAccessibleName(QCoreApplication.translate("App", "Database not encrypted"))
    notice.setToolTip(
        QCoreApplication.translate(
            "App",
            "Anyone who copies this database file can read every guest. Close vipdesk on "
            "every counter, then an admin runs `vipdesk encrypt` (see the README).",
        )
    )
    notice.setStyleSheet("color: #a33;")
    window.statusBar().addPermanentWidget(notice)


def run_gui(db_path: Path | str, staff: str | None = None) -> int:
    private_folder(log_file().parent)  # the data folder: owner-only when created
    logging.basicConfig(
        filename=log_file(),
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    log.setLevel(logging.INFO)
    app = create_app()
    install_excepthook()
    try:
        db = open_desk(db_path, build_index=False)  # rebuilt behind the window instead
    except ServiceError as exc:
        log.error("the database did not open: %s", exc)
        QMessageBox.critical(None, "vipdesk", failure_text(exc))
        return 1
    actor = sign_in_at_start(db, staff or os.environ.get(ENV_STAFF, ""))
    if actor is None:  # cancelled: no guest data was shown
        db.close()
        return 0
    window = MainWindow(db, actor)
    window.settings_requested.connect(lambda: open_settings(window))
    ScreenLock(window)  # the idle lock and Lock now (Ctrl+Shift+L)
    window.show()
    show_plain_database_notice(window, db)
    start_index_build(window)
    warm_up(window)
    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, lambda: start_daily_backup(window))
    try:
        return app.exec()
    finally:
        wait_for_background_work()  # a call still running uses the database
        db.close()
