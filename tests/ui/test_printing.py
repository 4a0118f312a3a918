"""Printing from the counter screen: preview rendered off the UI thread, then a printer."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter

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
