"""Vietnam's days off from the `holidays` package, read into CalendarDay rows and merged with our own table."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping

import holidays

from desk_app.domain import holiday_data
from desk_app.domain.working_calendar import CalendarDay, DayKind, DaySource, WorkingCalendar, YearLoader

LANGUAGE = "vi"
_SWAP = re.compile(r"thay cho ngày (\d{1,2})/(\d{1,2})/(\d{4})")
# The package appends "(nghỉ bù)", "(dự kiến)" or "(nghỉ bù, dự kiến)" to a holiday's name.
_MARKS = re.compile(r"\s*\((?P<marks>[^()]*)\)\s*$")
_OBSERVED = "nghỉ bù"
_ESTIMATED = "dự kiến"
# A compensatory day off follows its holiday within a few days (a weekend, or a Tết that ends on one).
_OBSERVED_REACH = 7


def library_entries(years: Iterable[int]) -> dict[dt.date, tuple[str, ...]]:
    """The package's raw labels for `years`, one tuple of labels per date (two holidays may share a day)."""
    entries: dict[dt.date, tuple[str, ...]] = {}
    for year in sorted(set(years)):
        entries.update(_library_year(year))
    return entries


@functools.cache
def _library_year(year: int) -> Mapping[dt.date, tuple[str, ...]]:
    table = holidays.country_holidays("VN", years=year, language=LANGUAGE)
    return {day: tuple(table.get_list(day)) for day in sorted(table)}


def split_label(label: str) -> tuple[str, bool, bool]:
    """ "Ngày Giỗ Tổ Hùng Vương (nghỉ bù, dự kiến)" → ("Ngày Giỗ Tổ Hùng Vương", observed, estimated)."""
    observed = estimated = False
    base = label.strip()
    match = _MARKS.search(base)
    if match:
        marks = {m.strip() for m in match.group("marks").split(",")}
        if marks & {_OBSERVED, _ESTIMATED}:
            observed, estimated = _OBSERVED in marks, _ESTIMATED in marks
            base = base[: match.start()].strip()
    return base, observed, estimated


def holiday_name(base: str) -> str:
    """The holiday as the law names it: every day of the Tết break is "Tết Nguyên Đán" ("29 Tết", "Mùng hai …")."""
    if "Tết" in base and "Dương lịch" not in base:
        return holiday_data.TET_NAME
    return base


def parse_entry(day: dt.date, label: str, entries: Mapping[dt.date, tuple[str, ...]]) -> list[CalendarDay]:
    """One package label as calendar days: a swap gives the weekday off AND the Saturday made a working day."""
    swap = _SWAP.search(label)
    if swap:
        make_up = dt.date(int(swap.group(3)), int(swap.group(2)), int(swap.group(1)))
        known = holiday_data.swap_for(day)
        ref = known.legal_ref if known is not None and known.make_up_day == make_up else None
        return [
            CalendarDay(
                day,
                DayKind.NGHI_HOAN_DOI,
                holiday_data.SWAP_DAY_NAME,
                ref,
                replaces=make_up,
                source=DaySource.LIBRARY,
                detail_vi=label,
            ),
            CalendarDay(
                make_up,
                DayKind.LAM_BU,
                holiday_data.MAKE_UP_DAY_NAME,
                ref,
                replaces=day,
                source=DaySource.LIBRARY,
                detail_vi=label,
            ),
        ]
    base, observed, estimated = split_label(label)
    name = holiday_name(base)
    if observed:
        return [
            CalendarDay(
                day,
                DayKind.NGHI_BU,
                name,
                holiday_data.LEGAL_REF_COMPENSATORY,
                replaces=_observed_holiday(day, base, entries),
                source=DaySource.LIBRARY,
                detail_vi=label,
                estimated=estimated,
            )
        ]
    return [
        CalendarDay(
            day,
            DayKind.NGHI_LE,
            name,
            _holiday_ref(name),
            source=DaySource.LIBRARY,
            detail_vi=label if label != name else None,
            estimated=estimated,
        )
    ]


def library_days(years: Iterable[int]) -> list[CalendarDay]:
    """The package's days off and the make-up Saturdays named in its swap labels, for `years`."""
    wanted = frozenset(years)
    if not wanted:
        return []
    # A swap's make-up day may sit in the year before or after its day off (27/12/2014 for 02/01/2015).
    entries = library_entries(range(min(wanted) - 1, max(wanted) + 2))
    by_date: dict[dt.date, CalendarDay] = {}
    for day in sorted(entries):
        for label in entries[day]:
            for parsed in parse_entry(day, label, entries):
                if parsed.date.year in wanted and _outranks(parsed, by_date.get(parsed.date)):
                    by_date[parsed.date] = parsed
    return [by_date[d] for d in sorted(by_date)]


def calendar_days(years: Iterable[int]) -> list[CalendarDay]:
    """The package's days, then our table's days for the dates the package does not know."""
    wanted = frozenset(years)
    days = library_days(wanted)
    known = {d.date for d in days}
    days.extend(d for d in holiday_data.builtin_days(wanted) if d.date not in known)
    return sorted(days, key=lambda d: d.date)


def year_days(year: int) -> tuple[CalendarDay, ...]:
    """calendar_days for one year (the package's own table is computed once per process, in _library_year)."""
    return tuple(calendar_days([year]))


def year_loader(overrides: Iterable[CalendarDay] = ()) -> YearLoader:
    """A WorkingCalendar loader: a year's package and built-in days, then `overrides` of that year (they win)."""
    by_year: dict[int, list[CalendarDay]] = {}
    for day in overrides:
        by_year.setdefault(day.date.year, []).append(day)

    def load(year: int) -> list[CalendarDay]:
        return [*year_days(year), *by_year.get(year, ())]

    return load


def working_calendar(years: Iterable[int] = (), overrides: Iterable[CalendarDay] = ()) -> WorkingCalendar:
    """A calendar that loads any year from FIRST_YEAR on when a count reaches it; `years` are loaded now.

    `overrides` (an admin's days, any years) come after the package's days and win on their dates.
    """
    calendar = WorkingCalendar(loader=year_loader(overrides))
    calendar.load_years(years)
    return calendar


def calendar_around(day: dt.date, *, years_before: int = 1, years_after: int = 2) -> WorkingCalendar:
    """A calendar loaded around `day` (the longest rule spans about three months); it extends itself beyond."""
    first = max(dt.MINYEAR, day.year - years_before)
    return working_calendar(range(first, min(dt.MAXYEAR, day.year + years_after) + 1))


# internals ----------------------------------------------------------------------------------------------------
_RANK = {DayKind.NGHI_LE: 3, DayKind.NGHI_HOAN_DOI: 2, DayKind.NGHI_BU: 1, DayKind.LAM_BU: 0}


def _outranks(new: CalendarDay, old: CalendarDay | None) -> bool:
    # When two labels share a date, the holiday itself names the day rather than a swap or a nghỉ bù.
    return old is None or _RANK[new.kind] > _RANK[old.kind]


def _observed_holiday(day: dt.date, base: str, entries: Mapping[dt.date, tuple[str, ...]]) -> dt.date | None:
    for back in range(1, _OBSERVED_REACH + 1):
        earlier = day - dt.timedelta(days=back)
        for label in entries.get(earlier, ()):
            name, observed, _ = split_label(label)
            if name == base and not observed:
                return earlier
    return None


def _holiday_ref(name: str) -> str:
    for holiday in holiday_data.ANNUAL_HOLIDAYS:
        if holiday.name_vi == name:
            return holiday.legal_ref
    return holiday_data.LEGAL_REF_HOLIDAY
