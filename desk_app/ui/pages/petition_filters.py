"""The filter bar of the petition register: period presets, dates, source, category, status, due state, text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain.enums import Category, PetitionSource, PetitionStatus
from desk_app.i18n import vi
from desk_app.i18n import vi_petition as vp
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_screens as vs
from desk_app.services.petition_register import DueState, PetitionFilter
from desk_app.ui.pages.register_filters import DEBOUNCE_MS, NO_DATE, period_range

E = TypeVar("E", bound=StrEnum)


def _combo(labels: Mapping[str, str], object_name: str, width: int = 12) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.addItem(vs.ALL, None)
    for value, label in labels.items():
        combo.addItem(label, str(value))
        combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width)
    return combo


def _date_edit(object_name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(object_name)
    edit.setDisplayFormat(vs.DATE_FORMAT_QT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(vs.DATE_NONE)
    return edit


def _to_qdate(day: dt.date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> dt.date | None:
    if day == NO_DATE or not day.isValid():
        return None
    return dt.date(day.year(), day.month(), day.day())


class PetitionFilterBar(QWidget):
    """Emits `changed` at once for lists and dates, after a pause for typing."""

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
        self.source = _combo(vp.PETITION_SOURCE, "sourceCombo", 14)  # type: ignore[arg-type]
        self.category = _combo(vi.CATEGORY, "categoryCombo", 10)  # type: ignore[arg-type]
        self.status = _combo(vp.PETITION_STATUS, "statusCombo", 12)  # type: ignore[arg-type]
        self.due = _combo({k: vpp.DUE_STATE[k] for k in vpp.DUE_FILTER}, "dueCombo", 9)
        self.text = QLineEdit()
        self.text.setObjectName("searchBox")
        self.text.setPlaceholderText(vpp.SEARCH_PLACEHOLDER)
        self.text.setToolTip(vs.SEARCH_TOOLTIP)
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._layout()
        self._connect()
        self.set_period("year")

    def _layout(self) -> None:
        """Two rows that fit 1366 pixels beside the navigation: period and dates, then the lists and the text."""
        top = QHBoxLayout()
        bottom = QHBoxLayout()
        for row, text, widget in (
            (top, vs.PERIOD, self.period),
            (top, vs.DATE_FROM, self.date_from),
            (top, vs.DATE_TO, self.date_to),
            (top, vpp.DUE, self.due),
            (top, vs.SEARCH, self.text),
            (bottom, vpp.SOURCE, self.source),
            (bottom, vpp.CATEGORY, self.category),
            (bottom, vpp.STATUS, self.status),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addSpacing(2)
            row.addWidget(widget, 1 if widget is self.text else 0)
            row.addSpacing(12)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period)
        self.date_from.dateChanged.connect(self._on_date)
        self.date_to.dateChanged.connect(self._on_date)
        for combo in (self.source, self.category, self.status, self.due):
            combo.currentIndexChanged.connect(lambda _i: self._emit_now())
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self._emit_now)
        self._debounce.timeout.connect(self.changed.emit)

    # Actions -------------------------------------------------------------------------------------------
    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(max(0, self.period.findData(key)))
        self._apply_period(key)

    def set_choice(self, combo: QComboBox, value: StrEnum | None) -> None:
        """Choose a list value as a click would (tests, the dashboard)."""
        combo.setCurrentIndex(max(0, combo.findData(None if value is None else str(value))))

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def flush(self) -> None:
        if self._debounce.isActive():
            self._emit_now()

    def current(self) -> PetitionFilter:
        return PetitionFilter(
            date_from=_from_qdate(self.date_from.date()),
            date_to=_from_qdate(self.date_to.date()),
            source=self._value(self.source, PetitionSource),
            category=self._value(self.category, Category),
            status=self._value(self.status, PetitionStatus),
            due=self._value(self.due, DueState),
            text=self.text.text(),
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
