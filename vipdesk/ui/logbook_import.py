"""Importing an Excel complaint logbook (saved as CSV) from the complaint list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipdesk.services.complaint_import import ComplaintImportSummary
from vipdesk.services.safe_files import private_folder


def rejects_path_for(source: Path, fallback_dir: Path) -> Path:
    """Where the rejected rows go: beside the logbook (投诉记录.rejects.csv), or, when that
    folder cannot be written (a read-only share, a CD), in `fallback_dir`.

    Tried by creating the file: permission bits do not tell on every system (Windows
    shares say "writable" and then refuse).
    """
    beside = source.with_name(f"{source.stem}.rejects.csv")
    try:
        beside.touch()
        return beside
    except OSError:
        private_folder(fallback_dir)
        return fallback_dir / beside.name


class LogbookResultDialog(QDialog):
    """What the import did: counts, then each rejected line with its reason."""

    def __init__(
        self,
        source: Path,
        summary: ComplaintImportSummary,
        rejects: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("logbookResult")
        self.setWindowTitle(self.tr("Logbook imported"))
        counts = (
            self.tr("%1: %2 imported, %3 already there, %4 rejected.")
            .replace("%1", source.name)
            .replace("%2", str(summary.imported))
            .replace("%3", str(summary.unchanged))
            .replace("%4", str(summary.rejected))
        )
        self.summary = QLabel(counts, self)
        self.summary.setObjectName("logbookSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for warning in summary.warnings:
            layout.addWidget(QLabel(warning, self))
        self.rejected = QTableWidget(len(summary.reject_samples), 2, self)
        self.rejected.setObjectName("rejectedRows")
        self.rejected.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Why it was rejected")])
        self.rejected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rejected.verticalHeader().hide()
        self.rejected.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (line, reason) in enumerate(summary.reject_samples):
            self.rejected.setItem(row, 0, QTableWidgetItem(str(line)))
            self.rejected.setItem(row, 1, QTableWidgetItem(reason))
        if summary.rejected:
            more = summary.rejected - len(summary.reject_samples)
            text = self.tr("Every rejected row, with its reason and original cells, is in %1.")
            note = text.replace("%1", str(rejects))
            if more > 0:
                note = self.tr("%n more not shown here.", "", more) + " " + note
            self.where = QLabel(note, self)
            self.where.setObjectName("rejectsFile")
            self.where.setWordWrap(True)
            layout.addWidget(self.rejected, 1)
            layout.addWidget(self.where)
        else:
            self.rejected.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420 if summary.rejected else 160)
