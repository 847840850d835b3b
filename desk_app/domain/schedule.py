"""The head's periodic reception calendar: recurrence rules and the sessions they generate (DOMAIN §2.3, §5.4)."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TypedDict, Unpack

from desk_app.domain.working_calendar import ONE_DAY, CalendarDay, SkippedRun, WorkingCalendar
from desk_app.errors import FieldError, ValidationError

LAST_WEEK = -1
"""In `RecurrenceRule.weeks`: the last such weekday of the month ("tuần cuối")."""


class RuleKind(StrEnum):
    """The shapes of a rule: days of the month, weekdays of given weeks of the month, weekdays of every week."""

    MONTH_DAYS = "MONTH_DAYS"
    MONTHLY_WEEKDAY = "MONTHLY_WEEKDAY"
    WEEKLY = "WEEKLY"


class PartOfDay(StrEnum):
    """Buổi: sáng, chiều or cả ngày."""

    SANG = "SANG"
    CHIEU = "CHIEU"
    CA_NGAY = "CA_NGAY"


class HolidayShift(StrEnum):
    """What to do with a nominal date that is not a working day (DOMAIN §2.3 `holiday_shift_policy`)."""

    NEXT_WORKING_DAY = "NEXT_WORKING_DAY"
    PREVIOUS_WORKING_DAY = "PREVIOUS_WORKING_DAY"
    MANUAL = "MANUAL"


DEFAULT_HOURS: dict[PartOfDay, tuple[dt.time, dt.time]] = {
    PartOfDay.SANG: (dt.time(7, 30), dt.time(11, 30)),
    PartOfDay.CHIEU: (dt.time(13, 30), dt.time(17, 0)),
    PartOfDay.CA_NGAY: (dt.time(7, 30), dt.time(17, 0)),
}
"""Usual office hours of a part of day; a rule's explicit times win."""


class RuleOptions(TypedDict, total=False):
    """The optional fields of a rule, for its named constructors."""

    part_of_day: PartOfDay | None
    start_time: dt.time | None
    end_time: dt.time | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    holiday_shift: HolidayShift


@dataclass(frozen=True, slots=True)
class RecurrenceRule:
    """A recurring reception rule: "ngày 05 và 20 hằng tháng", "thứ Năm tuần thứ 2 và 4", "thứ Năm hằng tuần".

    `weekdays` use Python's numbering (0 = thứ Hai … 6 = Chủ nhật). `weeks` are the ordinal of the weekday in
    the month (1 = the first Thursday of the month, …, 5; LAST_WEEK = the last one). Sorted, without repeats.
    """

    kind: RuleKind
    month_days: tuple[int, ...] = ()
    weekdays: tuple[int, ...] = ()
    weeks: tuple[int, ...] = ()
    part_of_day: PartOfDay | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    holiday_shift: HolidayShift = HolidayShift.NEXT_WORKING_DAY

    def __post_init__(self) -> None:
        errors = _check(self)
        if errors:
            raise ValidationError([FieldError(f, c) for f, c in errors])

    @classmethod
    def days_of_month(cls, *days: int, **options: Unpack[RuleOptions]) -> RecurrenceRule:
        """ "ngày 05 và 20 hằng tháng"."""
        return cls(RuleKind.MONTH_DAYS, month_days=tuple(sorted(set(days))), **options)

    @classmethod
    def weekday_of_weeks(cls, weekday: int, *weeks: int, **options: Unpack[RuleOptions]) -> RecurrenceRule:
        """ "thứ Năm tuần thứ 2 và 4" (LAST_WEEK for "tuần cuối")."""
        return cls(
            RuleKind.MONTHLY_WEEKDAY,
            weekdays=(weekday,),
            weeks=_sorted_weeks(weeks),
            **options,
        )

    @classmethod
    def every_week(cls, *weekdays: int, **options: Unpack[RuleOptions]) -> RecurrenceRule:
        """ "thứ Năm hằng tuần"."""
        return cls(RuleKind.WEEKLY, weekdays=tuple(sorted(set(weekdays))), **options)

    @property
    def hours(self) -> tuple[dt.time, dt.time] | None:
        """The session's start and end: the explicit times, else the usual hours of the part of day."""
        if self.start_time is not None and self.end_time is not None:
            return self.start_time, self.end_time
        if self.part_of_day is not None:
            start, end = DEFAULT_HOURS[self.part_of_day]
            return self.start_time or start, self.end_time or end
        return None


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """One generated session: `date` is where it is held, `nominal_date` where the rule put it.

    `shift_reason` says why the nominal date was not a working day (reason, holiday name); `blocked_by` is the
    calendar entry behind it (None for an ordinary weekend). `needs_manual` is set under the MANUAL policy: the
    session stays on its nominal date until a person picks one. `passed_over` lists working days the shift
    did not take because the same rule already had a session there.
    """

    date: dt.date
    nominal_date: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    shift_reason: SkippedRun | None = None
    blocked_by: CalendarDay | None = None
    needs_manual: bool = False
    passed_over: tuple[dt.date, ...] = ()

    @property
    def shifted(self) -> bool:
        return self.date != self.nominal_date

    @property
    def crosses_month(self) -> bool:
        """The shift moved the session into another month: it must be shown, never done silently."""
        return (self.date.year, self.date.month) != (self.nominal_date.year, self.nominal_date.month)


