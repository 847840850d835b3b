"""The names of the documents the desk prints and keeps (DocumentKind), as an officer reads them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.documents import DocumentKind

DOCUMENT_KIND: Final[Mapping[DocumentKind, str]] = {
    DocumentKind.RECEIPT: "Giấy biên nhận thông tin, tài liệu",
    DocumentKind.APPOINTMENT: "Phiếu hẹn",
    DocumentKind.PROPOSAL: "Phiếu đề xuất xử lý đơn",
    DocumentKind.GUIDANCE: "Phiếu hướng dẫn",
    DocumentKind.TRANSFER: "Phiếu chuyển đơn",
    DocumentKind.RESULT: "Thông báo kết quả xử lý đơn",
    DocumentKind.ACCEPTANCE: "Thông báo thụ lý giải quyết khiếu nại",
    DocumentKind.NOT_ACCEPTED: "Thông báo không thụ lý giải quyết khiếu nại",
    DocumentKind.REFUSAL: "Thông báo từ chối tiếp công dân",
    DocumentKind.CASE_FILE: "Hồ sơ vụ việc (toàn bộ quá trình)",
    DocumentKind.VISIT_BOOK: "Sổ tiếp công dân",
    DocumentKind.PETITION_BOOK: "Sổ theo dõi xử lý đơn",
    DocumentKind.SCHEDULE_NOTICE: "Thông báo lịch tiếp công dân",
    DocumentKind.DAY_SHEET: "Danh sách công dân đăng ký tiếp",
    DocumentKind.CONCLUSION: "Thông báo kết luận việc tiếp công dân",
    DocumentKind.DIALOGUE_CONCLUSION: "Thông báo kết luận hội nghị đối thoại",
    DocumentKind.REPORT: "Báo cáo thống kê",
}
