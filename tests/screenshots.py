"""Where tests save the pictures they take: a temporary folder, never the repository.

`python packaging/screenshots.py` sets VIPDESK_SCREENSHOTS to resources/screenshots and runs
the tests that take the README's pictures; a normal test run writes under pytest's basetemp.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "VIPDESK_SCREENSHOTS"


def screenshots() -> Path:
    folder = Path(os.environ[ENV])
    folder.mkdir(parents=True, exist_ok=True)
    return folder
