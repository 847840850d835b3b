"""Vietnamese wording of the Lịch tiếp page: month grid, day panel, list, rules, generation, publishing, dialogs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.enums import ReceptionSessionStatus

# --- Page and month grid ------------------------------------------------------------------------------------
TAB_MONTH: Final = "Lịch tháng"
TAB_LIST: Final = "Danh sách buổi tiếp"
TAB_DIALOGUES: Final = "Đối thoại"
MONTH_TITLE: Final = "Tháng {month:02d}/{year}"
PREV_MONTH_TIP: Final = "Tháng trước (Page Up)"
NEXT_MONTH_TIP: Final = "Tháng sau (Page Down)"
TODAY: Final = "Hôm nay"
TODAY_TIP: Final = "Về tháng hiện tại và chọn ngày hôm nay"
WEEKDAY_HEADERS: Final = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
MAKE_UP: Final = "Làm bù"
MORE_SESSIONS: Final = "+{count} buổi"
MOVED_MARK: Final = "↪"
GRID_TIP: Final = (
    "Mũi tên: chọn ngày · Page Up/Page Down: đổi tháng · Enter: mở buổi tiếp đầu tiên của ngày · "
    "Nhấp đúp vào buổi tiếp để sửa"
)
LEGEND: Final = (
    "Màu buổi tiếp: xám = dự kiến · xanh dương = đã công bố · xanh lá = đã tiếp · vàng cam = hoãn · "
    "đỏ gạch ngang = hủy · tím xám = không có công dân đến · ↪ = đã dời ngày"
)

STATUS_SHORT: Final[Mapping[ReceptionSessionStatus, str]] = {
    ReceptionSessionStatus.DU_KIEN: "Dự kiến",
    ReceptionSessionStatus.DA_CONG_BO: "Đã công bố",
    ReceptionSessionStatus.DA_TIEP: "Đã tiếp",
    ReceptionSessionStatus.HOAN: "Hoãn",
    ReceptionSessionStatus.HUY: "Hủy",
    ReceptionSessionStatus.KHONG_CO_CONG_DAN: "Không có công dân đến",
}

# --- Buttons ------------------------------------------------------------------------------------------------
RULES: Final = "Quy tắc lịch tiếp…"
RULES_TIP: Final = "Xem, thêm, sửa quy tắc lịch tiếp định kỳ của lãnh đạo"
GENERATE: Final = "Tạo lịch từ quy tắc…"
GENERATE_TIP: Final = "Tạo các buổi tiếp định kỳ của tháng, quý hoặc năm theo quy tắc; không tạo trùng"
ADD_SESSION: Final = "Thêm buổi tiếp…"
ADD_SESSION_TIP: Final = "Thêm một buổi tiếp đột xuất hoặc buổi tiếp bổ sung (Ctrl+N)"
EDIT_SESSION: Final = "Sửa…"
EDIT_SESSION_TIP: Final = "Sửa buổi tiếp đang chọn (Enter trên lịch)"
PUBLISH: Final = "Công bố / In thông báo…"
PUBLISH_TIP: Final = "In Thông báo lịch tiếp công dân của tháng hoặc quý, lưu văn bản và lịch .ics (Ctrl+P)"
DAY_SHEET: Final = "In danh sách buổi tiếp"
DAY_SHEET_TIP: Final = "In danh sách công dân đăng ký của buổi tiếp đang chọn"
POSTPONE: Final = "Hoãn…"
POSTPONE_TIP: Final = "Lùi buổi tiếp đang chọn sang ngày khác, ghi lý do"
CANCEL_SESSION: Final = "Hủy buổi…"
CANCEL_SESSION_TIP: Final = "Hủy buổi tiếp đang chọn, ghi lý do"
HELD: Final = "Đã tiếp"
HELD_TIP: Final = "Ghi nhận buổi tiếp đang chọn đã diễn ra"
NO_CITIZEN: Final = "Không có công dân đến"
NO_CITIZEN_TIP: Final = "Ghi nhận buổi tiếp đang chọn không có công dân nào đến"
CONCLUSION: Final = "Kết luận buổi tiếp…"
CONCLUSION_TIP: Final = "Ra Thông báo kết luận của buổi tiếp đã diễn ra"
ADD_REGISTRANT: Final = "Thêm người đăng ký…"
REMOVE_REGISTRANT: Final = "Bỏ người đăng ký…"
PICK_SESSION: Final = "Chọn một buổi tiếp trên lịch hoặc trong danh sách trước."
PICK_REGISTRANT: Final = "Chọn một người đăng ký trong bảng trước."
SERVICE_MISSING: Final = "Chức năng lịch tiếp chưa sẵn sàng trong phiên bản này."

# --- Day panel ----------------------------------------------------------------------------------------------
DAY_TITLE: Final = "{weekday}, {date}"
DAY_OFF: Final = "Ngày nghỉ: {name}"
DAY_MAKE_UP: Final = "Ngày làm bù: {name}"
DAY_WEEKEND: Final = "Ngày nghỉ cuối tuần"
DAY_TODAY: Final = " (hôm nay)"
NO_SESSION_DAY: Final = "Không có buổi tiếp trong ngày này."
SESSIONS_OF_DAY: Final = "BUỔI TIẾP TRONG NGÀY"
REGISTRANTS_TITLE: Final = "CÔNG DÂN ĐĂNG KÝ ({count})"
REGISTRANT_COLUMNS: Final = ("Họ và tên", "Điện thoại", "Nội dung")
SESSION_LINE: Final = "{time} · {name} · {status}"
ALL_DAY: Final = "Cả ngày"
TIME_RANGE: Final = "{start}–{end}"
D_TIME: Final = "Thời gian"
D_KIND: Final = "Loại"
D_PLACE: Final = "Địa điểm"
D_PRESIDER: Final = "Người chủ trì"
D_PARTICIPANTS: Final = "Thành phần"
D_CONTENT: Final = "Nội dung dự kiến"
D_STATUS: Final = "Trạng thái"
D_PUBLISH_BY: Final = "Công bố chậm nhất"
D_PUBLISHED: Final = "Đã công bố ngày"
D_SHIFT: Final = "Dời ngày"
D_POSTPONED: Final = "Hoãn từ ngày"
D_REASON: Final = "Lý do"
D_CONCLUSION: Final = "Thông báo kết luận"
D_VISITS: Final = "Lượt tiếp đã ghi"
NONE: Final = "—"
PUBLISH_LATE: Final = "{date} — đã quá hạn, cần công bố ngay"
WARN_NOT_HEAD: Final = (
    "Người chủ trì không phải người đứng đầu. Theo {basis}, người đứng đầu trực tiếp tiếp định kỳ — "
    "kiểm tra lại căn cứ ủy quyền."
)

# --- List view ----------------------------------------------------------------------------------------------
LIST_MONTH: Final = "Tháng đang xem"
LIST_QUARTER: Final = "Cả quý"
LIST_COLUMNS: Final = ("Ngày", "Thời gian", "Người chủ trì", "Địa điểm", "Trạng thái", "Công bố", "Ghi chú")
LIST_COUNT: Final = "{count} buổi tiếp trong {period}"
PERIOD_MONTH: Final = "tháng {month:02d}/{year}"
PERIOD_QUARTER: Final = "quý {quarter}/{year}"
PERIOD_YEAR: Final = "năm {year}"
PUBLISHED_ON: Final = "Đã công bố {date}"
PUBLISH_BY: Final = "Trước {date}"

# --- Rules dialog -------------------------------------------------------------------------------------------
RULES_TITLE: Final = "Quy tắc lịch tiếp định kỳ"
RULES_INTRO: Final = (
    "Mỗi quy tắc tạo các buổi tiếp định kỳ của một lãnh đạo. Ví dụ: “thứ Năm tuần 2 và 4, buổi chiều”, "
    "“ngày 05 và 20 hằng tháng”, “sáng thứ Hai hằng tuần”."
)
RULE_COLUMNS: Final = ("Lãnh đạo", "Quy tắc", "Giờ", "Nơi tiếp", "Ngày nghỉ", "Hiệu lực")
RULE_ADD: Final = "Thêm quy tắc…"
RULE_EDIT: Final = "Sửa quy tắc…"
RULE_VOID: Final = "Bỏ quy tắc…"
RULE_VOID_REASON: Final = "Lý do bỏ quy tắc “{pattern}” của {leader}:"
RULE_VOID_TITLE: Final = "Bỏ quy tắc lịch tiếp"
RULE_NONE: Final = "Chưa có quy tắc nào. Bấm “Thêm quy tắc…” để nhập lịch tiếp của người đứng đầu."
VALID_RANGE: Final = "{first} – {last}"
VALID_FROM: Final = "Từ {date}"
VALID_TO: Final = "Đến {date}"
DEFAULT_PLACE: Final = "Nơi tiếp mặc định"
VALID_ALWAYS: Final = "Không thời hạn"
HOLIDAY_SHORT: Final = ("Ngày làm việc kế tiếp", "Ngày làm việc liền trước", "Hỏi lại")

RULE_EDIT_TITLE: Final = "Quy tắc lịch tiếp"
F_LEADER: Final = "Lãnh đạo tiếp công dân"
F_PATTERN: Final = "Lịch tiếp (viết như lời nói)"
PATTERN_PLACEHOLDER: Final = "ví dụ: thứ Năm tuần 2 và 4, buổi chiều"
PREVIEW: Final = "→ {text}"
PREVIEW_EMPTY: Final = "Gõ quy tắc để xem ứng dụng hiểu thế nào."
F_START: Final = "Từ giờ"
F_END: Final = "Đến giờ"
TIME_PLACEHOLDER: Final = "hh:mm"
TIME_HINT: Final = "Để trống giờ thì dùng giờ của buổi (sáng 07:30–11:30, chiều 13:30–17:00)."
F_PLACE: Final = "Nơi tiếp"
F_HOLIDAY: Final = "Khi trùng ngày nghỉ"
F_VALID_FROM: Final = "Áp dụng từ ngày"
F_VALID_TO: Final = "Đến ngày"
F_PARTICIPANTS: Final = "Thành phần tham dự"
F_CONTENT: Final = "Nội dung dự kiến"
PARTICIPANTS_PLACEHOLDER: Final = "ví dụ: Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng"
CONTENT_PLACEHOLDER: Final = "ví dụ: Tiếp công dân theo đơn đăng ký; khiếu nại, tố cáo, kiến nghị, phản ánh"
PICK_LEADER: Final = "— Chọn lãnh đạo —"
PICK_PLACE: Final = "— Nơi tiếp mặc định —"
LEADER_ITEM: Final = "{name} — {position}"
SAVE: Final = "Lưu"
CANCEL: Final = "Hủy bỏ"
CLOSE: Final = "Đóng"
RULE_SAVED: Final = "Đã lưu quy tắc: {text}."
RULE_VOIDED: Final = "Đã bỏ quy tắc."

# --- Generation ---------------------------------------------------------------------------------------------
GENERATE_TITLE: Final = "Tạo lịch từ quy tắc"
GEN_PERIOD: Final = "Tạo cho"
GEN_KIND_MONTH: Final = "Tháng"
GEN_KIND_QUARTER: Final = "Quý"
GEN_KIND_YEAR: Final = "Cả năm"
GEN_YEAR: Final = "Năm"
GEN_NUMBER_MONTH: Final = "Tháng {n:02d}"
GEN_NUMBER_QUARTER: Final = "Quý {n}"
GEN_RUN: Final = "Tạo lịch"
GEN_NO_RULES: Final = "Chưa có quy tắc lịch tiếp nào: thêm quy tắc trước khi tạo lịch."
REPORT_TITLE: Final = "Kết quả tạo lịch {period}"
REPORT_CREATED: Final = "Đã tạo {count} buổi tiếp mới."
REPORT_CREATED_LIST: Final = "Các buổi tiếp đã tạo ({count}):"
REPORT_ALREADY: Final = "{count} buổi đã có từ trước, không tạo lại."
REPORT_MOVED: Final = "Buổi tiếp được dời ngày ({count}):"
REPORT_MANUAL: Final = "Cần chọn ngày khác ({count}):"
REPORT_MISSING: Final = "Ngày không có trong tháng ({count}):"
REPORT_BELOW: Final = "Chưa đủ số buổi tối thiểu ({count}):"
REPORT_NONE_CREATED: Final = "Không có buổi tiếp mới nào được tạo."
REPORT_PAST: Final = "Bỏ qua {count} ngày đã qua (không tạo buổi tiếp dự kiến trong quá khứ):"
REPORT_PAST_DAYS: Final = "{days}."
REPORT_PAST_HINT: Final = (
    "Buổi tiếp đã diễn ra mà chưa có trong lịch: thêm bằng “Thêm buổi tiếp…” rồi đánh dấu đã tiếp."
)
REPORT_CREATED_LINE: Final = "{weekday} {date} · {time} · {name}"
GENERATED: Final = "Đã tạo lịch {period}: {count} buổi tiếp mới."

# --- Reception-session dialog -----------------------------------------------------------------------------------------
SESSION_NEW_TITLE: Final = "Thêm buổi tiếp"
SESSION_EDIT_TITLE: Final = "Sửa buổi tiếp ngày {date}"
F_DATE: Final = "Ngày tiếp"
F_PRESIDER: Final = "Người chủ trì"
F_KIND: Final = "Loại buổi tiếp"
F_MODE: Final = "Hình thức"
F_DELEGATION: Final = "Văn bản ủy quyền (nếu có)"
SESSION_SAVED: Final = "Đã lưu buổi tiếp ngày {date}."

# --- Postpone, cancel, held ---------------------------------------------------------------------------------
POSTPONE_TITLE: Final = "Hoãn buổi tiếp"
POSTPONE_INTRO: Final = "Hoãn buổi tiếp {when} do {name} chủ trì sang ngày khác."
F_NEW_DATE: Final = "Ngày tiếp mới"
F_REASON: Final = "Lý do"
POSTPONE_REASON_PLACEHOLDER: Final = "ví dụ: Chủ tịch họp đột xuất tại tỉnh"
POSTPONE_RUN: Final = "Hoãn buổi tiếp"
CANCEL_TITLE: Final = "Hủy buổi tiếp"
CANCEL_INTRO: Final = "Hủy buổi tiếp {when} do {name} chủ trì. Buổi đã hủy không in trên thông báo."
CANCEL_RUN: Final = "Hủy buổi tiếp"
NOTIFY_TITLE: Final = "Báo cho công dân đã đăng ký"
NOTIFY_POSTPONE: Final = (
    "Buổi tiếp ngày {date} có {count} công dân đã đăng ký. Hãy báo cho từng người biết buổi tiếp được lùi "
    "sang ngày {new_date}. Người đăng ký sẽ được chuyển theo buổi tiếp."
)
NOTIFY_CANCEL: Final = (
    "Buổi tiếp ngày {date} có {count} công dân đã đăng ký. Hãy báo cho từng người biết buổi tiếp bị hủy."
)
NOTIFY_COLUMNS: Final = ("Họ và tên", "Điện thoại", "Địa chỉ", "Nội dung")
NOTIFY_CONFIRM_POSTPONE: Final = "Đã rõ, hoãn buổi tiếp"
NOTIFY_CONFIRM_CANCEL: Final = "Đã rõ, hủy buổi tiếp"
NO_PHONE: Final = "(không có số điện thoại)"
POSTPONED: Final = "Đã hoãn buổi tiếp ngày {old} sang ngày {new}."
CANCELLED: Final = "Đã hủy buổi tiếp ngày {date}."
CONFIRM_HELD: Final = "Ghi nhận buổi tiếp ngày {date} đã diễn ra?"
CONFIRM_NO_CITIZEN: Final = "Ghi nhận buổi tiếp ngày {date} không có công dân nào đến?"
MARKED_HELD: Final = "Đã ghi nhận buổi tiếp ngày {date} đã diễn ra."
MARKED_NO_CITIZEN: Final = "Đã ghi nhận buổi tiếp ngày {date} không có công dân đến."
CONFIRM_TITLE: Final = "Xác nhận"

# --- Registrants --------------------------------------------------------------------------------------------
REGISTRANT_TITLE: Final = "Thêm công dân đăng ký tiếp"
REGISTRANT_INTRO: Final = "Buổi tiếp {when} do {name} chủ trì."
F_FULL_NAME: Final = "Họ và tên"
F_PHONE: Final = "Điện thoại"
F_ADDRESS: Final = "Địa chỉ"
F_MATTER: Final = "Nội dung cần trình bày"
REGISTRANT_ADDED: Final = "Đã thêm {name} vào danh sách đăng ký."
REGISTRANT_REMOVE_TITLE: Final = "Bỏ người đăng ký"
REGISTRANT_REMOVE_REASON: Final = "Lý do bỏ {name} khỏi danh sách đăng ký:"
REGISTRANT_REMOVED: Final = "Đã bỏ {name} khỏi danh sách đăng ký."

# --- Publishing ---------------------------------------------------------------------------------------------
PUBLISH_TITLE: Final = "Công bố lịch tiếp công dân"
PUBLISH_INTRO: Final = (
    "In Thông báo lịch tiếp công dân: lần in đầu lấy số văn bản đi, in lại giữ số cũ.\n"
    "Các buổi dự kiến hoặc hoãn trong kỳ được ghi là đã công bố; buổi đã hủy không in.\n"
    "Lưu văn bản (.txt) và lịch (.ics) để đăng lên trang thông tin điện tử: không lấy số, không công bố."
)
PUBLISH_PERIOD: Final = "Kỳ thông báo"
PUBLISH_MONTH: Final = "Tháng"
PUBLISH_QUARTER: Final = "Quý"
PUBLISH_PDF: Final = "In thông báo (PDF)"
SAVE_TEXT: Final = "Lưu văn bản (.txt)"
SAVE_ICS: Final = "Lưu lịch (.ics)"
SAVE_TEXT_CAPTION: Final = "Lưu thông báo dạng văn bản"
SAVE_ICS_CAPTION: Final = "Lưu lịch tiếp dạng iCalendar"
TEXT_FILTER: Final = "Văn bản (*.txt)"
ICS_FILTER: Final = "Lịch iCalendar (*.ics)"
TEXT_FILE: Final = "thong-bao-lich-tiep-{key}.txt"
ICS_FILE: Final = "lich-tiep-{key}.ics"
NOTICE_NAME: Final = "Thông báo lịch tiếp công dân {period}"
DAY_SHEET_NAME: Final = "danh sách công dân đăng ký ngày {date}"
FILE_SAVED: Final = "Đã lưu {path}."
NOTICE_PUBLISHED: Final = "Đã in {what}, số {number}; tệp PDF đã được lưu và mở."
ICS_CALENDAR_NAME: Final = "Lịch tiếp công dân {period}"

# Printed wording chosen by the page (the form leaves these to its caller).
LEGAL_BASIS: Final = ("Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013",)
RECIPIENTS: Final = (
    "Lãnh đạo cơ quan",
    "Nơi tiếp công dân (để niêm yết)",
    "Trang thông tin điện tử (nếu có)",
    "Lưu: VT",
)
SHEET_TIME_RANGE: Final = "{part}, từ {start} đến {end}"
SHEET_TIME_FROM: Final = "{part}, từ {start}"
