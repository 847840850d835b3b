"""Vietnamese wording of the Tổng quan page: the count tiles, the week's sessions, the deadlines and the warnings."""

from __future__ import annotations

from typing import Final

TILE_VISITS_TODAY: Final = "Lượt tiếp hôm nay"
TILE_VISITS_MONTH: Final = "Lượt tiếp tháng {month:02d}/{year}"
TILE_DUE_SOON: Final = "Sắp đến hạn"
TILE_OVERDUE: Final = "Quá hạn"
TILE_DUE_SOON_TIP: Final = "Việc còn không quá 2 ngày làm việc (hoặc 3 ngày với thời hạn tính theo ngày)"
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
OVERDUE: Final = "Quá hạn"
DUE_SOON: Final = "Sắp đến hạn"
LATE_DAYS: Final = "Quá {days} ngày"
LEFT_TODAY: Final = "Hết hạn hôm nay"
LEFT_WORKING: Final = "Còn {days} ngày làm việc"
LEFT_CALENDAR: Final = "Còn {days} ngày"
GIVEN_MARK: Final = " (đã hẹn với công dân)"
NO_DEADLINES: Final = "Không có việc nào sắp đến hạn hoặc quá hạn."
NO_RESPONSIBLE: Final = "—"
UNNAMED: Final = "Việc số {id}"

WARNINGS_TITLE: Final = "Cảnh báo ({count})"
WARNINGS_TITLE_NONE: Final = "Cảnh báo"
NO_WARNINGS: Final = "Không có cảnh báo."

REFRESH: Final = "Làm mới"
REFRESH_TIP: Final = "Tải lại số liệu của trang Tổng quan (F5)"
LOADING: Final = "Đang tải số liệu…"
UPDATED: Final = "Cập nhật lúc {time}."
LOAD_FAILED: Final = "Không tải được số liệu Tổng quan. Bấm “Làm mới” để thử lại."
