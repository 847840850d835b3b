"""Biểu số 02/XLD "Tổng hợp kết quả xử lý đơn khiếu nại", column by column as DOMAIN §10.2 lists it.

Complaints only. From column 8 on the form counts matters (vụ việc), each as its last petition processed in the
period. The form has no transfer column: a complaint transferred counts as guided (24).
"""

from __future__ import annotations

from desk_app.domain.enums import Category, PriorDecisionLevel, SubjectField
from desk_app.domain.reports.columns import Cases, FormDefinition, Petitions, Replies, ReportForm, Total
from desk_app.domain.reports.xld import (
    carried,
    field_is,
    field_not,
    guided_or_transferred,
    not_resolved_before,
    prior_is,
    prior_not,
    processable,
    processed_in_period,
    received,
    resolved_before,
    urged,
    within_competence,
)

TITLE = "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI"
F = SubjectField
FIELDS = (
    F.HC_CHINH_SACH,
    F.HC_DAT_DAI_NHA_CUA,
    F.HC_CONG_CHUC_CONG_VU,
    F.HC_KHAC,
    F.TU_PHAP,
    F.DANG_DOAN_THE,
)
"""The fields with a column of their own; Tham nhũng and Khác go to "Lĩnh vực khác" (15)."""
L = PriorDecisionLevel
LEVELS = (L.LAN_DAU, L.KET_LUAN_TC, L.LAN_HAI, L.BAN_AN)

_MUST = "Tổng số đơn phải xử lý"
_DONE = "Đơn đã xử lý"
_OK = "Đủ điều kiện xử lý"
_BY = "Phân loại vụ việc khiếu nại theo nội dung"
_ADMIN = (_BY, "Lĩnh vực hành chính")
_STATE = "Phân loại theo tình trạng giải quyết"
_IN = ("Kết quả xử lý đơn", "Vụ việc thuộc thẩm quyền")
_OUT = ("Kết quả xử lý đơn", "Vụ việc không thuộc thẩm quyền")

COLUMNS = (
    Total(1, (_MUST, "Tổng số"), (2, 3)),
    Petitions(2, (_MUST, "Số đơn kỳ trước chuyển sang"), carried),
    Petitions(3, (_MUST, "Số đơn tiếp nhận trong kỳ"), received),
    Total(4, (_DONE, "Tổng số"), (5, 6)),
    Petitions(5, (_DONE, "Đơn kỳ trước chuyển sang"), carried & processed_in_period),
    Petitions(6, (_DONE, "Đơn tiếp nhận trong kỳ"), received & processed_in_period),
    Petitions(7, (_OK, "Số đơn"), processable),
    Cases(8, (_OK, "Số vụ việc")),
    Total(9, (*_ADMIN, "Tổng"), (10, 11, 12)),
    Cases(10, (*_ADMIN, "Chế độ, chính sách"), field_is(F.HC_CHINH_SACH)),
    Cases(11, (*_ADMIN, "Đất đai, nhà cửa"), field_is(F.HC_DAT_DAI_NHA_CUA)),
    Cases(12, (*_ADMIN, "Khác"), field_is(F.HC_CONG_CHUC_CONG_VU, F.HC_KHAC)),
    Cases(13, (_BY, "Lĩnh vực tư pháp"), field_is(F.TU_PHAP)),
    Cases(14, (_BY, "Lĩnh vực Đảng, đoàn thể"), field_is(F.DANG_DOAN_THE)),
    Cases(15, (_BY, "Lĩnh vực khác"), field_not(*FIELDS)),
    Cases(16, (_STATE, "Đã được giải quyết", "Lần đầu"), prior_is(L.LAN_DAU, L.KET_LUAN_TC)),
    Cases(17, (_STATE, "Đã được giải quyết", "Lần 2"), prior_is(L.LAN_HAI)),
    Cases(18, (_STATE, "Đã được giải quyết", "Đã có bản án của Tòa"), prior_is(L.BAN_AN)),
    Cases(19, (_STATE, "Chưa giải quyết xong"), prior_not(*LEVELS)),
    Total(20, (*_IN, "Tổng"), (21, 22)),
    Cases(21, (*_IN, "Lần đầu"), within_competence & not_resolved_before),
    Cases(22, (*_IN, "Lần 2"), within_competence & resolved_before),
    Total(23, (*_OUT, "Tổng"), (24, 25)),
    Cases(24, (*_OUT, "Hướng dẫn"), guided_or_transferred),
    Cases(25, (*_OUT, "Đôn đốc giải quyết"), urged),
    Replies(26, ("Số văn bản phúc đáp nhận được do chuyển đơn",)),
)  # fmt: skip

XLD_02 = FormDefinition(
    ReportForm.XLD_02, TITLE, COLUMNS,
    checks=((1, (2, 3)), (4, (5, 6)), (9, (10, 11, 12)), (20, (21, 22)), (23, (24, 25))),
    categories=frozenset({Category.KHIEU_NAI.value}),
)  # fmt: skip
