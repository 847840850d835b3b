"""A frameless scroll area for a page, a form or a panel that may be taller (or wider) than a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(widget: QWidget | None = None, *, sideways: bool = True) -> QScrollArea:
    """`widget` gets the area's width and scrolls when it needs more room. With `sideways=False` it never
    scrolls sideways: the widget must wrap or stack to fit (a cut right edge is worse than a scroll down)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if widget is not None:
        area.setWidget(widget)
    return area
