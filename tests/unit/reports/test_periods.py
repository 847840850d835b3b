"""Report periods of DOMAIN §16.2: every code, the 15th-to-14th cut-offs, leap years, the year boundary, bad codes."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from desk_app.domain.reports import periods as rp
from desk_app.domain.reports.periods import PeriodCodeError, PeriodKind
from desk_app.i18n import errors as i18n_errors
from desk_app.i18n import vi_reports

D = dt.date


@pytest.mark.parametrize(
    ("code", "first", "last", "label"),
    [
        ("2026-Q1", D(2025, 12, 15), D(2026, 3, 14), "Quý I năm 2026"),
        ("2026-Q2", D(2026, 3, 15), D(2026, 6, 14), "Quý II năm 2026"),
        ("2026-Q3", D(2026, 6, 15), D(2026, 9, 14), "Quý III năm 2026"),
        ("2026-Q4", D(2026, 9, 15), D(2026, 12, 14), "Quý IV năm 2026"),
        ("2026-6T", D(2025, 12, 15), D(2026, 6, 14), "6 tháng đầu năm 2026"),
        ("2026-9T", D(2025, 12, 15), D(2026, 9, 14), "9 tháng năm 2026"),
        ("2026", D(2025, 12, 15), D(2026, 12, 14), "Năm 2026"),
        ("2026-03", D(2026, 2, 15), D(2026, 3, 14), "Tháng 3 năm 2026"),
        ("2026-01", D(2025, 12, 15), D(2026, 1, 14), "Tháng 1 năm 2026"),
        ("2026-12", D(2026, 11, 15), D(2026, 12, 14), "Tháng 12 năm 2026"),
        (" 2026-q1 ", D(2025, 12, 15), D(2026, 3, 14), "Quý I năm 2026"),
        ("2026-01-01:2026-03-31", D(2026, 1, 1), D(2026, 3, 31), "Từ 01/01/2026 đến 31/03/2026"),
    ],
)
def test_every_code(code: str, first: dt.date, last: dt.date, label: str) -> None:
    span = rp.parse(code)
    assert (span.first, span.last) == (first, last)
    assert vi_reports.period_label(span) == label
    assert rp.parse(span.code) == span


def test_calendar_months_when_the_office_reports_that_way() -> None:
    assert (rp.parse("2026-03", calendar_months=True).first, rp.parse("2026-03", calendar_months=True).last) == (
        D(2026, 3, 1), D(2026, 3, 31),
    )  # fmt: skip
    leap = rp.parse("2028-02", calendar_months=True)
    assert (leap.first, leap.last) == (D(2028, 2, 1), D(2028, 2, 29))
    assert rp.parse("2027-02", calendar_months=True).last == D(2027, 2, 28)
    # Quarters keep the legal cut-offs whatever the month setting.
    assert rp.parse("2026-Q1", calendar_months=True).first == D(2025, 12, 15)


def test_leap_year_has_no_effect_on_the_cut_offs() -> None:
    assert rp.parse("2028-03").first == D(2028, 2, 15) and rp.parse("2028-03").last == D(2028, 3, 14)
    span = rp.parse("2028-Q1")
    assert (span.last - span.first).days + 1 == 91  # 17 days of December, 31, 29, 14
    assert (rp.parse("2027-Q1").last - rp.parse("2027-Q1").first).days + 1 == 90


def test_periods_tile_the_year_without_gaps() -> None:
    quarters = [rp.quarter(2026, n) for n in range(1, 5)]
    for before, after in itertools.pairwise(quarters):
        assert after.first == before.last + dt.timedelta(days=1)
    assert rp.quarter(2027, 1).first == rp.quarter(2026, 4).last + dt.timedelta(days=1)
    months = rp.months_within(D(2025, 12, 15), D(2026, 12, 14))
    assert [m.code for m in months] == [f"2026-{n:02d}" for n in range(1, 13)]
    assert sum((m.last - m.first).days + 1 for m in months) == 365


def test_months_within_clips_to_the_range() -> None:
    months = rp.months_within(D(2026, 1, 1), D(2026, 2, 20))
    assert [(m.code, m.first, m.last) for m in months] == [
        ("2026-01", D(2026, 1, 1), D(2026, 1, 14)),
        ("2026-02", D(2026, 1, 15), D(2026, 2, 14)),
        ("2026-03", D(2026, 2, 15), D(2026, 2, 20)),
    ]
    calendar = rp.months_within(D(2026, 1, 10), D(2026, 2, 5), calendar_months=True)
    assert [(m.first, m.last) for m in calendar] == [
        (D(2026, 1, 10), D(2026, 1, 31)),
        (D(2026, 2, 1), D(2026, 2, 5)),
    ]


def test_presets_of_a_year() -> None:
    spans = rp.presets(2026)
    assert [s.code for s in spans[:7]] == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
        "2026-6T",
        "2026-9T",
        "2026",
    ]
    assert len(spans) == 19 and spans[-1].kind is PeriodKind.MONTH


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("", "invalid"), ("2026-Q5", "invalid"), ("2026-Q0", "invalid"), ("2026-13", "invalid"), ("2026-00", "invalid"),
        ("26-Q1", "invalid"), ("2026-3", "invalid"), ("2026-7T", "invalid"), ("Q1-2026", "invalid"), ("abc", "invalid"),
        ("0999", "range"), ("2026-02-30:2026-03-01", "invalid"), ("2026-03-31:2026-01-01", "order"),
    ],
)  # fmt: skip
def test_bad_codes(code: str, error: str) -> None:
    with pytest.raises(PeriodCodeError) as caught:
        rp.parse(code)
    assert caught.value.code == error
    assert i18n_errors.known(f"period.{error}") is not None


def test_a_custom_range_of_one_day_and_a_reversed_one() -> None:
    one = rp.custom(D(2026, 2, 29 - 1), D(2026, 2, 28))
    assert one.code == "2026-02-28:2026-02-28" and one.kind is PeriodKind.CUSTOM
    with pytest.raises(PeriodCodeError):
        rp.custom(D(2026, 3, 2), D(2026, 3, 1))
