"""Vietnamese text of the printed registers and of Excel/CSV import and export (DOMAIN §9.1, §16.3, §16.4)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.enums import PetitionStatus, SubjectField

# Interchange headers of the Sổ tiếp công dân (DOMAIN §16.3), in file order --------------------------------
V_DATE: Final = "Ngày tiếp"
V_KIND: Final = "Hình thức tiếp"
V_PRESIDER: Final = "Người chủ trì"
V_DELEGATED: Final = "Ủy quyền"
V_NAME: Final = "Họ tên"
V_ID: Final = "Số giấy tờ"
V_ADDRESS: Final = "Địa chỉ"
V_GROUP: Final = "Số người"
V_SUMMARY: Final = "Nội dung"
V_CATEGORY: Final = "Phân loại"
V_FIELD: Final = "Lĩnh vực"
V_CASE: Final = "Mã vụ việc"
V_COMPETENCE: Final = "Thuộc thẩm quyền"
V_HANDLING: Final = "Hướng xử lý"
V_REMARKS: Final = "Ghi chú"
V_TURN: Final = "Lượt"
"""Optional: consecutive rows with the same key are one visit that raised several matters (DOMAIN §16.3)."""
V_RESULT: Final = "Kết quả"
"""Optional: the result of the row's matter (Đã / Đang / Chưa giải quyết)."""
VISIT_HEADERS: Final = (
    V_DATE, V_KIND, V_PRESIDER, V_DELEGATED, V_NAME, V_ID, V_ADDRESS, V_GROUP, V_SUMMARY, V_CATEGORY,
    V_FIELD, V_CASE, V_COMPETENCE, V_HANDLING, V_REMARKS, V_TURN, V_RESULT,
)  # fmt: skip
VISIT_REQUIRED: Final = (V_DATE, V_KIND, V_NAME, V_SUMMARY, V_CATEGORY)

# Interchange headers of the sổ theo dõi đơn (defined by desk_app, README "Tệp trao đổi: sổ theo dõi đơn") ------
P_RECEIVED: Final = "Ngày nhận"
P_SOURCE: Final = "Nguồn đơn"
P_FORWARDED_BY: Final = "Cơ quan chuyển đơn"
P_SENDER: Final = "Người gửi"
P_ID: Final = "Số giấy tờ"
P_ADDRESS: Final = "Địa chỉ"
P_SIGNERS: Final = "Số người đứng tên"
P_SUMMARY: Final = "Nội dung"
P_CATEGORY: Final = "Phân loại"
P_FIELD: Final = "Lĩnh vực"
P_CASE: Final = "Mã vụ việc"
P_PROCESSABLE: Final = "Đủ điều kiện xử lý"
P_COMPETENCE: Final = "Thuộc thẩm quyền"
P_HANDLING: Final = "Hướng xử lý"
P_HANDLED: Final = "Ngày xử lý"
P_STATUS: Final = "Kết quả giải quyết"
PETITION_HEADERS: Final = (
    P_RECEIVED, P_SOURCE, P_FORWARDED_BY, P_SENDER, P_ID, P_ADDRESS, P_SIGNERS, P_SUMMARY, P_CATEGORY,
    P_FIELD, P_CASE, P_PROCESSABLE, P_COMPETENCE, P_HANDLING, P_HANDLED, P_STATUS,
)  # fmt: skip
PETITION_REQUIRED: Final = (P_RECEIVED, P_SOURCE, P_SUMMARY, P_CATEGORY)

MARK_YES: Final = "x"
MARK_NO: Final = "Không"
YES_WORDS: Final = frozenset({"x", "có", "co", "đúng", "1"})
NO_WORDS: Final = frozenset({"không", "khong", "0"})

