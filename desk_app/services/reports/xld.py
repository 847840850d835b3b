"""Biểu 01/XLD – 04/XLD from the petition register; the rules are written down in docs/report_rules.md."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel, SubjectField
from desk_app.services.reports.facts import CaseKey, PetitionFact, ReplyFact
from desk_app.services.reports.types import Drill, DrillKind, ReportForm

IN, GUIDE, TRANSFER, URGE = "IN", "GUIDE", "TRANSFER", "URGE"
RESULTS: dict[Handling, str] = {
    Handling.THU_LY: IN,
    Handling.TRA_LOI_TRUC_TIEP: IN,
    Handling.HUONG_DAN: GUIDE,
    Handling.CHUYEN_DON: TRANSFER,
    Handling.CHUYEN_CQ_DIEU_TRA: TRANSFER,
    Handling.DON_DOC: URGE,
}
"""Handlings of a processable petition. Filing (LUU_DON) and returning (TRA_LAI_DON) mean it was not processable."""
NOT_RESOLVED = frozenset({None, PriorDecisionLevel.CHUA.value})
SEVERAL_TIMES = frozenset({PriorDecisionLevel.LAN_HAI.value, PriorDecisionLevel.BAN_AN.value})
FORM_CATEGORIES: dict[ReportForm, frozenset[str]] = {
    ReportForm.XLD_02: frozenset({Category.KHIEU_NAI.value}),
    ReportForm.XLD_03: frozenset({Category.TO_CAO.value}),
    # A petition of several contents not split per content is counted with the recommendations and reflections.
    ReportForm.XLD_04: frozenset({Category.KIEN_NGHI_PHAN_ANH.value, Category.NHIEU_NOI_DUNG.value}),
}


def result_of(p: PetitionFact) -> str | None:
    """IN, GUIDE, TRANSFER or URGE for a processable petition; None when it was not processable."""
    if p.processable is False or p.handling is None:
        return None
    return RESULTS.get(p.handling)


@dataclass(frozen=True, slots=True)
class Flow:
    """Carried over, received, processed and pending petitions of a period (DOMAIN §10.1)."""

    carried: tuple[PetitionFact, ...]
    received: tuple[PetitionFact, ...]
    ok: tuple[PetitionFact, ...]
    """Processed in the period and processable (đủ điều kiện xử lý)."""

    def done(self, group: Sequence[PetitionFact], first: dt.date, last: dt.date) -> list[PetitionFact]:
        return [p for p in group if p.processed_on is not None and first <= p.processed_on <= last]


def flow(petitions: Sequence[PetitionFact], first: dt.date, last: dt.date) -> Flow:
    """Carried = received before `first` and not processed before it; processed = first decision in the period."""
    carried = tuple(
        p for p in petitions if p.received < first and (p.processed_on is None or p.processed_on >= first)
    )
    received = tuple(p for p in petitions if first <= p.received <= last)
    done = [p for p in (*carried, *received) if p.processed_on is not None and p.processed_on <= last]
    return Flow(carried, received, tuple(p for p in done if result_of(p) is not None))


def representatives(ok: Sequence[PetitionFact]) -> list[PetitionFact]:
    """One petition per case (vụ việc): the last processed, whose handling is the case's in this period."""
    chosen: dict[CaseKey, PetitionFact] = {}
    for p in sorted(ok, key=lambda x: (x.processed_on or x.received, x.received, x.id)):
        chosen[p.case_key] = p
    return sorted(chosen.values(), key=lambda x: (x.received, x.id))


