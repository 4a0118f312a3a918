"""Fonts for printed documents: a CJK TrueType font and a Latin one, both embedded.

reportlab has no per-glyph fallback, so text is split into runs: Han, kana, Hangul and
full-width characters use the CJK font, everything else (accents, pinyin tone marks) the
Latin font.
"""

from __future__ import annotations

import os
import re
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
    """Split text into (font name, text) runs."""
    f = fonts()
    latin = f.latin_bold if bold else f.latin
    out: list[tuple[str, str]] = []
    position = 0
    for m in _CJK.finditer(text):
        if m.start() > position:
            out.append((latin, text[position : m.start()]))
        out.append((f.cjk, m.group()))
        position = m.end()
    if position < len(text):
        out.append((latin, text[position:]))
    return out


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(t, font, size) for font, t in runs(text, bold=bold))
