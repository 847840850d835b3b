"""Vietnamese text of the register, settings, first-run and history screens."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

# Common --------------------------------------------------------------------------------------------------
ALL: Final = "Tất cả"
SAVE: Final = "Lưu"
SAVE_SHORTCUT_HINT: Final = "Lưu (Ctrl+S)"
CLOSE: Final = "Đóng"
QUIT: Final = "Thoát"
YES: Final = "Có"
NO: Final = "Không"
EMPTY_VALUE: Final = "(trống)"
SAVED: Final = "Đã lưu."
DATE_FORMAT_QT: Final = "dd/MM/yyyy"
DATE_NONE: Final = "—"
ERROR_TITLE: Final = "Không thực hiện được"
UNEXPECTED_ERROR: Final = "Đã xảy ra lỗi không mong muốn: {detail}"

# Register page (Sổ tiếp công dân) --------------------------------------------------------------------------
REGISTER_TITLE: Final = "Sổ tiếp công dân"
PERIOD: Final = "Thời gian"
PERIODS: Final[Mapping[str, str]] = {
    "today": "Hôm nay",
    "week": "Tuần này",
    "month": "Tháng này",
    "quarter": "Quý này",
    "year": "Năm nay",
    "all": "Tất cả",
    "custom": "Tùy chọn",
}
DATE_FROM: Final = "Từ ngày"
DATE_TO: Final = "Đến ngày"
KIND: Final = "Hình thức"
CATEGORY: Final = "Phân loại"
HANDLING: Final = "Hướng xử lý"
SEARCH: Final = "Tìm"
SEARCH_PLACEHOLDER: Final = "Họ tên, địa chỉ, số giấy tờ, nội dung… (gõ không dấu được)"
SEARCH_TOOLTIP: Final = "Tìm kiếm (Ctrl+F)"
SHOW_VOIDED: Final = "Hiện cả bản ghi đã hủy"
COUNT_SUFFIX: Final = "lượt tiếp"
SEARCHING: Final = "Đang tìm…"
OPEN_EDIT: Final = "Mở/Sửa"
OPEN_EDIT_TOOLTIP: Final = "Mở lượt tiếp đã chọn (Enter hoặc nhấp đúp)"
HISTORY: Final = "Lịch sử thay đổi"
VOID: Final = "Hủy lượt tiếp…"
VOIDED_MARK: Final = "(đã hủy)"
VOIDED_TOOLTIP: Final = "Bản ghi đã hủy"
REFUSED_TOOLTIP: Final = "Từ chối tiếp công dân"
NOT_SORTABLE: Final = "Cột này không sắp xếp được"
CHECK_MARK: Final = "x"

# Columns of the book (ND154 Mẫu 03/TCD) and the extra columns of the screen: (header, tooltip).
COL_BOOK_NO: Final = ("STT", "Số thứ tự trong sổ của năm")
COL_DATE: Final = ("Ngày tiếp", "Ngày tiếp công dân")
COL_NAME_ADDRESS: Final = ("Họ tên, địa chỉ", "Họ tên, địa chỉ người đến")
COL_ID_DOCUMENT: Final = ("CCCD/Hộ chiếu", "Số CCCD/Hộ chiếu hoặc giấy tờ tùy thân (che bớt trên màn hình)")
COL_SUMMARY: Final = ("Nội dung vụ việc", "Tóm tắt nội dung vụ việc")
COL_CATEGORY: Final = ("Phân loại đơn", "Khiếu nại, tố cáo, kiến nghị, phản ánh")
COL_GROUP_SIZE: Final = ("Số người", "Số công dân có đơn cùng một nội dung")
COL_PRIOR: Final = ("Cơ quan đã giải quyết", "Cơ quan, tổ chức, đơn vị đã giải quyết hết thẩm quyền")
COL_ACCEPTED: Final = ("Thụ lý", "Hướng xử lý — Thụ lý để giải quyết: (x) nếu thuộc thẩm quyền giải quyết")
COL_GUIDANCE: Final = (
    "Trả lại đơn và hướng dẫn",
    "Hướng xử lý — Trả lại đơn và hướng dẫn: cơ quan được hướng dẫn đến, số văn bản hướng dẫn",
)
COL_TRANSFER: Final = (
    "Chuyển đơn",
    "Hướng xử lý — Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền, số văn bản chuyển đơn",
)
COL_FOLLOW_UP: Final = ("Theo dõi kết quả", "Theo dõi kết quả giải quyết")
COL_REMARKS: Final = ("Ghi chú", "Ghi chú")
COL_KIND: Final = ("Hình thức", "Thường xuyên, định kỳ hay đột xuất")
COL_ORDER: Final = ("Lần tiếp", "Lần đầu hay nhiều lần (cùng vụ việc)")
COL_CASE: Final = ("Mã vụ việc", "Mã vụ việc")

# Void dialog -----------------------------------------------------------------------------------------------
VOID_TITLE: Final = "Hủy lượt tiếp"
VOID_INTRO: Final = "Hủy lượt tiếp số {book_no}/{year}, ngày {date}: {who}."
VOID_NOTE: Final = "Bản ghi không bị xóa: nó vẫn nằm trong sổ, được đánh dấu đã hủy kèm lý do."
VOID_REASON: Final = "Lý do hủy"
VOID_REASON_PLACEHOLDER: Final = "Ví dụ: nhập trùng với lượt tiếp số …"
VOID_CONFIRM: Final = "Xác nhận hủy"
VOID_CANCEL: Final = "Không hủy"

# History dialog --------------------------------------------------------------------------------------------
HISTORY_TITLE: Final = "Lịch sử thay đổi — lượt tiếp số {book_no}/{year}"
HISTORY_COLUMNS: Final = ("Thời gian", "Người thực hiện", "Thao tác", "Chi tiết")
HISTORY_EMPTY: Final = "Chưa có thay đổi nào được ghi lại."
HISTORY_REASON: Final = "Lý do: {reason}"
HISTORY_FIELD_COUNT: Final = "{count} trường"
HISTORY_DATETIME: Final = "{day:02d}/{month:02d}/{year:04d} {hour:02d}:{minute:02d}"
ACTIONS: Final[Mapping[str, str]] = {
    "create": "Tạo mới",
    "update": "Sửa",
    "void": "Hủy",
    "print": "In",
}
# Labels of the visit fields in the change log.
FIELD_LABELS: Final[Mapping[str, str]] = {
    "date": "Ngày tiếp",
    "time": "Giờ tiếp",
    "kind": "Hình thức",
    "mode": "Cách tiếp",
    "presided_by_id": "Người chủ trì",
    "delegated": "Ủy quyền chủ trì",
    "main_citizen_id": "Người đến",
    "group_size": "Số người",
    "is_delegation": "Đoàn đông người",
    "authorised_person": "Người được ủy quyền",
    "interpreter_name": "Người phiên dịch",
    "summary": "Nội dung vụ việc",
    "requests": "Yêu cầu, đề nghị",
    "category": "Phân loại đơn",
    "field": "Lĩnh vực",
    "prior_handling": "Cơ quan đã giải quyết",
    "prior_decision_level": "Kết quả giải quyết trước",
    "within_competence": "Thuộc thẩm quyền",
    "handling": "Hướng xử lý",
    "guidance_target": "Hướng dẫn đến",
    "guidance_doc_no": "Số văn bản hướng dẫn",
    "transfer_target": "Chuyển đơn đến",
    "transfer_doc_no": "Số văn bản chuyển đơn",
    "refusal_reason": "Lý do từ chối",
    "follow_up": "Theo dõi kết quả",
    "citizen_signed": "Công dân ký",
    "remarks": "Ghi chú",
    "status": "Trạng thái",
    "case_id": "Vụ việc",
    "further_matters": "Nội dung khác",
    "is_voided": "Đã hủy",
}

# Settings page (Danh mục & cài đặt) ------------------------------------------------------------------------
SETTINGS_TITLE: Final = "Danh mục & cài đặt"
TAB_OFFICE: Final = "Cơ quan"
TAB_STAFF: Final = "Cán bộ"
TAB_PLACES: Final = "Nơi tiếp công dân"
OFFICE_NAME: Final = "Tên cơ quan"
OFFICE_NAME_PLACEHOLDER: Final = "Ví dụ: ỦY BAN NHÂN DÂN XÃ AN PHÚ"
OFFICE_PARENT: Final = "Cơ quan chủ quản"
OFFICE_PARENT_PLACEHOLDER: Final = "Để trống nếu là UBND xã; ví dụ: UBND TỈNH AN GIANG"
OFFICE_KIND: Final = "Loại cơ quan"
OFFICE_ABBREVIATION: Final = "Chữ viết tắt"
OFFICE_ABBREVIATION_PLACEHOLDER: Final = "Ví dụ: UBND, STP (dùng trong ký hiệu văn bản)"
OFFICE_PLACE_NAME: Final = "Địa danh"
OFFICE_PLACE_NAME_PLACEHOLDER: Final = "Ghi ở dòng ngày tháng, ví dụ: An Phú"
OFFICE_HEAD_TITLE: Final = "Chức vụ người đứng đầu"
OFFICE_HEAD_TITLE_PLACEHOLDER: Final = "Ví dụ: CHỦ TỊCH, GIÁM ĐỐC"
OFFICE_ADDRESS: Final = "Địa chỉ"
OFFICE_PHONE: Final = "Điện thoại"
OFFICE_EMAIL: Final = "Email"
OFFICE_WEBSITE: Final = "Website"
OFFICE_COLLECTIVE: Final = "Chế độ tập thể (ký thay mặt: TM.)"
OFFICE_SAVED: Final = "Đã lưu thông tin cơ quan."
HEAD_TITLE_UBND: Final = "CHỦ TỊCH"
HEAD_TITLE_SO: Final = "GIÁM ĐỐC"
ABBREVIATION_UBND: Final = "UBND"

STAFF_LIST: Final = "Danh sách cán bộ"
STAFF_NEW: Final = "Thêm cán bộ"
STAFF_FULL_NAME: Final = "Họ tên"
STAFF_POSITION: Final = "Chức vụ"
STAFF_UNIT: Final = "Đơn vị"
STAFF_IS_HEAD: Final = "Người đứng đầu"
STAFF_IS_DEPUTY: Final = "Cấp phó"
STAFF_SIGNATURE_TITLE: Final = "Chức danh ký"
STAFF_SIGNATURE_PLACEHOLDER: Final = "Ví dụ: PHÓ CHỦ TỊCH"
STAFF_ROLES: Final = "Vai trò"
STAFF_ACTIVE: Final = "Đang làm việc"
STAFF_INACTIVE_MARK: Final = "(nghỉ)"
STAFF_HEAD_MARK: Final = "(người đứng đầu)"
STAFF_DEPUTY_MARK: Final = "(cấp phó)"
STAFF_FORM_NEW: Final = "Thêm cán bộ mới"
STAFF_FORM_EDIT: Final = "Sửa thông tin cán bộ: {name}"
STAFF_SAVED: Final = "Đã lưu cán bộ {name}."

PLACE_LIST: Final = "Danh sách nơi tiếp"
PLACE_NEW: Final = "Thêm nơi tiếp"
PLACE_NAME: Final = "Tên"
PLACE_ADDRESS: Final = "Địa chỉ"
PLACE_DEFAULT: Final = "Nơi tiếp mặc định"
PLACE_ONLINE: Final = "Hỗ trợ tiếp trực tuyến"
PLACE_DEFAULT_MARK: Final = "(mặc định)"
PLACE_FORM_NEW: Final = "Thêm nơi tiếp mới"
PLACE_FORM_EDIT: Final = "Sửa nơi tiếp: {name}"
PLACE_SAVED: Final = "Đã lưu nơi tiếp {name}."

# First-run dialog ------------------------------------------------------------------------------------------
FIRST_RUN_TITLE: Final = "Thiết lập cơ quan"
FIRST_RUN_INTRO: Final = (
    "Lần đầu sử dụng: nhập thông tin cơ quan, người đứng đầu, cán bộ tiếp công dân và nơi tiếp. "
    "Các thông tin này in trên giấy tờ và có thể sửa sau ở mục Danh mục & cài đặt."
)
FIRST_RUN_OFFICE: Final = "Cơ quan"
FIRST_RUN_PEOPLE: Final = "Người và nơi tiếp"
HEAD_NAME: Final = "Họ tên người đứng đầu"
HEAD_NAME_PLACEHOLDER: Final = "Ví dụ: Trần Văn Bình"
OFFICER_NAME: Final = "Họ tên cán bộ tiếp công dân"
OFFICER_NAME_PLACEHOLDER: Final = "Người trực tiếp tiếp công dân tại bàn"
OFFICER_POSITION: Final = "Công chức tiếp công dân"
PLACE_NAME_LABEL: Final = "Nơi tiếp công dân mặc định"
PLACE_DEFAULT_NAME: Final = "Phòng tiếp công dân"
HEAD_NAME_REQUIRED: Final = "Nhập họ tên người đứng đầu cơ quan."
OFFICER_NAME_REQUIRED: Final = "Nhập họ tên cán bộ tiếp công dân."
FIRST_RUN_HINT: Final = "Enter: sang ô tiếp theo · Ctrl+S: lưu · Esc: thoát"