class _Table:
    def __init__(self) -> None:
        self.values: dict[int, int] = {}
        self.drill: dict[int, Drill] = {}
        self._pending: set[int] = set()

    def put(self, column: int, kind: DrillKind, ids: Sequence[int]) -> None:
        self.values[column] = len(ids)
        self.drill[column] = Drill(kind, tuple(ids))

    def split(self, items: Sequence[PetitionFact], key: Callable[[PetitionFact], int]) -> None:
        """Put every item in exactly one column: the partitions of the forms hold by construction."""
        columns: dict[int, list[int]] = {}
        for p in items:
            columns.setdefault(key(p), []).append(p.id)
        for column in sorted(set(columns) | set(self._pending)):
            self.put(column, DrillKind.PETITION, columns.get(column, []))
        self._pending = set()

    def expect(self, *columns: int) -> _Table:
        self._pending = set(columns)
        return self

    def total(self, column: int, parts: Sequence[int]) -> None:
        self.values[column] = sum(self.values[p] for p in parts)
        self.drill[column] = Drill(
            self.drill[parts[0]].kind, tuple(i for p in parts for i in self.drill[p].ids)
        )

    def result(self) -> tuple[dict[int, int], dict[int, Drill]]:
        return dict(sorted(self.values.items())), dict(sorted(self.drill.items()))


def _heads(t: _Table, f: Flow, first: dt.date, last: dt.date) -> None:
    """Columns 1–6 of 02–04/XLD: to process (carried, received), processed (of carried, of received)."""
    t.put(2, DrillKind.PETITION, [p.id for p in f.carried])
    t.put(3, DrillKind.PETITION, [p.id for p in f.received])
    t.total(1, (2, 3))
    t.put(5, DrillKind.PETITION, [p.id for p in f.done(f.carried, first, last)])
    t.put(6, DrillKind.PETITION, [p.id for p in f.done(f.received, first, last)])
    t.total(4, (5, 6))


def _category_column(p: PetitionFact, kn: int, tc: int, pa: int) -> int:
    return {Category.KHIEU_NAI.value: kn, Category.TO_CAO.value: tc}.get(p.category, pa)


def xld_01(
    petitions: Sequence[PetitionFact], replies: Sequence[ReplyFact], earlier: set[int], first: dt.date,
    last: dt.date,
) -> tuple[dict[int, int], dict[int, Drill]]:  # fmt: skip
    f = flow(petitions, first, last)
    t = _Table()
    t.put(2, DrillKind.PETITION, [p.id for p in f.carried])
    t.put(3, DrillKind.PETITION, [p.id for p in f.received])
    t.total(1, (2, 3))
    everyone = (*f.carried, *f.received)
    t.put(4, DrillKind.PETITION, [p.id for p in f.done(everyone, first, last)])
    t.put(5, DrillKind.PETITION, [p.id for p in everyone if p.processed_on is None or p.processed_on > last])
    t.put(6, DrillKind.PETITION, [p.id for p in f.ok])
    t.put(7, DrillKind.PETITION, [p.id for p in representatives(f.ok)])
    t.expect(8, 9, 10).split(f.ok, lambda p: _category_column(p, 8, 9, 10))

    def state(p: PetitionFact) -> int:
        if p.prior_level in NOT_RESOLVED:
            return 13
        return 12 if p.prior_level in SEVERAL_TIMES or p.id in earlier else 11

    t.expect(11, 12, 13).split(f.ok, state)
    inside = [p for p in f.ok if result_of(p) == IN]
    t.expect(15, 16, 17).split(inside, lambda p: _category_column(p, 15, 16, 17))
    t.total(14, (15, 16, 17))
    outside = [p for p in f.ok if result_of(p) != IN]
    t.expect(19, 20, 21).split(outside, lambda p: {GUIDE: 19, TRANSFER: 20}.get(result_of(p) or "", 21))
    t.total(18, (19, 20, 21))
    t.put(22, DrillKind.FOLLOW_UP, [r.id for r in replies])
    return t.result()


