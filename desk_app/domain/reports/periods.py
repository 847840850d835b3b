"""Report periods of TT 01/2024/TT-TTCP (DOMAIN §10.1, §16.2): codes to first and last day, 15th-to-14th cut-offs."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

CUTOFF_DAY: Final = 15
"""A report period starts on the 15th and ends on the 14th (TT 01/2024/TT-TTCP; the same in TT 02/2021)."""
FIRST_YEAR, LAST_YEAR = 1900, 9998


class PeriodKind(StrEnum):
    QUARTER = "QUARTER"
    SIX_MONTHS = "SIX_MONTHS"
    NINE_MONTHS = "NINE_MONTHS"
    YEAR = "YEAR"
    MONTH = "MONTH"
    CUSTOM = "CUSTOM"


class PeriodCodeError(ValueError):
    """A period code or range that means nothing: `code` is "invalid", "range" or "order"."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"{code}: {text}")
        self.code = code
        self.text = text


@dataclass(frozen=True, slots=True)
class ReportSpan:
    """A period: both days included; `number` is the quarter or month (0 for 6T, 9T, year and custom)."""

    kind: PeriodKind
    year: int
    number: int
    first: dt.date
    last: dt.date
    code: str


_CODE = re.compile(r"^(?P<year>\d{4})(?:-(?P<rest>Q[1-4]|6T|9T|\d{2}))?$")
_RANGE = re.compile(r"^(?P<first>\d{4}-\d{2}-\d{2}):(?P<last>\d{4}-\d{2}-\d{2})$")


def _cut(year: int, month: int) -> dt.date:
    """The last day of a period ending in `month` of `year`: the 14th."""
    return dt.date(year, month, CUTOFF_DAY - 1)


def _start(year: int, month: int) -> dt.date:
    """The first day of a period whose first full month is `month` of `year`: the 15th of the month before."""
    if month == 1:
        return dt.date(year - 1, 12, CUTOFF_DAY)
    return dt.date(year, month - 1, CUTOFF_DAY)


def quarter(year: int, number: int) -> ReportSpan:
    """Quý I = 15/12 of the previous year – 14/03, Quý II = 15/03 – 14/06, …"""
    end_month = 3 * number
    return ReportSpan(
        PeriodKind.QUARTER,
        year,
        number,
        _start(year, end_month - 2),
        _cut(year, end_month),
        f"{year}-Q{number}",
    )


def six_months(year: int) -> ReportSpan:
    return ReportSpan(PeriodKind.SIX_MONTHS, year, 0, _start(year, 1), _cut(year, 6), f"{year}-6T")


def nine_months(year: int) -> ReportSpan:
    return ReportSpan(PeriodKind.NINE_MONTHS, year, 0, _start(year, 1), _cut(year, 9), f"{year}-9T")


def whole_year(year: int) -> ReportSpan:
    return ReportSpan(PeriodKind.YEAR, year, 0, _start(year, 1), _cut(year, 12), f"{year}")


def month(year: int, number: int, *, calendar_months: bool = False) -> ReportSpan:
    """15th of the previous month – 14th of this one, or the calendar month when the office reports that way."""
    code = f"{year}-{number:02d}"
    if calendar_months:
        last = dt.date(year, number, _cal.monthrange(year, number)[1])
        return ReportSpan(PeriodKind.MONTH, year, number, dt.date(year, number, 1), last, code)
    return ReportSpan(PeriodKind.MONTH, year, number, _start(year, number), _cut(year, number), code)


def custom(first: dt.date, last: dt.date) -> ReportSpan:
    """Any range, both days included; code "YYYY-MM-DD:YYYY-MM-DD"."""
    if first > last:
        raise PeriodCodeError("order", f"{first.isoformat()}:{last.isoformat()}")
    return ReportSpan(PeriodKind.CUSTOM, last.year, 0, first, last, f"{first.isoformat()}:{last.isoformat()}")


def parse(code: str, *, calendar_months: bool = False) -> ReportSpan:
    """The period a code names: "2026-Q1", "2026-6T", "2026-9T", "2026", "2026-03" or "2026-01-01:2026-03-31"."""
    text = (code or "").strip().upper()
    ranged = _RANGE.match(text)
    if ranged:
        try:
            first = dt.date.fromisoformat(ranged["first"])
            last = dt.date.fromisoformat(ranged["last"])
        except ValueError:
            raise PeriodCodeError("invalid", code) from None
        return custom(first, last)
    match = _CODE.match(text)
    if not match:
        raise PeriodCodeError("invalid", code)
    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodCodeError("range", code)
    rest = match["rest"]
    if rest is None:
        return whole_year(year)
    if rest.startswith("Q"):
        return quarter(year, int(rest[1]))
    if rest == "6T":
        return six_months(year)
    if rest == "9T":
        return nine_months(year)
    number = int(rest)
    if not 1 <= number <= 12:
        raise PeriodCodeError("invalid", code)
    return month(year, number, calendar_months=calendar_months)


def presets(year: int, *, calendar_months: bool = False) -> list[ReportSpan]:
    """What the report screen offers for a year: the four quarters, 6 and 9 months, the year, then the months."""
    spans = [quarter(year, n) for n in range(1, 5)]
    spans += [six_months(year), nine_months(year), whole_year(year)]
    spans += [month(year, n, calendar_months=calendar_months) for n in range(1, 13)]
    return spans


def months_within(first: dt.date, last: dt.date, *, calendar_months: bool = False) -> list[ReportSpan]:
    """The report months that overlap [first, last], each clipped to the range (for the monthly chart)."""
    spans: list[ReportSpan] = []
    year, number = first.year, first.month
    if not calendar_months and first.day >= CUTOFF_DAY:
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    while True:
        span = month(year, number, calendar_months=calendar_months)
        if span.first > last:
            break
        spans.append(
            ReportSpan(
                span.kind, span.year, span.number, max(span.first, first), min(span.last, last), span.code
            )
        )
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return spans
