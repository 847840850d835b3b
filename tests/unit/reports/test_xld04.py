"""Biểu 04/XLD (recommendations, reflections) on small hand-made petitions: scope with several contents, matters by
field and earlier resolution, results, and resolved when a result came by the last day."""

from __future__ import annotations

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel, SubjectField
from desk_app.domain.reports.columns import Replies, ReportForm
from desk_app.domain.reports.forms import definition
from tests.unit.reports.kit import AFTER_Q1, BEFORE_Q1, IN_Q1, Q1, figures, nonzero, petition, reply

XLD = ReportForm.XLD_04
F, L = SubjectField, PriorDecisionLevel
PA, MANY = Category.KIEN_NGHI_PHAN_ANH, Category.NHIEU_NOI_DUNG
ACCEPT = Handling.THU_LY


def test_recommendations_and_unsplit_petitions_count_and_replies_have_no_column() -> None:
    petitions = [
        petition(1, category=PA, handling=ACCEPT),
        petition(2, category=MANY, handling=ACCEPT),
        petition(3, category=Category.TO_CAO, handling=ACCEPT),
    ]
    assert nonzero(XLD, petitions=petitions, replies=[reply(1, 1, category=PA)]) == {
        1: 2, 3: 2, 4: 2, 6: 2, 7: 2, 8: 2, 12: 2, 14: 2, 15: 2, 20: 2
    }  # fmt: skip
    assert not any(isinstance(c, Replies) for c in definition(XLD).columns)


def test_matters_by_field_and_earlier_resolution() -> None:
    fields = [F.HC_CHINH_SACH, F.HC_DAT_DAI_NHA_CUA, F.TU_PHAP, F.HC_KHAC, None]
    petitions = [
        petition(i, category=PA, field=f.value if f else None, handling=ACCEPT,
                 prior=L.LAN_DAU.value if i % 2 else None)
        for i, f in enumerate(fields, 1)
    ]  # fmt: skip
    result = figures(XLD, petitions=petitions)
    assert [result.drill[c].ids for c in (9, 10, 11, 12)] == [(1,), (2,), (3,), (4, 5)]
    assert (result.drill[13].ids, result.drill[14].ids) == ((1, 3, 5), (2, 4))


def test_results_and_resolution_by_the_last_day() -> None:
    petitions = [
        petition(1, category=PA, handling=ACCEPT, resolved=Q1.last),
        petition(2, category=PA, handling=ACCEPT, resolved=AFTER_Q1),
        petition(3, category=PA, handling=Handling.TRA_LOI_TRUC_TIEP),
        petition(4, category=PA, handling=Handling.HUONG_DAN),
        petition(5, category=PA, handling=Handling.CHUYEN_CQ_DIEU_TRA),
        petition(6, category=PA, handling=Handling.DON_DOC, resolved=IN_Q1),
    ]
    result = figures(XLD, petitions=petitions)
    assert result.drill[15].ids == (1, 2, 3)
    assert (result.drill[17].ids, result.drill[18].ids, result.values[16]) == ((4, 5), (6,), 3)
    assert (result.drill[19].ids, result.drill[20].ids) == ((1,), (2, 3))


def test_every_equation_of_the_form_holds() -> None:
    levels = [None, *(v.value for v in L)]
    petitions = [
        petition(i, BEFORE_Q1 if i % 3 == 0 else IN_Q1, category=(PA, MANY)[i % 2], field=list(F)[i % len(F)].value,
                 prior=levels[i % len(levels)], handling=list(Handling)[i % len(Handling)] if i % 5 else None,
                 case=i % 7 or None, resolved=IN_Q1 if i % 2 else None)
        for i in range(1, 60)
    ]  # fmt: skip
    result = figures(XLD, petitions=petitions)
    assert result.values[8] > 5
    for total, parts in definition(XLD).checks:
        assert result.values[total] == sum(result.values[p] for p in parts), (total, parts)
    assert result.values[15] == result.values[19] + result.values[20]