@dataclass(frozen=True, slots=True)
class MissingDay:
    """A day of the month the rule names that the month does not have (31/4, 30/2): no session that month."""

    year: int
    month: int
    day: int


def occurrences(rule: RecurrenceRule, start: dt.date, end: dt.date) -> list[dt.date]:
    """The nominal dates of `rule` from `start` to `end` inclusive, within its validity, sorted."""
    return sorted(d for d in _nominal(rule, start, end) if _valid(rule, d))


def missing_days(rule: RecurrenceRule, start: dt.date, end: dt.date) -> list[MissingDay]:
    """The days 29–31 the rule names in months that lack them, for months overlapping the window and validity."""
    if rule.kind is not RuleKind.MONTH_DAYS:
        return []
    lo, hi = _window(rule, start, end)
    found: list[MissingDay] = []
    for year, month in _months(lo, hi):
        last = _cal.monthrange(year, month)[1]
        found.extend(MissingDay(year, month, day) for day in rule.month_days if day > last)
    return found


def generate(
    rule: RecurrenceRule, start: dt.date, end: dt.date, calendar: WorkingCalendar
) -> list[PlannedSession]:
    """The sessions of `rule` whose nominal date is in [`start`, `end`], moved off days off by its policy, by date.

    A moved session never lands on a day that already holds a session of the same rule: it takes the next
    (or previous) free working day instead, and says which days it passed over.
    """
    nominal = occurrences(rule, start, end)
    taken = {d for d in nominal if calendar.is_working_day(d)}
    backward = rule.holiday_shift is HolidayShift.PREVIOUS_WORKING_DAY
    hours = rule.hours
    planned: dict[dt.date, PlannedSession] = {}
    for day in reversed(nominal) if backward else nominal:
        if day in taken:
            planned[day] = _session(day, day, hours)
            continue
        reason, blocked = calendar.skip_reason(day), calendar.day(day)
        if rule.holiday_shift is HolidayShift.MANUAL:
            planned[day] = _session(day, day, hours, reason, blocked, needs_manual=True)
            continue
        moved, passed = _shift(day, calendar, taken, backward)
        taken.add(moved)
        planned[day] = _session(moved, day, hours, reason, blocked, passed_over=passed)
    return sorted(planned.values(), key=lambda s: (s.date, s.nominal_date))


# internals ----------------------------------------------------------------------------------------------------
def _session(
    date: dt.date,
    nominal: dt.date,
    hours: tuple[dt.time, dt.time] | None,
    reason: SkippedRun | None = None,
    blocked: CalendarDay | None = None,
    *,
    needs_manual: bool = False,
    passed_over: tuple[dt.date, ...] = (),
) -> PlannedSession:
    start, end = hours if hours is not None else (None, None)
    return PlannedSession(date, nominal, start, end, reason, blocked, needs_manual, passed_over)


