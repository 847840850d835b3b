"""Biểu 02/XLD (complaints) on small hand-made petitions: scope, flow, matters by field, by earlier resolution, by
result, and replies; from column 8 on each matter counts once, as its last petition processed in the period."""

from __future__ import annotations

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel, SubjectField
from desk_app.domain.reports.columns import ReportForm
from desk_app.domain.reports.forms import definition
from tests.unit.reports.kit import BEFORE_Q1, IN_Q1, D, figures, nonzero, petition, reply

XLD = ReportForm.XLD_02
F, L = SubjectField, PriorDecisionLevel
ACCEPT = Handling.THU_LY


def test_only_complaints_count() -> None:
    petitions = [
        petition(1, BEFORE_Q1),
        petition(2, handling=ACCEPT),
        petition(3, category=Category.TO_CAO, handling=ACCEPT),
        petition(4, BEFORE_Q1, category=Category.KIEN_NGHI_PHAN_ANH),
    ]
    replies = [reply(1, 2), reply(2, 3, category=Category.TO_CAO)]
    assert nonzero(XLD, petitions=petitions, replies=replies) == {
        1: 2, 2: 1, 3: 1, 4: 1, 6: 1, 7: 1, 8: 1, 15: 1, 19: 1, 20: 1, 21: 1, 26: 1
    }  # fmt: skip


def test_processed_of_carried_over_and_of_received() -> None:
    petitions = [
        petition(1, BEFORE_Q1, handling=ACCEPT, processed=IN_Q1),
        petition(2, handling=Handling.LUU_DON),
    ]
    result = figures(XLD, petitions=petitions)
    assert (result.drill[5].ids, result.drill[6].ids, result.drill[4].ids) == ((1,), (2,), (1, 2))
    assert result.values[7] == 1 and result.values[8] == 1


def test_matters_by_field() -> None:
    fields = [F.HC_CHINH_SACH, F.HC_DAT_DAI_NHA_CUA, F.HC_CONG_CHUC_CONG_VU, F.HC_KHAC, F.TU_PHAP,
              F.DANG_DOAN_THE, F.THAM_NHUNG, F.KHAC, None]  # fmt: skip
    petitions = [
        petition(i, field=f.value if f else None, handling=ACCEPT) for i, f in enumerate(fields, start=1)
    ]
    result = figures(XLD, petitions=petitions)
    assert [result.drill[c].ids for c in range(10, 16)] == [(1,), (2,), (3, 4), (5,), (6,), (7, 8, 9)]
    assert result.values[9] == 4 and result.values[8] == 9


def test_matters_by_earlier_resolution_and_result() -> None:
    petitions = [
        petition(1, prior=L.LAN_DAU.value, handling=ACCEPT),
        petition(2, prior=L.KET_LUAN_TC.value, handling=Handling.HUONG_DAN),
        petition(3, prior=L.LAN_HAI.value, handling=Handling.CHUYEN_DON),
        petition(4, prior=L.BAN_AN.value, handling=Handling.DON_DOC),
        petition(5, prior=L.CHUA.value, handling=Handling.TRA_LOI_TRUC_TIEP),
        petition(6, handling=ACCEPT),
    ]
    result = figures(XLD, petitions=petitions)
    assert [result.drill[c].ids for c in (16, 17, 18, 19)] == [(1, 2), (3,), (4,), (5, 6)]
    # Within competence: lần đầu when never resolved before, else lần 2.
    assert (result.drill[21].ids, result.drill[22].ids) == ((5, 6), (1,))
    # Not within: the form has no transfer column, a transfer counts as guided.
    assert (result.drill[24].ids, result.drill[25].ids) == ((2, 3), (4,))
    assert result.values[20] == 3 and result.values[23] == 3


def test_a_matter_is_classified_by_its_last_processed_petition() -> None:
    petitions = [
        petition(1, case=5, field=F.TU_PHAP.value, handling=ACCEPT, processed=D(2026, 1, 20)),
        petition(2, D(2026, 1, 12), case=5, field=F.HC_CHINH_SACH.value, handling=Handling.DON_DOC,
                 processed=D(2026, 1, 12)),
    ]  # fmt: skip
    assert nonzero(XLD, petitions=petitions) == {
        1: 2,
        3: 2,
        4: 2,
        6: 2,
        7: 2,
        8: 1,
        13: 1,
        19: 1,
        20: 1,
        21: 1,
    }


def test_every_equation_of_the_form_holds() -> None:
    levels = [None, *(v.value for v in L)]
    petitions = [
        petition(i, BEFORE_Q1 if i % 3 == 0 else IN_Q1, field=list(F)[i % len(F)].value,
                 prior=levels[i % len(levels)], handling=list(Handling)[i % len(Handling)] if i % 5 else None,
                 case=i % 7 or None)
        for i in range(1, 60)
    ]  # fmt: skip
    result = figures(XLD, petitions=petitions)
    assert result.values[8] > 5
    for total, parts in definition(XLD).checks:
        assert result.values[total] == sum(result.values[p] for p in parts), (total, parts)
    assert (
        result.values[8]
        == sum(result.values[c] for c in (9, 13, 14, 15))
        == sum(result.values[c] for c in (16, 17, 18, 19))
        == result.values[20] + result.values[23]
    )
