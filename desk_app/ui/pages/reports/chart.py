"""A small QPainter bar chart for the Báo cáo page (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QTabWidget, QWidget

from desk_app.i18n import vi_report_series as vseries
from desk_app.i18n import vi_reports_page as vr

COLORS: Final = ("#2f5d9b", "#d08a2c", "#4f8a5b")
TIMELINESS_COLORS: Final = ("#4f8a5b", "#d08a2c", "#b3261e")
"""On time, late, still overdue."""
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
        self.bar_colors: list[str] = []
        """With one series drawn horizontally: a colour per line instead of the series' colour."""
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
        # The title wraps onto as many lines as the chart's width needs (it was cut at both ends at 125 %).
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        box = metrics.boundingRect(QRect(4, 0, max(self.width() - 8, 20), 1000), int(flags), self.title)
        title_h = (box.height() if self.title else metrics.height()) + 4
        painter.drawText(QRectF(4, 2, self.width() - 8, title_h), int(flags), self.title)
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
        count = max(1, len(self.series))
        bar = row * 0.7 / count
        for j, label in enumerate(self.categories):
            y = plot.top() + j * row
            for i, values in enumerate(self.series):
                value = values[j] if j < len(values) else 0
                w = plot.width() * value / top
                rect = QRectF(plot.left(), y + row * 0.15 + i * bar, w, bar - (1 if count > 1 else 0))
                painter.fillRect(rect, QColor(self._bar_color(i, j)))
                painter.setPen(QColor(TEXT))
                painter.drawText(
                    QRectF(rect.right() + 3, rect.top(), 40, rect.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value),
                )  # fmt: skip
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(area.left(), y, label_w - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 6)),
            )

    def _bar_color(self, series: int, line: int) -> str:
        if len(self.series) == 1:
            return self.bar_colors[line % len(self.bar_colors)] if self.bar_colors else COLORS[2]
        return COLORS[series % len(COLORS)]

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


class ChartTabs(QTabWidget):
    """The form's own breakdown, visits and petitions by field, and deadlines met or missed, one tab each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportChartTabs")
        self.breakdown_chart = BarChart("", horizontal=True)
        self.field_chart = BarChart(vseries.CHART_FIELD, horizontal=True)
        self.timeliness_chart = BarChart(vseries.CHART_TIMELINESS, horizontal=True)
        self.timeliness_chart.bar_colors = list(TIMELINESS_COLORS)
        self.timeliness_chart.setToolTip(vseries.CHART_TIMELINESS_NOTE)
        for chart, label in (
            (self.breakdown_chart, vseries.TAB_BREAKDOWN),
            (self.field_chart, vseries.TAB_FIELD),
            (self.timeliness_chart, vseries.TAB_TIMELINESS),
        ):
            chart.empty_text = vr.CHART_NO_DATA
            self.addTab(chart, label)
        # Every tab's title in full: scroll arrows hid "Đúng hạn, trễ hạn" at 1366×768.
        self.setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideNone)

    def show_series(
        self, by_field: Sequence[tuple[str, int, int]], timeliness: Sequence[tuple[str, int]]
    ) -> None:
        self.field_chart.set_data(
            [label for label, _, _ in by_field],
            [[v for _, v, _ in by_field], [p for _, _, p in by_field]],
            [vr.CHART_VISITS, vr.CHART_PETITIONS],
        )
        self.timeliness_chart.set_data([label for label, _ in timeliness], [[n for _, n in timeliness]])
