"""Printed text never shows an empty box: every character is drawn by a font that has it,
and what no font has (an emoji) becomes one visible mark."""

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from vipdesk.domain.guest import GuestDraft, Preference
from vipdesk.domain.staff import Staff
from vipdesk.print.cards import render_cards
from vipdesk.print.fonts import MISSING_MARK, runs
from vipdesk.services.cards import card_data
from vipdesk.services.database import Database
from vipdesk.services.guests import create_guest


def _has_glyph(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def test_an_emoji_becomes_one_visible_mark_and_the_rest_is_drawn() -> None:
    text = "生日 🎂 party 👍🏽 family 👨‍👩‍👧 ❤️ ☎ 138 ⚠"
    drawn = "".join(part for _font, part in runs(text))
    assert drawn == f"生日 {MISSING_MARK} party {MISSING_MARK} family {MISSING_MARK} ❤ ☎ 138 ⚠"
    for font, part in runs(text, bold=True):
        assert all(_has_glyph(font, c) for c in part), (font, part)


@given(st.text(max_size=30))
def test_every_character_is_drawn_by_a_font_that_has_it(text: str) -> None:
    for font, part in runs(text):
        assert all(_has_glyph(font, c) or c in "\n\r\t" for c in part), (font, part)


def test_a_card_with_emoji_prints_marks_not_boxes(
    db: Database, actor: Staff, tmp_path: Path
) -> None:
    create_guest(
        db,
        actor,
        GuestDraft("王小明 🎂", member_no="E1", preferences=[Preference("生日 🦄 😀")]),
    )
    pdf = tmp_path / "card.pdf"
    today = date(2026, 11, 25)
    render_cards(card_data(db, actor, ["E1"], today=today), pdf, "cr80", today)
    text = PdfReader(pdf).pages[0].extract_text()
    assert "🎂" not in text and "🦄" not in text  # no font has them: marks
    assert text.count(MISSING_MARK) == 2
