"""Vietnamese wording of the deadline rules tab (Thời hạn): columns, the new-version dialog, the recompute question."""

from __future__ import annotations

from typing import Final

TAB_TITLE: Final = "Thời hạn"
INTRO: Final = (
    "Thời hạn theo luật được tính tự động khi tiếp nhận, xử lý đơn. Khi có văn bản mới, cơ quan thêm phiên bản mới "
    "của thời hạn kèm căn cứ và ngày hiệu lực; phiên bản cũ vẫn được giữ để tra cứu."
)
COLUMNS: Final = ("Nội dung", "Tính từ", "Số ngày", "Loại ngày", "Phức tạp", "Căn cứ", "Hiệu lực từ")
BEFORE_MARK: Final = "trước "
"""Prefix of the start event of a rule counted backwards ("trước ngày tiếp công dân định kỳ")."""
NO_VALUE: Final = "—"
SOURCE_ADMIN_TIP: Final = "Cơ quan đã sửa thời hạn này ({who}, hiệu lực từ {date})."
VERSIONS_TIP: Final = "Các phiên bản: {versions}"
VERSION_ITEM: Final = "từ {date}: {length} {unit}"

EDIT: Final = "Sửa thời hạn…"
EDIT_TIP: Final = "Thêm phiên bản mới cho thời hạn đang chọn (Enter); phiên bản cũ được giữ nguyên"
PICK_RULE: Final = "Hãy chọn một thời hạn trong bảng để sửa."
SAVED: Final = "Đã lưu phiên bản mới của thời hạn “{name}”, hiệu lực từ {date}."
SAVED_MOVED: Final = "Đã lưu phiên bản mới của thời hạn “{name}”, hiệu lực từ {date}; đã tính lại hạn của {count} việc đang chạy."
SAVED_KEPT: Final = (
    "Đã lưu phiên bản mới của thời hạn “{name}”, hiệu lực từ {date}; {count} việc đang chạy giữ nguyên hạn cũ, "
    "phiên bản mới áp dụng cho việc phát sinh sau."
)

# The edit dialog -------------------------------------------------------------------------------------------
EDIT_TITLE: Final = "Sửa thời hạn: {name}"
CURRENT: Final = "Đang áp dụng: {length} {unit} — căn cứ {basis} (hiệu lực từ {date})."
FIELD_LENGTH: Final = "Số ngày *"
FIELD_COMPLEX: Final = "Vụ việc phức tạp"
FIELD_DAY_TYPE: Final = "Loại ngày *"
FIELD_BASIS: Final = "Căn cứ *"
FIELD_EFFECTIVE: Final = "Hiệu lực từ *"
COMPLEX_NONE: Final = "không có"
COMPLEX_HINT: Final = "Để 0 nếu thời hạn không có mức riêng cho vụ việc phức tạp."
DAY_TYPE_HINT: Final = "Đổi loại ngày chỉ áp dụng cho việc phát sinh từ ngày hiệu lực, trừ khi chọn tính lại."
DATE_PLACEHOLDER: Final = "dd/mm/yyyy"
BASIS_PLACEHOLDER: Final = "VD: Quyết định số 15/QĐ-UBND ngày 01/09/2026 của UBND xã"
SAVE: Final = "Lưu"
CANCEL: Final = "Hủy bỏ"

# The question when clocks would move -------------------------------------------------------------------------
QUESTION_TITLE: Final = "Hạn đang chạy sẽ thay đổi"
QUESTION_GIVEN: Final = "Thời hạn đã hẹn với công dân sẽ thay đổi:"
QUESTION_OTHER: Final = "Hạn của các việc đang chạy khác sẽ thay đổi:"
QUESTION_ROW: Final = "• {label}: {old} → {new}"
QUESTION_ROW_WHO: Final = "• {label} ({who}): {old} → {new}"
QUESTION_MORE: Final = "… và {count} việc khác."
QUESTION_END: Final = (
    "• Giữ nguyên hạn đã hẹn: các việc trên giữ hạn cũ; thời hạn mới áp dụng cho việc phát sinh sau.\n"
    "• Tính lại hạn: các việc trên được tính lại theo thời hạn mới (hạn cũ vẫn được ghi lại)."
)
KEEP: Final = "Giữ nguyên hạn đã hẹn"
RECOMPUTE: Final = "Tính lại hạn"
UNNAMED: Final = "Việc số {id}"
