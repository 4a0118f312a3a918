"""Every visible string has a translation in 简体中文, 繁體中文 and English."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_every_string_is_translated_and_compiled(tmp_path: Path, language: str) -> None:
    committed = FOLDER / f"vipdesk_{language}.ts"
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "vipdesk" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(messages(fresh))
    known = messages(committed)
    assert in_code - set(known) == set(), "run packaging/translations.py, translate new strings"
    unfinished = [
        key[1]
        for key, msg in known.items()
        if key in in_code and msg.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == []
    qm = committed.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000


def test_no_translated_string_hides_where_lupdate_cannot_see_it() -> None:
    """lupdate skips tr() calls inside f-strings: such text would stay English for ever."""
    import ast

    hidden = []
    for path in sorted((ROOT / "vipdesk" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fstring in ast.walk(tree):
            if not isinstance(fstring, ast.JoinedStr):
                continue
            for node in ast.walk(fstring):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("tr", "translate")
                ):
                    hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []


def test_common_service_messages_are_shown_in_the_ui_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.ui import labels
    from vipdesk.ui.app import set_language

    try:
        set_language(qapp, "zh_CN")
        assert labels.message("is required") == "必填"
        assert labels.message("something rare") == "something rare"  # others stay as said
    finally:
        set_language(qapp, "en")
