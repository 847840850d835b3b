"""Vietnamese text of the desktop screens (labels, buttons, messages); enum labels stay in vi.py."""

from __future__ import annotations

from typing import Final

# --------------------------------------------------------------------------- standard buttons
# Qt ships no Vietnamese translation, so every standard button gets its text here.
BTN_OK: Final = "Đồng ý"
BTN_CANCEL: Final = "Hủy"
BTN_CLOSE: Final = "Đóng"
BTN_YES: Final = "Có"
BTN_NO: Final = "Không"
BTN_SAVE: Final = "Lưu"

TITLE_INFO: Final = "Thông báo"
TITLE_WARN: Final = "Lưu ý"
TITLE_ERROR: Final = "Có lỗi"
TITLE_CONFIRM: Final = "Xác nhận"

# --------------------------------------------------------------------------- application
APP_ALREADY_RUNNING: Final = (
    "Chương trình đang mở với thư mục dữ liệu này:\n{folder}\n\n"
    "Hãy dùng cửa sổ đang mở (xem thanh tác vụ). Chỉ được mở một cửa sổ cho mỗi thư mục dữ liệu."
)
APP_OPEN_FAILED: Final = "Không mở được dữ liệu tại:\n{folder}\n\n{detail}"
APP_UNEXPECTED: Final = (
    "Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; nội dung đang nhập được giữ trong bản nháp.\n\n"
    "Chi tiết (gửi cho cán bộ kỹ thuật): {detail}"
)

# --------------------------------------------------------------------------- main window
NAV_DASHBOARD: Final = "Tổng quan"
NAV_INTAKE: Final = "Tiếp công dân"
NAV_REGISTER: Final = "Sổ tiếp công dân"
NAV_CALENDAR: Final = "Lịch tiếp"
NAV_PETITIONS: Final = "Đơn thư"
NAV_CITIZENS: Final = "Công dân & vụ việc"
NAV_REPORTS: Final = "Báo cáo"
NAV_SETTINGS: Final = "Danh mục & cài đặt"
NAV_TOOLTIP: Final = "{title} (Alt+{key})"

WINDOW_TITLE: Final = "{office} — Bàn tiếp công dân"
"""Ends with the app's display name, which Qt then does not append a second time (Linux, Windows)."""
WINDOW_TITLE_NO_OFFICE: Final = "Bàn tiếp công dân"
STATUS_OFFICER: Final = "Cán bộ: {name}"
STATUS_DATA: Final = "Dữ liệu: {folder}"
STATUS_NO_BACKUP: Final = "Chưa có bản sao lưu"

# --------------------------------------------------------------------------- intake: top bar
SCAN_LABEL: Final = "Quét CCCD"
SCAN_PLACEHOLDER: Final = "bấm vào đây rồi quét mã QR"
SCAN_TOOLTIP: Final = "Bấm vào ô này rồi quét mã QR ở mặt trước thẻ căn cước: thông tin sẽ tự điền."
SCAN_OK: Final = "Đã đọc CCCD của {name}"
SCAN_FAILED: Final = "Không đọc được mã QR của thẻ căn cước. Quét lại, hoặc nhập tay."
DATE_LABEL: Final = "Ngày"
TIME_LABEL: Final = "Giờ"
KIND_LABEL: Final = "Hình thức"
PRESIDER_LABEL: Final = "Chủ trì"
MODE_LABEL: Final = "Cách tiếp"

# --------------------------------------------------------------------------- intake: people column
PEOPLE_HEADER: Final = "NGƯỜI ĐẾN"
FULL_NAME: Final = "Họ và tên"
ID_TYPE_LABEL: Final = "Loại giấy tờ"
ID_NUMBER: Final = "Số giấy tờ"
ID_ISSUE_DATE: Final = "Ngày cấp"
ID_ISSUE_PLACE: Final = "Nơi cấp"
BIRTH_YEAR: Final = "Năm sinh"
GENDER_LABEL: Final = "Giới tính"
ADDRESS: Final = "Địa chỉ"
PHONE: Final = "Điện thoại"
GROUP_SIZE: Final = "Số người"
GROUP_SIZE_SUFFIX: Final = " người"
REPRESENTATIVES: Final = "Người đại diện khác"
REPRESENTATIVES_NOTE: Final = (
    "Người đến ở trên là người đại diện thứ nhất; ghi thêm người đại diện khác nếu có."
)
ADD_REPRESENTATIVE: Final = "+ Thêm người đại diện"
AUTHORISED: Final = "Người được ủy quyền"
INTERPRETER: Final = "Người phiên dịch"
GROUP_HINT_NONE: Final = "Dưới 5 người: không bắt buộc cử người đại diện."
GROUP_HINT_REPS: Final = " Đang có {count} người đại diện."
CITIZEN_LINKED: Final = "✓ Dùng hồ sơ công dân đã có. <a href='unlink'>Bỏ gắn</a>"
CITIZEN_CONFIDENTIAL: Final = "Người tố cáo được giữ bí mật: chỉ lãnh đạo và người xử lý đơn xem được."
DATE_PLACEHOLDER: Final = "dd/mm/yyyy"
NO_VALUE: Final = "—"
REP_NAME: Final = "Họ tên người đại diện"
REP_ID: Final = "Số giấy tờ"
REP_ADDRESS: Final = "Địa chỉ"
REMOVE_ROW: Final = "✕"
REMOVE_ROW_TIP: Final = "Xóa dòng này"
ROW_ERROR: Final = "Dòng {index}: {message}"

