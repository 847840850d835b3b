"""The words of the petition forms 01–04/XLD as named rules: carried over, processed, processable, matter, result.

docs/report_rules.md §3 says the same in prose; the form modules (xld01 … xld04) pick from these.
"""

from __future__ import annotations

from collections.abc import Sequence

from desk_app.domain.enums import Category, Handling, PriorDecisionLevel, SubjectField
from desk_app.domain.reports.columns import Rule, Window, petition_rule
from desk_app.domain.reports.facts import CaseKey, PetitionFact

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

PRule = Rule[PetitionFact]


def result_of(p: PetitionFact) -> str | None:
    """IN, GUIDE, TRANSFER or URGE for a processable petition; None when it was not processable."""
    if p.processable is False or p.handling is None:
        return None
    return RESULTS.get(p.handling)


# The flow of a period (DOMAIN §10.1) --------------------------------------------------------------------------
def _carried(p: PetitionFact, w: Window) -> bool:
    return p.received < w.first and (p.processed_on is None or p.processed_on >= w.first)


carried = petition_rule("carried", _carried)
"""Kỳ trước chuyển sang: received before the first day and not processed before it."""
received = petition_rule("received", lambda p, w: w.holds(p.received))
"""Tiếp nhận trong kỳ."""
to_process = petition_rule("to_process", lambda p, w: _carried(p, w) or w.holds(p.received))
"""Phải xử lý: carried over or received in the period."""
processed_in_period = petition_rule(
    "processed_in_period", lambda p, w: p.processed_on is not None and w.holds(p.processed_on)
)
"""Đã xử lý trong kỳ: first approved decision (or withdrawal) in the period."""
pending = petition_rule("pending", lambda p, w: p.processed_on is None or p.processed_on > w.last)
"""Chưa xử lý, chuyển kỳ sau."""
processable = to_process & petition_rule(
    "processable",
    lambda p, w: p.processed_on is not None and p.processed_on <= w.last and result_of(p) is not None,
)
"""Đủ điều kiện xử lý: to process, processed by the last day, with a handling of a processable petition."""


def representatives(ok: Sequence[PetitionFact]) -> list[PetitionFact]:
    """One petition per matter (vụ việc): the last processed, whose handling is the matter's in this period."""
    chosen: dict[CaseKey, PetitionFact] = {}
    for p in sorted(ok, key=lambda x: (x.processed_on or x.received, x.received, x.id)):
        chosen[p.case_key] = p
    return sorted(chosen.values(), key=lambda x: (x.received, x.id))


# Content, field and earlier resolution -----------------------------------------------------------------------
def category_is(*categories: Category) -> PRule:
    values = frozenset(c.value for c in categories)
    return petition_rule(f"category in {sorted(values)}", lambda p, _w: p.category in values)


def category_not(*categories: Category) -> PRule:
    values = frozenset(c.value for c in categories)
    return petition_rule(f"category not in {sorted(values)}", lambda p, _w: p.category not in values)


def field_is(*fields: SubjectField) -> PRule:
    values = frozenset(f.value for f in fields)
    return petition_rule(f"field in {sorted(values)}", lambda p, _w: p.field in values)


def field_not(*fields: SubjectField) -> PRule:
    values = frozenset(f.value for f in fields)
    return petition_rule(f"field not in {sorted(values)}", lambda p, _w: p.field not in values)


def prior_is(*levels: PriorDecisionLevel) -> PRule:
    values = frozenset(v.value for v in levels)
    return petition_rule(f"prior_level in {sorted(values)}", lambda p, _w: p.prior_level in values)


def prior_not(*levels: PriorDecisionLevel) -> PRule:
    values = frozenset(v.value for v in levels)
    return petition_rule(f"prior_level not in {sorted(values)}", lambda p, _w: p.prior_level not in values)


not_resolved_before = petition_rule("not_resolved_before", lambda p, _w: p.prior_level in NOT_RESOLVED)
"""Chưa giải quyết: "Đã được giải quyết" is empty or Chưa."""
resolved_before = petition_rule("resolved_before", lambda p, _w: p.prior_level not in NOT_RESOLVED)
"""An earlier resolution is recorded on the petition (lần đầu, lần 2, bản án, kết luận)."""
reached_before = petition_rule("reached_before", lambda p, _w: p.reached_before)
"""Its matter reached this office before (an earlier petition or visit of the same case)."""
not_reached_before = petition_rule("not_reached_before", lambda p, _w: not p.reached_before)
resolved_several_times = resolved_before & petition_rule(
    "several_times_or_reached_before", lambda p, _w: p.prior_level in SEVERAL_TIMES or p.reached_before
)
"""01/XLD "nhiều lần": resolved twice, by a court, or resolved once and brought here again."""
resolved_once = resolved_before & petition_rule(
    "once_and_new_here", lambda p, _w: p.prior_level not in SEVERAL_TIMES and not p.reached_before
)
"""01/XLD "lần đầu": resolved once (or by a conclusion) and new to this office."""
repeated = petition_rule("repeated", lambda p, _w: p.prior_level not in NOT_RESOLVED or p.reached_before)
"""03/XLD "tố cáo tiếp": resolved before, or its matter reached this office before."""


# Result of the processing --------------------------------------------------------------------------------------
def _result_is(*results: str) -> PRule:
    return petition_rule(f"result in {sorted(results)}", lambda p, _w: result_of(p) in results)


within_competence = _result_is(IN)
"""Thuộc thẩm quyền: accepted (Thụ lý) or answered directly."""
outside_competence = _result_is(GUIDE, TRANSFER, URGE)
guided = _result_is(GUIDE)
transferred = _result_is(TRANSFER)
guided_or_transferred = _result_is(GUIDE, TRANSFER)
"""The forms 02–04/XLD have one column for both: a complaint transferred counts as guided, and so on."""
urged = _result_is(URGE)
"""Đôn đốc giải quyết."""
result_received = petition_rule(
    "result_received", lambda p, w: p.resolved_on is not None and p.resolved_on <= w.last
)
"""A result of the resolution (Nhận kết quả) was received by the last day."""
no_result_received = petition_rule(
    "no_result_received", lambda p, w: p.resolved_on is None or p.resolved_on > w.last
)
