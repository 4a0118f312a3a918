"""Covering a window while the screen is locked: its content is hidden, not dimmed.

Every child of the window is hidden (nothing readable stays behind, not even under a
translucent layer), an opaque curtain fills it, and its title (which may name a guest)
is replaced. The widgets themselves are untouched, so unsaved edits wait behind it and
come back as they were, focus included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Curtain(QWidget):
    """An opaque cover over the whole of a window, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: #1f2937; } QLabel { color: #e5e7eb; }")
        self.label = QLabel(self.tr("vipdesk is locked"), self)
        self.label.setObjectName("curtainLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


@dataclass
class Covered:
    """One covered window and what it needs to come back as it was."""

    window: QWidget
    title: str
    focus: QWidget | None
    curtain: Curtain
    hidden: list[QWidget] = field(default_factory=list)


def cover(window: QWidget, title: str) -> Covered:
    """Hide the window's content behind a curtain; the window stays open."""
    focus = window.focusWidget()
    hidden = [
        child
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not child.isWindow() and not child.isHidden()
    ]
    for child in hidden:
        child.hide()
    covered = Covered(window, window.windowTitle(), focus, Curtain(window), hidden)
    window.setWindowTitle(title)
    window.repaint()  # now: no picture of the content stays in the window's buffer
    return covered


def uncover(covered: Covered) -> None:
    """Show the window as it was before it was covered."""
    window = covered.window
    if not shiboken6.isValid(window):
        return
    if shiboken6.isValid(covered.curtain):
        window.removeEventFilter(covered.curtain)
        covered.curtain.hide()
        covered.curtain.deleteLater()
    for child in covered.hidden:
        if shiboken6.isValid(child):
            child.show()
    window.setWindowTitle(covered.title)
    if covered.focus is not None and shiboken6.isValid(covered.focus):
        covered.focus.setFocus()