FIELD_ALIASES: Final[Mapping[str, SubjectField]] = {
    "Lĩnh vực hành chính": SubjectField.HC_KHAC,
    "Khác (hành chính)": SubjectField.HC_KHAC,
    "Đất đai": SubjectField.HC_DAT_DAI_NHA_CUA,
    "Lĩnh vực tư pháp": SubjectField.TU_PHAP,
    "Lĩnh vực Đảng, đoàn thể": SubjectField.DANG_DOAN_THE,
    "Khác": SubjectField.KHAC,
}
STATUS_ALIASES: Final[Mapping[str, PetitionStatus]] = {"Đang xử lý": PetitionStatus.DANG_XU_LY}

# Why a row is refused: "Dòng 7: <reason>; <reason>." -----------------------------------------------------
ROW: Final = "Dòng {row}"
R_MISSING_COLUMNS: Final = "Thiếu cột bắt buộc: {columns}."
R_EMPTY_FILE: Final = "Tệp không có dòng tiêu đề."
R_REQUIRED: Final = "Thiếu «{column}»."
R_DATE: Final = "«{column}» «{value}» không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)."
R_FUTURE: Final = "«{column}» {value} sau ngày hôm nay."
R_BEFORE: Final = "«{column}» {value} trước ngày nhận đơn."
R_LABEL: Final = "«{column}» «{value}» không thuộc danh mục ({choices})."
R_MARK: Final = "«{column}» chỉ ghi «x» hoặc để trống (gặp «{value}»)."
R_YES_NO: Final = "«{column}» chỉ ghi «x», «Không» hoặc để trống (gặp «{value}»)."
R_NUMBER: Final = "«{column}» phải là số nguyên từ 1 đến {most} (gặp «{value}»)."
R_ID: Final = "«{column}» «{value}»: {detail}"
R_ID_FORM: Final = (
    "không phải số căn cước/CCCD 12 chữ số, CMND 9 chữ số hoặc số hộ chiếu (1 chữ cái và 7 chữ số)."
)
R_PRESIDER_REQUIRED: Final = "Tiếp định kỳ/đột xuất phải ghi «{column}»."
R_PRESIDER_UNKNOWN: Final = "«{column}» «{value}» không phải cán bộ trong danh sách cán bộ của cơ quan."
R_SPLIT: Final = "Đơn có nhiều nội dung phải tách thành từng đơn trước khi vào sổ."
R_TOO_LONG: Final = "«{column}» dài quá {limit} ký tự."
R_HANDLED_WITHOUT_HANDLING: Final = "Có «{handled}» nhưng thiếu «{handling}»."
R_FORWARDED_REQUIRED: Final = "Đơn do cơ quan khác chuyển đến: ghi «{column}»."
R_NOT_PETITION_HANDLING: Final = "«{column}» «{value}» chỉ dùng ở bàn tiếp công dân, không dùng cho đơn."
R_TURN_DIFFERS: Final = "«{turn}» «{key}» là một lượt tiếp với dòng {first}: «{column}» phải giống dòng đó."
R_TURN_REFUSED: Final = "«{turn}» «{key}»: lượt tiếp có từ chối tiếp thì không ghi được nhiều vụ việc."
R_FILE_KIND: Final = "Chỉ nhập được tệp .csv hoặc .xlsx (gặp «{suffix}»)."
R_NOT_UTF8: Final = "Tệp CSV không ở bảng mã UTF-8; hãy lưu lại dạng «CSV UTF-8»."
R_TOO_OLD: Final = "«{column}» {value} trước năm {year}: sổ cũ hơn không nhập vào phần mềm."
R_UNSTORABLE: Final = "«{column}» chứa ký tự điều khiển không in được ({code}); hãy xóa ký tự này (thường do dán từ phần mềm khác)."
R_DUPLICATE_COLUMN: Final = (
    "Cột «{column}» có {count} lần trong dòng tiêu đề (cột {letters}); chỉ giữ một cột."
)
R_NO_ROWS: Final = "Tệp chỉ có dòng tiêu đề, không có dòng nào để nhập."
R_CSV_ROW: Final = (
    "Dòng này không đọc được theo dạng CSV (dấu ngoặc kép không khớp?); hãy lưu lại dạng «CSV UTF-8»."
)
R_XLSX_AS_CSV: Final = (
    "Tệp {name} là tệp Excel (.xlsx) nhưng có đuôi .csv; hãy đổi đuôi thành .xlsx rồi nhập lại."
)
R_NOT_XLSX: Final = (
    "Tệp {name} không phải tệp Excel .xlsx (có thể là tệp CSV hay tệp khác bị đổi đuôi); "
    "hãy mở bằng Excel và lưu lại dạng .xlsx."
)
R_XLS: Final = "Tệp {name} là tệp Excel cũ (.xls) hoặc có đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu và lưu lại dạng .xlsx."
R_XLSX_TOO_BIG: Final = (
    "Tệp {name} giải nén ra {size} MB, quá lớn để là một sổ; hãy chia thành nhiều tệp nhỏ."
)
R_XLSX_BROKEN: Final = (
    "Tệp {name} bị hỏng hoặc không phải bảng tính Excel đọc được; hãy mở bằng Excel và lưu lại."
)
R_FILE_LOCKED: Final = (
    "Không đọc được tệp {name}: tệp đang mở trong chương trình khác, đã bị xóa hoặc không có quyền đọc."
)
ANONYMOUS_WORDS: Final = frozenset({"đơn nặc danh", "nặc danh"})


