"""Biểu 01/XLD on small hand-made petitions (docs/report_rules.md §3): carried over, received, processed and pending,
processable, content, earlier resolution, result of the processing, matters and replies."""

from __future__ import annotations

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel
from desk_app.domain.reports.columns import DrillKind, ReportForm
from desk_app.domain.reports.forms import definition
from tests.unit.reports.kit import AFTER_Q1, BEFORE_Q1, IN_Q1, Q1, D, figures, nonzero, petition, reply

XLD = ReportForm.XLD_01
KN, TC, PA, MANY = Category.KHIEU_NAI, Category.TO_CAO, Category.KIEN_NGHI_PHAN_ANH, Category.NHIEU_NOI_DUNG
ACCEPT = Handling.THU_LY


def test_carried_over_received_processed_and_left_for_next_period() -> None:
    petitions = [
        petition(
            1, BEFORE_Q1, handling=ACCEPT, processed=D(2025, 12, 1)
        ),  # done before the period: not counted
        petition(
            2, BEFORE_Q1, handling=ACCEPT, processed=Q1.first
        ),  # carried over, processed on the first day
        petition(3, BEFORE_Q1),  # carried over, still waiting
        petition(4, IN_Q1, handling=ACCEPT),  # received and processed
        petition(5, Q1.last),  # received on the last day, left for the next period
        petition(6, IN_Q1, handling=ACCEPT, processed=AFTER_Q1),  # processed after the period: pending in it
    ]
    result = figures(XLD, petitions=petitions)
    assert result.drill[2].ids == (2, 3) and result.drill[3].ids == (4, 5, 6)
    assert result.drill[4].ids == (2, 4) and result.drill[5].ids == (3, 5, 6)
    assert result.values[1] == 5 and result.drill[1].ids == (2, 3, 4, 5, 6)
    assert result.values[6] == 2 and result.drill[6].kind is DrillKind.PETITION


def test_filed_returned_or_unfit_petitions_are_processed_but_not_processable() -> None:
    petitions = [
        petition(1, handling=Handling.LUU_DON),
        petition(2, handling=Handling.TRA_LAI_DON),
        petition(3, handling=ACCEPT, processable=False),
        petition(4, handling=ACCEPT, processable=True),
    ]
    assert nonzero(XLD, petitions=petitions) == {1: 4, 3: 4, 4: 4, 6: 1, 7: 1, 8: 1, 13: 1, 14: 1, 15: 1}


def test_content_puts_several_contents_with_recommendations() -> None:
    petitions = [
        petition(1, category=KN, handling=ACCEPT),
        petition(2, category=TC, handling=ACCEPT),
        petition(3, category=PA, handling=ACCEPT),
        petition(4, category=MANY, handling=ACCEPT),
    ]
    result = figures(XLD, petitions=petitions)
    assert (result.drill[8].ids, result.drill[9].ids, result.drill[10].ids) == ((1,), (2,), (3, 4))
    assert (result.drill[15].ids, result.drill[16].ids, result.drill[17].ids) == ((1,), (2,), (3, 4))
    assert result.values[14] == 4 and result.values[18] == 0


def test_resolution_state_before_it_came_here() -> None:
    L = PriorDecisionLevel
    petitions = [
        petition(1, handling=ACCEPT),  # nothing recorded: not resolved
        petition(2, handling=ACCEPT, prior=L.CHUA.value),
        petition(3, handling=ACCEPT, prior=L.LAN_DAU.value),  # resolved once, new here
        petition(4, handling=ACCEPT, prior=L.KET_LUAN_TC.value),
        petition(5, handling=ACCEPT, prior=L.LAN_DAU.value, reached_before=True),  # once, but here again
        petition(6, handling=ACCEPT, prior=L.LAN_HAI.value),
        petition(7, handling=ACCEPT, prior=L.BAN_AN.value),
        petition(
            8, handling=ACCEPT, reached_before=True
        ),  # here before but never resolved: still not resolved
    ]
    result = figures(XLD, petitions=petitions)
    assert result.drill[11].ids == (3, 4)
    assert result.drill[12].ids == (5, 6, 7)
    assert result.drill[13].ids == (1, 2, 8)


def test_result_of_the_processing() -> None:
    petitions = [
        petition(1, handling=Handling.THU_LY),
        petition(2, handling=Handling.TRA_LOI_TRUC_TIEP),
        petition(3, handling=Handling.HUONG_DAN),
        petition(4, handling=Handling.CHUYEN_DON),
        petition(5, handling=Handling.CHUYEN_CQ_DIEU_TRA),
        petition(6, handling=Handling.DON_DOC),
    ]
    result = figures(XLD, petitions=petitions)
    assert result.drill[15].ids == (1, 2)
    assert (result.drill[19].ids, result.drill[20].ids, result.drill[21].ids) == ((3,), (4, 5), (6,))
    assert result.values[14] == 2 and result.values[18] == 4 and result.drill[18].ids == (3, 4, 5, 6)
    assert result.values[6] == result.values[14] + result.values[18] == 6


def test_matters_count_once_and_a_petition_without_case_is_its_own() -> None:
    petitions = [
        petition(1, case=7, handling=ACCEPT, processed=D(2026, 1, 11)),
        petition(2, D(2026, 1, 12), case=7, handling=Handling.HUONG_DAN),  # same matter, processed later
        petition(3, handling=ACCEPT),
        petition(4, handling=ACCEPT),
        petition(5, case=8, handling=Handling.LUU_DON),  # not processable: no matter in column 7
    ]
    result = figures(XLD, petitions=petitions)
    assert result.values[6] == 4 and result.values[7] == 3
    # One petition per matter stands for it, matter 7's last processed one; listed by day received.
    assert result.drill[7].kind is DrillKind.PETITION and result.drill[7].ids == (3, 4, 2)


def test_replies_received_in_the_period_whatever_the_content() -> None:
    replies = [
        reply(1, 9, IN_Q1, KN),
        reply(2, 9, Q1.last, PA),
        reply(3, 9, BEFORE_Q1),
        reply(4, 9, AFTER_Q1),
    ]
    result = figures(XLD, replies=replies)
    assert {k: v for k, v in result.values.items() if v} == {22: 2}
    assert result.drill[22].kind is DrillKind.FOLLOW_UP and result.drill[22].ids == (1, 2)


def test_every_equation_of_the_form_holds() -> None:
    petitions = [
        petition(i, BEFORE_Q1 if i % 3 == 0 else IN_Q1, category=(KN, TC, PA, MANY)[i % 4],
                 handling=list(Handling)[i % len(Handling)] if i % 5 else None, case=i % 4 or None)
        for i in range(1, 40)
    ]  # fmt: skip
    result = figures(XLD, petitions=petitions)
    assert result.values[1] > 10 and result.values[6] > 5
    for total, parts in definition(XLD).checks:
        assert result.values[total] == sum(result.values[p] for p in parts), (total, parts)
