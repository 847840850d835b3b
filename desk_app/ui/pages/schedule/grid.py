"""The month grid of the Lịch tiếp page: days off shaded and named, sessions as coloured chips, keyboard moves."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desk_app.domain.working_calendar import DayKind, WorkingCalendar
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date
from desk_app.services.schedule.types import SessionInfo
from desk_app.ui.pages.schedule.chips import (
    CHIP_STYLES,
    DAY_OFF_BACKGROUND,
    DAY_OFF_TEXT,
    GRID_LINE,
    HEADER_BACKGROUND,
    MAKE_UP_TEXT,
    OUTSIDE_BACKGROUND,
    OUTSIDE_TEXT,
    SELECTED_BACKGROUND,
    SELECTED_BORDER,
    TODAY_COLOR,
    WEEKEND_BACKGROUND,
    WEEKEND_TEXT,
    Chip,
    add_months,
    chip_for,
    month_start,
)

ONE_DAY = dt.timedelta(days=1)


class MonthGrid(QWidget):
    """Mon–Sun columns; `dateSelected(date)`, `monthChanged(year, month)`, `sessionClicked(id)`,
    `sessionActivated(id)` (Enter or double click)."""

    dateSelected = Signal(object)
    monthChanged = Signal(int, int)
    sessionClicked = Signal(int)
    sessionActivated = Signal(int)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setToolTip(vsched.GRID_TIP)
        self.today = today
        self._selected = today
        self._year, self._month = today.year, today.month
        self._calendar = WorkingCalendar()
        self._chips: dict[dt.date, list[Chip]] = {}

    # Data ------------------------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    def selected(self) -> dt.date:
        return self._selected

    def visible_range(self) -> tuple[dt.date, dt.date]:
        first = month_start(self._year, self._month)
        start = first - dt.timedelta(days=first.weekday())
        return start, start + dt.timedelta(days=7 * self._rows() - 1)

    def set_calendar(self, calendar: WorkingCalendar) -> None:
        self._calendar = calendar
        self.update()

    def set_sessions(self, sessions: Iterable[SessionInfo]) -> None:
        self._chips = {}
        for session in sessions:
            self._chips.setdefault(session.date, []).append(chip_for(session))
        self.update()

    def chips_on(self, day: dt.date) -> list[Chip]:
        return list(self._chips.get(day, ()))

    def day_note(self, day: dt.date) -> str:
        """What the cell writes under its number: the holiday's name, "Làm bù", or nothing."""
        entry = self._calendar.day(day)
        if entry is None:
            return ""
        if entry.kind is DayKind.LAM_BU:
            return vsched.MAKE_UP
        return entry.name_vi

    def is_day_off(self, day: dt.date) -> bool:
        entry = self._calendar.day(day)
        return entry is not None and entry.is_day_off

    def select(self, day: dt.date) -> None:
        """Select a day; a day in another month turns the page to that month first."""
        if (day.year, day.month) != (self._year, self._month):
            self._year, self._month = day.year, day.month
            self._selected = day
            self.monthChanged.emit(day.year, day.month)
        self._selected = day
        self.update()
        self.dateSelected.emit(day)

    def show_month(self, year: int, month: int) -> None:
        """Turn to a month, keeping the selected day of the month where it exists."""
        self.select(dt.date(year, month, min(self._selected.day, _cal.monthrange(year, month)[1])))

    def step_month(self, months: int) -> None:
        self.select(add_months(self._selected, months))

    # Geometry --------------------------------------------------------------------------------------------
    def _rows(self) -> int:
        first = month_start(self._year, self._month)
        days = _cal.monthrange(self._year, self._month)[1]
        return (first.weekday() + days + 6) // 7

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def cell_rect(self, day: dt.date) -> QRect:
        start, _ = self.visible_range()
        index = (day - start).days
        row, column = divmod(index, 7)
        top = self._header_height()
        width = self.width() / 7
        height = (self.height() - top) / self._rows()
        x0, x1 = round(column * width), round((column + 1) * width)
        y0, y1 = round(top + row * height), round(top + (row + 1) * height)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        return font

    def _chip_height(self) -> int:
        return QFontMetrics(self._small_font()).height() + 4

    def _chip_layout(self, day: dt.date) -> tuple[list[tuple[Chip, QRect]], int]:
        """Where each chip of the day goes, and how many did not fit ("+2 buổi")."""
        rect = self.cell_rect(day)
        line = self.fontMetrics().height()
        top = rect.top() + 4 + line + 2
        if self.day_note(day):
            top += QFontMetrics(self._small_font()).height() + 1
        height = self._chip_height()
        chips = self._chips.get(day, [])
        placed: list[tuple[Chip, QRect]] = []
        bottom = rect.bottom() - 3
        for index, chip in enumerate(chips):
            last = index == len(chips) - 1
            needed = height if last else 2 * height + 2  # keep room for the "+N" line
            if top + needed > bottom:
                return placed, len(chips) - index
            placed.append((chip, QRect(rect.left() + 4, top, rect.width() - 8, height)))
            top += height + 2
        return placed, 0

    def date_at(self, pos: QPoint) -> dt.date | None:
        if pos.y() < self._header_height():
            return None
        start, end = self.visible_range()
        day = start
        while day <= end:
            if self.cell_rect(day).contains(pos):
                return day
            day += ONE_DAY
        return None

    def chip_at(self, pos: QPoint) -> Chip | None:
        day = self.date_at(pos)
        if day is None:
            return None
        placed, _ = self._chip_layout(day)
        return next((chip for chip, rect in placed if rect.contains(pos)), None)

    def chip_rect(self, session_id: int) -> QRect | None:
        start, end = self.visible_range()
        day = start
        while day <= end:
            placed, _ = self._chip_layout(day)
            for chip, rect in placed:
                if chip.session_id == session_id:
                    return rect
            day += ONE_DAY
        return None

    def sizeHint(self) -> QSize:
        return QSize(760, 520)

    def minimumSizeHint(self) -> QSize:
        # Six weeks of a day number and a chip: short enough for 1366×768 at 125 % scaling.
        return QSize(500, 250)

    # Painting --------------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_header(painter)
        start, end = self.visible_range()
        day = start
        while day <= end:
            self._paint_cell(painter, day)
            day += ONE_DAY
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        height = self._header_height()
        painter.fillRect(QRect(0, 0, self.width(), height), HEADER_BACKGROUND)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        width = self.width() / 7
        for column, name in enumerate(vsched.WEEKDAY_HEADERS):
            rect = QRect(round(column * width), 0, round(width), height)
            painter.setPen(QColor("#ffd7a8") if column >= 5 else QColor("white"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_cell(self, painter: QPainter, day: dt.date) -> None:
        rect = self.cell_rect(day)
        inside = (day.year, day.month) == (self._year, self._month)
        entry = self._calendar.day(day)
        day_off = entry is not None and entry.is_day_off
        weekend = day.weekday() >= 5 and not (entry is not None and entry.kind is DayKind.LAM_BU)
        if day_off:
            background = DAY_OFF_BACKGROUND
        elif weekend:
            background = WEEKEND_BACKGROUND
        else:
            background = QColor("white") if inside else OUTSIDE_BACKGROUND
        if day == self._selected:
            background = SELECTED_BACKGROUND if not day_off else background
        painter.fillRect(rect, background)
        painter.setPen(QPen(GRID_LINE, 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

        number_font = QFont(self.font())
        number_font.setBold(day == self.today or day_off)
        painter.setFont(number_font)
        if not inside:
            color = OUTSIDE_TEXT
        elif day_off:
            color = DAY_OFF_TEXT
        elif weekend:
            color = WEEKEND_TEXT
        else:
            color = QColor("#222222")
        line = self.fontMetrics().height()
        number_rect = QRect(rect.left() + 6, rect.top() + 4, rect.width() - 12, line)
        if day == self.today:
            badge = QFontMetrics(number_font).horizontalAdvance("00") + 8
            circle = QRectF(rect.left() + 3, rect.top() + 3, badge, line + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TODAY_COLOR)
            painter.drawRoundedRect(circle, 8, 8)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QColor("white"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(day.day))
        else:
            painter.setPen(color)
            painter.drawText(
                number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
            )

        note = self.day_note(day)
        if note:
            small = self._small_font()
            painter.setFont(small)
            metrics = QFontMetrics(small)
            is_make_up = entry is not None and entry.kind is DayKind.LAM_BU
            painter.setPen(MAKE_UP_TEXT if is_make_up else (DAY_OFF_TEXT if inside else OUTSIDE_TEXT))
            note_rect = QRect(rect.left() + 6, rect.top() + 4 + line + 1, rect.width() - 12, metrics.height())
            painter.drawText(
                note_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(note, Qt.TextElideMode.ElideRight, note_rect.width()),
            )
        self._paint_chips(painter, day, inside)
        if day == self.today:
            painter.setPen(QPen(TODAY_COLOR, 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if day == self._selected:
            width = 3 if self.hasFocus() else 2
            painter.setPen(QPen(SELECTED_BORDER, width))
            painter.drawRect(rect.adjusted(2, 2, -3, -3))

    def _paint_chips(self, painter: QPainter, day: dt.date, inside: bool) -> None:
        small = self._small_font()
        metrics = QFontMetrics(small)
        placed, hidden = self._chip_layout(day)
        for chip, rect in placed:
            style = CHIP_STYLES[chip.status]
            painter.setPen(QPen(QColor(style.border), 1))
            fill = QColor(style.background)
            if not inside:
                fill.setAlpha(140)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(rect), 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            font = QFont(small)
            font.setStrikeOut(style.struck)
            painter.setFont(font)
            painter.setPen(QColor(style.text))
            inner = rect.adjusted(5, 0, -4, 0)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(chip.text, Qt.TextElideMode.ElideRight, inner.width()),
            )
        if hidden:
            rect = self.cell_rect(day)
            painter.setFont(small)
            painter.setPen(QColor("#1a3f7a"))
            top = placed[-1][1].bottom() + 2 if placed else rect.top() + 4 + self.fontMetrics().height()
            painter.drawText(
                QRect(rect.left() + 6, top, rect.width() - 12, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                vsched.MORE_SESSIONS.format(count=hidden),
            )

    # Input -----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = event.key()
        if key in moves:
            self.select(self._selected + dt.timedelta(days=moves[Qt.Key(key)]))
        elif key == Qt.Key.Key_PageUp:
            self.step_month(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step_month(1)
        elif key == Qt.Key.Key_Home:
            self.select(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chips = self._chips.get(self._selected, [])
            if chips:
                self.sessionActivated.emit(chips[0].session_id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        day = self.date_at(pos)
        if day is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(day)
        chip = self.chip_at(pos)
        if chip is not None:
            self.sessionClicked.emit(chip.session_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chip = self.chip_at(event.position().toPoint())
        if chip is not None:
            self.sessionActivated.emit(chip.session_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip_at(self, pos: QPoint) -> str:
        chip = self.chip_at(pos)
        if chip is not None:
            return chip.tooltip
        day = self.date_at(pos)
        if day is None:
            return ""
        note = self.day_note(day)
        return f"{fmt_date(day)} — {note}" if note else vsched.GRID_TIP

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
