"""The head's reception calendar: recurrence rules, holiday shifts, the Vietnamese parser, legal minimum frequency."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.enums import OfficeKind
from desk_app.domain.frequency_rules import (
    FREQUENCY_RULES,
    FrequencyUnit,
    MonthShortfall,
    minimum_for,
    months_below_minimum,
)
from desk_app.domain.schedule import (
    LAST_WEEK,
    HolidayShift,
    MissingDay,
    PartOfDay,
    RecurrenceRule,
    RuleKind,
    generate,
    missing_days,
    occurrences,
)
from desk_app.domain.schedule_rules import parse_rule_text
from desk_app.domain.working_calendar import CalendarDay, DayKind, SkipReason, WorkingCalendar
from desk_app.errors import ValidationError
from desk_app.i18n.vi_schedule import describe, missing_note, shift_note, shortfall_note
from desk_app.services.deadlines.holiday_source import working_calendar

D = dt.date
CAL = working_calendar([2026])
Y0, Y1 = D(2026, 1, 1), D(2026, 12, 31)
THURSDAY = 3


def test_issue_acceptance_thursdays_of_weeks_2_and_4_afternoon() -> None:
    rule = parse_rule_text("thứ Năm tuần 2 và 4, buổi chiều")
    assert rule == RecurrenceRule.weekday_of_weeks(THURSDAY, 2, 4, part_of_day=PartOfDay.CHIEU)
    sessions = generate(rule, Y0, Y1, CAL)
    assert len(sessions) == 24
    assert [s.date for s in sessions[:4]] == [D(2026, 1, 8), D(2026, 1, 22), D(2026, 2, 12), D(2026, 2, 26)]
    assert all(s.date.weekday() == THURSDAY for s in sessions)
    # 2026: no second or fourth Thursday is a day off (30/04 is the fifth Thursday), so nothing moves.
    assert not any(s.shifted for s in sessions)
    assert {(s.start_time, s.end_time) for s in sessions} == {(dt.time(13, 30), dt.time(17, 0))}


def test_national_day_moves_to_the_next_working_day_with_its_reason() -> None:
    sessions = generate(parse_rule_text("ngày 02 hằng tháng"), Y0, Y1, CAL)
    september = next(s for s in sessions if s.nominal_date == D(2026, 9, 2))
    assert september.date == D(2026, 9, 3)
    assert september.shifted and not september.crosses_month and not september.needs_manual
    assert september.shift_reason is not None and september.shift_reason.reason is SkipReason.NGHI_LE
    assert september.blocked_by is not None and september.blocked_by.name_vi == "Quốc khánh"
    assert shift_note(september) == "Chuyển từ 02/09/2026 (Quốc khánh) sang 03/09/2026"
    may = next(s for s in sessions if s.nominal_date == D(2026, 5, 2))  # a Saturday
    assert may.date == D(2026, 5, 4) and may.blocked_by is None
    assert may.shift_reason is not None and may.shift_reason.reason is SkipReason.WEEKEND


def test_vietnamese_culture_day_24_11_moves_to_the_25th() -> None:
    sessions = generate(RecurrenceRule.days_of_month(24), Y0, Y1, CAL)
    november = next(s for s in sessions if s.nominal_date == D(2026, 11, 24))
    assert november.date == D(2026, 11, 25)
    assert november.blocked_by is not None and november.blocked_by.name_vi == "Ngày Văn hóa Việt Nam"


def test_last_thursday_of_april_crosses_into_may_and_is_flagged() -> None:
    rule = parse_rule_text("thu nam tuan cuoi")
    assert rule.weeks == (LAST_WEEK,)
    april = next(s for s in generate(rule, Y0, Y1, CAL) if s.nominal_date == D(2026, 4, 30))
    assert april.date == D(2026, 5, 4)  # 01/05 is a holiday, 02–03/05 a weekend
    assert april.crosses_month
    assert shift_note(april) == "Chuyển từ 30/04/2026 (Ngày Chiến thắng) sang 04/05/2026 (sang tháng khác)"


def test_previous_working_day_policy() -> None:
    rule = RecurrenceRule.days_of_month(2, holiday_shift=HolidayShift.PREVIOUS_WORKING_DAY)
    sessions = {s.nominal_date: s for s in generate(rule, Y0, Y1, CAL)}
    # 01/09 is Quốc khánh too, 31/08 the swapped day off, 29–30/08 a weekend: back to Friday 28/08.
    assert sessions[D(2026, 9, 2)].date == D(2026, 8, 28)
    assert sessions[D(2026, 9, 2)].crosses_month
    assert sessions[D(2026, 5, 2)].date == D(2026, 4, 29)  # 30/04 and 01/05 are holidays


def test_manual_policy_keeps_the_date_and_asks() -> None:
    rule = RecurrenceRule.days_of_month(2, holiday_shift=HolidayShift.MANUAL)
    sessions = {s.nominal_date: s for s in generate(rule, Y0, Y1, CAL)}
    sept = sessions[D(2026, 9, 2)]
    assert sept.date == D(2026, 9, 2) and sept.needs_manual and not sept.shifted
    assert shift_note(sept) == "Ngày 02/09/2026 là Quốc khánh: cần chọn ngày tiếp khác"
    assert not sessions[D(2026, 3, 2)].needs_manual  # a Monday, a working day


def test_a_shift_never_lands_on_another_session_of_the_rule() -> None:
    rule = RecurrenceRule.days_of_month(2, 3)
    sessions = {s.nominal_date: s for s in generate(rule, D(2026, 9, 1), D(2026, 9, 30), CAL)}
    assert sessions[D(2026, 9, 3)].date == D(2026, 9, 3)
    assert sessions[D(2026, 9, 2)].date == D(2026, 9, 4)
    assert sessions[D(2026, 9, 2)].passed_over == (D(2026, 9, 3),)
    backward = RecurrenceRule.days_of_month(28, 29, holiday_shift=HolidayShift.PREVIOUS_WORKING_DAY)
    moved = {s.nominal_date: s.date for s in generate(backward, D(2026, 3, 1), D(2026, 3, 31), CAL)}
    # Backward, the later session moves first, so the order of the two is kept.
    assert moved == {D(2026, 3, 28): D(2026, 3, 26), D(2026, 3, 29): D(2026, 3, 27)}


def test_days_29_to_31_are_skipped_in_short_months_and_reported() -> None:
    rule = RecurrenceRule.days_of_month(29, 30, 31)
    dates = occurrences(rule, Y0, Y1)
    assert [d for d in dates if d.month == 2] == []
    assert [d.day for d in dates if d.month == 4] == [29, 30]
    assert len(dates) == 12 * 3 - 3 - 4  # February lacks 3 days; April, June, September, November one each
    missing = missing_days(rule, Y0, Y1)
    assert MissingDay(2026, 2, 29) in missing and MissingDay(2026, 4, 31) in missing
    assert len(missing) == 7
    assert missing_note(MissingDay(2026, 2, 30)) == (
        "Tháng 02/2026 không có ngày 30: không có buổi tiếp theo ngày này"
    )


def test_validity_bounds_the_occurrences() -> None:
    rule = RecurrenceRule.every_week(THURSDAY, valid_from=D(2026, 3, 1), valid_to=D(2026, 3, 31))
    assert occurrences(rule, Y0, Y1) == [D(2026, 3, 5), D(2026, 3, 12), D(2026, 3, 19), D(2026, 3, 26)]


def test_explicit_times_win_over_the_part_of_day() -> None:
    rule = parse_rule_text("chiều thứ Năm hằng tuần, từ 14h00 đến 16 giờ 30")
    assert (rule.start_time, rule.end_time) == (dt.time(14), dt.time(16, 30))
    session = generate(rule, D(2026, 3, 1), D(2026, 3, 7), CAL)[0]
    assert (session.start_time, session.end_time) == (dt.time(14), dt.time(16, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 05 và 20 hằng tháng", RecurrenceRule.days_of_month(5, 20)),
        ("ngay 5 va 20 hang thang", RecurrenceRule.days_of_month(5, 20)),
        ("thứ Năm tuần thứ 2 và 4", RecurrenceRule.weekday_of_weeks(THURSDAY, 2, 4)),
        ("thu Nam tuan 2 va 4", RecurrenceRule.weekday_of_weeks(THURSDAY, 2, 4)),
        ("thứ 5 tuần thứ hai và thứ tư", RecurrenceRule.weekday_of_weeks(THURSDAY, 2, 4)),
        ("chiều thứ Năm hằng tuần", RecurrenceRule.every_week(THURSDAY, part_of_day=PartOfDay.CHIEU)),
        ("chieu thu nam hang tuan", RecurrenceRule.every_week(THURSDAY, part_of_day=PartOfDay.CHIEU)),
        ("sáng thứ Hai tuần cuối", RecurrenceRule.weekday_of_weeks(0, LAST_WEEK, part_of_day=PartOfDay.SANG)),
    ],
)
def test_parser_with_and_without_diacritics(text: str, expected: RecurrenceRule) -> None:
    assert parse_rule_text(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("ngay 5 va 20 hang thang", "ngày 05 và 20 hằng tháng"),
        ("thu Nam tuan 2 va 4", "thứ Năm tuần thứ 2 và 4"),
        ("chiều thứ Năm hằng tuần", "chiều thứ Năm hằng tuần"),
        ("thu nam tuan 2 va tuan cuoi", "thứ Năm tuần thứ 2 và tuần cuối"),
    ],
)
def test_describe_gives_the_phrase_back(text: str, phrase: str) -> None:
    assert describe(parse_rule_text(text)) == phrase
    assert parse_rule_text(phrase) == parse_rule_text(text)


def test_parser_takes_the_holiday_policy_and_validity_as_options() -> None:
    rule = parse_rule_text("ngày 15 hằng tháng", holiday_shift=HolidayShift.MANUAL, valid_from=D(2026, 7, 1))
    assert rule.holiday_shift is HolidayShift.MANUAL and rule.valid_from == D(2026, 7, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("thứ Năm tuần 2 trừ tháng Tết", "unrecognised"),
        ("hằng tháng", "unrecognised"),
        ("ngày 05 và thứ Năm tuần 2", "ambiguous"),
        ("sáng chiều thứ Năm hằng tuần", "ambiguous"),
        ("ngày 32 hằng tháng", "invalid"),
    ],
)
def test_parser_refuses_what_it_cannot_read(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rule_text(text)
    assert any(e.code == code for e in caught.value.errors)


def test_rule_validation() -> None:
    with pytest.raises(ValidationError):
        RecurrenceRule(RuleKind.MONTHLY_WEEKDAY, weekdays=(THURSDAY,), weeks=(6,))
    with pytest.raises(ValidationError):
        RecurrenceRule.every_week(THURSDAY, start_time=dt.time(17), end_time=dt.time(13))
    with pytest.raises(ValidationError):
        RecurrenceRule(RuleKind.WEEKLY, weekdays=(3, 1))


# Minimum frequency (DOMAIN §2.2) ------------------------------------------------------------------------------
def test_minimum_for_each_office_kind() -> None:
    commune_new = minimum_for(OfficeKind.UBND_XA, D(2026, 7, 1))
    commune_old = minimum_for(OfficeKind.UBND_XA, D(2026, 6, 30))
    assert commune_new is not None and (commune_new.min_days, commune_new.unit) == (
        2,
        FrequencyUnit.PER_MONTH,
    )
    assert commune_old is not None and (commune_old.min_days, commune_old.unit) == (1, FrequencyUnit.PER_WEEK)
    for kind in (OfficeKind.UBND_TINH, OfficeKind.SO, OfficeKind.DON_VI_SU_NGHIEP, OfficeKind.KHAC):
        rule = minimum_for(kind, D(2026, 8, 1))
        assert rule is not None and (rule.min_days, rule.unit) == (1, FrequencyUnit.PER_MONTH), kind
        assert rule.legal_basis
    assert {r.office_kind for r in FREQUENCY_RULES} == set(OfficeKind)


def test_commune_with_one_session_in_a_month_after_july_2026_is_flagged() -> None:
    sessions = [D(2026, m, d) for m in range(7, 13) for d in (9, 23)]
    sessions.remove(D(2026, 9, 23))
    short = months_below_minimum(OfficeKind.UBND_XA, sessions, 2026, through=D(2026, 12, 31))
    july_on = [s for s in short if s.month >= 7]
    assert july_on == [MonthShortfall(2026, 9, 1, 2, FrequencyUnit.PER_MONTH)]
    assert shortfall_note(july_on[0]) == "Tháng 09/2026: đã tiếp 1, tối thiểu 2 ngày/tháng"


def test_the_old_weekly_rule_counts_weeks() -> None:
    # March 2026 has the weeks of Thursdays 5, 12, 19 and 26; one of them has no session.
    sessions = [D(2026, 3, 2), D(2026, 3, 11), D(2026, 3, 26)]
    short = months_below_minimum(OfficeKind.UBND_XA, sessions, 2026, through=D(2026, 3, 31))
    assert MonthShortfall(2026, 3, 3, 4, FrequencyUnit.PER_WEEK) in short
    all_weeks = [D(2026, 3, 2), D(2026, 3, 11), D(2026, 3, 18), D(2026, 3, 26)]
    short = months_below_minimum(OfficeKind.UBND_XA, all_weeks, 2026, through=D(2026, 3, 31))
    assert all(s.month != 3 for s in short)


def test_a_tet_week_without_working_days_is_not_required() -> None:
    # 2026: Tết is 16–20/02, so the week of Thursday 19/02 has no working day.
    sessions = [D(2026, 2, 5), D(2026, 2, 12), D(2026, 2, 26)]
    assert all(s.month != 2 for s in months_below_minimum(OfficeKind.UBND_XA, sessions, 2026, calendar=CAL))
    plain = months_below_minimum(OfficeKind.UBND_XA, sessions, 2026, through=D(2026, 2, 28))
    assert MonthShortfall(2026, 2, 3, 4, FrequencyUnit.PER_WEEK) in plain


def test_months_after_through_are_not_yet_due() -> None:
    short = months_below_minimum(OfficeKind.SO, [], 2026, through=D(2026, 3, 15))
    assert [s.month for s in short] == [1, 2, 3]


# Properties ---------------------------------------------------------------------------------------------------
_SHIFTS = st.sampled_from([HolidayShift.NEXT_WORKING_DAY, HolidayShift.PREVIOUS_WORKING_DAY])
_RULES = st.one_of(
    st.builds(
        lambda days, shift: RecurrenceRule.days_of_month(*days, holiday_shift=shift),
        st.lists(st.integers(1, 31), min_size=1, max_size=6),
        _SHIFTS,
    ),
    st.builds(
        lambda wd, weeks, shift: RecurrenceRule.weekday_of_weeks(wd, *weeks, holiday_shift=shift),
        st.integers(0, 6),
        st.lists(st.sampled_from([1, 2, 3, 4, 5, LAST_WEEK]), min_size=1, max_size=3),
        _SHIFTS,
    ),
    st.builds(
        lambda wds, shift: RecurrenceRule.every_week(*wds, holiday_shift=shift),
        st.lists(st.integers(0, 6), min_size=1, max_size=3),
        _SHIFTS,
    ),
)
_WIDE = working_calendar(range(2025, 2028))


@settings(max_examples=150, deadline=None)
@given(rule=_RULES, month=st.integers(1, 12))
def test_generated_dates_are_working_days_sorted_and_unique(rule: RecurrenceRule, month: int) -> None:
    start = D(2026, month, 1)
    sessions = generate(rule, start, D(2026, 12, 31), _WIDE)
    dates = [s.date for s in sessions]
    assert all(_WIDE.is_working_day(d) for d in dates)
    assert len(set(dates)) == len(dates)
    assert dates == sorted(dates)
    assert sorted(s.nominal_date for s in sessions) == occurrences(rule, start, D(2026, 12, 31))


@settings(max_examples=150, deadline=None)
@given(
    rule=_RULES,
    part=st.sampled_from([None, *PartOfDay]),
    hours=st.one_of(st.none(), st.tuples(st.integers(6, 11), st.sampled_from([0, 15, 30, 45]))),
)
def test_describe_then_parse_round_trips(
    rule: RecurrenceRule, part: PartOfDay | None, hours: tuple[int, int] | None
) -> None:
    start = dt.time(*hours) if hours is not None else None
    end = dt.time(hours[0] + 5, hours[1]) if hours is not None else None
    plain = RecurrenceRule(
        rule.kind,
        rule.month_days,
        rule.weekdays,
        rule.weeks,
        part_of_day=part,
        start_time=start,
        end_time=end,
    )
    assert parse_rule_text(describe(plain)) == plain


def test_a_manual_day_off_blocks_a_session() -> None:
    local = WorkingCalendar([CalendarDay(D(2026, 3, 12), DayKind.NGHI_HOAN_DOI, "Ngày nghỉ của địa phương")])
    session = generate(RecurrenceRule.weekday_of_weeks(THURSDAY, 2), D(2026, 3, 1), D(2026, 3, 31), local)[0]
    assert session.date == D(2026, 3, 13) and session.blocked_by is not None
    assert session.blocked_by.name_vi == "Ngày nghỉ của địa phương"


def test_sessions_come_back_by_date_even_when_a_shift_overtakes_the_next_one() -> None:
    sessions = generate(RecurrenceRule.days_of_month(1, 2), D(2026, 1, 1), D(2026, 1, 31), CAL)
    assert [(s.nominal_date, s.date) for s in sessions] == [
        (D(2026, 1, 2), D(2026, 1, 2)),
        (D(2026, 1, 1), D(2026, 1, 5)),
    ]
    assert sessions[1].passed_over == (D(2026, 1, 2),)
