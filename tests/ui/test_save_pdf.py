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
