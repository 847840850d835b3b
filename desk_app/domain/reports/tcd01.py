"""Biểu số 01/TCD, column by column as DOMAIN §10.2 lists it, counted as DOMAIN §16.1 decides.

Group A "Tiếp thường xuyên" (4–11) holds the visits of kind Thường xuyên; group B "Thủ trưởng tiếp" (12–20) the
Định kỳ/Đột xuất visits presided by the head; group C "Ủy quyền tiếp" (21–29) the same on the head's behalf. Refused
visits are not facts at all. A case counts once per group: "lần đầu" when its first visit ever is among the
group's visits of the period, else "nhiều lần"; the delegation columns apply that rule to the delegations only.
"""

from __future__ import annotations

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus
from desk_app.domain.reception import is_delegation
from desk_app.domain.reports.columns import (
    FormDefinition,
    Measure,
    ReportForm,
    Sessions,
    Total,
    Visits,
    session_rule,
    visit_rule,
)

TITLE = "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT"
HEAD_KINDS = frozenset({ReceptionKind.DINH_KY.value, ReceptionKind.DOT_XUAT.value})
HELD = frozenset({ReceptionSessionStatus.DA_TIEP.value, ReceptionSessionStatus.KHONG_CO_CONG_DAN.value})
"""A session counts when it took place, whether or not anybody came; postponed or cancelled ones do not."""


regular = visit_rule("regular", lambda v, _w: v.kind not in HEAD_KINDS)
"""Group A: a visit of kind Thường xuyên."""
by_head = visit_rule("by_head", lambda v, _w: v.kind in HEAD_KINDS and not v.delegated)
"""Group B: a Định kỳ or Đột xuất visit presided by the head himself."""
on_behalf = visit_rule("on_behalf", lambda v, _w: v.kind in HEAD_KINDS and v.delegated)
"""Group C: a Định kỳ or Đột xuất visit presided on the head's behalf (ủy quyền)."""
delegation = visit_rule("delegation", lambda v, _w: is_delegation(v.group_size))
"""Đoàn đông người: a group of DELEGATION_THRESHOLD (5) people or more; still one lượt."""

held_by_head = session_rule(
    "held_by_head", lambda x, _w: x.kind in HEAD_KINDS and x.status in HELD and not x.delegated
)
held_on_behalf = session_rule(
    "held_on_behalf", lambda x, _w: x.kind in HEAD_KINDS and x.status in HELD and x.delegated
)

_T = "Tổng số"
_A = "Tiếp thường xuyên"
_HEAD = "Tiếp định kỳ và đột xuất của Thủ trưởng"
_B = (_HEAD, "Thủ trưởng tiếp")
_C = (_HEAD, "Ủy quyền tiếp")
_CASES = "Số vụ việc"
_GROUPS = "Trong đó đoàn đông người"
TURNS, PERSONS, FIRST, REPEAT = Measure.TURNS, Measure.PERSONS, Measure.FIRST_CASES, Measure.REPEAT_CASES

COLUMNS = (
    Total(1, (_T, "Tổng số lượt tiếp"), (4, 13, 22)),
    Total(2, (_T, "Tổng số người được tiếp"), (5, 14, 23)),
    Total(3, (_T, "Tổng số vụ việc tiếp"), (6, 7, 15, 16, 24, 25)),
    Visits(4, (_A, "Số lượt tiếp"), TURNS, regular),
    Visits(5, (_A, "Số người được tiếp"), PERSONS, regular),
    Visits(6, (_A, _CASES, "Tiếp lần đầu"), FIRST, regular),
    Visits(7, (_A, _CASES, "Tiếp nhiều lần"), REPEAT, regular),
    Visits(8, (_A, _GROUPS, "Số đoàn được tiếp"), TURNS, regular & delegation),
    Visits(9, (_A, _GROUPS, "Số người được tiếp"), PERSONS, regular & delegation),
    Visits(10, (_A, _GROUPS, "Số vụ việc tiếp lần đầu"), FIRST, regular & delegation),
    Visits(11, (_A, _GROUPS, "Số vụ việc tiếp nhiều lần"), REPEAT, regular & delegation),
    Sessions(12, (*_B, "Số kỳ tiếp"), held_by_head),
    Visits(13, (*_B, "Số lượt tiếp"), TURNS, by_head),
    Visits(14, (*_B, "Số người được tiếp"), PERSONS, by_head),
    Visits(15, (*_B, _CASES, "Tiếp lần đầu"), FIRST, by_head),
    Visits(16, (*_B, _CASES, "Tiếp nhiều lần"), REPEAT, by_head),
    Visits(17, (*_B, _GROUPS, "Số đoàn được tiếp"), TURNS, by_head & delegation),
    Visits(18, (*_B, _GROUPS, "Số người được tiếp"), PERSONS, by_head & delegation),
    Visits(19, (*_B, _GROUPS, "Số vụ việc tiếp lần đầu"), FIRST, by_head & delegation),
    Visits(20, (*_B, _GROUPS, "Số vụ việc tiếp nhiều lần"), REPEAT, by_head & delegation),
    Sessions(21, (*_C, "Số kỳ tiếp"), held_on_behalf),
    Visits(22, (*_C, "Số lượt tiếp"), TURNS, on_behalf),
    Visits(23, (*_C, "Số người được tiếp"), PERSONS, on_behalf),
    Visits(24, (*_C, _CASES, "Tiếp lần đầu"), FIRST, on_behalf),
    Visits(25, (*_C, _CASES, "Tiếp nhiều lần"), REPEAT, on_behalf),
    Visits(26, (*_C, _GROUPS, "Số đoàn được tiếp"), TURNS, on_behalf & delegation),
    Visits(27, (*_C, _GROUPS, "Số người được tiếp"), PERSONS, on_behalf & delegation),
    Visits(28, (*_C, _GROUPS, "Số vụ việc tiếp lần đầu"), FIRST, on_behalf & delegation),
    Visits(29, (*_C, _GROUPS, "Số vụ việc tiếp nhiều lần"), REPEAT, on_behalf & delegation),
)  # fmt: skip

TCD_01 = FormDefinition(
    ReportForm.TCD_01,
    TITLE,
    COLUMNS,
    checks=((1, (4, 13, 22)), (2, (5, 14, 23)), (3, (6, 7, 15, 16, 24, 25))),
)
