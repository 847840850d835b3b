"""What the registers' filter bars share: a period preset, from–to dates, a search box, and one `changed` signal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from desk_app.i18n import vi_screens as vs
from desk_app.ui.widgets.flow import FlowLayout, flow_policy

E = TypeVar("E", bound=StrEnum)
DEBOUNCE_MS = 300
NO_DATE = QDate(2000, 1, 1)


def period_range(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a preset period containing `today` (weeks start on Monday)."""
    if key == "today":
        return today, today
    if key == "week":
        start = today - dt.timedelta(days=today.weekday())
        return start, start + dt.timedelta(days=6)
    if key == "month":
        start = today.replace(day=1)
        following = (start + dt.timedelta(days=32)).replace(day=1)
        return start, following - dt.timedelta(days=1)
    if key == "quarter":
        first_month = 3 * ((today.month - 1) // 3) + 1
        start = dt.date(today.year, first_month, 1)
        following = (
            dt.date(today.year + 1, 1, 1) if first_month == 10 else dt.date(today.year, first_month + 3, 1)
        )
        return start, following - dt.timedelta(days=1)
    if key == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None


def to_qdate(day: dt.date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date | None:
    if day == NO_DATE or not day.isValid():
        return None
    return dt.date(day.year(), day.month(), day.day())


def date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setDisplayFormat(vs.DATE_FORMAT_QT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(vs.DATE_NONE)
    return edit


def add_labelled(
    row: QHBoxLayout, fields: Iterable[tuple[str, QWidget]], stretch: QWidget | None = None
) -> None:
    """Label, field, a gap: the filter bars' rows; `stretch` takes the width left over."""
    for text, widget in fields:
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addSpacing(2)
        row.addWidget(widget, 1 if widget is stretch else 0)
        row.addSpacing(12)


def labelled_flow(fields: Iterable[tuple[str, QWidget]]) -> QWidget:
    """Label-and-list pairs on one line, wrapping onto a second when the window is narrow (125 % scaling)."""
    bar = QWidget()
    flow_policy(bar)
    flow = FlowLayout(bar, spacing=10)
    for text, widget in fields:
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        label = QLabel(text)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
        flow.addWidget(pair)
    return bar


class PeriodFilterBar(QWidget):
    """Emits `changed` at once for lists and dates, after a pause for typing. Subclasses add their lists, lay
    the widgets out, call `connect_lists` with them and build their filter in `current()`."""

    changed = Signal()

    def __init__(self, today: dt.date, search_placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.period = QComboBox()
        self.period.setObjectName("periodCombo")
        for key, label in vs.PERIODS.items():
            self.period.addItem(label, key)
        self.date_from = date_edit("dateFrom")
        self.date_to = date_edit("dateTo")
        self.text = QLineEdit()
        self.text.setObjectName("searchBox")
        self.text.setPlaceholderText(search_placeholder)
        # The hint in full on hover: a narrow window (125 % scaling) shows only its beginning in the box.
        self.text.setToolTip(f"{vs.SEARCH_TOOLTIP}\n{search_placeholder}")
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self.period.currentIndexChanged.connect(self._on_period)
        self.date_from.dateChanged.connect(self._on_date)
        self.date_to.dateChanged.connect(self._on_date)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self._emit_now)
        self._debounce.timeout.connect(self.changed.emit)

    def connect_lists(self, *combos: QComboBox) -> None:
        for combo in combos:
            combo.currentIndexChanged.connect(lambda _i: self._emit_now())

    # Actions -------------------------------------------------------------------------------------------
    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(max(0, self.period.findData(key)))
        self._apply_period(key)

    def set_dates(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        """Type a custom range (the period list shows "Tùy chọn")."""
        self.date_from.setDate(to_qdate(date_from))
        self.date_to.setDate(to_qdate(date_to))

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def flush(self) -> None:
        """Apply a pending text change now (Enter in the box, tests)."""
        if self._debounce.isActive():
            self._emit_now()

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    # Internals -----------------------------------------------------------------------------------------
    @staticmethod
    def _value(combo: QComboBox, enum: type[E]) -> E | None:
        data = combo.currentData()
        return None if data is None else enum(data)

    def _emit_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def _on_period(self, _index: int) -> None:
        key = str(self.period.currentData())
        if key != "custom":
            self._apply_period(key)
            self._emit_now()

    def _apply_period(self, key: str) -> None:
        start, end = period_range(key, self._today)
        for edit, value in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def _on_date(self, _date: QDate) -> None:
        custom = self.period.findData("custom")
        if self.period.currentIndex() != custom:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(custom)
            self.period.blockSignals(False)
        self._debounce.start()
