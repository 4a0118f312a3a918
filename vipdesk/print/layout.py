"""Drawing mixed Chinese/Latin text that fits its box, and remembering where it went."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from vipdesk.print.fonts import runs, text_width


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    text: str


@dataclass
class Page:
    """A canvas plus the boxes of all text drawn on it (tests check they stay inside)."""

    canvas: Canvas
    boxes: list[Box] = field(default_factory=list)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        colour: tuple[float, float, float] = (0, 0, 0),
    ) -> float:
        """Draw one line with its baseline at y; returns its width."""
        c = self.canvas
        c.setFillColorRGB(*colour)
        cursor = x
        for font, part in runs(text, bold=bold):
            c.setFont(font, size)
            c.drawString(cursor, y, part)
            cursor += c.stringWidth(part, font, size)
        width = cursor - x
        self.boxes.append(Box(x, y - size * 0.22, width, size * 1.1, text))
        return width


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Break text into lines no wider than `width` (CJK may break anywhere, Latin at spaces)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for token in _tokens(paragraph):
            candidate = line + token
            if line and text_width(candidate.rstrip(), size, bold=bold) > width:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
            while text_width(line.rstrip(), size, bold=bold) > width and len(line) > 1:
                # A single word wider than the box: split it rather than let it overflow.
                cut = len(line) - 1
                while cut > 1 and text_width(line[:cut], size, bold=bold) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


_NO_LINE_START = set("，。、；：！？）」』】〕》,.;:!?)")


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in text:
        if ch in _NO_LINE_START and out and not word:
            out[-1] += ch  # CJK closing punctuation never starts a line
        elif ord(ch) > 0x2E7F:  # CJK: each character may start a line
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        elif ch == " ":
            out.append(word + " ")
            word = ""
        else:
            word += ch
    if word:
        out.append(word)
    return out


def fit(
    text: str, width: float, max_lines: int, size: float, min_size: float, *, bold: bool = False
) -> tuple[float, list[str]]:
    """The largest size ≤ `size` at which `text` fits in `max_lines` lines of `width`.

    At `min_size` the lines are returned even when there are more than `max_lines`: the
    caller decides what to show and says how much it left out, never cutting silently.
    """
    current = size
    while True:
        lines = wrap(text, width, current, bold=bold)
        if len(lines) <= max_lines or current <= min_size:
            return current, lines
        current = max(min_size, current - 0.5)
