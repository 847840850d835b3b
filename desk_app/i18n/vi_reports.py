"""Vietnamese text of the statutory reports: period names, form titles, column headings, narrative, errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.reports.periods import PeriodKind, ReportSpan
from desk_app.i18n.formatting import fmt_date

ROMAN: Final = ("I", "II", "III", "IV")


def period_label(span: ReportSpan) -> str:
    """ "Quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026", "Tháng 3 năm 2026", a range."""
    if span.kind is PeriodKind.QUARTER:
        return f"Quý {ROMAN[span.number - 1]} năm {span.year}"
    if span.kind is PeriodKind.SIX_MONTHS:
        return f"6 tháng đầu năm {span.year}"
    if span.kind is PeriodKind.NINE_MONTHS:
        return f"9 tháng năm {span.year}"
    if span.kind is PeriodKind.YEAR:
        return f"Năm {span.year}"
    if span.kind is PeriodKind.MONTH:
        return f"Tháng {span.number} năm {span.year}"
    return f"Từ {fmt_date(span.first)} đến {fmt_date(span.last)}"


def month_short(span: ReportSpan) -> str:
    """The chart's axis label of a report month: "T3/2026"."""
    return f"T{span.number}/{span.year}"


RANGE_LINE: Final = "Số liệu tính từ ngày {first} đến ngày {last}"

# The titles and column headings of the forms are the law's: desk_app/domain/reports/ (one module per form).
UNIT_COLUMN: Final = "Đơn vị"
CODE_ROW: Final = "MS"

# Drill-down rows -------------------------------------------------------------------------------------------------
DRILL_VISIT: Final = "Lượt tiếp số {no}/{year}"
DRILL_VISIT_TEXT: Final = "{name} ({size} người): {summary}"
DRILL_CASE: Final = "Vụ việc {code}"
DRILL_CASE_TEXT: Final = "{title} (lần đầu tiếp: {first})"
DRILL_SESSION: Final = "Kỳ tiếp ngày {date}"
DRILL_SESSION_TEXT: Final = "{who} — {status}"
DRILL_PETITION: Final = "Đơn số {no}/{year}"
DRILL_FOLLOW_UP: Final = "Văn bản phúc đáp {doc_no}"
DRILL_FOLLOW_UP_TEXT: Final = "Đơn số {no}/{year}: {content}"
NO_NAME: Final = "(không rõ)"
SESSION_STATUS: Final[Mapping[str, str]] = {
    "DU_KIEN": "Dự kiến",
    "DA_CONG_BO": "Đã niêm yết/công bố",
    "DA_TIEP": "Đã tiếp",
    "HOAN": "Hoãn/lùi lịch",
    "HUY": "Hủy",
    "KHONG_CO_CONG_DAN": "Không có công dân đến",
}


# Narrative (the paragraphs of the written report, as offices write them) -----------------------------------------
def num(n: int) -> str:
    """Figures as the reports write them: "02", "15", "0"."""
    return "0" if n == 0 else f"{n:02d}"


N_HEADER: Final = (
    "Kết quả công tác tiếp công dân, xử lý đơn {label} (số liệu tính từ ngày {first} đến ngày {last}):"
)
N_TCD_TOTAL: Final = (
    "1. Tiếp công dân: tổng số {turns} lượt với {persons} người, {cases} vụ việc "
    "(vụ việc cũ: {old}, vụ việc mới phát sinh: {new}); trong đó {groups} đoàn đông người với {group_persons} người."
)
N_TCD_REGULAR: Final = (
    "+ Tiếp thường xuyên: {turns} lượt với số người: {persons}, tiếp nhận đơn thư có {cases} vụ việc "
    "(vụ việc cũ: {old}, vụ việc mới phát sinh: {new})."
)
N_TCD_HEAD: Final = (
    "+ Tiếp định kỳ, đột xuất của {head}: {sessions} kỳ tiếp, {turns} lượt với số người: {persons}, "
    "{cases} vụ việc (vụ việc cũ: {old}, vụ việc mới phát sinh: {new})."
)
N_TCD_DELEGATED: Final = (
    "+ Ủy quyền tiếp: {sessions} kỳ tiếp, {turns} lượt với số người: {persons}, "
    "{cases} vụ việc (vụ việc cũ: {old}, vụ việc mới phát sinh: {new})."
)
N_HEAD_DEFAULT: Final = "người đứng đầu"
N_NOT_HELD: Final = "Có {count} kỳ tiếp định kỳ theo lịch nhưng không tổ chức được: {items}."
N_NOT_HELD_ITEM: Final = "ngày {date} ({reason})"
N_NOT_HELD_NO_REASON: Final = "không ghi lý do"
N_NO_CITIZEN: Final = "Có {count} kỳ tiếp không có công dân đến."
N_DIALOGUES: Final = "Tổ chức {count} cuộc đối thoại ({kinds})."
N_NO_DIALOGUE: Final = "Trong kỳ không tổ chức cuộc đối thoại nào."
DIALOGUE_KIND: Final[Mapping[str, str]] = {
    "DINH_KY": "định kỳ",
    "DOT_XUAT": "đột xuất",
    "CHUYEN_DE": "chuyên đề",
}
N_XLD: Final = (
    "2. Tiếp nhận, xử lý đơn: tổng số đơn phải xử lý {must} (kỳ trước chuyển sang: {carried}, "
    "tiếp nhận trong kỳ: {received}); đã xử lý {done}, chưa xử lý {left}. Đơn đủ điều kiện xử lý: {ok} đơn, "
    "{cases} vụ việc, gồm khiếu nại: {kn}, tố cáo: {tc}, kiến nghị, phản ánh: {pa}."
)
N_XLD_RESULT: Final = (
    "Kết quả xử lý: đơn thuộc thẩm quyền: {inside}; đơn không thuộc thẩm quyền: {outside} "
    "(hướng dẫn: {guided}, chuyển đơn: {moved}, đôn đốc giải quyết: {urged}); "
    "nhận {replies} văn bản phúc đáp do chuyển đơn."
)
N_RESOLVED: Final = (
    "3. Kết quả giải quyết vụ việc thuộc thẩm quyền: số vụ việc đã được giải quyết: {done}; "
    "vụ việc chưa được giải quyết: {left}."
)

LOCK_LOG: Final = "Khóa số liệu báo cáo {form} {label}"

# Command line ---------------------------------------------------------------------------------------------------------
CLI_NO_FORM: Final = "Thiếu mẫu báo cáo. Ví dụ: desk-app report 01/TCD --period 2026-Q1 --format json."
CLI_BAD_FORM: Final = "Không có mẫu báo cáo {form}. Các mẫu: {forms}."
CLI_NO_PERIOD: Final = "Chọn kỳ báo cáo bằng --period, hoặc --from và --to (YYYY-MM-DD)."
CLI_BOTH_PERIODS: Final = "Chỉ dùng --period hoặc --from/--to, không dùng cả hai."
CLI_BAD_DATE: Final = "Ngày {value} không hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2026-03-14."
CLI_NO_FORMAT: Final = "Chọn định dạng bằng --format: json, csv, xlsx hoặc pdf."
CLI_BAD_FORMAT: Final = "Định dạng {value} không hỗ trợ; chọn json, csv, xlsx hoặc pdf."
CLI_NEEDS_OUT: Final = "Định dạng {value} cần tệp kết quả: thêm --out TỆP."
CLI_NO_DATA: Final = "Thư mục {folder} chưa có dữ liệu của cơ quan."
CLI_WRITTEN: Final = "Đã ghi báo cáo {form} {label} vào {path}."
