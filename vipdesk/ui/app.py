"""Starting the desktop app."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from vipdesk.config import data_dir, resources_dir
from vipdesk.services.database import open_desk
from vipdesk.services.errors import ServiceError
from vipdesk.services.staff import current_staff
from vipdesk.ui.main_window import MainWindow

log = logging.getLogger("vipdesk")


def install_excepthook() -> None:
    """Unexpected errors are logged and shown calmly, never as a traceback or a crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                "vipdesk",
                QApplication.translate(
                    "App",
                    "Something went wrong. Your data is safe; the details are in the log file:\n%1",
                ).replace("%1", str(log_file())),
            )

    sys.excepthook = hook


def log_file() -> Path:
    return data_dir() / "vipdesk.log"


def install_translator(app: QApplication, locale: QLocale | None = None) -> QTranslator | None:
    locale = locale or QLocale.system()
    translator = QTranslator(app)
    if translator.load(locale, "vipdesk", "_", str(resources_dir() / "translations")):
        app.installTranslator(translator)
        return translator
    return None


def run_gui(db_path: Path, staff: str | None = None) -> int:
    log_file().parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_file(),
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    log.setLevel(logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("vipdesk")
    install_translator(app)  # type: ignore[arg-type]
    install_excepthook()
    try:
        db = open_desk(db_path)
    except ServiceError as exc:
        QMessageBox.critical(None, "vipdesk", str(exc))
        return 1
    window = MainWindow(db, current_staff(db, staff))
    window.show()
    window.reload()
    try:
        return app.exec()
    finally:
        db.close()
