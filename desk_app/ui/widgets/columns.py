"""Two form columns side by side that stack when their scroll area is too narrow (1366×768 at 125 % scaling)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QWidget


class StackingColumns(QWidget):
    """Columns left to right while they fit the scroll area's width, else one under the other (never cut)."""

    def __init__(self, scroll: QScrollArea, *columns: QWidget, spacing: int = 18) -> None:
        super().__init__()
        self._scroll = scroll
        self._columns = columns
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 4, 8, 4)
        self._box.setSpacing(spacing)
        for column in columns:
            self._box.addWidget(column, 1)
        scroll.setWidget(self)
        scroll.viewport().installEventFilter(self)

    def side_by_side(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def _needed_width(self) -> int:
        margins = self._box.contentsMargins()
        widths = sum(c.minimumSizeHint().width() for c in self._columns)
        return widths + self._box.spacing() * (len(self._columns) - 1) + margins.left() + margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit(self._scroll.viewport().width())
        return False

    def _fit(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self._needed_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() != wanted:
            self._box.setDirection(wanted)
