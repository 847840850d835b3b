"""The one due-state rule (DOMAIN §8 Deadline UX): running, "Sắp đến hạn", overdue, done; no database, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.deadline_rules import DUE_SOON_DAYS
from desk_app.domain.deadlines import days_left, due_status, last_due_soon, most_urgent
from desk_app.domain.enums import DeadlineStatus
from desk_app.domain.working_calendar import CalendarDay, DayKind, DaySource, DayType, WorkingCalendar
from desk_app.services.deadlines.holiday_source import working_calendar

D = dt.date
S = DeadlineStatus
WD, CD = DayType.WORKING, DayType.CALENDAR
CAL = working_calendar(range(2025, 2028))


def test_the_thresholds_are_domain_8_data() -> None:
    assert dict(DUE_SOON_DAYS) == {WD: 2, CD: 3}


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 9, 10), S.DANG_CHAY),  # Thursday: 4 working days left
        (D(2026, 9, 11), S.DANG_CHAY),  # 3 left
        (D(2026, 9, 12), S.DANG_CHAY),  # Saturday: still 3 left
        (D(2026, 9, 14), S.SAP_HET_HAN),  # Monday: 2 left
        (D(2026, 9, 16), S.SAP_HET_HAN),  # the due day itself
        (D(2026, 9, 17), S.QUA_HAN),
    ],
)
def test_a_working_day_clock_due_wednesday_16_9(today: dt.date, expected: DeadlineStatus) -> None:
    assert due_status(D(2026, 9, 16), WD, today, CAL) is expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 3, 28), S.DANG_CHAY),  # 4 days left
        (D(2026, 3, 29), S.SAP_HET_HAN),  # 3 days left
        (D(2026, 4, 1), S.SAP_HET_HAN),
        (D(2026, 4, 2), S.QUA_HAN),
    ],
)
def test_a_calendar_day_clock_due_1_4(today: dt.date, expected: DeadlineStatus) -> None:
    assert due_status(D(2026, 4, 1), CD, today, CAL) is expected


def test_the_day_type_decides_how_the_days_left_are_counted() -> None:
    # Friday 20/11/2026, 24/11 a day off: Wednesday 25/11 is 2 working days but 5 days away.
    today, due = D(2026, 11, 20), D(2026, 11, 25)
    assert (days_left(due, WD, today, CAL), days_left(due, CD, today, CAL)) == (2, 5)
    assert due_status(due, WD, today, CAL) is S.SAP_HET_HAN
    assert due_status(due, CD, today, CAL) is S.DANG_CHAY
    assert due_status(D(2026, 11, 23), CD, today, CAL) is S.SAP_HET_HAN  # Monday: 3 days


def test_a_done_clock_is_done_whatever_its_date() -> None:
    assert due_status(D(2026, 1, 5), WD, D(2026, 12, 1), CAL, done=True) is S.HOAN_THANH


def test_other_thresholds_can_be_passed_as_data() -> None:
    assert due_status(D(2026, 9, 16), WD, D(2026, 9, 11), CAL, soon_days={WD: 3, CD: 3}) is S.SAP_HET_HAN


def test_a_day_off_the_office_adds_counts() -> None:
    # An extra day off on Tuesday 15/09/2026 leaves only Wednesday between Friday 11/09 and the due day.
    extra = CalendarDay(D(2026, 9, 15), DayKind.NGHI_LE, "Nghỉ riêng", source=DaySource.MANUAL)
    cal = WorkingCalendar([*CAL.days, extra])
    assert due_status(D(2026, 9, 16), WD, D(2026, 9, 11), cal) is S.SAP_HET_HAN
    assert due_status(D(2026, 9, 16), WD, D(2026, 9, 11), CAL) is S.DANG_CHAY


@pytest.mark.parametrize("day_type", [WD, CD])
def test_the_last_due_soon_date_agrees_with_due_status_every_day(day_type: DayType) -> None:
    """The register filters in SQL by last_due_soon; it must say what due_status says, over Tết and 30/4–2/9."""
    for offset in range(300):
        today = D(2026, 1, 1) + dt.timedelta(days=offset)
        cutoff = last_due_soon(today, day_type, CAL)
        for ahead in range(15):
            due = today + dt.timedelta(days=ahead)
            soon = due_status(due, day_type, today, CAL) is S.SAP_HET_HAN
            assert soon == (due <= cutoff), (today, due, cutoff)


def test_the_most_urgent_state_of_several_clocks() -> None:
    assert most_urgent([S.DANG_CHAY, S.SAP_HET_HAN, S.HOAN_THANH]) is S.SAP_HET_HAN
    assert most_urgent([S.SAP_HET_HAN, S.QUA_HAN]) is S.QUA_HAN
    assert most_urgent([S.HOAN_THANH, S.DANG_CHAY]) is S.DANG_CHAY
    assert most_urgent([S.HOAN_THANH]) is S.HOAN_THANH
    assert most_urgent([]) is None
