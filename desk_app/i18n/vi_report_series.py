"""Vietnamese text of the charts by field and by timeliness, and of the office's monthly report cut-off."""

from __future__ import annotations

from typing import Final

FIELD_UNKNOWN: Final = "Chưa xác định lĩnh vực"
ON_TIME: Final = "Xong đúng hạn"
LATE: Final = "Xong nhưng trễ hạn"
OVERDUE: Final = "Quá hạn, chưa xong"

CHART_FIELD: Final = "Lượt tiếp và đơn tiếp nhận theo lĩnh vực"
CHART_TIMELINESS: Final = "Thời hạn xử lý đơn đến hạn trong kỳ"
CHART_TIMELINESS_NOTE: Final = (
    "Tính các thời hạn của đơn có hạn (kể cả hạn đã gia hạn) rơi vào kỳ báo cáo, đối chiếu ngày hoàn thành."
)
CHART_PAGE2_TITLE: Final = "BIỂU ĐỒ THEO LĨNH VỰC VÀ THỜI HẠN XỬ LÝ ĐƠN"
TAB_BREAKDOWN: Final = "Theo biểu"
TAB_FIELD: Final = "Theo lĩnh vực"
TAB_TIMELINESS: Final = "Đúng hạn, trễ hạn"

OFFICE_CALENDAR_MONTHS: Final = (
    "Báo cáo tháng tính theo tháng dương lịch (mặc định: từ ngày 15 tháng trước đến ngày 14)"
)
OFFICE_CALENDAR_MONTHS_TIP: Final = (
    "Chỉ chọn khi cấp trên yêu cầu số liệu tháng theo tháng dương lịch (từ ngày 01 đến cuối tháng)."
)
