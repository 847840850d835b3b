"""The working calendar: holidays from the `holidays` package, swaps, make-up Saturdays, counting, explanations."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain import holiday_data
from desk_app.domain.working_calendar import (
    CalendarDay,
    CalendarNotLoadedError,
    DayKind,
    DaySource,
    DayType,
    SkippedRun,
    SkipReason,
    WorkingCalendar,
)
from desk_app.i18n import labels, vi_working_calendar
from desk_app.i18n.vi_working_calendar import explain, range_text
from desk_app.services.deadlines import holiday_source
from desk_app.services.deadlines.holiday_source import (
    calendar_around,
    calendar_days,
    library_days,
    parse_entry,
    split_label,
    working_calendar,
)

D = dt.date
YEARS = range(2024, 2029)
CAL = working_calendar(YEARS)
PLAIN = WorkingCalendar()
ISSUE_EXAMPLE = (
    "Hạn 16/09/2026 = 10 ngày làm việc kể từ 28/08/2026; không tính 29–30/08 (thứ Bảy, Chủ nhật), "
    "31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh)"
)


def _package(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("VN", years=year, language="vi").items())


# What the package says, read into calendar days -------------------------------------------------------------
def test_the_2026_swap_gives_monday_31_08_off_and_saturday_22_08_worked() -> None:
    assert _package(2026)[D(2026, 8, 31)] == "Ngày nghỉ (thay cho ngày 22/08/2026)"
    off, worked = CAL.day(D(2026, 8, 31)), CAL.day(D(2026, 8, 22))
    assert off is not None and worked is not None
    assert (off.kind, off.replaces, off.source) == (DayKind.NGHI_HOAN_DOI, D(2026, 8, 22), DaySource.LIBRARY)
    assert (worked.kind, worked.replaces) == (DayKind.LAM_BU, D(2026, 8, 31))
    swap = holiday_data.swap_for(D(2026, 8, 31))
    assert swap is not None and off.legal_ref == worked.legal_ref == swap.legal_ref
    assert not CAL.is_working_day(D(2026, 8, 31))
    assert CAL.is_working_day(D(2026, 8, 22)) and D(2026, 8, 22).weekday() == 5
    assert not CAL.is_working_day(D(2026, 8, 23)) and not CAL.is_working_day(D(2026, 8, 29))
    assert CAL.is_make_up_day(D(2026, 8, 22)) and not CAL.is_make_up_day(D(2026, 8, 21))


def test_a_swap_label_gives_both_days() -> None:
    days = parse_entry(D(2026, 8, 31), "Ngày nghỉ (thay cho ngày 22/08/2026)", {})
    assert [(d.date, d.kind, d.replaces) for d in days] == [
        (D(2026, 8, 31), DayKind.NGHI_HOAN_DOI, D(2026, 8, 22)),
        (D(2026, 8, 22), DayKind.LAM_BU, D(2026, 8, 31)),
    ]


@pytest.mark.parametrize(
    ("off", "worked"),
    [(D(2024, 4, 29), D(2024, 5, 4)), (D(2025, 5, 2), D(2025, 4, 26)), (D(2026, 8, 31), D(2026, 8, 22))],
)
def test_every_swap_of_our_table_agrees_with_the_package(off: dt.date, worked: dt.date) -> None:
    assert any(s.day_off == off and s.make_up_day == worked for s in holiday_data.SWAPS)
    by_date = {d.date: d for d in library_days([off.year, worked.year])}
    assert by_date[off].kind is DayKind.NGHI_HOAN_DOI and by_date[off].replaces == worked
    assert by_date[worked].kind is DayKind.LAM_BU and by_date[worked].replaces == off


def test_a_make_up_day_in_the_year_before_its_day_off_is_loaded() -> None:
    # The package's 2015 swap: Fri 02/01/2015 off, Sat 27/12/2014 worked.
    by_date = {d.date: d for d in library_days([2014])}
    assert by_date[D(2014, 12, 27)].kind is DayKind.LAM_BU
    assert D(2015, 1, 2) not in by_date


def test_our_table_fills_what_the_package_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(holiday_source, "library_days", lambda years: [])
    kinds = {d.date: d.kind for d in calendar_days([2026])}
    assert kinds == {
        D(2026, 8, 22): DayKind.LAM_BU,
        D(2026, 8, 31): DayKind.NGHI_HOAN_DOI,
        D(2026, 11, 24): DayKind.NGHI_LE,
    }
    assert all(d.source is DaySource.BUILTIN for d in calendar_days([2026]))


@pytest.mark.parametrize(
    ("year", "lunar_new_year", "first_off", "last_off", "back_to_work"),
    [
        (2025, D(2025, 1, 29), D(2025, 1, 27), D(2025, 2, 1), D(2025, 2, 3)),
        (2026, D(2026, 2, 17), D(2026, 2, 16), D(2026, 2, 20), D(2026, 2, 23)),
        (2027, D(2027, 2, 6), D(2027, 2, 4), D(2027, 2, 10), D(2027, 2, 11)),
    ],
)
def test_tet_of_three_years_comes_from_the_package(
    year: int, lunar_new_year: dt.date, first_off: dt.date, last_off: dt.date, back_to_work: dt.date
) -> None:
    package = _package(year)
    assert package[lunar_new_year] == "Tết Nguyên Đán"
    tet = sorted(d for d, name in package.items() if "Tết" in name and "Dương lịch" not in name)
    assert (tet[0], tet[-1]) == (first_off, last_off)
    for day in tet:
        entry = CAL.day(day)
        assert entry is not None and entry.kind is DayKind.NGHI_LE and entry.name_vi == "Tết Nguyên Đán", day
    assert all(not CAL.is_working_day(first_off + dt.timedelta(days=i)) for i in range(len(tet)))
    assert CAL.next_working_day(last_off) == back_to_work
    assert CAL.is_working_day(CAL.previous_working_day(first_off))


def test_tet_2026_is_a_nine_day_break() -> None:
    off = [d for d in (D(2026, 2, 13) + dt.timedelta(days=i) for i in range(11)) if not CAL.is_working_day(d)]
    assert off == [D(2026, 2, 14) + dt.timedelta(days=i) for i in range(9)]


def test_culture_day_24_11_is_off_from_2026_only() -> None:
    assert CAL.is_working_day(D(2025, 11, 24)) and D(2025, 11, 24).weekday() == 0
    assert not CAL.is_working_day(D(2026, 11, 24))
    assert not CAL.is_working_day(D(2027, 11, 24))
    entry = CAL.day(D(2026, 11, 24))
    assert entry is not None and entry.name_vi == "Ngày Văn hóa Việt Nam"
    assert entry.legal_ref == holiday_data.LEGAL_REF_CULTURE_DAY


def test_gio_to_hung_vuong_and_its_compensatory_day() -> None:
    assert not CAL.is_working_day(D(2025, 4, 7))
    assert not CAL.is_working_day(D(2027, 4, 16))
    sunday, monday = CAL.day(D(2026, 4, 26)), CAL.day(D(2026, 4, 27))
    assert sunday is not None and sunday.kind is DayKind.NGHI_LE
    assert monday is not None and monday.kind is DayKind.NGHI_BU
    assert monday.name_vi == "Ngày Giỗ Tổ Hùng Vương" and monday.replaces == D(2026, 4, 26)
    assert monday.legal_ref == holiday_data.LEGAL_REF_COMPENSATORY


def test_labels_are_split_into_name_and_marks() -> None:
    assert split_label("Ngày Giỗ Tổ Hùng Vương (nghỉ bù)") == ("Ngày Giỗ Tổ Hùng Vương", True, False)
    assert split_label("Quốc khánh (nghỉ bù, dự kiến)") == ("Quốc khánh", True, True)
    assert split_label("Tết Nguyên Đán (dự kiến)") == ("Tết Nguyên Đán", False, True)
    assert split_label("Ngày nghỉ (thay cho ngày 22/08/2026)")[1:] == (False, False)
    assert holiday_source.holiday_name("29 Tết") == "Tết Nguyên Đán"
    assert holiday_source.holiday_name("Tết Dương lịch") == "Tết Dương lịch"


def test_an_admin_override_wins_on_its_date() -> None:
    local = CalendarDay(
        D(2026, 9, 10), DayKind.NGHI_HOAN_DOI, "Nghỉ lễ hội địa phương", "Quyết định 12/QĐ-UBND"
    )
    worked = CalendarDay(D(2026, 8, 31), DayKind.LAM_BU, "Trực", None)
    cal = working_calendar([2026], overrides=[local, worked])
    assert not cal.is_working_day(D(2026, 9, 10)) and cal.is_working_day(D(2026, 8, 31))
    assert CAL.is_working_day(D(2026, 9, 10))


# Counting -----------------------------------------------------------------------------------------------------
def test_the_issue_example_and_its_explanation() -> None:
    due = CAL.add_working_days(D(2026, 8, 28), 10)
    assert due.due == D(2026, 9, 16) and due.day_type is DayType.WORKING and not due.rolled
    assert explain(due) == ISSUE_EXAMPLE


def test_counting_starts_the_day_after_and_skips_weekends() -> None:
    assert PLAIN.add_working_days(D(2026, 3, 2), 1).due == D(2026, 3, 3)
    assert PLAIN.add_working_days(D(2026, 3, 6), 1).due == D(2026, 3, 9)
    assert PLAIN.add_working_days(D(2026, 3, 2), 0).due == D(2026, 3, 2)
    with pytest.raises(ValueError):
        PLAIN.add_working_days(D(2026, 3, 2), -1)


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2026, 2, 16), 10, D(2026, 3, 6)),  # Monday of Tết
        (D(2026, 2, 14), 1, D(2026, 2, 23)),  # Saturday before Tết
        (D(2026, 8, 29), 10, D(2026, 9, 16)),  # Saturday before the swap: the same as from Friday
        (D(2026, 8, 30), 1, D(2026, 9, 3)),  # Sunday
        (D(2026, 4, 26), 1, D(2026, 4, 28)),  # Giỗ Tổ on a Sunday, then its nghỉ bù
    ],
)
def test_working_days_from_a_holiday_or_a_weekend(start: dt.date, n: int, due: dt.date) -> None:
    assert CAL.add_working_days(start, n).due == due


def test_a_make_up_saturday_counts_and_is_mentioned() -> None:
    due = CAL.add_working_days(D(2026, 8, 20), 10)
    assert due.due == D(2026, 9, 7) and due.make_up_days == (D(2026, 8, 22),)
    assert explain(due) == (
        "Hạn 07/09/2026 = 10 ngày làm việc kể từ 20/08/2026; không tính 29–30/08 (thứ Bảy, Chủ nhật), "
        "31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh); tính cả 22/08 (thứ Bảy làm bù)"
    )
    assert CAL.add_working_days(D(2026, 8, 21), 1).due == D(2026, 8, 22)


def test_a_calendar_deadline_ending_on_a_sunday_rolls_to_monday() -> None:
    due = CAL.add_calendar_days(D(2026, 1, 30), 30)
    assert (due.nominal, due.due, due.rolled) == (D(2026, 3, 1), D(2026, 3, 2), True)
    assert explain(due) == (
        "Hạn 02/03/2026 = 30 ngày kể từ 30/01/2026; ngày cuối rơi vào ngày nghỉ nên chuyển sang ngày làm việc "
        "kế tiếp; không tính 01/03 (Chủ nhật)"
    )


def test_a_calendar_deadline_ending_in_tet_rolls_past_it() -> None:
    due = CAL.add_calendar_days(D(2026, 1, 15), 30)
    assert due.due == D(2026, 2, 23)
    assert explain(due).endswith(
        "không tính 14–15/02 (thứ Bảy, Chủ nhật), 16–20/02 (Tết Nguyên Đán), 21–22/02 (thứ Bảy, Chủ nhật)"
    )
    assert CAL.add_calendar_days(D(2027, 1, 7), 30).due == D(2027, 2, 11)


def test_a_calendar_deadline_on_a_working_day_does_not_move_and_holidays_inside_count() -> None:
    due = CAL.add_calendar_days(D(2026, 2, 10), 30)
    assert due.due == D(2026, 3, 12) and not due.rolled and due.skipped == ()
    assert explain(due) == "Hạn 12/03/2026 = 30 ngày kể từ 10/02/2026"


def test_counting_backwards() -> None:
    due = CAL.subtract_working_days(D(2026, 9, 4), 5)
    assert due.due == D(2026, 8, 25) and due.backward
    assert explain(due) == (
        "Hạn 25/08/2026 = 5 ngày làm việc trước 04/09/2026; không tính 29–30/08 (thứ Bảy, Chủ nhật), "
        "31/08 (nghỉ thay cho 22/08), 01–02/09 (Quốc khánh)"
    )
    back = CAL.subtract_calendar_days(D(2026, 3, 5), 5)
    assert (back.nominal, back.due) == (D(2026, 2, 28), D(2026, 2, 27))
    assert explain(back) == (
        "Hạn 27/02/2026 = 5 ngày trước 05/03/2026; ngày đó rơi vào ngày nghỉ nên chuyển về ngày làm việc "
        "liền trước; không tính 28/02 (thứ Bảy)"
    )


def test_an_ordinary_weekend_is_implied_but_one_joining_a_holiday_is_named() -> None:
    due = CAL.add_working_days(D(2026, 4, 20), 10)
    assert due.due == D(2026, 5, 7)
    assert explain(due) == (
        "Hạn 07/05/2026 = 10 ngày làm việc kể từ 20/04/2026; không tính 25/04 (thứ Bảy), "
        "26/04 (Ngày Giỗ Tổ Hùng Vương), 27/04 (nghỉ bù Ngày Giỗ Tổ Hùng Vương), 30/04 (Ngày Chiến thắng), "
        "01/05 (Ngày Quốc tế Lao động), 02–03/05 (thứ Bảy, Chủ nhật)"
    )
    plain = CAL.add_working_days(D(2026, 3, 2), 10)
    assert len(plain.skipped) == 2 and plain.notable_skipped() == ()
    assert explain(plain) == "Hạn 16/03/2026 = 10 ngày làm việc kể từ 02/03/2026"


def test_runs_group_consecutive_days_of_the_same_reason() -> None:
    due = CAL.add_working_days(D(2026, 2, 13), 1)
    assert due.skipped == (
        SkippedRun(D(2026, 2, 14), D(2026, 2, 15), SkipReason.WEEKEND),
        SkippedRun(D(2026, 2, 16), D(2026, 2, 20), SkipReason.NGHI_LE, "Tết Nguyên Đán"),
        SkippedRun(D(2026, 2, 21), D(2026, 2, 22), SkipReason.WEEKEND),
    )
    assert [r.days for r in due.skipped] == [2, 5, 2]


def test_a_calendar_with_known_years_refuses_to_guess_beyond_them() -> None:
    cal = WorkingCalendar(calendar_days([2026]), years=[2026])
    assert cal.add_working_days(D(2026, 12, 1), 5).due == D(2026, 12, 8)
    with pytest.raises(CalendarNotLoadedError) as caught:
        cal.add_working_days(D(2026, 12, 20), 10)
    assert caught.value.year == 2027
    assert working_calendar([2026]).add_working_days(D(2026, 12, 20), 10).due == D(2027, 1, 4)
    assert calendar_around(D(2026, 12, 20)).add_working_days(D(2026, 12, 20), 10).due == D(2027, 1, 4)


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (D(2026, 8, 29), D(2026, 8, 30), "29–30/08"),
        (D(2026, 8, 31), D(2026, 8, 31), "31/08"),
        (D(2026, 8, 31), D(2026, 9, 1), "31/08–01/09"),
        (D(2026, 12, 31), D(2027, 1, 1), "31/12/2026–01/01/2027"),
    ],
)
def test_range_text(first: dt.date, last: dt.date, text: str) -> None:
    assert range_text(first, last) == text


def test_weekday_names_and_day_kind_labels_are_vietnamese() -> None:
    assert vi_working_calendar.WEEKDAYS[D(2026, 8, 29).weekday()] == "thứ Bảy"
    assert vi_working_calendar.WEEKDAYS[D(2026, 8, 30).weekday()] == "Chủ nhật"
    assert set(labels.DAY_KIND) == set(DayKind)


# Properties -----------------------------------------------------------------------------------------------------
starts = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 9, 30))
lengths = st.integers(min_value=1, max_value=60)


@settings(max_examples=300, deadline=None)
@given(start=starts, n=lengths)
def test_working_day_properties(start: dt.date, n: int) -> None:
    due = CAL.add_working_days(start, n)
    assert CAL.is_working_day(due.due)
    assert CAL.working_days_between(start, due.due) == n
    assert CAL.add_working_days(start, n + 1).due > due.due
    assert (due.due - start).days == n + sum(run.days for run in due.skipped)
    assert all(not CAL.is_working_day(d) for run in due.skipped for d in run.dates())
    assert all(CAL.is_make_up_day(d) and start < d <= due.due for d in due.make_up_days)


@settings(max_examples=300, deadline=None)
@given(start=starts, n=lengths)
def test_calendar_day_properties(start: dt.date, n: int) -> None:
    due = CAL.add_calendar_days(start, n)
    nominal = start + dt.timedelta(days=n)
    assert CAL.is_working_day(due.due) and due.due >= nominal and due.nominal == nominal
    assert all(
        not CAL.is_working_day(nominal + dt.timedelta(days=i)) for i in range((due.due - nominal).days)
    )
    assert sum(run.days for run in due.skipped) == (due.due - nominal).days


@settings(max_examples=200, deadline=None)
@given(end=starts, n=lengths)
def test_backward_properties(end: dt.date, n: int) -> None:
    due = CAL.subtract_working_days(end, n)
    one = dt.timedelta(days=1)
    assert CAL.is_working_day(due.due) and due.due < end
    assert CAL.working_days_between(due.due - one, end - one) == n
    assert CAL.subtract_working_days(end, n + 1).due < due.due
    back = CAL.subtract_calendar_days(end, n)
    assert CAL.is_working_day(back.due) and back.due <= end - dt.timedelta(days=n)
