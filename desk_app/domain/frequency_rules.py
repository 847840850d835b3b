"""The legal minimum frequency of the head's own periodic reception, as dated data (DOMAIN §2.2)."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desk_app.domain.enums import OfficeKind
from desk_app.domain.working_calendar import WorkingCalendar

LTCD_IN_FORCE = dt.date(2014, 7, 1)
BASELINE_2026 = dt.date(2026, 7, 1)

_LTCD = "Luật Tiếp công dân số 42/2013/QH13"
_LTCD_136 = f"{_LTCD}, sửa đổi, bổ sung bởi Luật số 136/2025/QH15"
_ND154 = "Nghị định số 154/2026/NĐ-CP"


class FrequencyUnit(StrEnum):
    """What the minimum counts: days in a calendar month, or weeks with at least one session."""

    PER_MONTH = "PER_MONTH"
    PER_WEEK = "PER_WEEK"


@dataclass(frozen=True, slots=True)
class FrequencyRule:
    """One version of a minimum: `min_days` days per `unit`; a later `effective_from` replaces it.

    `tag` is how well DOMAIN §2.2 could confirm it: "V" verified, "S" secondary source, "U" unverified.
    """

    office_kind: OfficeKind
    min_days: int
    unit: FrequencyUnit
    legal_basis: str
    effective_from: dt.date
    tag: str


class MonthShortfall(NamedTuple):
    """A month below the minimum: `held` and `required` are days (PER_MONTH) or weeks (PER_WEEK)."""

    year: int
    month: int
    held: int
    required: int
    unit: FrequencyUnit = FrequencyUnit.PER_MONTH


M, W = FrequencyUnit.PER_MONTH, FrequencyUnit.PER_WEEK

FREQUENCY_RULES: Sequence[FrequencyRule] = (
    # Chủ tịch UBND cấp xã: 1 day a week under the 2013 text, 2 days a month from 01/7/2026.
    FrequencyRule(OfficeKind.UBND_XA, 1, W, f"Điều 15 {_LTCD}", LTCD_IN_FORCE, "V"),
    FrequencyRule(OfficeKind.UBND_XA, 2, M, f"Điều 15 {_LTCD_136}", BASELINE_2026, "S"),
    FrequencyRule(OfficeKind.UBND_TINH, 1, M, f"khoản 5 Điều 12 {_LTCD}", LTCD_IN_FORCE, "V"),
    FrequencyRule(OfficeKind.SO, 1, M, f"khoản 2 Điều 18 {_LTCD}", LTCD_IN_FORCE, "V"),
    FrequencyRule(OfficeKind.DON_VI_SU_NGHIEP, 1, M, f"khoản 2 Điều 10 {_ND154}", BASELINE_2026, "V"),
    # Any other administrative agency: its head, like a Giám đốc Sở (LTCD Điều 18.2).
    FrequencyRule(OfficeKind.KHAC, 1, M, f"khoản 2 Điều 18 {_LTCD}", LTCD_IN_FORCE, "V"),
)


def minimum_for(kind: OfficeKind, on: dt.date) -> FrequencyRule | None:
    """The minimum in force for `kind` on a date (the latest effective one); None before any rule."""
    candidates = [r for r in FREQUENCY_RULES if r.office_kind == kind and r.effective_from <= on]
    return max(candidates, key=lambda r: r.effective_from) if candidates else None


def months_below_minimum(
    kind: OfficeKind,
    session_dates: Iterable[dt.date],
    year: int,
    *,
    calendar: WorkingCalendar | None = None,
    through: dt.date | None = None,
) -> list[MonthShortfall]:
    """The months of `year` whose held sessions fall short of the minimum in force on the month's first day.

    A weekly rule counts the Monday–Sunday weeks assigned to the month by their Thursday (as ISO weeks are);
    a week counts up to `min_days` of its session days. With `calendar`, a week without any working day
    (a Tết week) is not required. Months starting after `through` are left out (not yet due).
    """
    held_days = frozenset(session_dates)
    result: list[MonthShortfall] = []
    for month in range(1, 13):
        first = dt.date(year, month, 1)
        if through is not None and first > through:
            break
        rule = minimum_for(kind, first)
        if rule is None:
            continue
        if rule.unit is FrequencyUnit.PER_WEEK:
            weeks = [
                w for w in _weeks_of_month(year, month) if calendar is None or _has_working_day(w, calendar)
            ]
            held = sum(min(rule.min_days, sum(1 for d in _week(w) if d in held_days)) for w in weeks)
            required = len(weeks) * rule.min_days
        else:
            held = sum(1 for d in held_days if (d.year, d.month) == (year, month))
            required = rule.min_days
        if held < required:
            result.append(MonthShortfall(year, month, held, required, rule.unit))
    return result


def _weeks_of_month(year: int, month: int) -> list[dt.date]:
    """The Mondays of the weeks whose Thursday falls in the month."""
    last = _cal.monthrange(year, month)[1]
    thursdays = [
        dt.date(year, month, d) for d in range(1, last + 1) if dt.date(year, month, d).weekday() == 3
    ]
    return [t - dt.timedelta(days=3) for t in thursdays]


def _week(monday: dt.date) -> list[dt.date]:
    return [monday + dt.timedelta(days=i) for i in range(7)]


def _has_working_day(monday: dt.date, calendar: WorkingCalendar) -> bool:
    return any(calendar.is_working_day(d) for d in _week(monday) if calendar.covers(d.year))
