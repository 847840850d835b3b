"""Biểu số 01/XLD "Tổng hợp kết quả xử lý đơn", column by column as DOMAIN §10.2 lists it; every petition.

Columns 6 and 8–21 count petitions (đơn), column 7 matters (vụ việc). The words (carried over, processable, the
result of the processing …) are the named rules of xld.py.
"""

from __future__ import annotations

from desk_app.domain.enums import Category
from desk_app.domain.reports.columns import Cases, FormDefinition, Petitions, Replies, ReportForm, Total
from desk_app.domain.reports.xld import (
    carried,
    category_is,
    category_not,
    guided,
    not_resolved_before,
    pending,
    processable,
    processed_in_period,
    received,
    resolved_once,
    resolved_several_times,
    to_process,
    transferred,
    urged,
    within_competence,
)

TITLE = "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN"
KN = category_is(Category.KHIEU_NAI)
TC = category_is(Category.TO_CAO)
PA = category_not(Category.KHIEU_NAI, Category.TO_CAO)
"""Kiến nghị, phản ánh, and petitions of several contents not split per content."""

_MUST = "Tổng số đơn phải xử lý"
_OK = "Đủ điều kiện xử lý"
_BY_CONTENT = (_OK, "Phân loại đơn theo nội dung")
_BY_STATE = (_OK, "Phân loại theo tình trạng giải quyết")
_IN = ("Kết quả xử lý", "Đơn thuộc thẩm quyền")
_OUT = ("Kết quả xử lý", "Đơn không thuộc thẩm quyền")

COLUMNS = (
    Total(1, (_MUST, "Tổng số"), (2, 3)),
    Petitions(2, (_MUST, "Kỳ trước chuyển sang"), carried),
    Petitions(3, (_MUST, "Tiếp nhận trong kỳ"), received),
    Petitions(4, ("Số đơn đã xử lý",), to_process & processed_in_period),
    Petitions(5, ("Số đơn chưa xử lý (chuyển kỳ sau xử lý)",), to_process & pending),
    Petitions(6, (_OK, "Số đơn"), processable),
    Cases(7, (_OK, "Số vụ việc")),
    Petitions(8, (*_BY_CONTENT, "Khiếu nại"), processable & KN),
    Petitions(9, (*_BY_CONTENT, "Tố cáo"), processable & TC),
    Petitions(10, (*_BY_CONTENT, "Kiến nghị, phản ánh"), processable & PA),
    Petitions(11, (*_BY_STATE, "Đã giải quyết", "Lần đầu"), processable & resolved_once),
    Petitions(12, (*_BY_STATE, "Đã giải quyết", "Nhiều lần"), processable & resolved_several_times),
    Petitions(13, (*_BY_STATE, "Chưa giải quyết xong"), processable & not_resolved_before),
    Total(14, (*_IN, "Tổng số"), (15, 16, 17)),
    Petitions(15, (*_IN, "Khiếu nại"), processable & within_competence & KN),
    Petitions(16, (*_IN, "Tố cáo"), processable & within_competence & TC),
    Petitions(17, (*_IN, "Kiến nghị, phản ánh"), processable & within_competence & PA),
    Total(18, (*_OUT, "Tổng số"), (19, 20, 21)),
    Petitions(19, (*_OUT, "Hướng dẫn"), processable & guided),
    Petitions(20, (*_OUT, "Chuyển đơn"), processable & transferred),
    Petitions(21, (*_OUT, "Đôn đốc giải quyết"), processable & urged),
    Replies(22, ("Số văn bản phúc đáp nhận được do chuyển đơn",)),
)  # fmt: skip

XLD_01 = FormDefinition(
    ReportForm.XLD_01, TITLE, COLUMNS,
    checks=((1, (2, 3)), (1, (4, 5)), (6, (8, 9, 10)), (6, (11, 12, 13)), (6, (14, 18)), (14, (15, 16, 17)),
            (18, (19, 20, 21))),
)  # fmt: skip
