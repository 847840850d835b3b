"""The Báo cáo page: choose a form and a period, see the official table, drill into any number, export, lock."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.documents import report_files as outputs
from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Role
from desk_app.i18n import vi_reports_page as vr
from desk_app.i18n.formatting import fmt_date
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportForm, ReportPeriod, ReportResult
from desk_app.ui import dialogs
from desk_app.ui.pages.reports.chart import BarChart, ChartTabs
from desk_app.ui.pages.reports.controls import ReportControls, problem_text
from desk_app.ui.pages.reports.dialogs import DrillDialog, ReasonDialog
from desk_app.ui.pages.reports.printing import ReportPrint, Shown
from desk_app.ui.pages.reports.table import ReportTable
from desk_app.ui.pages.schedule.publish import ask_save_path
from desk_app.ui.preferences import scaled_font
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import NoticeLabel
from desk_app.ui.widgets.file_dialogs import Kind

T = TypeVar("T")
log = logging.getLogger(__name__)


class ReportsPage(QWidget):
    """`ask_confirm`, `ask_reason` and `save_path` are replaceable so that tests answer instead of a person."""

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.shown: Shown | None = None
        self.drill_dialog: DrillDialog | None = None
        self.last_saved: Path | None = None
        self.ask_confirm: Callable[[str], bool] = lambda text: dialogs.confirm(self, text)
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self.save_path: Callable[[str, str, str], Path | None] = lambda caption, name, filt: ask_save_path(
            self, caption, name, filt, Kind.REPORT
        )

        self.controls = ReportControls(services)
        self._calendar_months = services.reports.calendar_months
        self.controls.show_button.clicked.connect(self.compute)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the computation gives no steps
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.controls.row.addWidget(self.progress)
        self.controls.row.addStretch(1)

        self.notice = NoticeLabel()
        self.lock_label = NoticeLabel()
        self.title = QLabel(vr.EMPTY_HINT)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; color: #1a3f7a;")
        self.title.setFont(scaled_font(self.title.font(), 1.1))  # follows the font size setting
        self.table = ReportTable()
        self.table.on_value = self.drill
        self.table.hide()

        self.monthly_chart = BarChart(vr.CHART_MONTHLY)
        self.monthly_chart.empty_text = vr.CHART_NO_DATA
        self.chart_tabs = ChartTabs()
        self.breakdown_chart = self.chart_tabs.breakdown_chart
        self.narrative = QPlainTextEdit()
        self.narrative.setReadOnly(True)
        narrative_box = QVBoxLayout()
        narrative_label = QLabel(vr.NARRATIVE_LABEL)
        narrative_label.setWordWrap(True)  # one long line made the page wider than 1366×768 at 125 %
        narrative_box.addWidget(narrative_label)
        narrative_box.addWidget(self.narrative, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.monthly_chart, 4)
        bottom.addWidget(self.chart_tabs, 3)
        bottom.addLayout(narrative_box, 4)

        self.printing = ReportPrint(services, self, self.notice, self._run)
        self.printing.button.clicked.connect(lambda: self.printing.print_report(self.shown))
        self.pdf_button = QPushButton(vr.BTN_PDF)
        self.xlsx_button = QPushButton(vr.BTN_XLSX)
        self.csv_button = QPushButton(vr.BTN_CSV)
        self.copy_button = QPushButton(vr.BTN_COPY)
        self.lock_button = QPushButton(vr.BTN_LOCK)
        self.unlock_button = QPushButton(vr.BTN_UNLOCK)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.csv_button.clicked.connect(self.export_csv)
        self.copy_button.clicked.connect(self.copy_narrative)
        self.lock_button.clicked.connect(self.lock)
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        exports = (self.pdf_button, self.xlsx_button, self.csv_button, self.copy_button)
        self.output_buttons = (self.printing.button, *exports)
        for button in self.output_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 6)
        layout.addWidget(self.controls)
        layout.addWidget(self.notice)
        layout.addWidget(self.title)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.table)
        layout.addLayout(bottom, 1)
        layout.addLayout(buttons)
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        # The office may have switched its monthly cut-off in Cài đặt meanwhile: the month presets follow.
        super().showEvent(event)
        months = self.services.reports.calendar_months
        if months != self._calendar_months:
            self._calendar_months = months
            self.controls._fill_periods(self.controls.year_spin.value())

    # --- computing -------------------------------------------------------------------------------------------------
    def compute(self) -> None:
        """Compute the chosen form and period off the GUI thread; the busy bar shows meanwhile."""
        try:
            form, period = self.controls.choice()
        except ValueError as exc:
            self.notice.show_text(str(exc), "error")
            return
        reports = self.services.reports
        documents = self.services.documents

        def job() -> Shown:
            return Shown(
                reports.compute(form, period),
                reports.monthly_series(period),
                reports.narrative(period),
                documents.office_header(),
                reports.field_series(period),
                reports.timeliness_series(period),
            )

        self._run(job, self._show, vr.COMPUTING.format(form=form.value, label=period.label))

    def _show(self, shown: Shown) -> None:
        self.shown = shown
        result = shown.result
        period = result.period
        self.title.setText(f"{result.title}\n{vr.period_line(period.first, period.last)}")
        self.table.show_result(result, outputs.unit_name(shown.office))
        self.table.show()
        self.monthly_chart.set_data(
            [label for label, _, _ in shown.monthly],
            [[v for _, v, _ in shown.monthly], [p for _, _, p in shown.monthly]],
            [vr.CHART_VISITS, vr.CHART_PETITIONS],
        )
        bars = outputs.breakdown(result)
        self.breakdown_chart.title = vr.BREAKDOWN_TITLES.get(result.form.value, "")
        self.breakdown_chart.set_data([label for label, _ in bars], [[value for _, value in bars]])
        self.chart_tabs.show_series(shown.by_field, shown.timeliness)
        self.narrative.setPlainText(shown.narrative)
        self.notice.show_text(
            vr.SHOWN.format(
                form=result.form.value,
                label=period.label,
                first=fmt_date(period.first),
                last=fmt_date(period.last),
            ),
            "info",
        )
        self._show_lock()
        self._enable()

    def _show_lock(self) -> None:
        result = self.shown.result if self.shown else None
        if result is None:
            self.lock_label.clear_text()
        elif result.locked_at is not None:
            text = vr.LOCKED.format(date=fmt_date(result.locked_at.date()), who=result.locked_by or "")
            if result.adjustments:
                text += vr.LOCKED_ADJUSTED.format(count=len(result.adjustments))
            self.lock_label.show_text(text, "warn" if result.adjustments else "ok")
        else:
            self.lock_label.show_text(vr.NOT_LOCKED, "info")

    def _enable(self) -> None:
        has = self.shown is not None
        locked = has and self.shown is not None and self.shown.result.locked_at is not None
        for button in self.output_buttons:
            button.setEnabled(has)
        self.lock_button.setEnabled(has and not locked)
        leader = Role.LANH_DAO in self.services.ctx.actor.roles
        self.unlock_button.setVisible(bool(locked))
        self.unlock_button.setEnabled(bool(locked) and leader)
        self.unlock_button.setToolTip("" if leader else vr.UNLOCK_LEADER_TIP)

    # --- drill-down ------------------------------------------------------------------------------------------------
    def drill(self, number: int) -> None:
        """Open the list of records behind column `number`."""
        if self.shown is None:
            return
        result = self.shown.result
        drill = result.drill[number]
        column = next(c for c in result.columns if c.number == number)
        reports = self.services.reports

        def opened(rows: Any) -> None:
            self.drill_dialog = DrillDialog(column, result.values.get(number, 0), drill.kind, rows, self)
            self.drill_dialog.show()

        self.tasks.op(lambda: reports.drill_rows(drill)).success(opened).failure(self._failed).run()

    # --- narrative -------------------------------------------------------------------------------------------------
    def copy_narrative(self) -> None:
        QGuiApplication.clipboard().setText(self.narrative.toPlainText())
        self.notice.show_text(vr.NARRATIVE_COPIED, "ok")

    # --- exports ---------------------------------------------------------------------------------------------------
    def _file_name(self, suffix: str) -> str:
        assert self.shown is not None
        result = self.shown.result
        return f"Bieu-{result.form.value.replace('/', '-')}-{result.period.code.replace(':', '_')}.{suffix}"

    def export_pdf(self) -> None:
        if self.shown is None:
            return
        path = self.save_path(vr.SAVE_PDF, self._file_name("pdf"), vr.FILTER_PDF)
        if path is None:
            return
        shown = self.shown
        services = self.services

        def job() -> Path:
            pdf = outputs.report_pdf(
                shown.result, shown.office, path, **outputs.signing(services),
                monthly=shown.monthly, by_field=shown.by_field, timeliness=shown.timeliness,
            )  # fmt: skip
            services.documents.keep(None, DocumentKind.REPORT, pdf)
            services.reports.log_export(shown.result, path.name, "pdf")
            return path

        self._run(
            job,
            lambda saved: self._saved(saved, vr.WHAT_PDF, kept=True),
            vr.EXPORTING.format(what=vr.WHAT_PDF),
        )

    def export_xlsx(self) -> None:
        if self.shown is None:
            return
        path = self.save_path(vr.SAVE_XLSX, self._file_name("xlsx"), vr.FILTER_XLSX)
        if path is None:
            return
        shown = self.shown
        services = self.services

        def job() -> Path:
            written = outputs.report_xlsx(shown.result, shown.office, path, **outputs.signing(services))
            services.reports.log_export(shown.result, path.name, "xlsx")
            return written

        self._run(
            job,
            lambda saved: self._saved(saved, vr.WHAT_XLSX),
            vr.EXPORTING.format(what=vr.WHAT_XLSX),
        )

    def export_csv(self) -> None:
        if self.shown is None:
            return
        path = self.save_path(vr.SAVE_CSV, self._file_name("csv"), vr.FILTER_CSV)
        if path is None:
            return
        result = self.shown.result
        reports = self.services.reports

        def job() -> Path:
            written = outputs.report_csv(result, path)
            reports.log_export(result, path.name, "csv")
            return written

        self._run(
            job,
            lambda saved: self._saved(saved, vr.WHAT_CSV),
            vr.EXPORTING.format(what=vr.WHAT_CSV),
        )

    def _saved(self, path: Path, what: str, kept: bool = False) -> None:
        self.last_saved = path
        template = vr.EXPORTED_KEPT if kept else vr.EXPORTED
        self.notice.show_text(template.format(what=what, path=path), "ok")

    # --- locking ---------------------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.shown is None or self.shown.result.locked_at is not None:
            return
        result = self.shown.result
        label = result.period.label
        if not self.ask_confirm(vr.LOCK_CONFIRM.format(form=result.form.value, label=label)):
            return
        reports = self.services.reports

        def locked(new: ReportResult) -> None:
            assert self.shown is not None
            self._show(replace(self.shown, result=new))
            self.notice.show_text(vr.LOCK_DONE.format(form=new.form.value, label=label), "ok")

        self._run(lambda: reports.lock(result), locked, None)

    def unlock(self) -> None:
        if self.shown is None or self.shown.result.locked_at is None:
            return
        result = self.shown.result
        form, period = result.form, result.period
        reason = self.ask_reason(vr.UNLOCK_PROMPT.format(form=form.value, label=period.label))
        if not reason:
            return
        reports = self.services.reports

        def job() -> ReportResult:
            reports.unlock(form, period, reason)
            return reports.compute(form, period)

        def unlocked(new: ReportResult) -> None:
            assert self.shown is not None
            self._show(replace(self.shown, result=new))
            self.notice.show_text(vr.UNLOCK_DONE.format(form=form.value, label=period.label), "ok")

        self._run(job, unlocked, None)

    def _ask_reason(self, prompt: str) -> str | None:
        dialog = ReasonDialog(prompt, self)
        return dialog.reason() if dialog.exec() else None

    # --- plumbing --------------------------------------------------------------------------------------------------
    def _run(self, job: Callable[[], T], done: Callable[[T], None], busy_text: str | None) -> None:
        self.progress.show()
        self.controls.show_button.setEnabled(False)
        if busy_text:
            self.notice.show_text(busy_text, "info")

        def finished(value: T) -> None:
            self._idle()
            done(value)

        def failed(exc: Exception) -> None:
            self._idle()
            self._failed(exc)

        self.tasks.op(job).success(finished).failure(failed).run()

    def _idle(self) -> None:
        self.progress.hide()
        self.controls.show_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        log.warning("report action failed", exc_info=exc)
        self.notice.show_text(vr.FAILED.format(reason=problem_text(exc)), "error")

    def current_period(self) -> ReportPeriod | None:
        return self.shown.result.period if self.shown else None

    def current_form(self) -> ReportForm | None:
        return self.shown.result.form if self.shown else None

    def today(self) -> dt.date:
        return self.services.ctx.today()
