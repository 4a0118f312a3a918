"""Emoji typed into a guest's notes show on screen (through font fallback), never as boxes."""

from PySide6.QtGui import QFontDatabase, QTextLayout

from vipdesk.ui.app import pick_font

EMOJI_FONTS = ("Noto Color Emoji", "Segoe UI Emoji", "Apple Color Emoji", "Noto Emoji")


def test_emoji_are_drawn_by_a_font_that_has_them(qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(EMOJI_FONTS) & set(QFontDatabase.families()), (
        "no emoji font: install fonts-noto-color-emoji (packaging/devenv.py does)"
    )
    pick_font(qapp)
    layout = QTextLayout("生日蛋糕 🎂 👍🏽 ❤️ Zhūgě 王", qapp.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    for run in runs:  # glyph 0 is the font's "missing" box
        assert 0 not in list(run.glyphIndexes()), run.rawFont().familyName()
    assert any(run.rawFont().familyName() in EMOJI_FONTS for run in runs)
