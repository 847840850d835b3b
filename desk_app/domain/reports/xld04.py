"""Biểu số 04/XLD "Tổng hợp kết quả xử lý đơn kiến nghị, phản ánh", column by column as DOMAIN §10.2 lists it.

Recommendations and reflections, and petitions of several contents not split per content. From column 8 on the
form counts matters (vụ việc), each as its last petition processed in the period. Guidance counts with transfers
(17); within competence, a matter is resolved (19) when a result was received by the last day.
"""

from __future__ import annotations

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.reports.columns import Cases, FormDefinition, Petitions, ReportForm, Total
from desk_app.domain.reports.xld import (
    carried,
    field_is,
    field_not,
    guided_or_transferred,
    no_result_received,
    not_resolved_before,
    processable,
    processed_in_period,
    received,
    resolved_before,
    result_received,
    urged,
    within_competence,
)

TITLE = "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH"
F = SubjectField
FIELDS = (F.HC_CHINH_SACH, F.HC_DAT_DAI_NHA_CUA, F.TU_PHAP)
"""The fields with a column of their own; every other field, and none, is "Khác" (12)."""

_MUST = "Tổng số đơn phải xử lý"
_DONE = "Đơn đã xem xét về điều kiện xử lý"
_OK = "Đơn đủ điều kiện xử lý"
_BY = "Phân loại vụ việc theo nội dung"
_STATE = "Theo tình trạng giải quyết"
_RESULT = "Kết quả xử lý đơn"
_OUT = (_RESULT, "Vụ việc không thuộc thẩm quyền")
_SOLVED = "Kết quả giải quyết vụ việc thuộc thẩm quyền"

COLUMNS = (
    Total(1, (_MUST, "Tổng số"), (2, 3)),
    Petitions(2, (_MUST, "Số đơn kỳ trước chuyển sang"), carried),
    Petitions(3, (_MUST, "Số đơn tiếp nhận trong kỳ"), received),
    Total(4, (_DONE, "Tổng số"), (5, 6)),
    Petitions(5, (_DONE, "Đơn kỳ trước chuyển sang"), carried & processed_in_period),
    Petitions(6, (_DONE, "Đơn tiếp nhận trong kỳ"), received & processed_in_period),
    Petitions(7, (_OK, "Số đơn"), processable),
    Cases(8, (_OK, "Số vụ việc")),
    Cases(9, (_BY, "Chế độ, chính sách"), field_is(F.HC_CHINH_SACH)),
    Cases(10, (_BY, "Đất đai"), field_is(F.HC_DAT_DAI_NHA_CUA)),
    Cases(11, (_BY, "Tư pháp"), field_is(F.TU_PHAP)),
    Cases(12, (_BY, "Khác"), field_not(*FIELDS)),
    Cases(13, (_STATE, "Đã được giải quyết"), resolved_before),
    Cases(14, (_STATE, "Chưa được giải quyết"), not_resolved_before),
    Cases(15, (_RESULT, "Vụ việc thuộc thẩm quyền"), within_competence),
    Total(16, (*_OUT, "Tổng số"), (17, 18)),
    Cases(17, (*_OUT, "Chuyển đơn"), guided_or_transferred),
    Cases(18, (*_OUT, "Đôn đốc giải quyết"), urged),
    Cases(19, (_SOLVED, "Vụ việc đã giải quyết"), within_competence & result_received),
    Cases(20, (_SOLVED, "Vụ việc chưa giải quyết"), within_competence & no_result_received),
)  # fmt: skip

XLD_04 = FormDefinition(
    ReportForm.XLD_04, TITLE, COLUMNS,
    checks=((1, (2, 3)), (4, (5, 6)), (8, (9, 10, 11, 12)), (8, (13, 14)), (16, (17, 18))),
    categories=frozenset({Category.KIEN_NGHI_PHAN_ANH.value, Category.NHIEU_NOI_DUNG.value}),
)  # fmt: skip
