#!/usr/bin/env python3
"""Build the one-folder bundle dist/vipdesk/ with PyInstaller. Standard library only.

    python3 packaging/build.py          # Windows: py packaging\\build.py

Sets up .venv like devenv.py (pinned by packaging/constraints.txt), adds the pinned
PyInstaller (the `bundle` extra), then runs packaging/vipdesk.spec. The result runs without
Python: dist/vipdesk/vipdesk (Windows: vipdesk.exe, windowed, and vipdesk-cli.exe).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devenv

DIST = devenv.ROOT / "dist"
WORK = devenv.ROOT / "build" / "pyinstaller"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    started = time.monotonic()
    devenv.ensure_bundle_tools()
    shutil.rmtree(DIST / "vipdesk", ignore_errors=True)
    devenv.say("building dist/vipdesk with PyInstaller")
    devenv.run(
        devenv.PY,
        *("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"),
        *("--distpath", DIST, "--workpath", WORK),
        devenv.ROOT / "packaging" / "vipdesk.spec",
    )
    size = folder_size(DIST / "vipdesk") / 1e6
    devenv.say(f"dist/vipdesk: {size:.0f} MB, built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
