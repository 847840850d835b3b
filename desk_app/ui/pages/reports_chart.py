"""A small QPainter bar chart for the Báo cáo page (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

COLORS: Final = ("#2f5d9b", "#d08a2c", "#4f8a5b")
GRID: Final = "#dddddd"
TEXT: Final = "#222222"


class BarChart(QWidget):
    """Vertical grouped bars (one group per category, one bar per series) or, `horizontal`, one bar per line.

    `categories` are the labels, `series` the values: series[i][j] is series i at category j.
    """

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.categories: list[str] = []
        self.series: list[list[int]] = []
        self.series_names: list[str] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 160)

    def set_data(
        self, categories: Sequence[str], series: Sequence[Sequence[int]], names: Sequence[str] = ()
    ) -> None:
        self.categories = list(categories)
        self.series = [list(s) for s in series]
        self.series_names = list(names)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 230)

    def _top(self) -> int:
        top = max((v for s in self.series for v in s), default=0)
        for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
            if top / step <= 5:
                return step * (top // step + 1)
        return top + 1

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        painter.setPen(QColor(TEXT))
        title_h = metrics.height() + 4
        painter.drawText(QRectF(0, 2, self.width(), title_h), Qt.AlignmentFlag.AlignHCenter, self.title)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        legend_h = line + 4 if len(self.series_names) > 1 else 0
        area = QRectF(8, title_h + 6, self.width() - 16, self.height() - title_h - 10 - legend_h)
        if not self.categories or not any(any(s) for s in self.series):
            painter.setPen(QColor("#666666"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        elif self.horizontal:
            self._paint_horizontal(painter, area)
        else:
            self._paint_vertical(painter, area)
        if legend_h:
            self._paint_legend(painter, QRectF(0, self.height() - legend_h - 2, self.width(), legend_h))
        painter.end()

    def _paint_vertical(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        top = self._top()
        axis_w = metrics.horizontalAdvance(str(top)) + 6
        plot = QRectF(
            area.left() + axis_w, area.top() + line, area.width() - axis_w, area.height() - 2 * line - 4
        )
        self._grid(painter, plot, top, vertical_values=True)
        group = plot.width() / len(self.categories)
        bar = group * 0.8 / max(1, len(self.series))
        for j, label in enumerate(self.categories):
            x0 = plot.left() + j * group + group * 0.1
            for i, values in enumerate(self.series):
                value = values[j] if j < len(values) else 0
                h = plot.height() * value / top
                rect = QRectF(x0 + i * bar, plot.bottom() - h, bar - 1, h)
                painter.fillRect(rect, QColor(COLORS[i % len(COLORS)]))
                if value:
                    painter.setPen(QColor(TEXT))
                    painter.drawText(
                        QRectF(rect.left() - 6, rect.top() - line, rect.width() + 12, line),
                        Qt.AlignmentFlag.AlignCenter,
                        str(value),
                    )
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(plot.left() + j * group, plot.bottom() + 2, group, line + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(
                    _fit_label(metrics.horizontalAdvance, label, group),
                    Qt.TextElideMode.ElideRight,
                    int(group),
                ),
            )

    def _paint_horizontal(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        line = metrics.height()
        top = self._top()
        label_w = min(area.width() * 0.58, max(metrics.horizontalAdvance(c) for c in self.categories) + 8)
        plot = QRectF(area.left() + label_w, area.top(), area.width() - label_w - 4, area.height() - line - 2)
        self._grid(painter, plot, top, vertical_values=False)
        row = plot.height() / len(self.categories)
        values = self.series[0]
        for j, label in enumerate(self.categories):
            value = values[j] if j < len(values) else 0
            y = plot.top() + j * row
            w = plot.width() * value / top
            rect = QRectF(plot.left(), y + row * 0.2, w, row * 0.6)
            painter.fillRect(rect, QColor(COLORS[2]))
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(area.left(), y, label_w - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6)),
            )
            painter.drawText(
                QRectF(rect.right() + 3, y, 40, row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )  # fmt: skip

    def _grid(self, painter: QPainter, plot: QRectF, top: int, vertical_values: bool) -> None:
        metrics = painter.fontMetrics()
        steps = 5 if top % 5 == 0 else (4 if top % 4 == 0 else (2 if top % 2 == 0 else 1))
        for k in range(steps + 1):
            value = top * k // steps
            painter.setPen(QColor(GRID))
            if vertical_values:
                y = plot.bottom() - plot.height() * k / steps
                painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
                painter.setPen(QColor(TEXT))
                painter.drawText(
                    QRectF(plot.left() - 40, y - metrics.height() / 2, 36, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value),
                )  # fmt: skip
            else:
                x = plot.left() + plot.width() * k / steps
                painter.drawLine(int(x), int(plot.top()), int(x), int(plot.bottom()))
                painter.setPen(QColor(TEXT))
                painter.drawText(
                    QRectF(x - 20, plot.bottom() + 1, 40, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                    str(value),
                )  # fmt: skip
        painter.setPen(QColor(TEXT))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        painter.drawLine(int(plot.left()), int(plot.top()), int(plot.left()), int(plot.bottom()))

    def _paint_legend(self, painter: QPainter, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        widths = [metrics.horizontalAdvance(n) + 26 for n in self.series_names]
        x = area.center().x() - sum(widths) / 2
        for i, name in enumerate(self.series_names):
            painter.fillRect(QRectF(x, area.top() + 4, 12, 12), QColor(COLORS[i % len(COLORS)]))
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(x + 16, area.top(), widths[i], area.height()), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += widths[i]


def _fit_label(advance: Callable[[str], int], label: str, room: float) -> str:
    """ "T1/2026" becomes "T1" when the months are too many for the year to fit under each bar."""
    if advance(label) <= room - 2:
        return label
    return label.split("/", 1)[0]