_FIELDS_02 = {
    SubjectField.HC_CHINH_SACH.value: 10,
    SubjectField.HC_DAT_DAI_NHA_CUA.value: 11,
    SubjectField.HC_CONG_CHUC_CONG_VU.value: 12,
    SubjectField.HC_KHAC.value: 12,
    SubjectField.TU_PHAP.value: 13,
    SubjectField.DANG_DOAN_THE.value: 14,
}
_FIELDS_03 = {
    SubjectField.HC_CHINH_SACH.value: 10,
    SubjectField.HC_DAT_DAI_NHA_CUA.value: 11,
    SubjectField.HC_CONG_CHUC_CONG_VU.value: 12,
    SubjectField.HC_KHAC.value: 13,
    SubjectField.THAM_NHUNG.value: 14,
    SubjectField.TU_PHAP.value: 15,
    SubjectField.DANG_DOAN_THE.value: 16,
}
_FIELDS_04 = {
    SubjectField.HC_CHINH_SACH.value: 9,
    SubjectField.HC_DAT_DAI_NHA_CUA.value: 10,
    SubjectField.TU_PHAP.value: 11,
}
_LEVELS_02 = {
    PriorDecisionLevel.LAN_DAU.value: 16,
    PriorDecisionLevel.KET_LUAN_TC.value: 16,
    PriorDecisionLevel.LAN_HAI.value: 17,
    PriorDecisionLevel.BAN_AN.value: 18,
}


def xld_by_category(
    form: ReportForm, petitions: Sequence[PetitionFact], replies: Sequence[ReplyFact], earlier: set[int],
    first: dt.date, last: dt.date,
) -> tuple[dict[int, int], dict[int, Drill]]:  # fmt: skip
    """02/XLD (complaints), 03/XLD (denunciations), 04/XLD (recommendations): cases from column 8 on."""
    categories = FORM_CATEGORIES[form]
    f = flow([p for p in petitions if p.category in categories], first, last)
    mine = [r.id for r in replies if r.category in categories]
    t = _Table()
    _heads(t, f, first, last)
    t.put(7, DrillKind.PETITION, [p.id for p in f.ok])
    cases = representatives(f.ok)
    t.put(8, DrillKind.PETITION, [p.id for p in cases])
    inside = [p for p in cases if result_of(p) == IN]
    outside = [p for p in cases if result_of(p) != IN]
    if form is ReportForm.XLD_02:
        t.expect(*range(10, 16)).split(cases, lambda p: _FIELDS_02.get(p.field or "", 15))
        t.total(9, (10, 11, 12))
        t.expect(16, 17, 18, 19).split(cases, lambda p: _LEVELS_02.get(p.prior_level or "", 19))
        t.expect(21, 22).split(inside, lambda p: 21 if p.prior_level in NOT_RESOLVED else 22)
        t.total(20, (21, 22))
        t.expect(24, 25).split(outside, lambda p: 25 if result_of(p) == URGE else 24)
        t.total(23, (24, 25))
        t.put(26, DrillKind.FOLLOW_UP, mine)
    elif form is ReportForm.XLD_03:
        t.expect(*range(10, 18)).split(cases, lambda p: _FIELDS_03.get(p.field or "", 17))

        def state(p: PetitionFact) -> int:
            if p.prior_level not in NOT_RESOLVED:
                return 19
            return 18 if p.id in earlier else 20

        t.total(9, (10, 11, 12, 13))
        t.expect(18, 19, 20).split(cases, state)
        t.expect(22, 23).split(inside, lambda p: 22 if state(p) == 20 else 23)
        t.total(21, (22, 23))
        t.expect(25, 26).split(outside, lambda p: 26 if result_of(p) == URGE else 25)
        t.total(24, (25, 26))
        t.put(27, DrillKind.FOLLOW_UP, mine)
    else:
        t.expect(9, 10, 11, 12).split(cases, lambda p: _FIELDS_04.get(p.field or "", 12))
        t.expect(13, 14).split(cases, lambda p: 14 if p.prior_level in NOT_RESOLVED else 13)
        t.put(15, DrillKind.PETITION, [p.id for p in inside])
        t.expect(17, 18).split(outside, lambda p: 18 if result_of(p) == URGE else 17)
        t.total(16, (17, 18))
        t.expect(19, 20).split(
            inside, lambda p: 19 if p.resolved_on is not None and p.resolved_on <= last else 20
        )
    return t.result()
