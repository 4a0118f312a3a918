"""Print preview: PDF pages rendered to images (pypdfium2), then the system print dialog.

The PySide6 wheels have no QtPdf; pypdfium2 renders the pages, and QPrinter prints them.
Rendering the PDF itself happens off the UI thread (see MainWindow.print_cards).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
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


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    import pypdfium2  # on first preview, not at start

    document = pypdfium2.PdfDocument(pdf)
    images = []
    for page in document:
        bitmap = page.render(scale=dpi / 72)
        pil = bitmap.to_pil().convert("RGB")
        data = pil.tobytes("raw", "RGB")
        image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
        images.append(image.copy())  # own the pixels: `data` goes away
    return images


@dataclass(frozen=True)
class RenderedPdf:
    """A PDF and its pages as images; made on a worker thread (QImage may be, QPixmap not)."""

    pdf: bytes
    images: list[QImage]


def rendered(pdf: bytes) -> RenderedPdf:
    return RenderedPdf(pdf, page_images(pdf))


class PrintPreviewDialog(QDialog):
    def __init__(self, document: RenderedPdf, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.pdf = document.pdf
        self.images = document.images
        self.resize(720, 640)
        pages = QWidget(self)
        column = QVBoxLayout(pages)
        for index, image in enumerate(self.images):
            label = QLabel(pages)
            label.setObjectName(f"page{index + 1}")
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    min(640, image.width()), Qt.TransformationMode.SmoothTransformation
                )
            )
            label.setStyleSheet("border: 1px solid #9ca3af; background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
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
        layout.addWidget(QLabel(self.tr("%n page(s)", "", len(self.images)), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page image, scaled to the printable area, aspect kept."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The printer could not be opened.")
            )
            return
        try:
            for index, image in enumerate(self.images):
                if index:
                    printer.newPage()
                area = painter.viewport()
                size: QSize = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), "", "PDF (*.pdf)")
        if path:
            try:
                write_bytes(Path(path), self.pdf)
            except ServiceError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