# --------------------------------------------------------------------------- intake: case column
CASE_HEADER: Final = "NỘI DUNG VỤ VIỆC"
CATEGORY_LABEL: Final = "Phân loại"
FIELD_LABEL: Final = "Lĩnh vực"
SUMMARY: Final = "Tóm tắt nội dung"
REQUESTS: Final = "Yêu cầu của công dân"
PRIOR_LEVEL: Final = "Đã được giải quyết"
PRIOR_HANDLING: Final = "Cơ quan đã giải quyết"
WITHIN_COMPETENCE: Final = "Thuộc thẩm quyền giải quyết của cơ quan"
HANDLING_LABEL: Final = "Hướng xử lý"
GUIDANCE_TARGET: Final = "Hướng dẫn đến"
TRANSFER_TARGET: Final = "Chuyển đơn đến"
DOC_NO: Final = "Số văn bản"
DOC_NO_PLACEHOLDER: Final = "nếu có"
DOCUMENTS: Final = "Giấy tờ nhận"
DOCUMENTS_COUNT: Final = "{count} mục"
ADD_DOCUMENT: Final = "+ Thêm giấy tờ"
DOC_TITLE: Final = "Tên giấy tờ, tài liệu"
DOC_PAGES_NONE: Final = "Số trang"
DOC_PAGES_SUFFIX: Final = " trang"
DOC_QUANTITY_SUFFIX: Final = " bản"
SIGNED: Final = "Công dân ký/điểm chỉ"
WRITTEN_PETITION: Final = "Công dân có đơn viết tay"
REMARKS: Final = "Ghi chú"
CHOOSE: Final = "— Chọn —"
NOT_CHOSEN: Final = "— Chưa chọn —"
UNKNOWN: Final = "— Không rõ —"

# --------------------------------------------------------------------------- intake: earlier visits panel
HISTORY_HEADER: Final = "ĐÃ ĐẾN TRƯỚC ĐÂY"
HISTORY_HEADER_COUNT: Final = "ĐÃ ĐẾN TRƯỚC ĐÂY ({count})"
HISTORY_HINT: Final = (
    "Nhập số giấy tờ (từ 6 chữ số) hoặc họ tên (từ 3 chữ cái) để xem công dân đã đến trước đây chưa."
)
HISTORY_NONE: Final = "Chưa thấy ai trùng: có thể công dân đến lần đầu."
HISTORY_FAILED: Final = "Không tìm được lượt đến trước (lỗi đọc dữ liệu). Vẫn có thể lưu bình thường."
HISTORY_BORN: Final = "sinh {year}"
HISTORY_NO_VISITS: Final = "Chưa có lượt tiếp nào (chỉ có trong hồ sơ)."
HISTORY_MORE_VISITS: Final = "… và {count} lượt khác"
HISTORY_REFUSED: Final = "từ chối tiếp"
HISTORY_OPEN_CASES: Final = "Vụ việc chưa kết thúc:"
HISTORY_USE: Final = "Dùng thông tin người này"
HISTORY_USE_TIP: Final = "Điền thông tin người này vào cột Người đến và dùng lại hồ sơ công dân đã có."
HISTORY_LINK: Final = "Gắn lượt tiếp này vào:"
HISTORY_NEW_CASE: Final = "Vụ việc mới"
HISTORY_CASE_OPTION: Final = "{code} · {category}"
HISTORY_CASE_DETAIL: Final = "{status} · {title}"