def _shift(
    day: dt.date, calendar: WorkingCalendar, taken: set[dt.date], backward: bool
) -> tuple[dt.date, tuple[dt.date, ...]]:
    step = -ONE_DAY if backward else ONE_DAY
    roll = calendar.previous_working_day if backward else calendar.next_working_day
    passed: list[dt.date] = []
    candidate = roll(day)
    while candidate in taken:
        passed.append(candidate)
        candidate = roll(candidate + step)
    return candidate, tuple(passed)


def _nominal(rule: RecurrenceRule, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    lo, hi = _window(rule, start, end)
    if lo > hi:
        return
    if rule.kind is RuleKind.WEEKLY:
        d = lo
        while d <= hi:
            if d.weekday() in rule.weekdays:
                yield d
            d += ONE_DAY
        return
    for year, month in _months(lo, hi):
        for d in _in_month(rule, year, month):
            if lo <= d <= hi:
                yield d


def _in_month(rule: RecurrenceRule, year: int, month: int) -> Iterator[dt.date]:
    last = _cal.monthrange(year, month)[1]
    if rule.kind is RuleKind.MONTH_DAYS:
        yield from (dt.date(year, month, day) for day in rule.month_days if day <= last)
        return
    for weekday in rule.weekdays:
        same = [
            dt.date(year, month, d)
            for d in range(1, last + 1)
            if dt.date(year, month, d).weekday() == weekday
        ]
        picked = {
            same[-1] if week == LAST_WEEK else same[week - 1] for week in rule.weeks if week <= len(same)
        }
        yield from sorted(picked)


def _window(rule: RecurrenceRule, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    lo = max(start, rule.valid_from) if rule.valid_from is not None else start
    hi = min(end, rule.valid_to) if rule.valid_to is not None else end
    return lo, hi


def _valid(rule: RecurrenceRule, d: dt.date) -> bool:
    return (rule.valid_from is None or rule.valid_from <= d) and (rule.valid_to is None or d <= rule.valid_to)


def _months(lo: dt.date, hi: dt.date) -> Iterator[tuple[int, int]]:
    year, month = lo.year, lo.month
    while (year, month) <= (hi.year, hi.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _sorted_weeks(weeks: tuple[int, ...]) -> tuple[int, ...]:
    """Ordinals first, then "tuần cuối" (LAST_WEEK)."""
    return tuple(sorted(set(weeks), key=lambda w: (w == LAST_WEEK, w)))


def _check(rule: RecurrenceRule) -> list[tuple[str, str]]:
    errors: list[tuple[str, str]] = []
    if rule.kind is RuleKind.MONTH_DAYS:
        if not rule.month_days or any(not 1 <= d <= 31 for d in rule.month_days):
            errors.append(("month_days", "invalid"))
        if rule.month_days != tuple(sorted(set(rule.month_days))):
            errors.append(("month_days", "unsorted"))
    else:
        if not rule.weekdays or any(not 0 <= d <= 6 for d in rule.weekdays):
            errors.append(("weekdays", "invalid"))
        if rule.weekdays != tuple(sorted(set(rule.weekdays))):
            errors.append(("weekdays", "unsorted"))
    if rule.kind is RuleKind.MONTHLY_WEEKDAY:
        if not rule.weeks or any(w != LAST_WEEK and not 1 <= w <= 5 for w in rule.weeks):
            errors.append(("weeks", "invalid"))
        if rule.weeks != _sorted_weeks(rule.weeks):
            errors.append(("weeks", "unsorted"))
    elif rule.weeks:
        errors.append(("weeks", "invalid"))
    if rule.kind is not RuleKind.MONTH_DAYS and rule.month_days:
        errors.append(("month_days", "invalid"))
    if rule.kind is RuleKind.MONTH_DAYS and rule.weekdays:
        errors.append(("weekdays", "invalid"))
    if rule.start_time is not None and rule.end_time is not None and rule.start_time >= rule.end_time:
        errors.append(("end_time", "before_start"))
    if rule.valid_from is not None and rule.valid_to is not None and rule.valid_from > rule.valid_to:
        errors.append(("valid_to", "before_start"))
    return errors
