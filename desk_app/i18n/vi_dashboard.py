"""Vietnamese wording of the Tổng quan page: the count tiles, the week's sessions, the deadlines and the warnings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TILE_VISITS_TODAY: Final = "Lượt tiếp hôm nay"
TILE_VISITS_MONTH: Final = "Lượt tiếp tháng {month:02d}/{year}"
TILE_DUE_SOON: Final = "Sắp đến hạn"
TILE_OVERDUE: Final = "Quá hạn"
TILE_DUE_SOON_TIP: Final = (
    "Việc còn không quá {working} ngày làm việc (hoặc {calendar} ngày với thời hạn tính theo ngày)"
)
TILE_OVERDUE_TIP: Final = "Việc đã quá hạn mà chưa hoàn thành"

SESSIONS_TITLE: Final = "Lịch tiếp công dân tuần này ({first} – {last})"
SESSION_COLUMNS: Final = ("Ngày", "Giờ", "Người chủ trì", "Hình thức", "Tình trạng", "Đăng ký")
TODAY_MARK: Final = "Hôm nay"
DAY_LABEL: Final = "{weekday} {date}"
REGISTRANTS: Final = "{count} người"
NO_REGISTRANTS: Final = "Chưa có"
NO_SESSIONS: Final = "Tuần này không có buổi tiếp công dân nào trong lịch."
NO_SESSION_TODAY: Final = (
    "Hôm nay không có buổi tiếp định kỳ hoặc đột xuất; vẫn tiếp thường xuyên tại nơi tiếp công dân."
)
SESSION_TODAY: Final = "Hôm nay có {count} buổi tiếp, {registrants} người đã đăng ký."
ONLINE_MARK: Final = " (trực tuyến)"
POSTPONED_MARK: Final = " — chuyển từ {date}"

DEADLINES_TITLE: Final = "Thời hạn cần chú ý"
DEADLINE_COLUMNS: Final = ("Tình trạng", "Việc", "Người phụ trách", "Hạn", "Còn / quá")
LATE_DAYS: Final = "Quá {days} ngày"
LEFT_TODAY: Final = "Hết hạn hôm nay"
LEFT_WORKING: Final = "Còn {days} ngày làm việc"
LEFT_CALENDAR: Final = "Còn {days} ngày"
GIVEN_MARK: Final = " (đã hẹn với công dân)"
NO_DEADLINES: Final = "Không có việc nào sắp đến hạn hoặc quá hạn."
NO_RESPONSIBLE: Final = "—"
UNNAMED: Final = "Việc số {id}"
CLOCK_TITLE: Final = "{what} — {subject}"
CLOCK_TIP: Final = "{full} — {subject}"
SUBJECT_PETITION: Final = "Đơn số {no}/{year}"
SUBJECT_VISIT: Final = "Lượt tiếp số {no}/{year}"
SUBJECT_SESSION_ITEM: Final = "Buổi tiếp ngày {date}: {name}"
SUBJECT_DIALOGUE: Final = "Đối thoại ngày {date}"

DEADLINE_NAMES: Final[Mapping[str, str]] = {
    "TCD_PUBLISH_SCHEDULE": "Công khai lịch tiếp",
    "TCD_NOTIFY_RESULT": "Thông báo thụ lý hoặc chuyển đơn",
    "TCD_REFUSAL_NOTICE": "Thông báo từ chối tiếp (01/TCD)",
    "TCD_FORWARDED_RESULT_TO_SENDER": "Báo kết quả cho nơi chuyển đơn",
    "TCD_BAN_NOTIFY_CITIZEN": "Thông báo kết quả cho công dân",
    "ONLINE_NOTIFY": "Thông báo tiếp trực tuyến",
    "ONLINE_TEST": "Kiểm tra kết nối tiếp trực tuyến",
    "TCD_CONCLUSION_TASK": "Thực hiện kết luận buổi tiếp",
    "DIALOGUE_CONCLUSION_NOTICE": "Thông báo kết luận đối thoại",
    "DIALOGUE_UNIT_ANSWER": "Trả lời nội dung đối thoại",
    "XLD_PROCESS": "Xử lý đơn",
    "XLD_DISCIPLINE_LIMIT": "Hạn cuối xử lý đơn",
    "KN_THOI_HIEU": "Thời hiệu khiếu nại",
    "KN_ACCEPT": "Thụ lý khiếu nại",
    "KN_RESOLVE_1": "Giải quyết khiếu nại lần đầu",
    "KN_RESOLVE_2": "Giải quyết khiếu nại lần hai",
    "KN_APPEAL_WINDOW": "Hạn khiếu nại lần hai, khởi kiện",
    "KN_DIALOGUE_NOTICE": "Thông báo đối thoại",
    "KN_SUSPEND_SEND": "Gửi quyết định tạm đình chỉ",
    "KN_DINH_CHI_NO_CONTINUE": "Hạn tiếp tục khiếu nại",
    "TC_INITIAL": "Xử lý ban đầu tố cáo",
    "TC_TRANSFER": "Chuyển tố cáo",
    "TC_NOTIFY_ACCEPT": "Thông báo thụ lý tố cáo",
    "TC_RESOLVE": "Giải quyết tố cáo",
    "DATA_SUBJECT_REQUEST": "Trả lời yêu cầu về dữ liệu cá nhân",
}
"""Short names for the table; the rule's full wording (rules data) is in the row's tooltip."""

WARNINGS_TITLE: Final = "Cảnh báo ({count})"
WARNINGS_TITLE_NONE: Final = "Cảnh báo"
NO_WARNINGS: Final = "Không có cảnh báo."

REFRESH: Final = "Làm mới"
REFRESH_TIP: Final = "Tải lại số liệu của trang Tổng quan (F5)"
LOADING: Final = "Đang tải số liệu…"
UPDATED: Final = "Cập nhật lúc {time}."
LOAD_FAILED: Final = "Không tải được số liệu Tổng quan. Bấm “Làm mới” để thử lại."
