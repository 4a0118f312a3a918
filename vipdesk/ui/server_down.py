"""What the counter screen does when a read fails, above all when the server is gone.

The banner (ui/live_link) already says that the server cannot be reached and that the
counter retries. A search or a profile that could not be read then says so where the
person is looking, under the search box, in their language; no modal box per keystroke
or per highlighted guest. When the server is back, the search runs again (live_link) and
the profile follows the highlight.
"""

from __future__ import annotations

from typing import Any

from vipdesk.services.errors import ServerUnreachable
from vipdesk.ui.operations import failure_text, show_error


def search_failed(window: Any, message: str) -> None:
    """The search for the typed text did not run: the list no longer shows the guests of
    an earlier text as if they matched this one, and the count line says why."""
    typed = window.search_box.text()
    if window.model.text != typed:
        window.model.set_hits([], typed)
    window.result_count.setWordWrap(True)
    window.result_count.setText(message)


def profile_failed(window: Any, exc: BaseException) -> None:
    """A profile that could not be read: with the server gone, a line (the banner says the
    rest); anything else, the usual message."""
    if isinstance(exc, ServerUnreachable):
        window.result_count.setWordWrap(True)
        window.result_count.setText(failure_text(exc))
    else:
        show_error(window, exc)
