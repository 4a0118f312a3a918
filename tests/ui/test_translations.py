"""Every visible string has a translation in 简体中文, 繁體中文 and English."""

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "vipdesk" / "resources" / "translations"


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


def test_service_errors_are_translated_by_code_not_by_english_text(
    qapp, db, actor, receptionist
) -> None:  # type: ignore[no-untyped-def]
    from vipdesk.domain.guest import FieldError, GuestDraft
    from vipdesk.services.errors import (
        PermissionDenied,
        ServiceError,
        SignInFailed,
        ValidationFailed,
    )
    from vipdesk.services.guests import create_guest
    from vipdesk.services.hotel import Hotel, set_hotel
    from vipdesk.ui import labels
    from vipdesk.ui.app import set_language

    try:
        set_language(qapp, "zh_CN")
        with pytest.raises(ValidationFailed) as invalid:
            create_guest(db, actor, GuestDraft(name="  "))
        assert invalid.value.errors[0].code == "required"
        assert labels.error_text(invalid.value) == "必填"
        # The English wording may change; the code is what the UI reads.
        assert labels.field_error_text(FieldError("name", "must be given", "required")) == "必填"
        with pytest.raises(PermissionDenied) as denied:
            set_hotel(db, receptionist, Hotel(name="Hotel"))
        assert denied.value.params == {"action": "change_hotel"}
        assert "值班经理" in labels.error_text(denied.value)
        assert labels.error_text(SignInFailed()) == "登录失败"
        rare = ServiceError("something rare")
        assert labels.error_text(rare) == "something rare"  # others stay as said
    finally:
        set_language(qapp, "en")


def test_services_never_raise_a_bare_service_error_without_a_code() -> None:
    """A ServiceError raised without a subclass or a code= cannot be translated."""
    bare = []
    for path in (ROOT / "vipdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and isinstance(node.exc.func, ast.Name)
                and node.exc.func.id == "ServiceError"
                and not any(k.arg == "code" for k in node.exc.keywords)
            ):
                bare.append(f"{path}:{node.lineno}")
    assert bare == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_no_translation_swallowed_its_neighbours(language: str) -> None:
    """A broken edit once pasted a run of .ts XML into one translation: caught here."""
    broken = [
        source
        for (_context, source), msg in messages(FOLDER / f"vipdesk_{language}.ts").items()
        for text in [msg.findtext("translation") or ""]
        if "</source>" in text or "<message" in text or text.count("\n") > 12
    ]
    assert broken == []
