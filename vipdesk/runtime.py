"""How this process runs: from Python, or frozen in the one-folder bundle (PyInstaller).

Code that starts a helper process asks here for the command line, so the same call works
in both: a bundle has no `python -m`, its executable runs the module for `--worker MODULE`
(see packaging/launcher.py).
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
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


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while bulk work makes 100,000s of small objects with
    (nearly) no cycles among them: it would otherwise walk the live ones again and again
    (a tenth of an import's time, a third of the care plan's at 100,000 guests).
    Reference counting still frees everything as usual; long work calls collect_young()
    between its steps for the rare cycle."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Straight to the oldest generation (freeze, unfreeze): the young collection
        # that would follow would walk every one of them once more, for nothing.
        gc.freeze()
        gc.unfreeze()
        if was:
            gc.enable()


def collect_young(above: int = 0) -> None:
    """Free the cycles made since the last collection, once more than `above` objects
    made since are alive (only those are walked, once: cheap between the steps of bulk
    work; `above` spares walking the same rows in flight again after every step)."""
    if gc.get_count()[0] > above:
        gc.collect(0)
