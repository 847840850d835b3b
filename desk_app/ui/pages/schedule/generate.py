"""Choosing a month, quarter or year, generating its sessions from the rules, and the report of what happened."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date
from desk_app.services.schedule.types import GenerationReport, Period, PeriodKind
from desk_app.ui.pages.schedule.day import time_text, weekday_title
from desk_app.ui.pages.schedule.forms import width_strut
from desk_app.ui.pages.schedule.list_view import period_label
from desk_app.ui.widgets.fields import NoticeLabel, NoWheelComboBox, NoWheelSpinBox

_KIND_LABELS = {
    PeriodKind.MONTH: vsched.GEN_KIND_MONTH,
    PeriodKind.QUARTER: vsched.GEN_KIND_QUARTER,
    PeriodKind.YEAR: vsched.GEN_KIND_YEAR,
}


class PeriodPicker(QWidget):
    """(•) Tháng ( ) Quý ( ) Cả năm · Năm [2026] · [Tháng 12 ▾]."""

    def __init__(
        self, kinds: Sequence[PeriodKind], year: int, month: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.radios: dict[PeriodKind, QRadioButton] = {}
        group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for kind in kinds:
            radio = QRadioButton(_KIND_LABELS[kind])
            radio.setObjectName(f"calendarPeriod_{kind.value}")
            group.addButton(radio)
            self.radios[kind] = radio
            layout.addWidget(radio)
        layout.addSpacing(12)
        year_label = QLabel(vsched.GEN_YEAR)
        self.year = NoWheelSpinBox()
        self.year.setObjectName("calendarPeriodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        year_label.setBuddy(self.year)
        self.number = NoWheelComboBox()
        self.number.setObjectName("calendarPeriodNumber")
        self.number.setMinimumContentsLength(8)
        layout.addWidget(year_label)
        layout.addWidget(self.year)
        layout.addWidget(self.number)
        layout.addStretch(1)
        self._month = month
        next(iter(self.radios.values())).setChecked(True)
        group.buttonToggled.connect(self._toggled)
        self._fill_numbers()

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._fill_numbers()

    def kind(self) -> PeriodKind:
        return next(kind for kind, radio in self.radios.items() if radio.isChecked())

    def set_kind(self, kind: PeriodKind) -> None:
        self.radios[kind].setChecked(True)

    def _fill_numbers(self) -> None:
        kind = self.kind()
        self.number.clear()
        if kind is PeriodKind.MONTH:
            for n in range(1, 13):
                self.number.addItem(vsched.GEN_NUMBER_MONTH.format(n=n), n)
            self.number.setCurrentIndex(self._month - 1)
        elif kind is PeriodKind.QUARTER:
            for n in range(1, 5):
                self.number.addItem(vsched.GEN_NUMBER_QUARTER.format(n=n), n)
            self.number.setCurrentIndex((self._month - 1) // 3)
        self.number.setVisible(kind is not PeriodKind.YEAR)

    def period(self) -> Period:
        kind = self.kind()
        number = self.number.currentData() if kind is not PeriodKind.YEAR else 1
        return Period(kind, self.year.value(), int(number or 1))


class GenerateDialog(QDialog):
    """Pick the period; `chosen(Period)` when the officer presses Tạo lịch."""

    chosen = Signal(object)

    def __init__(self, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vsched.GENERATE_TITLE)
        self.picker = PeriodPicker((PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR), year, month)
        self.notice = NoticeLabel()
        buttons = QDialogButtonBox()
        self.run_button = buttons.addButton(vsched.GEN_RUN, QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("calendarGenerateRun")
        self.run_button.setDefault(True)
        buttons.addButton(vsched.CANCEL, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        caption = QLabel(vsched.GEN_PERIOD)
        caption.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        # the dialog grows when an error or a result line appears, instead of squeezing its text
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(width_strut(560))
        layout.addWidget(caption)
        layout.addWidget(self.picker)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.chosen.emit(self.picker.period())
        super().accept()


def report_html(report: GenerationReport) -> str:
    """The report as short sections: created, moved with reasons, manual, missing, below the minimum."""
    parts: list[str] = []

    def section(title: str, lines: Sequence[str], color: str) -> None:
        if not lines:
            return
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        parts.append(
            f"<p style='margin-bottom:2px; color:{color};'><b>{html.escape(title)}</b></p><ul>{items}</ul>"
        )

    created = [
        vsched.REPORT_CREATED_LINE.format(
            weekday=weekday_title(s.date), date=fmt_date(s.date), time=time_text(s), name=s.presided_by_name
        )
        for s in report.created
    ]
    headline = (
        vsched.REPORT_CREATED.format(count=len(report.created)) if created else vsched.REPORT_NONE_CREATED
    )
    parts.append(f"<p><b>{html.escape(headline)}</b></p>")
    if report.already_planned:
        parts.append(f"<p>{html.escape(vsched.REPORT_ALREADY.format(count=report.already_planned))}</p>")
    section(vsched.REPORT_MOVED.format(count=len(report.moved)), [m.reason for m in report.moved], "#7a4a00")
    section(vsched.REPORT_MANUAL.format(count=len(report.needs_manual)), report.needs_manual, "#9b1c14")
    section(vsched.REPORT_MISSING.format(count=len(report.missing)), report.missing, "#555555")
    if report.skipped_past:
        # One wrapped line of dates: a year generated in November skips twenty days, not worth a list.
        days = vsched.REPORT_PAST_DAYS.format(days=", ".join(fmt_date(day) for day in report.skipped_past))
        title = vsched.REPORT_PAST.format(count=len(report.skipped_past))
        parts.append(
            f"<p style='margin-bottom:2px; color:#555555;'><b>{html.escape(title)}</b></p>"
            f"<p style='color:#555555;'>{html.escape(days)} {html.escape(vsched.REPORT_PAST_HINT)}</p>"
        )
    section(vsched.REPORT_BELOW.format(count=len(report.below_minimum)), report.below_minimum, "#9b1c14")
    if created:
        section(vsched.REPORT_CREATED_LIST.format(count=len(created)), created, "#1e5631")
    return "".join(parts)


class ReportDialog(QDialog):
    """What generating did, to read before publishing."""

    def __init__(self, period: Period, report: GenerationReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(vsched.REPORT_TITLE.format(period=period_label(period)))
        self.resize(760, 520)
        self.report = report
        self.browser = QTextBrowser()
        self.browser.setObjectName("calendarReport")
        self.browser.setHtml(report_html(report))
        buttons = QDialogButtonBox()
        close = buttons.addButton(vsched.CLOSE, QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.browser.toPlainText()
