"""How this process runs: from Python, or frozen in the one-folder bundle (PyInstaller).

Code that starts a helper process asks here for the command line, so the same call works
in both: a bundle has no `python -m`, its executable runs the module for `--worker MODULE`
(see packaging/launcher.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

WORKER_FLAG = "--worker"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def install_folder() -> Path | None:
    """The bundle's folder (where vipdesk.exe is); None when running from Python."""
    return Path(sys.executable).resolve().parent if is_frozen() else None


def module_command(module: str, *args: str) -> list[str]:
    """The command that runs `python -m module args…` in a new process, frozen or not."""
    if is_frozen():
        return [sys.executable, WORKER_FLAG, module, *args]
    return [sys.executable, "-m", module, *args]
