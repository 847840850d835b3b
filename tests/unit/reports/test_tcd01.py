"""Biểu 01/TCD on small hand-made visits and sessions (DOMAIN §16.1): groups, persons, first and repeat cases,
delegations, sessions held, the period's cut-off days, totals and the records behind each number."""

from __future__ import annotations

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.domain.reports.columns import DrillKind, Measure, ReportForm, Sessions, Visits
from desk_app.domain.reports.forms import definition
from desk_app.domain.reports.tcd01 import delegation, regular
from tests.unit.reports.kit import (
    AFTER_Q1,
    BEFORE_Q1,
    IN_Q1,
    PERIODIC,
    Q1,
    REGULAR,
    UNSCHEDULED,
    D,
    figures,
    nonzero,
    session,
    visit,
)

TCD = ReportForm.TCD_01


def test_column_7_reads_as_the_law_writes_it() -> None:
    column = definition(TCD).column(7)
    assert isinstance(column, Visits)
    assert column.headings == ("Tiếp thường xuyên", "Số vụ việc", "Tiếp nhiều lần")
    assert column.measure is Measure.REPEAT_CASES and column.where is regular
    assert definition(TCD).column(10).where.name == "regular & delegation"
    assert definition(TCD).column(10).where.atoms() == (regular, delegation)
    assert isinstance(definition(TCD).column(21), Sessions)


def test_each_kind_of_reception_fills_its_own_group() -> None:
    visits = [
        visit(1, IN_Q1, case=10),
        visit(2, IN_Q1, case=20, kind=PERIODIC, size=2),
        visit(3, IN_Q1, case=30, kind=UNSCHEDULED, size=3),
        visit(4, IN_Q1, case=40, kind=PERIODIC, delegated=True),
    ]
    assert nonzero(TCD, visits=visits) == {
        1: 4, 2: 7, 3: 4,
        4: 1, 5: 1, 6: 1,  # A: Thường xuyên
        13: 2, 14: 5, 15: 2,  # B: Định kỳ and Đột xuất presided by the head
        22: 1, 23: 1, 24: 1,  # C: on the head's behalf
    }  # fmt: skip


def test_a_case_seen_before_the_period_is_a_repeat_and_counts_once_per_group() -> None:
    visits = [
        visit(1, BEFORE_Q1, case=10),
        visit(2, D(2026, 1, 5), case=10),
        visit(3, D(2026, 1, 6), case=10),
        visit(4, D(2026, 1, 7), case=20),
        visit(5, D(2026, 1, 8), case=20),
        visit(6, D(2026, 1, 9), case=20, kind=PERIODIC),
    ]
    result = figures(TCD, visits=visits)
    # Case 10 came before Q1: repeat. Case 20's first visit ever is in group A: first there, repeat in group B.
    assert {k: v for k, v in result.values.items() if v} == {
        1: 5, 2: 5, 3: 3, 4: 4, 5: 4, 6: 1, 7: 1, 13: 1, 14: 1, 16: 1
    }  # fmt: skip
    assert result.drill[6].kind is DrillKind.CASE and result.drill[6].ids == (20,)
    assert result.drill[7].ids == (10,) and result.drill[16].ids == (20,)
    assert result.drill[3].ids == (20, 10, 20)  # 6 + 7 + 15 + 16 + …: a case in two groups counts in each


def test_ties_on_one_day_go_to_the_visit_entered_first() -> None:
    # Same day, same case: the regular visit was entered first, so the head's visit is the repeat.
    visits = [visit(1, IN_Q1, case=10), visit(2, IN_Q1, case=10, kind=PERIODIC)]
    assert nonzero(TCD, visits=visits) == {1: 2, 2: 2, 3: 2, 4: 1, 5: 1, 6: 1, 13: 1, 14: 1, 16: 1}
    # The head's visit entered first (the lower id is the earlier entry), even if listed last: it is the first.
    swapped = [visit(2, IN_Q1, case=10), visit(1, IN_Q1, case=10, kind=PERIODIC)]
    assert nonzero(TCD, visits=swapped) == {1: 2, 2: 2, 3: 2, 4: 1, 5: 1, 7: 1, 13: 1, 14: 1, 15: 1}


