"""Plain data of the statutory reports (DOMAIN §10, §16.1–16.2): the contract between the counting and the outputs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk_app.domain.reports.columns import Drill, DrillKind, ReportForm

__all__ = ["ColumnSpec", "Drill", "DrillKind", "ReportForm", "ReportPeriod", "ReportResult"]
# ReportForm, Drill and DrillKind are the service's vocabulary too: the ui, the command line and the documents
# name them from here, the form definitions (desk_app/domain/reports/) from the domain.


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Both days included. `code` is the command line's --period ("2026-Q1", "2026-6T", "2026", "2026-03") or
    "from:to" for a custom range; `label` the Vietnamese name ("Quý I năm 2026")."""

    first: dt.date
    last: dt.date
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of a form: its official number, its heading path from the top header row down, and its
    formula over other columns when it is a total (e.g. column 1 of 01/TCD = (4, 13, 22))."""

    number: int
    headings: tuple[str, ...]
    sum_of: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportResult:
    """A computed (or locked) report: the value of every column and the records behind each."""

    form: ReportForm
    period: ReportPeriod
    title: str
    columns: tuple[ColumnSpec, ...]
    values: dict[int, int]
    drill: dict[int, Drill] = field(default_factory=dict)
    locked_at: dt.datetime | None = None
    locked_by: str | None = None
    adjustments: dict[int, int] = field(default_factory=dict)
    """For a locked report: today's figure minus the locked one, per column where they differ."""

    def as_json(self) -> dict[str, object]:
        """The command line's JSON (DOMAIN §16.4): official column numbers as string keys."""
        return {
            "form": self.form.value,
            "from": self.period.first.isoformat(),
            "to": self.period.last.isoformat(),
            "columns": {str(n): self.values[n] for n in sorted(self.values)},
        }
