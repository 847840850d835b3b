"""The statutory reports (TT 01/2024/TT-TTCP): periods, figures with their records, locking, narrative, series."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desk_app.domain.permissions import Action
from desk_app.domain.reports import periods as report_periods
from desk_app.domain.reports.columns import Total, Window
from desk_app.domain.reports.count import count
from desk_app.domain.reports.forms import definition
from desk_app.domain.reports.periods import PeriodCodeError, ReportSpan
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import vi_reports as vrep
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.office.service import OfficeService
from desk_app.services.permissions import require
from desk_app.services.reports import drill as report_drill
from desk_app.services.reports import facts as report_facts
from desk_app.services.reports import lock as report_lock
from desk_app.services.reports import narrative as report_narrative
from desk_app.services.reports import review as report_review
from desk_app.services.reports import series as report_series
from desk_app.services.reports.drill import DrillRow
from desk_app.services.reports.review import ReviewReport
from desk_app.services.reports.types import ColumnSpec, Drill, ReportForm, ReportPeriod, ReportResult

__all__ = ["DrillRow", "ReportService", "column_specs"]


def column_specs(form: ReportForm) -> tuple[ColumnSpec, ...]:
    """The columns of a form as the outputs draw them: number, heading path, and the parts of a total."""
    return tuple(
        ColumnSpec(c.number, c.headings, c.sum_of if isinstance(c, Total) else ())
        for c in definition(form).columns
    )


def _period(span: ReportSpan) -> ReportPeriod:
    return ReportPeriod(span.first, span.last, span.code, vrep.period_label(span))


class ReportService:
    def __init__(self, ctx: ServiceContext, *, calendar_months: bool | None = None) -> None:
        self._ctx = ctx
        self._calendar_months = calendar_months

    @property
    def calendar_months(self) -> bool:
        """Monthly reports over calendar months instead of the 15th-to-14th cut-offs (an office's choice).

        Unless given to the constructor, read from the office settings at each call: a change in Cài đặt
        applies at once.
        """
        if self._calendar_months is not None:
            return self._calendar_months
        return OfficeService(self._ctx).report_calendar_months()

    # Periods ------------------------------------------------------------------------------------------------
    def period(self, code: str) -> ReportPeriod:
        """ "2026-Q1", "2026-6T", "2026-9T", "2026", "2026-03" (DOMAIN §16.2) or "2026-01-01:2026-03-31"."""
        try:
            return _period(report_periods.parse(code, calendar_months=self.calendar_months))
        except PeriodCodeError as exc:
            raise ValidationError([FieldError("period", exc.code)]) from None

    def custom_period(self, first: dt.date, last: dt.date) -> ReportPeriod:
        try:
            return _period(report_periods.custom(first, last))
        except PeriodCodeError as exc:
            raise ValidationError([FieldError("period", exc.code)]) from None

    def periods_of_year(self, year: int) -> list[ReportPeriod]:
        return [_period(span) for span in report_periods.presets(year, calendar_months=self.calendar_months)]

    # Figures ------------------------------------------------------------------------------------------------
    def columns(self, form: ReportForm) -> tuple[ColumnSpec, ...]:
        return column_specs(ReportForm(form))

    def compute(self, form: ReportForm, period: ReportPeriod) -> ReportResult:
        """Today's figures; for a locked period the frozen ones, with today's differences as adjustments."""
        require(self._ctx, Action.VIEW_REPORTS)
        form = ReportForm(form)
        with self._ctx.db.read() as s:
            facts = report_facts.load(s, form, period.first, period.last)
            figures = count(definition(form), facts, Window(period.first, period.last))
            run = report_lock.live_run(s, form, period)
            result = ReportResult(
                form, period, definition(form).title, column_specs(form), figures.values, figures.drill
            )
            if run is None:
                return result
            old = report_lock.frozen(run)
        now = figures.values
        adjustments = {k: now.get(k, 0) - v for k, v in old.values.items() if now.get(k, 0) != v}
        return replace(
            result, values=old.values, drill=old.drill, locked_at=old.locked_at, locked_by=old.locked_by,
            adjustments=adjustments,
        )  # fmt: skip

    # Locking ------------------------------------------------------------------------------------------------
    def lock(self, result: ReportResult, note: str | None = None) -> ReportResult:
        """Freeze the figures as submitted (values and the records behind them); logged."""
        require(self._ctx, Action.WRITE_CASES)
        with self._ctx.db.write() as s, s.begin():
            run = report_lock.lock(s, self._ctx, result, note)
            locked_at, locked_by = run.locked_at, run.locked_by
        return replace(result, locked_at=locked_at, locked_by=locked_by, adjustments={})

    def unlock(self, form: ReportForm, period: ReportPeriod, reason: str) -> None:
        """A leader re-opens a locked report; the reason is required and logged."""
        require(self._ctx, Action.WRITE_CASES)
        with self._ctx.db.write() as s, s.begin():
            report_lock.unlock(s, self._ctx, ReportForm(form), period, reason)

    def is_locked(self, form: ReportForm, period: ReportPeriod) -> bool:
        with self._ctx.db.read() as s:
            return report_lock.live_run(s, ReportForm(form), period) is not None

    def log_export(self, result: ReportResult, file_name: str, file_format: str) -> None:
        """Every report file written is in the audit log: which form, which period, which format, which file."""
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.write() as s, s.begin():
            audit.record(
                s, self._ctx, "export", "report", 0,
                {"form": (None, result.form.value), "period": (None, result.period.code),
                 "format": (None, file_format), "columns": (None, len(result.columns))},
                file_name,
            )  # fmt: skip

    # Drill-down, narrative, charts ------------------------------------------------------------------------------
    def drill_rows(self, drill: Drill) -> list[DrillRow]:
        with self._ctx.db.read() as s:
            return report_drill.rows(s, self._ctx, drill)

    def narrative(self, period: ReportPeriod) -> str:
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.read() as s:
            return report_narrative.narrative(s, period)

    def review(self, period: ReportPeriod) -> ReviewReport:
        """TONG-HOP (DOMAIN §16.4): the review's figures and paragraphs for any span, years of history included."""
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.read() as s:
            return report_review.load(s, period.first, period.last)

    def monthly_series(self, period: ReportPeriod) -> list[tuple[str, int, int]]:
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.read() as s:
            return report_narrative.monthly_series(s, period, calendar_months=self.calendar_months)

    def field_series(self, period: ReportPeriod) -> list[tuple[str, int, int]]:
        """(subject field label, visits, petitions received) in the period, for the chart by field."""
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.read() as s:
            return report_series.field_series(s, period)

    def timeliness_series(self, period: ReportPeriod) -> list[tuple[str, int]]:
        """Petition deadlines falling in the period: (label, count) for on time, late, and still overdue."""
        require(self._ctx, Action.VIEW_REPORTS)
        with self._ctx.db.read() as s:
            return report_series.timeliness_series(s, period, self._ctx.today())
