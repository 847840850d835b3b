"""The filter bar of the Sổ tiếp công dân: period presets, dates, kind, category, handling, free text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import Category, Handling, ReceptionKind
from desk_app.i18n import vi
from desk_app.i18n import vi_screens as vs
from desk_app.services.register import RegisterFilter

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


def _to_qdate(day: dt.date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date | None:
    if day == NO_DATE or not day.isValid():
        return None
    return dt.date(day.year(), day.month(), day.day())


def _enum_combo(labels: Mapping[StrEnum, str], object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.addItem(vs.ALL, None)
    for value, label in labels.items():
        combo.addItem(label, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setDisplayFormat(vs.DATE_FORMAT_QT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(vs.DATE_NONE)
    return edit


class RegisterFilterBar(QWidget):
    """Emits `changed` when the filter changes: at once for lists and boxes, after a pause for typing."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.period = QComboBox()
        self.period.setObjectName("periodCombo")
        for key, label in vs.PERIODS.items():
            self.period.addItem(label, key)
        self.date_from = _date_edit("dateFrom")
        self.date_to = _date_edit("dateTo")
        self.kind = _enum_combo(vi.RECEPTION_KIND, "kindCombo")  # type: ignore[arg-type]
        self.category = _enum_combo(vi.CATEGORY, "categoryCombo")  # type: ignore[arg-type]
        self.handling = _enum_combo(vi.HANDLING, "handlingCombo")  # type: ignore[arg-type]
        self.text = QLineEdit()
        self.text.setObjectName("searchBox")
        self.text.setPlaceholderText(vs.SEARCH_PLACEHOLDER)
        self.text.setToolTip(vs.SEARCH_TOOLTIP)
        self.text.setClearButtonEnabled(True)
        self.show_voided = QCheckBox(vs.SHOW_VOIDED)
        self.show_voided.setObjectName("showVoided")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._layout()
        self._connect()
        self.set_period("year")

    def _layout(self) -> None:
        """Two rows that fit a 1366-pixel screen beside the navigation: dates and lists, then handling and text."""
        top = QHBoxLayout()
        bottom = QHBoxLayout()
        for row, text, widget in (
            (top, vs.PERIOD, self.period),
            (top, vs.DATE_FROM, self.date_from),
            (top, vs.DATE_TO, self.date_to),
            (top, vs.KIND, self.kind),
            (top, vs.CATEGORY, self.category),
            (bottom, vs.HANDLING, self.handling),
            (bottom, vs.SEARCH, self.text),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addSpacing(2)
            row.addWidget(widget, 1 if widget is self.text else 0)
            row.addSpacing(12)
        top.addStretch(1)
        bottom.addWidget(self.show_voided)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period)
        self.date_from.dateChanged.connect(self._on_date)
        self.date_to.dateChanged.connect(self._on_date)
        for combo in (self.kind, self.category, self.handling):
            combo.currentIndexChanged.connect(lambda _i: self._emit_now())
        self.show_voided.toggled.connect(lambda _on: self._emit_now())
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self._emit_now)
        self._debounce.timeout.connect(self.changed.emit)

    # Actions -------------------------------------------------------------------------------------------
    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(max(0, self.period.findData(key)))
        self._apply_period(key)

    def set_dates(self, date_from: dt.date | None, date_to: dt.date | None) -> None:
        """Type a custom range (the period list shows "Tùy chọn")."""
        self.date_from.setDate(_to_qdate(date_from))
        self.date_to.setDate(_to_qdate(date_to))

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def flush(self) -> None:
        """Apply a pending text change now (Enter in the box, tests)."""
        if self._debounce.isActive():
            self._emit_now()

    def current(self) -> RegisterFilter:
        return RegisterFilter(
            date_from=_from_qdate(self.date_from.date()),
            date_to=_from_qdate(self.date_to.date()),
            kind=self._value(self.kind, ReceptionKind),
            category=self._value(self.category, Category),
            handling=self._value(self.handling, Handling),
            text=self.text.text(),
            include_voided=self.show_voided.isChecked(),
        )

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
            edit.setDate(_to_qdate(value))
            edit.blockSignals(False)

    def _on_date(self, _date: QDate) -> None:
        custom = self.period.findData("custom")
        if self.period.currentIndex() != custom:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(custom)
            self.period.blockSignals(False)
        self._debounce.start()
