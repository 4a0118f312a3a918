"""Print preview: PDF pages rendered to images (pypdfium2), then the system print dialog.

The PySide6 wheels have no QtPdf; pypdfium2 renders the pages, and QPrinter prints them.
Rendering the PDF itself happens off the UI thread (see CounterDialogs.print_cards).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipdesk.services.errors import ServiceError
from vipdesk.services.safe_files import write_bytes
from vipdesk.ui.operations import failure_text

# Enough for any card or office printer; an A4 page at 600 dpi is about 35 megapixels.
MAX_PRINT_DPI = 600
MAX_PRINT_PIXELS = 25_000_000


def _image(page: Any, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes("raw", "RGB")
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: `data` goes away


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    import pypdfium2  # on first preview, not at start

    return [_image(page, dpi) for page in pypdfium2.PdfDocument(pdf)]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's physical size in points (1/72 inch)."""
    import pypdfium2

    return [tuple(page.get_size()) for page in pypdfium2.PdfDocument(pdf)]  # type: ignore[misc]


def print_image(pdf: bytes, index: int, printer_dpi: int) -> QImage:
    """One page at the printer's resolution (capped: a page is never a huge picture)."""
    import pypdfium2

    page = pypdfium2.PdfDocument(pdf)[index]
    width, height = page.get_size()
    dpi = min(float(printer_dpi), MAX_PRINT_DPI)
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if pixels > MAX_PRINT_PIXELS:
        dpi *= (MAX_PRINT_PIXELS / pixels) ** 0.5
    return _image(page, dpi)


@dataclass(frozen=True)
class RenderedPdf:
    """A PDF, its pages as images and their sizes in points; made on a worker thread
    (QImage may be, QPixmap not)."""

    pdf: bytes
    images: list[QImage]
    sizes: list[tuple[float, float]] = field(default_factory=list)
    notices: tuple[str, ...] = ()  # codes of what to warn about before printing


def rendered(pdf: bytes, notices: tuple[str, ...] = ()) -> RenderedPdf:
    return RenderedPdf(pdf, page_images(pdf), page_sizes(pdf), notices)


def page_size(width_pt: float, height_pt: float) -> QPageLayout:
    """A layout for paper of exactly this size, no margins (a card printer's card)."""
    landscape = width_pt > height_pt
    short, long = sorted((width_pt, height_pt))
    size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


class PrintPreviewDialog(QDialog):
    def __init__(self, document: RenderedPdf, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.pdf = document.pdf
        self.images = document.images
        self.sizes = document.sizes or page_sizes(document.pdf)
        self.resize(720, 640)
        pages = QWidget(self)
        column = QVBoxLayout(pages)
        for index, image in enumerate(self.images):
            label = QLabel(pages)
            label.setObjectName(f"page{index + 1}")
            pixmap = QPixmap.fromImage(image).scaledToWidth(
                min(640, image.width()), Qt.TransformationMode.SmoothTransformation
            )
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # the page itself, never stretched into a column
            label.setStyleSheet("border: 1px solid #9ca3af;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        notices = [self._notice_text(code) for code in document.notices]
        if notices:
            notice = QLabel("\n".join(notices), self)
            notice.setObjectName("printNotice")
            notice.setWordWrap(True)
            notice.setStyleSheet(
                "background: #fef3c7; color: #78350f; border: 1px solid #d97706; padding: 6px;"
            )
            layout.addWidget(notice)
        layout.addWidget(QLabel(self.tr("%n page(s)", "", len(self.images)), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _notice_text(self, code: str) -> str:
        if code == "hotel_details_missing":
            return self.tr(
                "The hotel's name is not set: these cards print without a hotel header."
                " A duty manager can set the hotel's details in Settings (Ctrl+,)."
            )
        return code

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.prepare(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def prepare(self, printer: QPrinter) -> None:
        """Offer the document's own paper (a CR80 card printer's card); the dialog may change it."""
        if self.sizes:
            printer.setPageLayout(page_size(*self.sizes[0]))

    def print_to(self, printer: QPrinter) -> None:
        """Each page at its physical size in the middle of the printer's paper, never scaled.

        The page is rendered again at the printer's resolution: a 150-dpi preview picture
        stretched to the paper printed a CR80 card 20 cm wide.
        """
        printer.setFullPage(True)  # coordinates from the paper's corner, not the margins
        dpi = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(dpi)
        for width_pt, height_pt in self.sizes:
            if width_pt > paper.width() * 72 / dpi + 1 or height_pt > paper.height() * 72 / dpi + 1:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr(
                        "The page (%1 × %2 mm) is larger than the printer's paper"
                        " (%3 × %4 mm). Choose larger paper in the print dialog."
                    )
                    .replace("%1", _mm(width_pt))
                    .replace("%2", _mm(height_pt))
                    .replace("%3", _mm(paper.width() * 72 / dpi))
                    .replace("%4", _mm(paper.height() * 72 / dpi)),
                )
                return
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The printer could not be opened.")
            )
            return
        try:
            for index, (width_pt, height_pt) in enumerate(self.sizes):
                if index:
                    printer.newPage()
                width, height = width_pt * dpi / 72, height_pt * dpi / 72
                target = QRectF(
                    (paper.width() - width) / 2, (paper.height() - height) / 2, width, height
                )
                painter.drawImage(target, print_image(self.pdf, index, dpi))
        finally:
            painter.end()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), "", "PDF (*.pdf)")
        if path:
            try:
                write_bytes(Path(path), self.pdf)
            except ServiceError as exc:
                QMessageBox.warning(self, self.windowTitle(), failure_text(exc))


def _mm(points: float) -> str:
    return f"{points * 25.4 / 72:.1f}"
