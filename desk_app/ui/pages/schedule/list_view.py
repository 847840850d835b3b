"""The list view of the Lịch tiếp page: the month's or the quarter's sessions in one table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date
from desk_app.services.schedule.types import Period, PeriodKind, SessionInfo
from desk_app.ui.pages.schedule.chips import CHIP_STYLES
from desk_app.ui.pages.schedule.day import presider_text, time_text, weekday_title
from desk_app.ui.widgets.tables import fit_wrapped_rows


def period_label(period: Period) -> str:
    """ "tháng 12/2026", "quý 4/2026", "năm 2026"."""
    if period.kind is PeriodKind.MONTH:
        return vsched.PERIOD_MONTH.format(month=period.number, year=period.year)
    if period.kind is PeriodKind.QUARTER:
        return vsched.PERIOD_QUARTER.format(quarter=period.number, year=period.year)
    return vsched.PERIOD_YEAR.format(year=period.year)


def quarter_of(year: int, month: int) -> Period:
    return Period(PeriodKind.QUARTER, year, (month - 1) // 3 + 1)


def note_text(session: SessionInfo) -> str:
    parts: list[str] = []
    if session.postponed_from is not None:
        parts.append(f"{vsched.D_POSTPONED} {fmt_date(session.postponed_from)}")
    if session.shift_note:
        parts.append(session.shift_note)
    if session.status_reason:
        parts.append(session.status_reason)
    return "; ".join(parts)


def publish_cell(session: SessionInfo) -> str:
    if session.published_at is not None:
        return vsched.PUBLISHED_ON.format(date=fmt_date(session.published_at))
    if session.publish_by is not None:
        return vsched.PUBLISH_BY.format(date=fmt_date(session.publish_by))
    return vsched.NONE


class SessionList(QWidget):
    """`periodChanged()` when the officer switches month/quarter; `sessionSelected(id)`, `sessionActivated(id)`."""

    periodChanged = Signal()
    sessionSelected = Signal(int)
    sessionActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[SessionInfo] = []
        self.month_radio = QRadioButton(vsched.LIST_MONTH)
        self.month_radio.setObjectName("calendarListMonth")
        self.quarter_radio = QRadioButton(vsched.LIST_QUARTER)
        self.quarter_radio.setObjectName("calendarListQuarter")
        self.month_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.month_radio)
        group.addButton(self.quarter_radio)
        self.count = QLabel()
        self.count.setObjectName("calendarListCount")
        self.table = QTableWidget(0, len(vsched.LIST_COLUMNS))
        self.table.setObjectName("calendarListTable")
        self.table.setHorizontalHeaderLabels(list(vsched.LIST_COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Who presides and where share the spare width (they were cut to "Chủ tịc…" beside an empty note column).
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(6, 160)
        self.table.setStyleSheet("QTableWidget::item { padding: 3px 2px; }")
        fit_wrapped_rows(self.table, max_lines=2)
        top = QHBoxLayout()
        top.addWidget(self.month_radio)
        top.addWidget(self.quarter_radio)
        top.addSpacing(16)
        top.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.month_radio.toggled.connect(lambda _checked: self.periodChanged.emit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(self._activated)

    def period(self, year: int, month: int) -> Period:
        if self.quarter_radio.isChecked():
            return quarter_of(year, month)
        return Period(PeriodKind.MONTH, year, month)

    def show_sessions(self, period: Period, sessions: Sequence[SessionInfo]) -> None:
        self._sessions = list(sessions)
        self.count.setText(vsched.LIST_COUNT.format(count=len(self._sessions), period=period_label(period)))
        self.table.setRowCount(len(self._sessions))
        for row, session in enumerate(self._sessions):
            cells = (
                f"{weekday_title(session.date)}, {fmt_date(session.date)}",
                time_text(session),
                presider_text(session),
                session.place_name,
                vsched.STATUS_SHORT[session.status],
                publish_cell(session),
                note_text(session),
            )
            style = CHIP_STYLES[session.status]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setBackground(QBrush(QColor(style.background)))
                    item.setForeground(QBrush(QColor(style.text)))
                    if style.struck:
                        font = QFont(self.table.font())
                        font.setStrikeOut(True)
                        item.setFont(font)
                item.setData(Qt.ItemDataRole.UserRole, session.id)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(_text(self.table.item(r, c)) for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]

    def select_session(self, session_id: int) -> None:
        for row, session in enumerate(self._sessions):
            if session.id == session_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.sessionSelected.emit(self._sessions[rows[0].row()].id)

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._sessions):
            self.sessionActivated.emit(self._sessions[row].id)

    def first_date(self) -> dt.date | None:
        return self._sessions[0].date if self._sessions else None


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
