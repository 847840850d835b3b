"""Biểu 03/XLD (denunciations) on small hand-made petitions: scope, matters by field, "tố cáo tiếp" (resolved before,
or back here unresolved), first denunciations, results, replies."""

from __future__ import annotations

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel, SubjectField
from desk_app.domain.reports.columns import ReportForm
from desk_app.domain.reports.forms import definition
from tests.unit.reports.kit import BEFORE_Q1, IN_Q1, figures, nonzero, petition, reply

XLD = ReportForm.XLD_03
F, L = SubjectField, PriorDecisionLevel
TC = Category.TO_CAO
ACCEPT = Handling.THU_LY


def test_only_denunciations_count() -> None:
    petitions = [petition(1, category=TC, handling=ACCEPT), petition(2, handling=ACCEPT)]
    replies = [reply(1, 1, category=TC), reply(2, 2)]
    assert nonzero(XLD, petitions=petitions, replies=replies) == {
        1: 1, 3: 1, 4: 1, 6: 1, 7: 1, 8: 1, 17: 1, 20: 1, 21: 1, 22: 1, 27: 1
    }  # fmt: skip


def test_matters_by_field_with_corruption_of_its_own() -> None:
    fields = [F.HC_CHINH_SACH, F.HC_DAT_DAI_NHA_CUA, F.HC_CONG_CHUC_CONG_VU, F.HC_KHAC, F.THAM_NHUNG, F.TU_PHAP,
              F.DANG_DOAN_THE, F.KHAC, None]  # fmt: skip
    petitions = [
        petition(i, category=TC, field=f.value if f else None, handling=ACCEPT)
        for i, f in enumerate(fields, 1)
    ]
    result = figures(XLD, petitions=petitions)
    assert [result.drill[c].ids for c in range(10, 18)] == [(1,), (2,), (3,), (4,), (5,), (6,), (7,), (8, 9)]
    assert result.values[9] == 4


def test_repeated_denunciations_and_first_ones() -> None:
    petitions = [
        petition(1, category=TC, handling=ACCEPT),  # new: chưa giải quyết, tố cáo lần đầu
        petition(2, category=TC, handling=ACCEPT, reached_before=True),  # back here, still unresolved
        petition(3, category=TC, handling=ACCEPT, prior=L.KET_LUAN_TC.value),  # a conclusion exists
        petition(4, category=TC, handling=Handling.CHUYEN_DON, prior=L.CHUA.value),
        petition(5, category=TC, handling=Handling.HUONG_DAN, reached_before=True),
        petition(6, category=TC, handling=Handling.DON_DOC, prior=L.LAN_DAU.value),
    ]
    result = figures(XLD, petitions=petitions)
    assert [result.drill[c].ids for c in (18, 19, 20)] == [(2, 5), (3, 6), (1, 4)]
    assert (result.drill[22].ids, result.drill[23].ids) == ((1,), (2, 3))
    assert (result.drill[25].ids, result.drill[26].ids) == ((4, 5), (6,))
    assert result.values[21] == 3 and result.values[24] == 3


def test_carried_over_denunciations() -> None:
    petitions = [petition(1, BEFORE_Q1, category=TC), petition(2, BEFORE_Q1, category=TC, handling=ACCEPT,
                                                               processed=IN_Q1)]  # fmt: skip
    assert nonzero(XLD, petitions=petitions) == {
        1: 2,
        2: 2,
        4: 1,
        5: 1,
        7: 1,
        8: 1,
        17: 1,
        20: 1,
        21: 1,
        22: 1,
    }


def test_every_equation_of_the_form_holds() -> None:
    levels = [None, *(v.value for v in L)]
    petitions = [
        petition(i, BEFORE_Q1 if i % 3 == 0 else IN_Q1, category=TC, field=list(F)[i % len(F)].value,
                 prior=levels[i % len(levels)], handling=list(Handling)[i % len(Handling)] if i % 5 else None,
                 case=i % 7 or None, reached_before=i % 4 == 0)
        for i in range(1, 60)
    ]  # fmt: skip
    result = figures(XLD, petitions=petitions)
    assert result.values[8] > 5
    for total, parts in definition(XLD).checks:
        assert result.values[total] == sum(result.values[p] for p in parts), (total, parts)
