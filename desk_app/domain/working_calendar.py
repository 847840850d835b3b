"""The working calendar: days off, make-up Saturdays, and counting working or calendar days (DOMAIN §8, §12)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from desk_app.errors import DeskError

ONE_DAY = dt.timedelta(days=1)
WEEKEND: frozenset[int] = frozenset({5, 6})
"""Saturday and Sunday: the weekly rest of state agencies (DOMAIN §12.1)."""

FIRST_YEAR = 2000
"""The first year whose days off a self-extending calendar computes; earlier dates are refused (DOMAIN §12)."""

# No legal time limit spans more than a few months; a walk this long means the calendar has no working day.
_MAX_STEPS = 3660


class DayKind(StrEnum):
    """The kinds of a calendar_day row (DOMAIN §5.16)."""

    NGHI_LE = "NGHI_LE"
    NGHI_BU = "NGHI_BU"
    NGHI_HOAN_DOI = "NGHI_HOAN_DOI"
    LAM_BU = "LAM_BU"


class DaySource(StrEnum):
    """Where a calendar day comes from; a later source overrides an earlier one on the same date."""

    LIBRARY = "holidays-lib"
    BUILTIN = "builtin"
    MANUAL = "manual"


class DayType(StrEnum):
    """How a time limit is counted (DOMAIN §16.5): working days, or calendar days rolled past days off."""

    WORKING = "WORKING"
    CALENDAR = "CALENDAR"


class SkipReason(StrEnum):
    """Why a day was not a working day."""

    WEEKEND = "WEEKEND"
    NGHI_LE = "NGHI_LE"
    NGHI_BU = "NGHI_BU"
    NGHI_HOAN_DOI = "NGHI_HOAN_DOI"


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """One exception to the Monday-to-Friday week: a day off, or a Saturday made a working day.

    `name_vi` is the holiday as the law names it ("Tết Nguyên Đán" for every day of Tết); `detail_vi` keeps the
    source's own label ("Mùng hai Tết Nguyên Đán"). `replaces` is the other half of a swap or the holiday a nghỉ
    bù makes up for.
    """

    date: dt.date
    kind: DayKind
    name_vi: str
    legal_ref: str | None = None
    replaces: dt.date | None = None
    source: DaySource = DaySource.MANUAL
    detail_vi: str | None = None
    estimated: bool = False

    @property
    def is_day_off(self) -> bool:
        return self.kind is not DayKind.LAM_BU


YearLoader = Callable[[int], Iterable[CalendarDay]]
"""The days of one year, library days first and the office's own entries last (a later entry wins its date)."""


@dataclass(frozen=True, slots=True)
class SkippedRun:
    """Consecutive days passed over for the same reason (and the same holiday)."""

    start: dt.date
    end: dt.date
    reason: SkipReason
    name_vi: str | None = None
    replaces: dt.date | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> Iterator[dt.date]:
        return _date_range(self.start, self.end)


@dataclass(frozen=True, slots=True)
class Due:
    """A computed due date and what the count went through, for the one-line explanation.

    `nominal` is the day reached by counting alone: the same as `due` for working days; for calendar days the
    last day before the roll to a working day. `skipped` lists every non-working day passed over (for working
    days: those strictly between `start` and `due`; for calendar days: those from `nominal` up to `due`).
    `make_up_days` are the make-up Saturdays that were counted as working days.
    """

    due: dt.date
    start: dt.date
    length: int
    day_type: DayType
    backward: bool
    nominal: dt.date
    skipped: tuple[SkippedRun, ...] = ()
    make_up_days: tuple[dt.date, ...] = ()

    @property
    def rolled(self) -> bool:
        return self.nominal != self.due

    def notable_skipped(self) -> tuple[SkippedRun, ...]:
        """The runs worth naming: an ordinary weekend is implied by "working days" and is left out, but a weekend
        that joins a holiday break is kept so the reader sees the whole break; a calendar-day roll keeps all."""
        if self.day_type is DayType.CALENDAR:
            return self.skipped
        kept: list[SkippedRun] = []
        for block in _blocks(self.skipped):
            if any(run.reason is not SkipReason.WEEKEND for run in block):
                kept.extend(block)
        return tuple(kept)


