"""Windows open at a size that fits the screen: a 1366×768 laptop with a taskbar included."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32
"""Room left for the window manager's title bar above a window's own height."""


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width × height, or less where the screen's free area is smaller
    (long forms scroll inside: the buttons stay on screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height() - TITLE_BAR)
    window.resize(width, height)
