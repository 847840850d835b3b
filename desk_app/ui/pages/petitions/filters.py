"""The filter bar of the petition register: period presets, dates, source, category, status, due state, text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from desk_app.domain.enums import Category, DeadlineStatus, PetitionSource, PetitionStatus
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_screens as vs
from desk_app.services.petitions.register import PetitionFilter
from desk_app.ui.widgets.period_filter import PeriodFilterBar, add_labelled, labelled_flow

DUE_FILTER = (DeadlineStatus.QUA_HAN, DeadlineStatus.SAP_HET_HAN, DeadlineStatus.DANG_CHAY)
"""The due states the filter offers; a petition with no clock running is not looked for here."""


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


class PetitionFilterBar(PeriodFilterBar):
    """Emits `changed` at once for lists and dates, after a pause for typing."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(today, vpp.SEARCH_PLACEHOLDER, parent)
        self.source = _combo(enum_labels.PETITION_SOURCE, "sourceCombo", 14)  # type: ignore[arg-type]
        self.category = _combo(enum_labels.CATEGORY, "categoryCombo", 10)  # type: ignore[arg-type]
        self.status = _combo(enum_labels.PETITION_STATUS, "statusCombo", 12)  # type: ignore[arg-type]
        self.due = _combo({k: enum_labels.DEADLINE_STATUS[k] for k in DUE_FILTER}, "dueCombo", 9)
        self._layout()
        self.connect_lists(self.source, self.category, self.status, self.due)
        self.set_period("year")

    def _layout(self) -> None:
        """Two rows that fit 1366 pixels beside the navigation: period, dates and the text, then the lists."""
        top = QHBoxLayout()
        add_labelled(
            top,
            (
                (vs.PERIOD, self.period),
                (vs.DATE_FROM, self.date_from),
                (vs.DATE_TO, self.date_to),
                (vs.SEARCH, self.text),
            ),
            stretch=self.text,
        )
        # The lists take the second row (a third when the window is narrow), leaving the search box room to type.
        lists = labelled_flow(
            (
                (vpp.SOURCE, self.source),
                (vpp.CATEGORY, self.category),
                (vpp.STATUS, self.status),
                (vpp.DUE, self.due),
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(lists)

    def set_choice(self, combo: QComboBox, value: StrEnum | None) -> None:
        """Choose a list value as a click would (tests, the dashboard)."""
        combo.setCurrentIndex(max(0, combo.findData(None if value is None else str(value))))

    def current(self) -> PetitionFilter:
        date_from, date_to = self.dates()
        return PetitionFilter(
            date_from=date_from,
            date_to=date_to,
            source=self._value(self.source, PetitionSource),
            category=self._value(self.category, Category),
            status=self._value(self.status, PetitionStatus),
            due=self._value(self.due, DeadlineStatus),
            text=self.text.text(),
        )
