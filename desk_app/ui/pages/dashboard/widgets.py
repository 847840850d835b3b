"""The parts of the Tổng quan page: count tiles, the week's sessions, the due clocks, the warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import DeadlineStatus, ReceptionMode, ReceptionSessionStatus
from desk_app.domain.working_calendar import DayType
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_dashboard as vdb
from desk_app.i18n import vi_working_calendar
from desk_app.i18n.formatting import fmt_date, fmt_int, fmt_time
from desk_app.services.dashboard.clocks import DueClock
from desk_app.services.deadlines.service import ClockRow
from desk_app.services.schedule.types import ScheduleWarning, SessionInfo
from desk_app.ui.preferences import scaled_font

# (background, text, border) as the app's notice tones: amber for due soon, red for overdue.
NEUTRAL = ("#f4f7fb", "#1a3f7a", "#c5d3e6")
AMBER = ("#fff4e0", "#7a4a00", "#f0c070")
RED = ("#fdecea", "#9b1c14", "#f1a39c")
_TODAY_BACKGROUND = QColor("#e8f0fe")
_MUTED = QColor("#8a8a8a")
_MUTED_STATUSES = frozenset(
    {ReceptionSessionStatus.HUY, ReceptionSessionStatus.DA_TIEP, ReceptionSessionStatus.KHONG_CO_CONG_DAN}
)


def weekday_date(day_text: str, weekday: int) -> str:
    name = vi_working_calendar.WEEKDAYS[weekday]
    return vdb.DAY_LABEL.format(weekday=name[:1].upper() + name[1:], date=day_text)


class CountTile(QFrame):
    """A big number with its caption, coloured by its meaning."""

    def __init__(self, caption: str, tone: tuple[str, str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tone = tone
        self.number = QLabel("–")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.set_tone(tone)

    def set_tone(self, tone: tuple[str, str, str]) -> None:
        self.tone = tone
        background, color, border = tone
        self.setStyleSheet(
            f"CountTile {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"QLabel {{ color: {color}; background: transparent; }}"
        )

    def set_value(self, value: int, caption: str | None = None) -> None:
        self.number.setText(fmt_int(value))
        if caption is not None:
            self.caption.setText(caption)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; color: #1a3f7a;")
    label.setFont(scaled_font(label.font(), 1.05))  # 11 pt at 10.5, and larger with Tùy chọn › Cỡ chữ
    return label


def plain_table(columns: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setStyleSheet("QTableWidget::item { padding: 2px 4px; }")
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def empty_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555; padding: 4px 2px;")
    return label


# Sessions ----------------------------------------------------------------------------------------------------
def session_cells(info: SessionInfo) -> tuple[str, ...]:
    times = " – ".join(t for t in (fmt_time(info.start_time), fmt_time(info.end_time)) if t)
    presider = info.presided_by_name
    if info.presided_by_position:
        presider += f" ({info.presided_by_position})"
    kind = enum_labels.RECEPTION_KIND[info.kind]
    if info.mode is ReceptionMode.TRUC_TUYEN:
        kind += vdb.ONLINE_MARK
    status = enum_labels.SESSION_STATUS[info.status]
    if info.postponed_from is not None:
        status += vdb.POSTPONED_MARK.format(date=fmt_date(info.postponed_from))
    registered = (
        vdb.REGISTRANTS.format(count=info.registrant_count) if info.registrant_count else vdb.NO_REGISTRANTS
    )
    day = weekday_date(fmt_date(info.date), info.date.weekday())
    return (day, times, presider, kind, status, registered)


def fill_sessions(table: QTableWidget, sessions: Sequence[SessionInfo], today: dt.date) -> None:
    """Rows of the week's sessions; today's rows are tinted and bold, done or cancelled ones greyed."""
    table.setRowCount(len(sessions))
    for row, info in enumerate(sessions):
        is_today = info.date == today
        for column, text in enumerate(session_cells(info)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            if is_today:
                item.setBackground(QBrush(_TODAY_BACKGROUND))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            if info.status in _MUTED_STATUSES:
                item.setForeground(QBrush(_MUTED))
            if column == 5:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)


# Deadlines ---------------------------------------------------------------------------------------------------
def days_text(row: ClockRow) -> str:
    if row.status is DeadlineStatus.QUA_HAN:
        return vdb.LATE_DAYS.format(days=row.days)
    if row.days == 0:
        return vdb.LEFT_TODAY
    template = vdb.LEFT_WORKING if row.day_type is DayType.WORKING else vdb.LEFT_CALENDAR
    return template.format(days=row.days)


def clock_cells(clock: DueClock) -> tuple[str, ...]:
    row = clock.row
    label = clock.title
    if row.given_to_citizen:
        label += vdb.GIVEN_MARK
    status = enum_labels.DEADLINE_STATUS[row.status]
    return (status, label, clock.handler or vdb.NO_RESPONSIBLE, fmt_date(row.due), days_text(row))


def fill_clocks(table: QTableWidget, overdue: Sequence[DueClock], due_soon: Sequence[DueClock]) -> None:
    """Overdue rows (red) first, then due-soon rows (amber); each row remembers its entity."""
    rows = [*overdue, *due_soon]
    table.setRowCount(len(rows))
    for index, clock in enumerate(rows):
        row = clock.row
        background, color, _border = RED if row.status is DeadlineStatus.QUA_HAN else AMBER
        for column, text in enumerate(clock_cells(clock)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 1 and clock.what_full:
                # The short name in the cell; the rule's full wording in the tooltip.
                item.setToolTip(vdb.CLOCK_TIP.format(full=clock.what_full, subject=clock.subject or text))
            item.setBackground(QBrush(QColor(background)))
            if column in (0, 4):
                item.setForeground(QBrush(QColor(color)))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, (row.entity_type, row.entity_id))
            table.setItem(index, column, item)
    table.resizeRowsToContents()


# Warnings ----------------------------------------------------------------------------------------------------
class WarningList(QScrollArea):
    """One amber box per warning, wrapped to the width, scrolling when there are many."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardWarnings")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget()
        self._column = QVBoxLayout(self._inner)
        self._column.setContentsMargins(0, 0, 4, 0)
        self._column.setSpacing(6)
        self._column.addStretch(1)
        self.setWidget(self._inner)
        self.labels: list[QLabel] = []

    def set_warnings(self, warnings: Sequence[ScheduleWarning]) -> None:
        for label in self.labels:
            # Out of the layout and hidden now: deleteLater alone leaves the old boxes drawn until the event loop runs.
            self._column.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.labels = []
        background, color, border = AMBER
        for index, warning in enumerate(warnings):
            label = QLabel(warning.text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(
                f"QLabel {{ background: {background}; color: {color}; border: 1px solid {border};"
                " border-radius: 4px; padding: 6px 8px; }"
            )
            self._column.insertWidget(index, label)
            self.labels.append(label)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]