class CalendarNotLoadedError(DeskError):
    """A count reached a year whose days off were not loaded, so its result could be wrong."""

    def __init__(self, year: int) -> None:
        super().__init__(f"calendar.not_loaded:{year}")
        self.year = year


class CalendarBeforeFirstYearError(CalendarNotLoadedError):
    """A count reached a year before FIRST_YEAR: the app keeps no days off that early."""

    def __init__(self, year: int) -> None:
        super(CalendarNotLoadedError, self).__init__(f"calendar.before_first_year:{year}")
        self.year = year


class WorkingCalendar:
    """Working days: Monday to Friday, minus the days off, plus the make-up Saturdays (DOMAIN §12.2).

    Later entries for the same date replace earlier ones, so pass library days first and manual overrides last.
    With `years`, a count that reaches another year raises CalendarNotLoadedError instead of guessing. With a
    `loader` as well, a year from FIRST_YEAR on is loaded the first time a count reaches it (once, under a lock, so
    worker threads may share the calendar); a year before FIRST_YEAR raises CalendarBeforeFirstYearError.
    """

    def __init__(
        self,
        days: Iterable[CalendarDay] = (),
        *,
        years: Iterable[int] | None = None,
        loader: YearLoader | None = None,
    ) -> None:
        self._days: dict[dt.date, CalendarDay] = {}
        for day in days:
            self._days[day.date] = day
        self._loader = loader
        self._lock = threading.Lock()
        if years is None and loader is not None:
            years = ()
        self._years = frozenset(years) if years is not None else None

    @property
    def days(self) -> tuple[CalendarDay, ...]:
        """The days of the years loaded so far."""
        days = dict(self._days)
        return tuple(days[d] for d in sorted(days))

    @property
    def years(self) -> frozenset[int] | None:
        """The years loaded so far; None for a calendar that counts any year with the days it was given."""
        return self._years

    @property
    def extends(self) -> bool:
        """Whether the calendar loads a missing year itself."""
        return self._loader is not None

    def covers(self, year: int) -> bool:
        """Whether a count may reach `year`: loaded, loadable, or a calendar without limits."""
        if self._years is None or year in self._years:
            return True
        return self._loader is not None and year >= FIRST_YEAR

    def load_years(self, years: Iterable[int]) -> None:
        """Load `years` now (those from FIRST_YEAR on), e.g. before listing `days`; a no-op without a loader."""
        if self._loader is None or self._years is None:
            return
        for year in years:
            if year >= FIRST_YEAR and year not in self._years:
                self._load(year)

    def day(self, d: dt.date) -> CalendarDay | None:
        """The entry on `d`, loading its year when the calendar can (None for an ordinary day or a year it lacks)."""
        self.load_years([d.year])
        return self._days.get(d)

    def is_working_day(self, d: dt.date) -> bool:
        self._require(d)
        entry = self._days.get(d)
        if entry is not None:
            return not entry.is_day_off
        return d.weekday() not in WEEKEND

    def is_make_up_day(self, d: dt.date) -> bool:
        """A Saturday or Sunday that the government made a working day."""
        self.load_years([d.year])
        entry = self._days.get(d)
        return entry is not None and not entry.is_day_off and d.weekday() in WEEKEND

    def skip_reason(self, d: dt.date) -> SkippedRun | None:
        """Why `d` is not a working day, as a one-day run; None for a working day."""
        if self.is_working_day(d):
            return None
        entry = self._days.get(d)
        if entry is None:
            return SkippedRun(d, d, SkipReason.WEEKEND)
        return SkippedRun(d, d, SkipReason(entry.kind.value), entry.name_vi, entry.replaces)

    def next_working_day(self, d: dt.date) -> dt.date:
        """`d` itself when it is a working day, else the first working day after it."""
        return self._roll(d, ONE_DAY)

    def previous_working_day(self, d: dt.date) -> dt.date:
        """`d` itself when it is a working day, else the last working day before it."""
        return self._roll(d, -ONE_DAY)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """The working days after `start` up to and including `end` (0 when `end` <= `start`)."""
        return sum(1 for d in _date_range(start + ONE_DAY, end) if self.is_working_day(d))

    def add_working_days(self, start: dt.date, n: int) -> Due:
        """The n-th working day after `start`, counting from the day after it (start itself never counts)."""
        return self._count_working(start, n, ONE_DAY)

    def subtract_working_days(self, end: dt.date, n: int) -> Due:
        """The latest day that is n working days before `end` ("at least n working days before")."""
        return self._count_working(end, n, -ONE_DAY)

    def add_calendar_days(self, start: dt.date, n: int) -> Due:
        """`start` + n days; when that last day is not a working day, the next working day (BLDS Điều 148)."""
        return self._count_calendar(start, n, ONE_DAY)

    def subtract_calendar_days(self, end: dt.date, n: int) -> Due:
        """`end` - n days, moved back to the previous working day when it is not one (the act must come earlier)."""
        return self._count_calendar(end, n, -ONE_DAY)

    # internals --------------------------------------------------------------------------------------------
    def _require(self, d: dt.date) -> None:
        if self._years is None or d.year in self._years:
            return
        if self._loader is None:
            raise CalendarNotLoadedError(d.year)
        if d.year < FIRST_YEAR:
            raise CalendarBeforeFirstYearError(d.year)
        self._load(d.year)

    def _load(self, year: int) -> None:
        loader = self._loader
        assert loader is not None and self._years is not None
        if year in self._years:
            return
        with self._lock:
            if year in self._years:
                return
            # The year's own days override nothing of another year (a swap's other half stays with its year).
            loaded = {day.date: day for day in loader(year) if day.date.year == year}
            self._days.update(loaded)
            # Published last: a reader that sees the year also sees its days.
            self._years = self._years | {year}

    def _roll(self, d: dt.date, step: dt.timedelta) -> dt.date:
        for _ in range(_MAX_STEPS):
            if self.is_working_day(d):
                return d
            d += step
        raise ValueError("no working day in reach")

    def _count_working(self, origin: dt.date, n: int, step: dt.timedelta) -> Due:
        _check_length(n)
        counted, d = 0, origin
        passed: list[dt.date] = []
        make_up: list[dt.date] = []
        while counted < n:
            if len(passed) > _MAX_STEPS:
                raise ValueError("no working day in reach")
            d += step
            if self.is_working_day(d):
                counted += 1
                if self.is_make_up_day(d):
                    make_up.append(d)
            else:
                passed.append(d)
        backward = step < dt.timedelta(0)
        return Due(
            due=d,
            start=origin,
            length=n,
            day_type=DayType.WORKING,
            backward=backward,
            nominal=d,
            skipped=self._runs(sorted(passed)),
            make_up_days=tuple(sorted(make_up)),
        )

    def _count_calendar(self, origin: dt.date, n: int, step: dt.timedelta) -> Due:
        _check_length(n)
        nominal = origin + step * n
        due = self._roll(nominal, step)
        lo, hi = (nominal, due - step) if step > dt.timedelta(0) else (due - step, nominal)
        passed = list(_date_range(lo, hi)) if due != nominal else []
        return Due(
            due=due,
            start=origin,
            length=n,
            day_type=DayType.CALENDAR,
            backward=step < dt.timedelta(0),
            nominal=nominal,
            skipped=self._runs(passed),
        )

    def _runs(self, dates: list[dt.date]) -> tuple[SkippedRun, ...]:
        runs: list[SkippedRun] = []
        for d in dates:
            one = self.skip_reason(d)
            if one is None:  # pragma: no cover - callers pass non-working days only
                continue
            last = runs[-1] if runs else None
            if (
                last is not None
                and last.end + ONE_DAY == d
                and (last.reason, last.name_vi, last.replaces) == (one.reason, one.name_vi, one.replaces)
            ):
                runs[-1] = SkippedRun(last.start, d, last.reason, last.name_vi, last.replaces)
            else:
                runs.append(one)
        return tuple(runs)


def _check_length(n: int) -> None:
    if n < 0:
        raise ValueError(f"a time limit cannot be negative: {n}")


def _date_range(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    d = first
    while d <= last:
        yield d
        d += ONE_DAY


def _blocks(runs: tuple[SkippedRun, ...]) -> Iterator[list[SkippedRun]]:
    """Runs grouped into blocks of consecutive days (a whole break: weekend, holiday, weekend…)."""
    block: list[SkippedRun] = []
    for run in runs:
        if block and block[-1].end + ONE_DAY != run.start:
            yield block
            block = []
        block.append(run)
    if block:
        yield block