# --------------------------------------------------------------------------- intake: actions and results
REFUSE: Final = "Từ chối tiếp…"
REFUSE_TIP: Final = "Ghi lượt tiếp là từ chối tiếp, chọn lý do theo quy định."
PRINT_RECEIPT: Final = "In giấy biên nhận  Ctrl+P"
PAPER_SIZE: Final = "Khổ {size}"
PAPER_SIZE_TIP: Final = "Khổ giấy khi in giấy biên nhận và phiếu hẹn"
PRINT_RECEIPT_TIP: Final = "In Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD) của lượt tiếp đã lưu (Ctrl+P)."
PRINT_APPOINTMENT: Final = "In phiếu hẹn"
PRINT_APPOINTMENT_TIP: Final = "In phiếu hẹn công dân đến làm việc (lượt tiếp phải được lưu trước)."
SAVE: Final = "Lưu  Ctrl+S"
SAVE_TIP: Final = "Vào sổ lượt tiếp này (Ctrl+S)."
NEW: Final = "Mới  Ctrl+N"
NEW_TIP: Final = "Xóa biểu mẫu để tiếp người tiếp theo (Ctrl+N)."
SCAN_SHORTCUT_TIP: Final = "Về ô quét CCCD (Ctrl+Q)."

SAVED_BANNER: Final = "Đã vào sổ: STT {book} · {case} · {order}"
SAVED_BANNER_REFUSAL: Final = "Đã vào sổ: STT {book} · Từ chối tiếp"
UPDATED_BANNER: Final = "Đã lưu thay đổi: STT {book} · {case} · {order}"
EDITING_BANNER: Final = (
    "Đang sửa lượt tiếp STT {book}{case}. Lưu (Ctrl+S) để ghi thay đổi, Mới (Ctrl+N) để tiếp người khác."
)
EDITING_VOIDED: Final = "Lượt tiếp STT {book} đã bị hủy ({reason}); không thể sửa."
REFUSAL_MODE: Final = "Lượt tiếp này là từ chối tiếp: {reason}"
DRAFT_RESTORED: Final = "Đã khôi phục bản nháp chưa lưu."
NOT_SAVED_ERRORS: Final = "Chưa lưu: còn {count} chỗ cần sửa (chữ đỏ)."
NOTHING_CHANGED: Final = "Không có thay đổi nào cần lưu."
SAVE_FAILED: Final = "Không lưu được lượt tiếp: {detail}"
CONFIRM_DISCARD: Final = "Biểu mẫu đang có nội dung chưa lưu. Bỏ nội dung đó?"
CONFIRM_DISCARD_OPEN: Final = "Biểu mẫu đang có nội dung chưa lưu. Bỏ nội dung đó để mở lượt tiếp khác?"
OPEN_VISIT_FAILED: Final = "Không mở được lượt tiếp: {detail}"

PRINT_NEED_SAVE: Final = "Lưu lượt tiếp (Ctrl+S) trước khi in."
PRINT_NEED_DOCUMENTS: Final = "Lượt tiếp này không có giấy tờ nhận, không cần giấy biên nhận."
PRINT_NOT_FOR_REFUSAL: Final = "Lượt từ chối tiếp không in giấy này."
PRINTING: Final = "Đang tạo {what}…"
PRINT_DONE: Final = "Đã tạo {what}, lưu tại: {path}"
PRINT_FAILED: Final = (
    "Không tạo được {what}. Dữ liệu lượt tiếp vẫn an toàn; thử lại hoặc báo cán bộ kỹ thuật.\n({detail})"
)
OPEN_FILE_FAILED: Final = "Không mở được tệp PDF; tệp đã lưu tại: {path}"
NOT_READY: Final = "Chức năng này chưa sẵn sàng trong phiên bản đang dùng."
DISK_PROBLEM: Final = "Không ghi được tệp vào thư mục dữ liệu (ổ đĩa đầy hoặc không có quyền ghi): {detail}"
RECEIPT_NAME: Final = "giấy biên nhận"
APPOINTMENT_NAME: Final = "phiếu hẹn"

# --------------------------------------------------------------------------- dialogs
REFUSAL_TITLE: Final = "Từ chối tiếp công dân"
REFUSAL_REASON_LABEL: Final = "Lý do từ chối"
REFUSAL_BASIS: Final = "Căn cứ: {basis}."
REFUSAL_NOTE: Final = "Khi từ chối tiếp, không bắt buộc ghi tóm tắt nội dung và phân loại."
REFUSAL_CONFIRM: Final = "Vào sổ: từ chối tiếp"

APPOINTMENT_TITLE: Final = "In phiếu hẹn"
APPOINTMENT_DATE: Final = "Ngày hẹn"
APPOINTMENT_TIME: Final = "Giờ hẹn"
APPOINTMENT_MEET: Final = "Gặp ai"
APPOINTMENT_PLACE: Final = "Địa điểm"
APPOINTMENT_PRINT: Final = "Tạo phiếu hẹn"
APPOINTMENT_MEET_REQUIRED: Final = "Ghi người công dân sẽ gặp."
