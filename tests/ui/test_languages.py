"""The interface language a system gets, plurals, the CJK font, and 繁體 that is really 繁體."""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import opencc
import pytest
from PySide6.QtCore import QCoreApplication

from vipdesk.ui.app import current_translation, set_language

ROOT = Path(__file__).resolve().parents[2]
TS_TW = ROOT / "vipdesk" / "resources" / "translations" / "vipdesk_zh_TW.ts"


@pytest.fixture
def app(qapp) -> Iterator[QCoreApplication]:  # type: ignore[no-untyped-def]
    yield qapp
    set_language(qapp, "en")


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, "", n)


@pytest.mark.parametrize("system", ["zh_TW", "zh_HK", "zh_MO", "zh_Hant_HK", "zh_Hant_SG"])
def test_traditional_chinese_systems_get_traditional_chinese(
    app: QCoreApplication, system: str
) -> None:
    assert set_language(app, system) == "zh_TW"
    assert tr("MainWindow", "&File") == "檔案(&F)"


@pytest.mark.parametrize("system", ["zh_CN", "zh_SG", "zh_Hans_HK"])
def test_simplified_chinese_systems_get_simplified_chinese(
    app: QCoreApplication, system: str
) -> None:
    assert set_language(app, system) == "zh_CN"
    assert tr("MainWindow", "&File") == "文件(&F)"


@pytest.mark.parametrize("system", ["de_DE", "fr_FR", "ja_JP", "en_US", "ru_RU"])
def test_other_systems_get_english_with_real_plurals(app: QCoreApplication, system: str) -> None:
    assert set_language(app, system) == "en"
    assert tr("MainWindow", "%n guest(s) found", 1) == "1 guest found"
    assert tr("MainWindow", "%n guest(s) found", 3) == "3 guests found"
    assert tr("ProfilePanel", "%n stay(s)", 1) == "1 stay"
    assert tr("Labels", "%1 in %n day(s)", 5) == "%1 in 5 days"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_vipdesk_and_qt_translations_are_both_loaded(app: QCoreApplication, language: str) -> None:
    set_language(app, language)
    assert current_translation().language == language
    assert current_translation().translated is True
    if language != "en":  # Qt's own standard buttons follow
        assert tr("QPlatformTheme", "Cancel") != "Cancel"


def test_chinese_plurals_have_one_form(app: QCoreApplication) -> None:
    set_language(app, "zh_CN")
    assert tr("MainWindow", "%n guest(s) found", 1) == "找到 1 位客人"
    assert tr("MainWindow", "%n guest(s) found", 3) == "找到 3 位客人"


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "zh_TW.UTF-8", "C.UTF-8"])
def test_a_cjk_font_is_found_under_any_locale(tmp_path: Path, lang: str) -> None:
    """fontconfig names fonts in the locale's language (文泉驿微米黑): found all the same."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtGui import QFontDatabase\n"
        "from vipdesk.ui.app import pick_font\n"
        "app = QApplication([])\n"
        "ws = QFontDatabase.WritingSystem.SimplifiedChinese\n"
        "print(bool(QFontDatabase.families(ws)), pick_font(app), app.font().families())\n"
    )
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    has_cjk, chosen, families = run.stdout.split(" ", 2)
    if has_cjk == "False":
        pytest.skip("no font with Chinese glyphs on this machine")
    assert chosen != "" and chosen in families


# Characters that Taiwan writes as they are although OpenCC would convert them alone.
TRADITIONAL_AS_WRITTEN = set("台")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def simplified_only(text: str) -> list[str]:
    """Characters of `text` that OpenCC converts to Taiwan's standard, one by one.

    Character by character on purpose: on whole text, OpenCC's phrase tables keep
    "5天后生日" as it is (they read 天后, the goddess), which is exactly the defect.
    """
    s2tw = _S2TW
    return [
        f"{c}→{s2tw.convert(c)}"
        for c in text
        if _HAN.match(c) and c not in TRADITIONAL_AS_WRITTEN and s2tw.convert(c) != c
    ]


_S2TW = opencc.OpenCC("s2tw")


def test_the_checker_catches_the_day_after() -> None:
    assert simplified_only("5天后生日") == ["后→後"]
    assert simplified_only("5天後生日") == []
    assert simplified_only("前台 檔案 週年") == []


def test_traditional_chinese_holds_no_simplified_only_characters() -> None:
    bad = {}
    for msg in ET.parse(TS_TW).getroot().iter("message"):
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if found := simplified_only(text):
                bad[msg.findtext("source")] = (text, found)
    assert bad == {}
