"""A working calendar that loads any year from 2000 on when a count first reaches it (issue 14)."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

import holidays
import pytest

from desk_app.domain.working_calendar import (
    FIRST_YEAR,
    CalendarBeforeFirstYearError,
    CalendarDay,
    CalendarNotLoadedError,
    DayKind,
    SkipReason,
    WorkingCalendar,
)
from desk_app.i18n import errors as i18n_errors
from desk_app.services.deadlines import holiday_source

D = dt.date
TET_2019 = [D(2019, 2, 4) + dt.timedelta(days=i) for i in range(5)]


def test_the_package_says_tet_2019_is_monday_04_02_to_friday_08_02() -> None:
    package = holidays.country_holidays("VN", years=2019, language="vi")
    assert all(day in package for day in TET_2019)
    assert D(2019, 2, 1) not in package and D(2019, 2, 11) not in package


def test_a_count_in_2019_loads_2019_and_skips_tet() -> None:
    cal = holiday_source.working_calendar()
    assert cal.years == frozenset() and cal.extends
    due = cal.add_working_days(D(2019, 1, 30), 10)
    # 31/01, 01/02, then Tết 04–08/02 between two weekends, then 11–20/02
    assert due.due == D(2019, 2, 20)
    assert [(r.start, r.end, r.reason) for r in due.notable_skipped()][1] == (
        D(2019, 2, 4),
        D(2019, 2, 8),
        SkipReason.NGHI_LE,
    )
    assert cal.years == frozenset({2019})
    assert not any(cal.is_working_day(d) for d in TET_2019)


def test_a_count_across_new_year_loads_the_next_year_too() -> None:
    cal = holiday_source.working_calendar([2019])
    # 24/12/2019 + 10 working days: 01/01/2020 is a day off
    assert cal.add_working_days(D(2019, 12, 24), 10).due == D(2020, 1, 8)
    assert cal.years == frozenset({2019, 2020})


def test_a_year_before_2000_is_refused_with_its_own_vietnamese_message() -> None:
    cal = holiday_source.working_calendar()
    with pytest.raises(CalendarBeforeFirstYearError) as caught:
        cal.add_working_days(D(1999, 12, 20), 3)
    assert caught.value.year == 1999 and isinstance(caught.value, CalendarNotLoadedError)
    text = i18n_errors.known(str(caught.value))
    assert text == i18n_errors.MESSAGES["calendar.before_first_year"] and "năm 2000" in text
    # counting back from 2000 into 1999 is refused as well, while 2000 itself counts
    with pytest.raises(CalendarBeforeFirstYearError):
        cal.subtract_working_days(D(2000, 1, 4), 5)
    assert cal.add_working_days(D(FIRST_YEAR, 1, 3), 1).due == D(2000, 1, 4)
    assert not cal.covers(1999) and cal.covers(2000) and cal.covers(2040)


def test_the_office_entries_of_a_loaded_year_win_over_the_package() -> None:
    local = CalendarDay(D(2019, 3, 5), DayKind.NGHI_LE, "Ngày nghỉ địa phương", "Quyết định của UBND tỉnh")
    cal = holiday_source.working_calendar((), [local])
    assert not cal.is_working_day(D(2019, 3, 5))
    assert cal.day(D(2019, 3, 5)) == local
    assert cal.is_working_day(D(2020, 3, 5))


def test_each_year_is_loaded_once_even_from_many_threads() -> None:
    calls: Counter[int] = Counter()
    gate = threading.Barrier(8)

    def loader(year: int) -> list[CalendarDay]:
        calls[year] += 1
        return list(holiday_source.year_days(year))

    cal = WorkingCalendar(loader=loader)
    results: list[dt.date] = []

    def work() -> None:
        gate.wait()
        for year in range(2019, 2025):
            results.append(cal.add_working_days(D(year, 1, 30), 10).due)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == Counter(dict.fromkeys(range(2019, 2025), 1))
    assert results.count(D(2019, 2, 20)) == 8


def test_a_calendar_without_a_loader_still_refuses_an_unloaded_year() -> None:
    cal = WorkingCalendar(holiday_source.calendar_days([2026]), years=[2026])
    assert not cal.extends and not cal.covers(2027)
    with pytest.raises(CalendarNotLoadedError) as caught:
        cal.is_working_day(D(2027, 1, 4))
    assert type(caught.value) is CalendarNotLoadedError
