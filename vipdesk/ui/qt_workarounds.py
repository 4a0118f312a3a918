"""Guards against known bugs in the Qt bindings, applied once when vipdesk.ui is imported.

PySide6 6.12.0: every `signal.emit()` made from Python drops one reference to True (the
value emit returns). On Python 3.11 True is an ordinary object: after a long session its
count reaches zero and Python aborts ("Fatal Python error: bool_dealloc", exit 134), most
often on quit. Python 3.12+ makes True and False immortal (PEP 683), and pyproject.toml
excludes that release; this guard covers a machine that has it installed anyway.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
PROBE_EMITS = 64
# Far more references than any session emits signals: True and False can never be freed.
BALLAST = 1 << 40


class _Probe(QObject):
    ping = Signal()


def emit_drops_references() -> bool:
    """True if this PySide6 loses a reference to True on each emit()."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBE_EMITS):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= PROBE_EMITS


def keep_bools_alive() -> None:
    """Make True and False as immortal as Python 3.12 makes them, if the bindings need it."""
    debug_build = hasattr(sys, "gettotalrefcount")  # another object layout: leave it alone
    if sys.version_info >= (3, 12) or debug_build or not emit_drops_references():
        return
    import PySide6

    log.info("PySide6 %s drops references on emit(); guarding True/False", PySide6.__version__)
    for value in (True, False):
        # The reference count is the first field of every object in a release build.
        ctypes.c_ssize_t.from_address(id(value)).value += BALLAST