def test_a_delegation_is_one_turn_of_five_or_more_with_its_own_first_and_repeat_cases() -> None:
    visits = [
        visit(1, IN_Q1, case=10, size=4),  # not a delegation: 4 people
        visit(2, D(2026, 1, 20), case=10, size=6),  # the same matter comes back as a delegation
        visit(3, D(2026, 1, 21), case=30, size=5),  # a new matter brought by 5 people
    ]
    result = figures(TCD, visits=visits)
    assert {k: v for k, v in result.values.items() if v} == {
        1: 3, 2: 15, 3: 2, 4: 3, 5: 15, 6: 2, 8: 2, 9: 11, 10: 1, 11: 1
    }  # fmt: skip
    # Among the delegations only, case 10's first visit (4 people) is not theirs: a repeat in column 11.
    assert result.drill[10].ids == (30,) and result.drill[11].ids == (10,)
    assert result.drill[8].ids == (2, 3) and result.drill[9].ids == (2, 3)


def test_delegations_of_the_head_and_on_his_behalf() -> None:
    visits = [
        visit(1, IN_Q1, case=10, kind=PERIODIC, size=7),
        visit(2, IN_Q1, case=20, kind=UNSCHEDULED, size=5, delegated=True),
    ]
    assert nonzero(TCD, visits=visits) == {
        1: 2, 2: 12, 3: 2, 13: 1, 14: 7, 15: 1, 17: 1, 18: 7, 19: 1, 22: 1, 23: 5, 24: 1, 26: 1, 27: 5, 28: 1
    }  # fmt: skip


def test_sessions_count_when_held_even_with_nobody_but_not_when_postponed_or_cancelled() -> None:
    sessions = [
        session(1, IN_Q1),
        session(2, IN_Q1, UNSCHEDULED, ReceptionSessionStatus.KHONG_CO_CONG_DAN),
        session(3, IN_Q1, status=ReceptionSessionStatus.HOAN),
        session(4, IN_Q1, status=ReceptionSessionStatus.HUY),
        session(5, IN_Q1, status=ReceptionSessionStatus.DU_KIEN),
        session(6, IN_Q1, delegated=True),
        session(7, AFTER_Q1),
        session(8, IN_Q1, kind=REGULAR),  # a regular day is not a kỳ tiếp
    ]
    result = figures(TCD, sessions=sessions)
    assert {k: v for k, v in result.values.items() if v} == {12: 2, 21: 1}
    assert result.drill[12].kind is DrillKind.SESSION and result.drill[12].ids == (1, 2)
    assert result.drill[21].ids == (6,)


def test_the_period_runs_from_the_15th_to_the_14th_both_days_included() -> None:
    visits = [
        visit(1, D(2025, 12, 14), case=1),
        visit(2, D(2025, 12, 15), case=2),
        visit(3, D(2026, 3, 14), case=3),
        visit(4, D(2026, 3, 15), case=4),
    ]
    result = figures(TCD, visits=visits, window=Q1)
    assert result.drill[4].ids == (2, 3) and result.values[6] == 2


def test_totals_list_the_records_of_their_parts_in_order() -> None:
    visits = [
        visit(1, IN_Q1, case=1, kind=PERIODIC, size=2),
        visit(2, IN_Q1, case=2, size=3),
        visit(3, IN_Q1, case=3, kind=PERIODIC, size=1, delegated=True),
    ]
    result = figures(TCD, visits=visits)
    assert result.values[1] == 3 and result.drill[1].ids == (2, 1, 3)
    assert result.values[2] == 6 and result.drill[2].kind is DrillKind.VISIT
    for total, parts in definition(TCD).checks:
        assert result.values[total] == sum(result.values[p] for p in parts)