def row_line(row: int, reasons: tuple[str, ...]) -> str:
    """ "Dòng 7: Thiếu «Họ tên». «Ngày tiếp» … ." """
    return f"{ROW.format(row=row)}: {' '.join(reasons)}"


# Results -------------------------------------------------------------------------------------------------
IMPORTED_VISITS: Final = "Đã nhập {count} lượt tiếp"
IMPORTED_PETITIONS: Final = "Đã nhập {count} đơn"
IMPORT_DETAIL_VISITS: Final = (
    "{cases_new} vụ việc mới; {linked_key} lượt gắn theo «Mã vụ việc», {linked_match} lượt tự ghép vào vụ việc "
    "đã có (cùng người, cùng nội dung); {sessions_new} kỳ tiếp được tạo, {sessions_joined} lượt vào kỳ tiếp đã có."
)
IMPORT_DETAIL_PETITIONS: Final = "{cases_new} vụ việc mới; {linked} đơn gắn với vụ việc theo «Mã vụ việc»."
REFUSED_HEAD: Final = "Không nhập gì: tệp có {count} dòng sai. Sửa các dòng dưới đây rồi nhập lại."
EXPORTED_VISITS: Final = "Đã xuất {count} lượt tiếp ra {path}."
EXPORTED_PETITIONS: Final = "Đã xuất {count} đơn ra {path}."
LOG_IMPORT_REASON: Final = "Nhập từ tệp {name}"
LOG_EXPORT_REASON: Final = "Xuất ra tệp {name}"

# Command line --------------------------------------------------------------------------------------------
CLI_WHAT: Final = (
    "Ghi rõ visits (sổ tiếp công dân) hoặc petitions (sổ theo dõi đơn), ví dụ: desk-app import visits so.xlsx"
)
CLI_WHAT_UNKNOWN: Final = "«{what}» không hợp lệ: chỉ có visits hoặc petitions."
CLI_FILE: Final = "Ghi đường dẫn tệp CSV hoặc XLSX."
CLI_NOT_FOUND: Final = "Không tìm thấy tệp {path}."
CLI_EXPORT_KIND: Final = "Tệp xuất phải có đuôi .csv hoặc .xlsx (gặp «{name}»)."
CLI_BAD_DATE: Final = "Ngày «{value}» không hợp lệ; ghi theo dạng YYYY-MM-DD."
CLI_RANGE: Final = "Ngày bắt đầu {start} sau ngày kết thúc {end}."
CLI_NO_DATA: Final = "Thư mục {folder} chưa có dữ liệu để xuất."
CLI_REFUSED: Final = "Không nhập gì: {path} có {count} dòng sai."
CLI_REFUSED_FILE: Final = "Không nhập gì từ {path}: {reason}"
CLI_PROGRESS: Final = "Đang nhập: {percent}%"
CLI_EXPORT_PROGRESS: Final = "\rĐang xuất: {done}/{total}"
CLI_IMPORTED: Final = "{done} từ {path}. {detail}"

