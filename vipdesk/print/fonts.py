"""Fonts for printed documents: a CJK TrueType font and a Latin one, both embedded.

reportlab has no per-glyph fallback, so text is split into runs: Han, kana, Hangul and
full-width characters use the CJK font, everything else (accents, pinyin tone marks) the
Latin font; a character one font lacks is taken from the other. What neither has (emoji:
no embeddable font draws them) is printed as one visible mark, never an empty box.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from vipdesk.services.errors import ServiceError

# (file name, sub-font index in a .ttc); TrueType outlines only (CFF-based OTFs cannot be
# embedded by reportlab, which rules out Noto Sans CJK).
CJK_CANDIDATES = [
    ("msyh.ttc", 0),
    ("msyh.ttf", 0),
    ("simsun.ttc", 0),
    ("simhei.ttf", 0),  # Windows
    ("wqy-microhei.ttc", 0),
    ("wqy-zenhei.ttc", 0),  # Debian / Ubuntu
    ("Songti.ttc", 0),
    ("STHeiti Light.ttc", 0),  # macOS
    ("DroidSansFallbackFull.ttf", 0),
    ("NotoSansSC-Regular.ttf", 0),
]
LATIN_CANDIDATES = [
    "DejaVuSans.ttf",
    "arial.ttf",
    "Arial.ttf",
    "segoeui.ttf",
    "LiberationSans-Regular.ttf",
]
LATIN_BOLD_CANDIDATES = [
    "DejaVuSans-Bold.ttf",
    "arialbd.ttf",
    "Arial Bold.ttf",
    "segoeuib.ttf",
    "LiberationSans-Bold.ttf",
]
_CJK = re.compile(
    r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    r"\U00020000-\U0003134f]+"
)


# Printed for a character no font has (an emoji): visible, never an empty box.
MISSING_MARK = "\ufffd"
# Invisible parts of an emoji: variation selectors, skin tones, tags; the joiner (ZWJ)
# glues the next character into the same emoji.
_EMOJI_PARTS = re.compile(r"[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_JOINER = "\u200d"


class FontsMissing(ServiceError):
    """No usable font was found; the message says what to install."""


def font_dirs() -> list[Path]:
    dirs = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".fonts",
        Path.home() / ".local/share/fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        Path.home() / "Library/Fonts",
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.insert(0, Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.insert(1, Path(local) / "Microsoft/Windows/Fonts")
    return [d for d in dirs if d.is_dir()]


def _find(names: list[str]) -> Path | None:
    wanted = {n.lower() for n in names}
    found: dict[str, Path] = {}
    for folder in font_dirs():
        for path in folder.rglob("*"):
            if path.name.lower() in wanted and path.name.lower() not in found:
                found[path.name.lower()] = path
    for name in names:
        if name.lower() in found:
            return found[name.lower()]
    return None


@dataclass(frozen=True)
class FontSet:
    latin: str
    latin_bold: str
    cjk: str


@lru_cache(maxsize=1)
def fonts() -> FontSet:
    """Register and return the font names to use; FontsMissing names what to install."""
    cjk_path = _find([name for name, _ in CJK_CANDIDATES])
    latin_path = _find(LATIN_CANDIDATES)
    if cjk_path is None:
        raise FontsMissing(
            "no Chinese TrueType font found: install one (Debian/Ubuntu: "
            "`sudo apt-get install fonts-wqy-microhei`; Windows has Microsoft YaHei)"
        )
    index = dict(CJK_CANDIDATES).get(cjk_path.name, 0)
    try:
        pdfmetrics.registerFont(TTFont("VipdeskCJK", str(cjk_path), subfontIndex=index))
        latin = "VipdeskCJK"
        latin_bold = "VipdeskCJK"
        if latin_path is not None:
            pdfmetrics.registerFont(TTFont("VipdeskLatin", str(latin_path)))
            latin = latin_bold = "VipdeskLatin"
            bold_path = _find(LATIN_BOLD_CANDIDATES)
            if bold_path is not None:
                pdfmetrics.registerFont(TTFont("VipdeskLatinBold", str(bold_path)))
                latin_bold = "VipdeskLatinBold"
    except TTFError as exc:
        raise FontsMissing(f"a font could not be used for PDF output: {exc}") from exc
    return FontSet(latin=latin, latin_bold=latin_bold, cjk="VipdeskCJK")


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs, each drawn by a font that has its glyphs."""
    return list(_runs(text, bold))


def _split(text: str, latin: str, cjk: str) -> tuple[tuple[str, str], ...]:
    """Han, kana, Hangul and full-width to the CJK font, the rest to the Latin one."""
    out: list[tuple[str, str]] = []
    position = 0
    for m in _CJK.finditer(text):
        if m.start() > position:
            out.append((latin, text[position : m.start()]))
        out.append((cjk, m.group()))
        position = m.end()
    if position < len(text):
        out.append((latin, text[position:]))
    return tuple(out)


@lru_cache(maxsize=1)
def _covered() -> dict[str, re.Pattern[str]]:
    """Per font, a pattern matching text made only of characters it has (fast to test)."""
    out = {}
    for name, cmap in _glyphs().items():
        ranges: list[list[int]] = []
        for code in sorted(c for c in cmap if c > 32 and not 0xD800 <= c <= 0xDFFF):
            if ranges and code == ranges[-1][1] + 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
        chars = "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        out[name] = re.compile(f"[ {chars}]*")
    return out


@lru_cache(maxsize=1)
def _glyphs() -> dict[str, dict[int, int]]:
    f = fonts()
    names = {f.latin, f.latin_bold, f.cjk}
    return {name: pdfmetrics.getFont(name).face.charToGlyph for name in names}


@lru_cache(maxsize=16384)  # fitting tries the same text at many sizes
def _runs(text: str, bold: bool) -> tuple[tuple[str, str], ...]:
    f = fonts()
    latin = f.latin_bold if bold else f.latin
    glyphs = _glyphs()
    simple = _split(text, latin, f.cjk)
    covered = _covered()
    if all(covered[font].fullmatch(part) for font, part in simple):
        return simple  # the usual case: each script's font has every glyph
    mark = MISSING_MARK if ord(MISSING_MARK) in glyphs[latin] else "?"
    out: list[tuple[str, str]] = []
    in_missing = False  # inside an emoji already printed as a mark
    joined = False  # the previous character was a joiner (ZWJ)
    for char in text:
        if _EMOJI_PARTS.match(char):
            continue
        if char == _JOINER:
            joined = True  # the next character belongs to the same emoji as the previous one
            continue
        glued, joined = joined and in_missing, False
        preferred, other = (f.cjk, latin) if _CJK.match(char) else (latin, f.cjk)
        code = ord(char)
        if code in glyphs[preferred] or char in "\n\r\t":
            font, drawn, in_missing = preferred, char, False
        elif code in glyphs[other]:
            font, drawn, in_missing = other, char, False
        elif glued or unicodedata.category(char) in ("Cc", "Cf"):
            continue  # 👨‍👩‍👧 is one emoji: one mark; control characters draw nothing
        else:
            font, drawn, in_missing = latin, mark, True
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + drawn)
        else:
            out.append((font, drawn))
    return tuple(out)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(t, font, size) for font, t in runs(text, bold=bold))
