"""The report on screen: the official merged heading rows, the MS row and the office's row of clickable numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desk_app.i18n import vi_reports_page as vr
from desk_app.printing.forms.report_headers import HeaderCell, SheetColumn, header_cells, header_depth
from desk_app.services.reports.types import ReportResult

HEAD_BG = QColor("#eef2f8")
CODE_BG = QColor("#f6f6f6")
ADJUSTED_BG = QColor("#ffe2b8")
LINK = QColor("#1a4fa0")
UNIT_WIDTH = 84
MIN_COLUMN = 30
CELL_PADDING = 8
HEADING_MIN_PT = 7.5
VALUE_MARGIN = 6  # the item view's own margins around a cell's text


def _level(need: list[int], room: int) -> list[int]:
    """One common width for all columns except those needing more, filling `room` when there is spare."""
    if sum(need) >= room:
        return need
    common = 0
    while sum(max(n, common + 1) for n in need) <= room:
        common += 1
    return [max(n, common) for n in need]


class ReportTable(QTableWidget):
    """Rows 0…depth-1 are the headings (spans as on paper), then "MS", then the values; `on_value(number)` on click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self.header_rows = 0
        self.on_value: Callable[[int], None] = lambda _number: None
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setStyleSheet("QTableWidget { gridline-color: #888888; }")
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.cellClicked.connect(self._clicked)
        self.cellEntered.connect(self._hover)

    @property
    def value_row(self) -> int:
        return self.header_rows + 1

    def column_of(self, number: int) -> int:
        """The table column showing form column `number`."""
        assert self.result is not None
        return 1 + [c.number for c in self.result.columns].index(number)

    def value_item(self, number: int) -> QTableWidgetItem | None:
        return self.item(self.value_row, self.column_of(number))

    def show_result(self, result: ReportResult, unit: str) -> None:
        self.clearSpans()
        self.clear()
        self.result = result
        columns = tuple(SheetColumn(c.number, c.headings) for c in result.columns)
        self.header_rows = header_depth(columns)
        self.setRowCount(self.header_rows + 2)
        self.setColumnCount(len(columns) + 1)
        bold = QFont(self.font())
        bold.setBold(True)
        cells = header_cells(columns, vr.UNIT_HEADING)
        for cell in cells:
            item = QTableWidgetItem(cell.text)
            item.setFont(bold)
            item.setBackground(QBrush(HEAD_BG))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(cell.row, cell.column, item)
            if cell.row_span > 1 or cell.column_span > 1:
                self.setSpan(cell.row, cell.column, cell.row_span, cell.column_span)
        italic = QFont(self.font())
        italic.setItalic(True)
        code = QTableWidgetItem(vr.CODE_ROW)
        code.setFont(italic)
        code.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setBackground(QBrush(CODE_BG))
        self.setItem(self.header_rows, 0, code)
        unit_item = QTableWidgetItem(unit)
        unit_item.setFont(bold)
        unit_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(self.value_row, 0, unit_item)
        link = QFont(self.font())
        link.setUnderline(True)
        link.setPointSizeF(self.font().pointSizeF() + 1)
        for index, column in enumerate(result.columns, start=1):
            number = QTableWidgetItem(str(column.number))
            number.setFont(italic)
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setBackground(QBrush(CODE_BG))
            self.setItem(self.header_rows, index, number)
            value = result.values.get(column.number, 0)
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            heading = vr.HEADING_JOIN.join(column.headings)
            adjustment = result.adjustments.get(column.number)
            if adjustment:
                item.setBackground(QBrush(ADJUSTED_BG))
                item.setToolTip(
                    vr.CELL_TIP_ADJUSTED.format(
                        number=column.number,
                        heading=heading,
                        locked=value,
                        now=value + adjustment,
                        diff=adjustment,
                    )
                )
            else:
                item.setToolTip(vr.CELL_TIP.format(number=column.number, heading=heading))
            if column.number in result.drill:
                item.setFont(link)
                item.setForeground(QBrush(LINK))
            self.setItem(self.value_row, index, item)
        self._fit(cells)

    def _fit(self, cells: list[HeaderCell]) -> None:
        """Columns share the width, each at least its longest heading word; the heading type shrinks (not below
        HEADING_MIN_PT) until all columns fit without scrolling; header rows as tall as their wrapped text."""
        count = self.columnCount() - 1
        room = max(self.viewport().width(), 600) - UNIT_WIDTH - 2
        base = self.font().pointSizeF()
        size = base
        need: list[int] = []
        # A value is never cut to "1…": its column is at least as wide as the number in its (larger) link type.
        values = [MIN_COLUMN] * count
        for column in range(1, count + 1):
            item = self.item(self.value_row, column)
            if item is not None:
                text_width = QFontMetrics(item.font()).horizontalAdvance(item.text())
                values[column - 1] = text_width + CELL_PADDING + VALUE_MARGIN
        while True:
            bold = QFont(self.font())
            bold.setBold(True)
            bold.setPointSizeF(size)
            metrics = QFontMetrics(bold)
            need = list(values)
            for cell in cells:
                if cell.column > 0 and cell.column_span == 1:
                    words = max((metrics.horizontalAdvance(w) for w in cell.text.split()), default=0)
                    need[cell.column - 1] = max(need[cell.column - 1], words + CELL_PADDING)
            if sum(need) <= room or size <= HEADING_MIN_PT:
                break
            size -= 0.5
        for cell in cells:
            item = self.item(cell.row, cell.column)
            if item is not None:
                item.setFont(bold)
        self.setColumnWidth(0, UNIT_WIDTH)
        for index, width in enumerate(_level(need, room), start=1):
            self.setColumnWidth(index, width)
        heights = [metrics.height() + 8] * self.header_rows
        for cell in cells:
            width = sum(self.columnWidth(c) for c in range(cell.column, cell.last_column + 1)) - CELL_PADDING
            box = metrics.boundingRect(QRect(0, 0, max(width, 10), 2000), Qt.TextFlag.TextWordWrap, cell.text)
            share = (box.height() + 6) / cell.row_span
            for row in range(cell.row, cell.last_row + 1):
                heights[row] = max(heights[row], int(share + 0.5))
        for row, height in enumerate(heights):
            self.setRowHeight(row, height)
        line = QFontMetrics(self.font()).height()
        self.setRowHeight(self.header_rows, line + 6)
        self.setRowHeight(self.value_row, line * 2 + 8)
        total = sum(self.rowHeight(r) for r in range(self.rowCount())) + 2 * self.frameWidth()
        bar = self.horizontalScrollBar().sizeHint().height() if sum(need) > room else 0
        self.setFixedHeight(total + bar)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.result is not None:
            columns = tuple(SheetColumn(c.number, c.headings) for c in self.result.columns)
            self._fit(header_cells(columns, vr.UNIT_HEADING))

    def _clicked(self, row: int, column: int) -> None:
        if self.result is None or row != self.value_row or column == 0:
            return
        number = self.result.columns[column - 1].number
        if number in self.result.drill:
            self.on_value(number)

    def _hover(self, row: int, column: int) -> None:
        clickable = (
            self.result is not None
            and row == self.value_row
            and column > 0
            and self.result.columns[column - 1].number in self.result.drill
        )
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
