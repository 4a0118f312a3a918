"""Small field widgets and helpers shared by the dialogs (keyboard behaviour a desk expects)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget


class DateTimeEdit(QDateTimeEdit):
    """A date/time field that takes one Tab, like every other field.

    QDateTimeEdit moves Tab through its sections (year, month, day, hour, minute); at a
    counter Tab goes to the next field, and the arrow keys and typing move between sections.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateEdit(QDateEdit):
    """A date field that takes one Tab (see DateTimeEdit)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order (the order the eye reads them)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
