"""A year of demo data: every "=" of DOMAIN §10.2 holds on every form and period, and every count can be recounted."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from desk_app.domain.reports.forms import FORMS
from desk_app.services.registry import Services
from desk_app.services.reports.types import DrillKind, ReportForm, ReportPeriod, ReportResult
from desk_app.storage.records import VisitRecord

CODES = ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-6T", "2026-9T", "2026", "2026-03", "2025-12")
PERSON_COLUMNS = frozenset({2, 5, 9, 14, 18, 23, 27})
"""01/TCD columns that add up group sizes; every other column of every form counts its drill-down records."""


@pytest.fixture(scope="module")
def demo(open_demo: Callable[[int], Services]) -> Iterator[Services]:
    sv = open_demo(1)
    yield sv
    sv.close()


def _periods(sv: Services) -> list[ReportPeriod]:
    return [sv.reports.period(c) for c in CODES] + [
        sv.reports.custom_period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    ]


def _all(sv: Services) -> list[ReportResult]:
    return [sv.reports.compute(form, period) for period in _periods(sv) for form in ReportForm]


def test_the_demo_year_is_not_empty(demo: Services) -> None:
    year = demo.reports.period("2026")
    tcd = demo.reports.compute(ReportForm.TCD_01, year).values
    xld = demo.reports.compute(ReportForm.XLD_01, year).values
    assert tcd[1] > 300 and tcd[12] > 10 and tcd[8] > 5 and tcd[7] > 0
    assert xld[1] > 100 and xld[6] > 50 and xld[22] > 0 and xld[19] > 0 and xld[20] > 0


def test_every_formula_of_every_form_holds(demo: Services) -> None:
    checked = 0
    for result in _all(demo):
        columns = demo.reports.columns(result.form)
        assert sorted(result.values) == [c.number for c in columns]
        for total, parts in FORMS[result.form].checks:
            assert result.values[total] == sum(result.values[p] for p in parts), (
                result.form, result.period.code, total, parts,
            )  # fmt: skip
            checked += 1
        for column in columns:
            if column.sum_of:
                assert result.values[column.number] == sum(result.values[p] for p in column.sum_of)
    assert checked == (len(CODES) + 1) * sum(len(f.checks) for f in FORMS.values())


def test_every_count_has_as_many_records_as_its_number(demo: Services) -> None:
    for result in _all(demo):
        for number, value in result.values.items():
            drill = result.drill[number]
            if result.form is ReportForm.TCD_01 and number in PERSON_COLUMNS:
                with demo.ctx.db.read() as s:
                    query = select(VisitRecord.id, VisitRecord.group_size).where(
                        VisitRecord.id.in_(drill.ids)
                    )
                    sizes = {row[0]: row[1] for row in s.execute(query)}
                assert value == sum(sizes[i] for i in drill.ids), (result.form, number)
            else:
                assert len(drill.ids) == value, (result.form, result.period.code, number)
            if result.form is not ReportForm.TCD_01 or number not in (1, 2, 3):
                assert len(set(drill.ids)) == len(drill.ids), (result.form, number)


def test_drill_rows_list_every_record(demo: Services) -> None:
    result = demo.reports.compute(ReportForm.TCD_01, demo.reports.period("2026-Q2"))
    for number in (4, 7, 12):
        rows = demo.reports.drill_rows(result.drill[number])
        assert [r.id for r in rows] == list(result.drill[number].ids)
        assert all(
            result.period.first <= r.date <= result.period.last for r in rows if r.kind is DrillKind.VISIT
        )
    petitions = demo.reports.compute(ReportForm.XLD_01, demo.reports.period("2026-Q2"))
    rows = demo.reports.drill_rows(petitions.drill[3])
    assert len(rows) == petitions.values[3] and all(r.label.startswith("Đơn số ") for r in rows)


def test_quarters_add_up_to_the_year_and_hand_over_what_is_left(demo: Services) -> None:
    quarters = [demo.reports.period(f"2026-Q{n}") for n in range(1, 5)]
    year = demo.reports.period("2026")
    for form, additive in ((ReportForm.TCD_01, (1, 2, 4, 12, 13)), (ReportForm.XLD_01, (3, 4, 22))):
        whole = demo.reports.compute(form, year).values
        parts = [demo.reports.compute(form, q).values for q in quarters]
        for column in additive:
            assert whole[column] == sum(p[column] for p in parts), (form, column)
    xld = [demo.reports.compute(ReportForm.XLD_01, q).values for q in quarters]
    for before, after in itertools.pairwise(xld):
        assert before[5] == after[2]
    assert demo.reports.compute(ReportForm.XLD_01, year).values[2] == xld[0][2]


def test_the_narrative_of_the_demo_year(demo: Services) -> None:
    year = demo.reports.period("2026")
    tcd = demo.reports.compute(ReportForm.TCD_01, year).values
    text = demo.reports.narrative(year)
    assert f"1. Tiếp công dân: tổng số {tcd[1]:02d} lượt với {tcd[2]:02d} người" in text
    assert f"+ Tiếp thường xuyên: {tcd[4]:02d} lượt" in text
    assert "2. Tiếp nhận, xử lý đơn:" in text and "3. Kết quả giải quyết" in text
    series = demo.reports.monthly_series(year)
    assert len(series) == 12 and sum(v for _, v, _ in series) == tcd[1]
