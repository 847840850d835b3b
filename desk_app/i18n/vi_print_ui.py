"""Vietnamese wording of printing on screen: "In", "Xem trước", what happened to the paper; stdlib only."""

from __future__ import annotations

from typing import Final

PREVIEW: Final = "Xem trước"
PREVIEW_RECEIPT_TIP: Final = "Xem trước giấy biên nhận (2 liên) trước khi in."
PREVIEW_BOOK_TIP: Final = "Xem trước sổ (khổ A4 ngang) trước khi in."
PREVIEWING: Final = "Đang mở bản xem trước {what}…"
PREVIEW_SHOWN: Final = "Đã xem trước {what} (chưa in); bản PDF lưu tại: {path}"
PREVIEW_PRINTED: Final = "Đã in {what} từ bản xem trước; bản PDF lưu tại: {path}"

REPORT_PRINT: Final = "In"
REPORT_PRINT_TIP: Final = "In biểu đang xem (khổ A4); bản PDF được lưu cùng tài liệu của cơ quan."
REPORT_WHAT: Final = "biểu {form}"

BOOK_PRINT: Final = "In sổ"
DIALOGUE_NOTICE: Final = "Thông báo kết luận đối thoại"
PRINTING_TITLE: Final = "Đang in"
PRINTING_PAGES: Final = "Đang gửi trang {done}/{total} tới máy in…"
STOP: Final = "Dừng in"
DOC_MADE: Final = "✓ Đã lập {what} — {number}. Bản PDF đã lưu."
DOC_MADE_NO_NUMBER: Final = "✓ Đã lập {what}. Bản PDF đã lưu."
PREPARING_TITLE: Final = "Đang chuẩn bị bản xem trước"
PREPARING_PAGES: Final = "Đang chuẩn bị trang {done}/{total}…"