# Screens -------------------------------------------------------------------------------------------------
PRINT_BOOK: Final = "In sổ"
PRINT_BOOK_TIP: Final = "In Sổ tiếp công dân (Mẫu 03/TCD) của một khoảng ngày ra PDF khổ A4 ngang"
PRINT_PETITION_BOOK: Final = "In sổ theo dõi đơn"
PRINT_PETITION_BOOK_TIP: Final = "In Sổ theo dõi xử lý đơn của một khoảng ngày ra PDF khổ A4 ngang"
EXPORT_XLSX: Final = "Xuất Excel"
EXPORT_XLSX_TIP: Final = "Xuất các đơn đang lọc ra tệp Excel (.xlsx), nhập lại được vào phần mềm"
EXPORT_VISITS_TIP: Final = "Xuất các lượt tiếp đang lọc ra tệp Excel (.xlsx), nhập lại được vào phần mềm"
IMPORT_BUTTON: Final = "Nhập từ Excel…"
IMPORT_VISITS_TIP: Final = "Nhập sổ tiếp công dân cũ từ tệp Excel (.xlsx) hoặc CSV"
IMPORT_PETITIONS_TIP: Final = "Nhập sổ theo dõi đơn cũ từ tệp Excel (.xlsx) hoặc CSV"
RANGE_TITLE_VISITS: Final = "In Sổ tiếp công dân"
RANGE_TITLE_PETITIONS: Final = "In Sổ theo dõi xử lý đơn"
RANGE_FROM: Final = "Từ ngày:"
RANGE_TO: Final = "Đến ngày:"
RANGE_CANCEL: Final = "Đóng"
RANGE_BAD: Final = "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc."
BOOK_PROGRESS: Final = "Đang in sổ: {done}/{total} dòng…"
BOOK_PREPARING: Final = "Đang chuẩn bị…"
BOOK_DONE: Final = "Đã in sổ ({rows} dòng) và lưu tại:\n{path}"
BOOK_FAILED: Final = "Không in được sổ: {detail}"
BOOK_EMPTY: Final = "Không có dòng nào trong khoảng ngày đã chọn; sổ chỉ có trang bìa."
EXPORT_TITLE: Final = "Xuất sổ theo dõi đơn ra Excel"
EXPORT_FILTER: Final = "Tệp Excel (*.xlsx)"
EXPORT_DEFAULT_NAME: Final = "so-theo-doi-don.xlsx"
EXPORT_DONE: Final = "Đã xuất {count} đơn ra {path}"
EXPORT_VISITS_TITLE: Final = "Xuất Sổ tiếp công dân ra Excel"
EXPORT_VISITS_DEFAULT_NAME: Final = "so-tiep-cong-dan.xlsx"
EXPORT_VISITS_DONE: Final = "Đã xuất {count} lượt tiếp ra {path}"
EXPORTING: Final = "Đang xuất ra Excel…"
EXPORT_FAILED: Final = "Không xuất được: {detail}"

