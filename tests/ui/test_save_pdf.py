"""Save as PDF from the preview: through safe_files, so never over a link or the database."""

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vipdesk.ui.print_preview import PrintPreviewDialog, RenderedPdf


def _pdf() -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(243, 153))  # a CR80 card
    canvas.drawString(20, 70, "guest data")
    canvas.save()
    return out.getvalue()


PDF = _pdf()


@pytest.mark.skipif(sys.platform == "win32", reason="links and modes: POSIX")
def test_save_pdf_is_owner_only_and_refuses_a_planted_link(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(RenderedPdf(PDF, []), "Cards")
    qtbot.addWidget(dialog)
    chosen: list[Path] = []
    warnings: list[str] = []
    # The native file chooser and message box are modal: stand in for the person.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen[-1]), "PDF (*.pdf)")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))

    chosen.append(tmp_path / "cards.pdf")
    dialog.save_pdf()
    assert (tmp_path / "cards.pdf").read_bytes() == PDF
    assert stat.S_IMODE(os.stat(tmp_path / "cards.pdf").st_mode) == 0o600
    assert warnings == []

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / "link.pdf").symlink_to(victim)
    chosen.append(tmp_path / "link.pdf")
    dialog.save_pdf()
    assert victim.read_text() == "keep me"
    assert len(warnings) == 1 and "link" in warnings[0]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_save_pdf_into_a_missing_folder_names_the_file_and_the_reason(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None, language: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from vipdesk.ui.app import set_language

    set_language(QCoreApplication.instance(), language)  # type: ignore[arg-type]
    dialog = PrintPreviewDialog(RenderedPdf(PDF, []), "Cards")
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    target = tmp_path / "unplugged stick" / "cards.pdf"  # the folder went away
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))

    dialog.save_pdf()

    assert len(warnings) == 1
    text = warnings[0]
    assert "cards.pdf" in text
    assert "No such file" not in text and "Errno" not in text  # not Python's words
    if language == "en":
        assert "folder" in text and "does not exist" in text
    else:
        assert "文件夹" in text


@pytest.mark.parametrize(
    ("err", "words"),
    [
        (13, "permission"),  # EACCES
        (28, "full"),  # ENOSPC
        (2, "does not exist"),  # ENOENT
        (30, "read-only"),  # EROFS
        (5, "could not be saved"),  # EIO: no class, still calm
    ],
)
def test_a_failed_write_is_told_by_its_reason_class(english: None, err: int, words: str) -> None:
    from vipdesk.services.safe_files import cannot_write
    from vipdesk.ui.operations import failure_text

    problem = cannot_write(Path("/media/usb/cards.pdf"), OSError(err, os.strerror(err)))
    text = failure_text(problem)
    assert words in text and "cards.pdf" in text
    assert os.strerror(err) not in text
