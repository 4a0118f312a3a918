"""Printing from the counter screen: preview rendered off the UI thread, then a printer."""

from pathlib import Path

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from vipdesk.ui.main_window import MainWindow
from vipdesk.ui.print_preview import PrintPreviewDialog


def test_print_cards_of_the_selection_and_a_registration_card(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search_box, "zhuge")
    qtbot.waitUntil(
        lambda: window.model.rowCount() >= 3 and not window.searcher._busy, timeout=10_000
    )
    selection = window.results.selectionModel()
    for row in (0, 2):
        selection.select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    opened: list[PrintPreviewDialog] = []
    window.dialog_opened.connect(opened.append)
    qtbot.keyClick(window.search_box, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    preview = opened[0]
    assert len(preview.images) == 1  # two cards on one A4 sheet
    text = "".join(
        p.extract_text() for p in PdfReader(_write(tmp_path / "cards.pdf", preview.pdf)).pages
    )
    assert window.model.hit(0).name in text and window.model.hit(2).name in text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    preview.close()

    selection.clearSelection()
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        window.open_guest(window.model.hit(1).id)
    opened.clear()
    assert window.regcard_action.shortcut().toString() == "Ctrl+Shift+P"
    window.regcard_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    assert len(opened[0].images) == 1
    assert (
        "Registration"
        in PdfReader(_write(tmp_path / "reg.pdf", opened[0].pdf)).pages[0].extract_text()
    )
    opened[0].close()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CARD_W_PT, CARD_H_PT = 85.6 / 25.4 * 72, 54 / 25.4 * 72  # CR80 in points


def _drawn_images(page: PageObject) -> list[tuple[float, float, float, float]]:
    """Each image painted on the page: (x, y, width, height) in points, from the PDF's CTM."""
    out = []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    resources = page["/Resources"]
    xobjects = resources.get("/XObject", {})
    for operands, op in ContentStream(page.get_contents(), page.pdf).operations:
        if op == b"q":
            stack.append(list(ctm))
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F]  # fmt: skip
        elif op == b"Do" and xobjects[operands[0]].get_object()["/Subtype"] == "/Image":
            width = (ctm[0] ** 2 + ctm[1] ** 2) ** 0.5
            height = (ctm[2] ** 2 + ctm[3] ** 2) ** 0.5
            out.append((ctm[4], ctm[5], width, height))
    return out


def test_a_card_prints_at_its_physical_size_on_the_printers_paper(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """CR80 is 85.6 × 54 mm on paper, never a picture stretched to fit A4."""
    qtbot.keyClicks(window.search_box, "zhuge")
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1 and not window.searcher._busy)
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    window.results.clearSelection()
    opened: list[PrintPreviewDialog] = []
    window.dialog_opened.connect(opened.append)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    preview = opened[0]
    # The preview shows the card: as wide as a card is, not a tall white page.
    page = preview.findChild(QLabel, "page1")
    assert abs(page.width() / page.height() - 85.6 / 54) < 0.05

    # A card printer (or a PDF file): the paper is the card.
    card_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    card_printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    card_printer.setOutputFileName(str(tmp_path / "card.pdf"))
    preview.prepare(card_printer)
    preview.print_to(card_printer)
    (printed,) = PdfReader(tmp_path / "card.pdf").pages
    assert abs(float(printed.mediabox.width) - CARD_W_PT) < 1
    assert abs(float(printed.mediabox.height) - CARD_H_PT) < 1
    ((_x, _y, width, height),) = _drawn_images(printed)
    assert abs(width - CARD_W_PT) < 1 and abs(height - CARD_H_PT) < 1

    # An office printer with A4 loaded: the card keeps its size, in the middle of the sheet.
    office = QPrinter(QPrinter.PrinterMode.HighResolution)
    office.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    office.setOutputFileName(str(tmp_path / "a4.pdf"))
    office.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    preview.print_to(office)
    (sheet,) = PdfReader(tmp_path / "a4.pdf").pages
    assert round(float(sheet.mediabox.width)) == 595  # A4 stays A4
    ((x, y, width, height),) = _drawn_images(sheet)
    assert abs(width - CARD_W_PT) < 1 and abs(height - CARD_H_PT) < 1
    assert abs(x + width / 2 - 595 / 2) < 2 and abs(y + height / 2 - 842 / 2) < 2
    preview.close()


def test_registration_cards_warn_when_the_hotel_name_is_missing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search_box, "zhuge")
    qtbot.waitUntil(lambda: window.model.rowCount() >= 1 and not window.searcher._busy)
    with qtbot.waitSignal(window.profile_shown, timeout=10_000):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    opened: list[PrintPreviewDialog] = []
    window.dialog_opened.connect(opened.append)
    window.regcard_action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=15_000)
    notice = opened[0].findChild(QLabel, "printNotice")
    assert notice is not None and notice.isVisible()
    assert "hotel's name is not set" in notice.text() and "Settings" in notice.text()
    opened[0].close()
