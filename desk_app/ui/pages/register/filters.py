"""The filter bar of the Sổ tiếp công dân: period presets, dates, kind, category, handling, free text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from desk_app.domain.enums import Category, Handling, ReceptionKind
from desk_app.i18n import labels as enum_labels
from desk_app.i18n import vi_screens as vs
from desk_app.services.visits.register import RegisterFilter
from desk_app.ui.widgets.period_filter import PeriodFilterBar, add_labelled, labelled_flow


def _enum_combo(labels: Mapping[StrEnum, str], object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.addItem(vs.ALL, None)
    for value, label in labels.items():
        combo.addItem(label, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


class RegisterFilterBar(PeriodFilterBar):
    """Emits `changed` when the filter changes: at once for lists and boxes, after a pause for typing."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(today, vs.SEARCH_PLACEHOLDER, parent)
        self.kind = _enum_combo(enum_labels.RECEPTION_KIND, "kindCombo")  # type: ignore[arg-type]
        self.category = _enum_combo(enum_labels.CATEGORY, "categoryCombo")  # type: ignore[arg-type]
        self.handling = _enum_combo(enum_labels.HANDLING, "handlingCombo")  # type: ignore[arg-type]
        self.show_voided = QCheckBox(vs.SHOW_VOIDED)
        self.show_voided.setObjectName("showVoided")
        self._layout()
        self.connect_lists(self.kind, self.category, self.handling)
        self.show_voided.toggled.connect(lambda _on: self._emit_now())
        self.set_period("year")

    def _layout(self) -> None:
        """Two rows that fit a 1366-pixel screen beside the navigation: dates and the text, then the lists."""
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
        top.addWidget(self.show_voided)
        # The lists take the second row (a third when the window is narrow), leaving the search box room to type.
        lists = labelled_flow(
            ((vs.KIND, self.kind), (vs.CATEGORY, self.category), (vs.HANDLING, self.handling))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(lists)

    def current(self) -> RegisterFilter:
        date_from, date_to = self.dates()
        return RegisterFilter(
            date_from=date_from,
            date_to=date_to,
            kind=self._value(self.kind, ReceptionKind),
            category=self._value(self.category, Category),
            handling=self._value(self.handling, Handling),
            text=self.text.text(),
            include_voided=self.show_voided.isChecked(),
        )