IMPORT_TITLE_VISITS: Final = "Nhập sổ tiếp công dân từ Excel/CSV"
IMPORT_TITLE_PETITIONS: Final = "Nhập sổ theo dõi đơn từ Excel/CSV"
IMPORT_HINT_VISITS: Final = (
    "Tệp .xlsx (trang tính đầu tiên) hoặc .csv UTF-8, dòng đầu là tiêu đề cột: Ngày tiếp, Hình thức tiếp, "
    "Người chủ trì, Ủy quyền, Họ tên, Số giấy tờ, Địa chỉ, Số người, Nội dung, Phân loại, Lĩnh vực, "
    "Mã vụ việc, Thuộc thẩm quyền, Hướng xử lý, Ghi chú; không bắt buộc: Lượt (các dòng liền nhau cùng một Lượt là "
    "một lượt tiếp có nhiều vụ việc), Kết quả (Đã giải quyết, Đang giải quyết, Chưa giải quyết). "
    "Có một dòng sai thì không nhập dòng nào."
)
IMPORT_HINT_PETITIONS: Final = (
    "Tệp .xlsx (trang tính đầu tiên) hoặc .csv UTF-8, dòng đầu là tiêu đề cột: Ngày nhận, Nguồn đơn, "
    "Cơ quan chuyển đơn, Người gửi, Số giấy tờ, Địa chỉ, Số người đứng tên, Nội dung, Phân loại, Lĩnh vực, "
    "Mã vụ việc, Đủ điều kiện xử lý, Thuộc thẩm quyền, Hướng xử lý, Ngày xử lý, Kết quả giải quyết. "
    "Có một dòng sai thì không nhập dòng nào."
)
IMPORT_CHOOSE: Final = "Chọn tệp…"
IMPORT_NO_FILE: Final = "Chưa chọn tệp."
IMPORT_RUN: Final = "Nhập"
IMPORT_CLOSE: Final = "Đóng"
IMPORT_FILTER: Final = "Bảng tính (*.xlsx *.csv)"
IMPORT_RUNNING: Final = "Đang kiểm tra và nhập…"
IMPORT_FAILED: Final = "Không nhập được: {detail}"
IMPORT_REFUSED_FILE: Final = "Không nhập gì: tệp này không dùng được. {reason}"
COL_ROW: Final = "Dòng"
COL_REASON: Final = "Lý do"

# Printed registers -----------------------------------------------------------------------------------------
BOOK_TITLE_VISITS: Final = "SỔ TIẾP CÔNG DÂN"
BOOK_TITLE_PETITIONS: Final = "SỔ THEO DÕI XỬ LÝ ĐƠN"
BOOK_DOC_TITLE_VISITS: Final = "Sổ tiếp công dân"
BOOK_DOC_TITLE_PETITIONS: Final = "Sổ theo dõi xử lý đơn"
COVER_VOLUME: Final = "Quyển số: ……"
COVER_YEAR: Final = "Năm {year}"
COVER_RANGE: Final = "Từ ngày {start} đến ngày {end}"
COVER_PAGES: Final = "Tổng số trang: {pages}"
COVER_ROWS: Final = "Số dòng ghi trong sổ: {rows}"
COVER_CERTIFY: Final = "Sổ này có {pages} trang, đánh số từ trang 01 đến trang {last}, có đóng dấu giáp lai."
COVER_CERTIFY_DATE: Final = "{place}, ngày … tháng … năm …"
COVER_CERTIFY_SIGN: Final = "(Ký, ghi rõ họ tên và đóng dấu)"
PAGE_OF: Final = "Trang {page}/{pages}"
BOOK_FOOTER: Final = "In từ phần mềm Bàn tiếp công dân ngày {date}"
HANDLING_GROUP: Final = "Hướng xử lý"
VISIT_COLUMNS: Final = (
    "STT",
    "Ngày tiếp",
    "Họ tên, địa chỉ",
    "CCCD/Hộ chiếu",
    "Nội dung vụ việc",
    "Phân loại đơn",
    "Số người",
    "Cơ quan đã giải quyết",
    "Thụ lý để giải quyết",
    "Trả lại đơn và hướng dẫn",
    "Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền",
    "Theo dõi kết quả giải quyết",
    "Ghi chú",
)
VOIDED_NOTE: Final = "Đã hủy"
PETITION_COLUMNS: Final = (
    "Số vào sổ",
    "Ngày nhận",
    "Nguồn đơn",
    "Người gửi (họ tên, địa chỉ)",
    "CCCD/Hộ chiếu",
    "Nội dung đơn",
    "Phân loại",
    "Hướng xử lý",
    "Tình trạng",
    "Hạn gần nhất",
    "Ghi chú",
)
CLI_ACTOR: Final = "desk-app (dòng lệnh)"
