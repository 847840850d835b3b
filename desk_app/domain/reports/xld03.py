"""Biểu số 03/XLD "Tổng hợp kết quả xử lý đơn tố cáo", column by column as DOMAIN §10.2 lists it.

Denunciations only. From column 8 on the form counts matters (vụ việc), each as its last petition processed in
the period. "Tố cáo tiếp" = resolved before (19: đã có kết luận) or, unresolved, a matter that reached this office
before (18: quá thời hạn chưa giải quyết); the rest is "chưa giải quyết" (20) and, within competence, "tố cáo lần
đầu" (22). Guidance counts with transfers (25).
"""

from __future__ import annotations

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.reports.columns import Cases, FormDefinition, Petitions, Replies, ReportForm, Total
from desk_app.domain.reports.xld import (
    carried,
    field_is,
    field_not,
    guided_or_transferred,
    not_reached_before,
    not_resolved_before,
    processable,
    processed_in_period,
    reached_before,
    received,
    repeated,
    resolved_before,
    urged,
    within_competence,
)

TITLE = "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN TỐ CÁO"
F = SubjectField
FIELDS = (F.HC_CHINH_SACH, F.HC_DAT_DAI_NHA_CUA, F.HC_CONG_CHUC_CONG_VU, F.HC_KHAC, F.THAM_NHUNG, F.TU_PHAP,
          F.DANG_DOAN_THE)  # fmt: skip
"""The fields with a column of their own; Khác and no field go to "Lĩnh vực khác" (17)."""
first_denunciation = not_resolved_before & not_reached_before

_MUST = "Tổng số đơn phải xử lý"
_DONE = "Đơn đã xử lý"
_OK = "Đủ điều kiện xử lý"
_BY = "Phân loại vụ việc tố cáo theo nội dung"
_ADMIN = (_BY, "Lĩnh vực hành chính")
_STATE = "Phân loại vụ việc theo tình trạng giải quyết"
_IN = ("Kết quả xử lý", "Vụ việc thuộc thẩm quyền")
_OUT = ("Kết quả xử lý", "Vụ việc không thuộc thẩm quyền")

COLUMNS = (
    Total(1, (_MUST, "Tổng số"), (2, 3)),
    Petitions(2, (_MUST, "Số đơn kỳ trước chuyển sang"), carried),
    Petitions(3, (_MUST, "Số đơn tiếp nhận trong kỳ"), received),
    Total(4, (_DONE, "Tổng số"), (5, 6)),
    Petitions(5, (_DONE, "Đơn kỳ trước chuyển sang"), carried & processed_in_period),
    Petitions(6, (_DONE, "Đơn tiếp nhận trong kỳ"), received & processed_in_period),
    Petitions(7, (_OK, "Số đơn"), processable),
    Cases(8, (_OK, "Số vụ việc")),
    Total(9, (*_ADMIN, "Tổng cộng"), (10, 11, 12, 13)),
    Cases(10, (*_ADMIN, "Chế độ, chính sách"), field_is(F.HC_CHINH_SACH)),
    Cases(11, (*_ADMIN, "Đất đai, nhà cửa"), field_is(F.HC_DAT_DAI_NHA_CUA)),
    Cases(12, (*_ADMIN, "Công chức, công vụ"), field_is(F.HC_CONG_CHUC_CONG_VU)),
    Cases(13, (*_ADMIN, "Khác"), field_is(F.HC_KHAC)),
    Cases(14, (_BY, "Tham nhũng"), field_is(F.THAM_NHUNG)),
    Cases(15, (_BY, "Lĩnh vực tư pháp"), field_is(F.TU_PHAP)),
    Cases(16, (_BY, "Lĩnh vực Đảng, đoàn thể"), field_is(F.DANG_DOAN_THE)),
    Cases(17, (_BY, "Lĩnh vực khác"), field_not(*FIELDS)),
    Cases(18, (_STATE, "Tố cáo tiếp", "Quá thời hạn chưa giải quyết"), not_resolved_before & reached_before),
    Cases(19, (_STATE, "Tố cáo tiếp", "Đã có kết luận giải quyết"), resolved_before),
    Cases(20, (_STATE, "Chưa giải quyết"), first_denunciation),
    Total(21, (*_IN, "Tổng số"), (22, 23)),
    Cases(22, (*_IN, "Tố cáo lần đầu"), within_competence & first_denunciation),
    Cases(23, (*_IN, "Tố cáo tiếp"), within_competence & repeated),
    Total(24, (*_OUT, "Tổng số"), (25, 26)),
    Cases(25, (*_OUT, "Chuyển đơn"), guided_or_transferred),
    Cases(26, (*_OUT, "Đôn đốc giải quyết"), urged),
    Replies(27, ("Số văn bản phúc đáp nhận được do chuyển đơn",)),
)  # fmt: skip

XLD_03 = FormDefinition(
    ReportForm.XLD_03, TITLE, COLUMNS,
    checks=((1, (2, 3)), (4, (5, 6)), (8, (9, 14, 15, 16, 17)), (8, (18, 19, 20)), (8, (21, 24)),
            (9, (10, 11, 12, 13)), (21, (22, 23)), (24, (25, 26))),
    categories=frozenset({Category.TO_CAO.value}),
)  # fmt: skip
