"""Vietnamese wording of the report sheet (PDF, XLSX, CSV) and the Báo cáo page; stdlib only."""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from desk_app.i18n.formatting import fmt_date

# --- The printed sheet (TT 01/2024/TT-TTCP, DOMAIN §10.2 "Report layout") --------------------------------------
FORM_NUMBER: Final = "Biểu số: {form}"
PERIOD_LINE: Final = "Số liệu tính từ ngày {first} đến ngày {last}"
UNIT_HEADING: Final = "Đơn vị"
CODE_ROW: Final = "MS"
PREPARER_SIGN: Final = "NGƯỜI LẬP BIỂU"
ON_BEHALF: Final = "TM. {body}"
COLLECTIVE_BODY: Final = "ỦY BAN NHÂN DÂN"
SHORT_COLLECTIVE_BODY: Final = "UBND"
CHART_PAGE_TITLE: Final = "BIỂU ĐỒ SỐ LIỆU"
CHART_MONTHLY: Final = "Số lượt tiếp công dân và số đơn tiếp nhận theo tháng"
CHART_VISITS: Final = "Lượt tiếp"
CHART_PETITIONS: Final = "Đơn tiếp nhận"
CHART_BREAKDOWN: Final = "Phân loại theo biểu {form}"
BREAKDOWN_TITLES: Final[dict[str, str]] = {
    "01/TCD": "Số lượt tiếp theo hình thức tiếp",
    "01/XLD": "Đơn đủ điều kiện xử lý theo nội dung",
    "02/XLD": "Vụ việc khiếu nại theo nội dung",
    "03/XLD": "Vụ việc tố cáo theo nội dung",
    "04/XLD": "Vụ việc kiến nghị, phản ánh theo nội dung",
}
CHART_NO_DATA: Final = "Không có số liệu trong kỳ."
LOCKED_NOTE: Final = "Số liệu đã khóa ngày {date} bởi {who}."

# The breakdown bars of each form: which of its own columns split one total (labels are the official headings).
BREAKDOWN_COLUMNS: Final[dict[str, tuple[int, ...]]] = {
    "01/TCD": (4, 13, 22),
    "01/XLD": (8, 9, 10),
    "02/XLD": (10, 11, 12, 13, 14, 15),
    "03/XLD": (10, 11, 12, 13, 14, 15, 16, 17),
    "04/XLD": (9, 10, 11, 12),
}
# 01/TCD's three lượt columns are all "Số lượt tiếp": the bars are named by their group instead.
TCD_GROUP_LABELS: Final[dict[int, str]] = {
    4: "Tiếp thường xuyên",
    13: "Thủ trưởng tiếp",
    22: "Ủy quyền tiếp",
}

# --- CSV ---------------------------------------------------------------------------------------------------------
CSV_HEADER: Final = ("Cột", "Tiêu đề", "Số liệu")  # the window and the command line write the same file
CSV_FORM: Final = "Biểu số"
CSV_FROM: Final = "Từ ngày"
CSV_TO: Final = "Đến ngày"
HEADING_JOIN: Final = " – "
FIELD_PREFIX: Final = "Lĩnh vực "
QUALIFIED_LABEL: Final = "{leaf} ({parent})"  # "Khác (hành chính)"
AMBIGUOUS_LEAVES: Final = frozenset({"Khác", "Tổng", "Tổng số", "Tổng cộng"})


def period_line(first: date, last: date) -> str:
    """ "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026"."""
    return PERIOD_LINE.format(first=fmt_date(first), last=fmt_date(last))


def locked_note(when: datetime, who: str) -> str:
    return LOCKED_NOTE.format(date=fmt_date(when.date()), who=who)


