"""The Báo cáo page's choice row: the form, the year, a preset period of TT 01/2024 or any range, and "Xem"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.errors import ValidationError
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_reports_page as vr
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm, ReportPeriod
from desk_app.ui.widgets.errors import desk_error_text
from desk_app.ui.widgets.fields import DateField, NoWheelComboBox, NoWheelSpinBox

CUSTOM = "custom"


def problem_text(exc: BaseException) -> str:
    """A Vietnamese sentence for an error a report action raised."""
    if isinstance(exc, ValidationError):
        return " ".join(dict.fromkeys(i18n_errors.message(e.key) for e in exc.errors))
    return desk_error_text(exc)


class ReportControls(QWidget):
    """Presets come from ReportService.periods_of_year; the last quarter that has ended is chosen at first."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form_combo = NoWheelComboBox()
        for form in ReportForm:
            self.form_combo.addItem(vr.FORM_NAMES.get(form.value, form.value), form.value)
        self.year_spin = NoWheelSpinBox()
        today = services.ctx.today()
        self.year_spin.setRange(2000, today.year + 1)
        self.year_spin.setValue(today.year)
        self.period_combo = NoWheelComboBox()
        self.period_combo.setMinimumContentsLength(18)
        self.from_field = DateField()
        self.to_field = DateField()
        self.from_label = QLabel(vr.FROM_LABEL)
        self.to_label = QLabel(vr.TO_LABEL)
        self.show_button = QPushButton(vr.BTN_SHOW)
        self.show_button.setToolTip(vr.SHOW_TIP)
        self.show_button.setDefault(True)
        self.show_button.setMinimumWidth(80)
        self.periods: list[ReportPeriod] = []

        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            QLabel(vr.FORM_LABEL),
            self.form_combo,
            QLabel(vr.YEAR_LABEL),
            self.year_spin,
            QLabel(vr.PERIOD_LABEL),
            self.period_combo,
            self.from_label,
            self.from_field,
            self.to_label,
            self.to_field,
            self.show_button,
        ):
            self.row.addWidget(widget)
        self.year_spin.valueChanged.connect(self._fill_periods)
        self.period_combo.currentIndexChanged.connect(self._custom_toggled)
        self._fill_periods(today.year)

    def _fill_periods(self, year: int) -> None:
        previous = self.period_combo.currentData()
        previous_code = previous.split("-", 1)[-1] if isinstance(previous, str) and "-" in previous else None
        self.periods = list(self.services.reports.periods_of_year(year))
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in self.periods:
            self.period_combo.addItem(period.label, period.code)
        self.period_combo.addItem(vr.CUSTOM_PERIOD, CUSTOM)
        self.period_combo.blockSignals(False)
        index = self._default_index(previous_code, year)
        self.period_combo.setCurrentIndex(index)
        self._custom_toggled()

    def _default_index(self, previous_code: str | None, year: int) -> int:
        if previous_code:
            wanted = f"{year}-{previous_code}"
            for index, period in enumerate(self.periods):
                if period.code == wanted:
                    return index
        today = self.services.ctx.today()
        ended = [
            (period.last, index)
            for index, period in enumerate(self.periods)
            if "-Q" in period.code and period.last <= today
        ]
        return max(ended)[1] if ended else 0

    def _custom_toggled(self) -> None:
        custom = self.period_combo.currentData() == CUSTOM
        for widget in (self.from_label, self.from_field, self.to_label, self.to_field):
            widget.setVisible(custom)
        if custom and not self.from_field.text():
            period = self.periods[0] if self.periods else None
            if period is not None:
                self.from_field.set_date(period.first)
                self.to_field.set_date(self.services.ctx.today())

    def select(self, form: ReportForm, code: str) -> None:
        """Choose a form and a preset period by its code ("2026-Q1"); the year follows the code."""
        self.form_combo.setCurrentIndex(self.form_combo.findData(form.value))
        self.year_spin.setValue(int(code[:4]))
        index = self.period_combo.findData(code)
        if index < 0:
            raise ValueError(code)
        self.period_combo.setCurrentIndex(index)

    def choice(self) -> tuple[ReportForm, ReportPeriod]:
        """The chosen form and period; ValueError with a Vietnamese sentence when the range is not usable."""
        form = ReportForm(self.form_combo.currentData())
        code = self.period_combo.currentData()
        if code != CUSTOM:
            return form, self.periods[self.period_combo.currentIndex()]
        try:
            first, last = self.from_field.date_value(), self.to_field.date_value()
        except ValueError:
            raise ValueError(vr.BAD_DATES) from None
        if first is None or last is None:
            raise ValueError(vr.BAD_DATES)
        try:
            return form, self.services.reports.custom_period(first, last)
        except ValidationError as exc:
            raise ValueError(problem_text(exc)) from None
