#!/usr/bin/env python3
"""Refresh the translation sources and compile them.

    .venv/bin/python packaging/translations.py

Runs pyside6-lupdate over vipdesk/ui (new strings are added to every .ts, existing
translations kept), then pyside6-lrelease into vipdesk/resources/translations/*.qm. Translate new
strings with Qt Linguist (`pyside6-linguist vipdesk/resources/translations/vipdesk_zh_CN.ts`) and
run this again. The tests fail while a visible string has no translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "vipdesk" / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "en")


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "vipdesk" / "ui").glob("*.py"))


def main() -> int:
    for language in LANGUAGES:
        ts = FOLDER / f"vipdesk_{language}.ts"
        subprocess.run(
            [tool("lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True
        )
        subprocess.run(
            [tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
