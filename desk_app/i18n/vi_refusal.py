"""Wording of the refusal screens: the refusal dialog and printing Thông báo từ chối tiếp công dân (Mẫu 01/TCD)."""

from __future__ import annotations

from typing import Final

# --- The refusal dialog -------------------------------------------------------------------------------------
REASON_ITEM: Final = "{index}. {text}"
HIDDEN_UNCLASSIFIED: Final = (
    "Chưa chọn Phân loại nên không hiện các lý do chỉ dùng cho khiếu nại, tố cáo (đã giải quyết đúng nhưng vẫn "
    "khiếu nại, tố cáo kéo dài) hoặc cho kiến nghị, phản ánh (đã được trả lời bằng văn bản). Chọn Phân loại "
    "trên phiếu trước nếu cần dùng các lý do này."
)
HIDDEN_FOR_CATEGORY: Final = "Chỉ hiện các lý do áp dụng được cho {category}."
NOTE: Final = "Khi từ chối tiếp, không bắt buộc ghi tóm tắt nội dung."

# --- Printing Mẫu 01/TCD ------------------------------------------------------------------------------------
PRINT_NOTICE: Final = "In thông báo 01/TCD"
PRINT_NOTICE_TIP: Final = "In Thông báo từ chối tiếp công dân (Mẫu 01/TCD) do người đứng đầu ký, lấy số văn bản đi và lưu cùng lượt tiếp"
NOTICE_NAME: Final = "Thông báo từ chối tiếp công dân"
NOTICE_NOT_REFUSED: Final = "Chỉ lượt từ chối tiếp mới có thông báo 01/TCD."
NOTICE_NOT_NEEDED: Final = (
    "Lý do từ chối này không phải ra thông báo 01/TCD: giải thích trực tiếp cho công dân."
)
NOTICE_NEED_SAVE: Final = "Lưu lượt tiếp (Ctrl+S) trước khi in thông báo."
NOTICE_PRINTED: Final = "Đã in {what} số {number}, lưu cùng lượt tiếp."
NOTICE_REUSED: Final = "Đã in lại {what} số {number} (giữ số đã cấp), lưu cùng lượt tiếp."

# --- The register's context menu ----------------------------------------------------------------------------
MENU_PRINT_NOTICE: Final = "In thông báo 01/TCD"
MENU_REPRINT_NOTICE: Final = "In lại thông báo 01/TCD (số {number})"
MENU_NOTICE_DUE: Final = "In thông báo 01/TCD (hạn {due})"