# --- The Báo cáo page -----------------------------------------------------------------------------------------------
FORM_LABEL: Final = "Biểu:"
YEAR_LABEL: Final = "Năm:"
PERIOD_LABEL: Final = "Kỳ báo cáo:"
FROM_LABEL: Final = "Từ ngày:"
TO_LABEL: Final = "đến ngày:"
CUSTOM_PERIOD: Final = "Khoảng ngày khác…"
FORM_NAMES: Final[dict[str, str]] = {
    "01/TCD": "01/TCD – Tiếp công dân",
    "01/XLD": "01/XLD – Xử lý đơn",
    "02/XLD": "02/XLD – Xử lý đơn khiếu nại",
    "03/XLD": "03/XLD – Xử lý đơn tố cáo",
    "04/XLD": "04/XLD – Xử lý đơn kiến nghị, phản ánh",
}
BTN_SHOW: Final = "Xem"
BTN_PDF: Final = "Xuất PDF"
BTN_XLSX: Final = "Xuất Excel"
BTN_CSV: Final = "Xuất CSV"
BTN_COPY: Final = "Sao chép phần thuyết minh"
BTN_LOCK: Final = "Khóa số liệu"
BTN_UNLOCK: Final = "Mở khóa"
SHOW_TIP: Final = "Tính số liệu của biểu cho kỳ đã chọn"
COMPUTING: Final = "Đang tính số liệu {form} {label}…"
EXPORTING: Final = "Đang xuất {what}…"
EMPTY_HINT: Final = "Chọn biểu và kỳ báo cáo rồi bấm “Xem”."
SHOWN: Final = "Biểu {form} – {label}: {first} – {last}. Bấm vào một số để xem các hồ sơ tạo nên số đó."
CELL_TIP: Final = "Cột {number}: {heading}\nBấm để xem danh sách hồ sơ tạo nên số này."
CELL_TIP_ADJUSTED: Final = (
    "Cột {number}: {heading}\nSố đã khóa: {locked}; số liệu hiện nay: {now} ({diff:+d}).\n"
    "Bấm để xem danh sách hồ sơ."
)
LOCKED: Final = "Đã khóa ngày {date} bởi {who}."
LOCKED_ADJUSTED: Final = (
    " Có {count} cột được điều chỉnh sau khi khóa (tô màu cam, rê chuột để xem số hiện nay)."
)
NOT_LOCKED: Final = "Số liệu chưa khóa: các thay đổi trong hồ sơ sẽ làm thay đổi số liệu."
NARRATIVE_LABEL: Final = "Phần thuyết minh (điền sẵn số liệu, sao chép vào báo cáo):"
NARRATIVE_COPIED: Final = "Đã sao chép phần thuyết minh; dán (Ctrl+V) vào văn bản báo cáo."
CHART_MONTHLY_SHORT: Final = "Theo tháng"
LOCK_CONFIRM: Final = (
    "Khóa số liệu biểu {form} {label}?\n\nSố liệu của báo cáo đã nộp được giữ nguyên như hiện nay; "
    "những sửa đổi hồ sơ về sau chỉ hiện thành số điều chỉnh."
)
LOCK_DONE: Final = "Đã khóa số liệu biểu {form} {label}."
UNLOCK_TITLE: Final = "Mở khóa số liệu"
UNLOCK_PROMPT: Final = "Lý do mở khóa biểu {form} {label}:"
UNLOCK_DONE: Final = "Đã mở khóa biểu {form} {label}; số liệu được tính lại từ hồ sơ."
UNLOCK_LEADER_TIP: Final = "Chỉ lãnh đạo được mở khóa số liệu đã khóa."
SAVE_PDF: Final = "Lưu biểu ra tệp PDF"
SAVE_XLSX: Final = "Lưu biểu ra tệp Excel"
SAVE_CSV: Final = "Lưu biểu ra tệp CSV"
FILTER_PDF: Final = "Tệp PDF (*.pdf)"
FILTER_XLSX: Final = "Tệp Excel (*.xlsx)"
FILTER_CSV: Final = "Tệp CSV (*.csv)"
WHAT_PDF: Final = "tệp PDF"
WHAT_XLSX: Final = "tệp Excel"
WHAT_CSV: Final = "tệp CSV"
EXPORTED: Final = "Đã lưu {what}: {path}"
EXPORTED_KEPT: Final = "Đã lưu {what}: {path} (bản lưu trong hồ sơ tài liệu của phần mềm)."
FAILED: Final = "Không thực hiện được: {reason}"
BAD_DATES: Final = "Nhập ngày bắt đầu và ngày kết thúc theo dạng dd/mm/yyyy."
NO_SERVICE: Final = "Phần tính báo cáo chưa có trong bản này."

# --- Drill-down ---------------------------------------------------------------------------------------------------
DRILL_TITLE: Final = "Hồ sơ tạo nên số liệu – cột {number}"
DRILL_HEADING: Final = "Cột {number}: {heading}"
DRILL_COUNT: Final = "Số trên biểu: {value}. Danh sách dưới đây có {count} dòng."
DRILL_PERSONS: Final = " (Cột này đếm số người: cộng số người ghi ở từng lượt tiếp.)"
DRILL_EMPTY: Final = "Không có hồ sơ nào."
DRILL_COLUMNS: Final = ("STT", "Ngày", "Hồ sơ", "Nội dung")
DRILL_KIND: Final[dict[str, str]] = {
    "visit": "lượt tiếp",
    "petition": "đơn",
    "case": "vụ việc",
    "session": "kỳ tiếp",
    "follow_up": "văn bản phúc đáp",
}
DRILL_KIND_LINE: Final = "Loại hồ sơ: {kind}."
