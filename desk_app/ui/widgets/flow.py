"""A row of buttons that wraps onto a second line when the window is narrow (1366×768 at 125 % scaling)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping like words; `add_stretch()` pushes the items after it to the line's right."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretch(self) -> None:
        self._right_from = len(self._items)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._shown()) + self._spacing * max(
            len(self._shown()) - 1, 0
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not _hidden(i)]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in lines within `rect`; returns the height used."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        gap = self._spacing
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            if move:
                self._move_line(line, area, y, height, gap)
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if any(lines) else 0

    def _move_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int, gap: int) -> None:
        right_items = [
            i for i in line if self._right_from is not None and self._items.index(i) >= self._right_from
        ]
        left_items = [i for i in line if i not in right_items]
        x = area.x()
        for item in left_items:
            size = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
            x += size.width() + gap
        x = area.right() + 1
        for item in reversed(right_items):
            size = item.sizeHint()
            x -= size.width()
            item.setGeometry(QRect(QPoint(x, y), QSize(size.width(), height)))
            x -= gap


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


def flow_policy(widget: QWidget) -> None:
    """A widget holding a FlowLayout grows in height with its lines."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
