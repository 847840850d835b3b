"""Vietnamese text of the history imports (DOMAIN §16.3): former staff, case-code collisions, sessions, dialogues."""

from __future__ import annotations

from typing import Final

# Former staff ----------------------------------------------------------------------------------------------
STAFF_ADDED: Final = (
    " Đã thêm {count} người chủ trì chưa có trong danh sách cán bộ (ghi là cán bộ cũ): {names}."
)

# Case codes ------------------------------------------------------------------------------------------------
R_CODE_OTHER_PERSON_DB: Final = (
    "«{column}» «{code}» đã là mã vụ việc của một người khác trong dữ liệu; "
    "không ghép vụ việc của hai người: hãy sửa mã ở dòng {row}."
)
R_CODE_OTHER_PERSON_FILE: Final = (
    "«{column}» «{code}» ở dòng {first} đã dùng cho người khác ({other}); "
    "không ghép vụ việc của hai người: hãy sửa mã ở dòng {row}."
)
PERSON_WITH_ID: Final = "{name}, số giấy tờ {id_number}"
PERSON_WITH_ADDRESS: Final = "{name}, {address}"

# Interchange headers of the history of sessions (DOMAIN §16.3 `import sessions`) ---------------------------------
S_DATE: Final = "Ngày"
S_PART: Final = "Buổi"
S_PRESIDER: Final = "Người chủ trì"
S_KIND: Final = "Hình thức tiếp"
S_DELEGATED: Final = "Ủy quyền"
S_STATUS: Final = "Trạng thái"
S_REASON: Final = "Lý do"
SESSION_HEADERS: Final = (S_DATE, S_PART, S_PRESIDER, S_KIND, S_DELEGATED, S_STATUS, S_REASON)
SESSION_REQUIRED: Final = (S_DATE, S_PRESIDER, S_KIND, S_STATUS)
PART_MORNING: Final = "Sáng"
PART_AFTERNOON: Final = "Chiều"
STATUS_HELD: Final = "Đã tiếp"
STATUS_NO_CITIZEN: Final = "Không có công dân đến"
STATUS_NOT_HELD: Final = "Không tổ chức được"
STATUS_POSTPONED: Final = "Hoãn"
STATUS_CANCELLED_ALIAS: Final = "Hủy"
STATUS_POSTPONED_ALIAS: Final = "Hoãn/lùi lịch"

R_PART: Final = "«{column}» «{value}» chỉ ghi «Sáng» hoặc «Chiều»."
R_SESSION_KIND: Final = "«{column}» «{value}»: kỳ tiếp của lãnh đạo chỉ là «Định kỳ» hoặc «Đột xuất»."
R_STATUS: Final = "«{column}» «{value}» không thuộc danh mục ({choices})."
R_REASON_REQUIRED: Final = "Trạng thái «{status}» phải ghi «{column}»."
R_SESSION_TWICE: Final = (
    "Kỳ tiếp {kind} ngày {date} do {presider} chủ trì đã có ở dòng {first}; mỗi kỳ tiếp chỉ ghi một dòng."
)
R_SESSION_CONFLICT: Final = (
    "Kỳ tiếp {kind} ngày {date} do {presider} chủ trì đã có trong dữ liệu với trạng thái «{status}»{visits}; "
    "tệp ghi «{wanted}». Sửa dòng này hoặc sửa kỳ tiếp trong Lịch tiếp."
)
R_SESSION_VISITS: Final = " và {count} lượt tiếp"
R_VISIT_NOT_HELD: Final = (
    "Kỳ tiếp {kind} ngày {date} do {presider} chủ trì đã ghi «Không tổ chức được» ({reason}); lượt tiếp này không "
    "thể thuộc kỳ tiếp đó. Sửa dòng này hoặc sửa kỳ tiếp trong Lịch tiếp."
)

# Interchange headers of the history of dialogues (DOMAIN §16.3 `import dialogues`) -------------------------------
D_DATE: Final = "Ngày"
D_PRESIDER: Final = "Người chủ trì"
D_KIND: Final = "Loại"
D_TOPIC: Final = "Nội dung"
D_PARTICIPANTS: Final = "Số người tham dự"
D_RECOMMENDATIONS: Final = "Số kiến nghị"
D_IN_COMPETENCE: Final = "Số kiến nghị thuộc thẩm quyền"
DIALOGUE_HEADERS: Final = (
    D_DATE,
    D_PRESIDER,
    D_KIND,
    D_TOPIC,
    D_PARTICIPANTS,
    D_RECOMMENDATIONS,
    D_IN_COMPETENCE,
)
DIALOGUE_REQUIRED: Final = (D_DATE, D_PRESIDER, D_KIND, D_TOPIC)
R_DIALOGUE_KIND: Final = "«{column}» «{value}» chỉ ghi «Định kỳ» hoặc «Đột xuất»."
R_COUNT: Final = "«{column}» phải là số nguyên từ 0 đến {most} (gặp «{value}»)."
R_IN_COMPETENCE_MORE: Final = "«{column}» ({part}) lớn hơn «{whole}» ({total})."
R_DIALOGUE_TWICE: Final = (
    "Cuộc đối thoại ngày {date} do {presider} chủ trì về «{topic}» đã có ở dòng {first}."
)

# Results -----------------------------------------------------------------------------------------------------
IMPORTED_SESSIONS: Final = "Đã nhập {count} kỳ tiếp"
IMPORT_DETAIL_SESSIONS: Final = (
    "{created} kỳ tiếp mới, {updated} kỳ tiếp theo lịch được ghi trạng thái, {unchanged} kỳ tiếp đã có sẵn "
    "(không đổi); trong đó {not_held} kỳ không tổ chức được."
)
IMPORTED_DIALOGUES: Final = "Đã nhập {count} cuộc đối thoại"
IMPORT_DETAIL_DIALOGUES: Final = "{created} cuộc đối thoại mới, {unchanged} cuộc đã có sẵn (không đổi)."
LOG_REASON: Final = "Nhập từ tệp {name}"

# Command line ------------------------------------------------------------------------------------------------
CLI_WHAT_IMPORT: Final = (
    "Ghi rõ visits (sổ tiếp công dân), petitions (sổ theo dõi đơn), sessions (các kỳ tiếp của lãnh đạo) hoặc "
    "dialogues (các cuộc đối thoại), ví dụ: desk-app import sessions ky-tiep.xlsx"
)
CLI_WHAT_UNKNOWN_IMPORT: Final = "«{what}» không hợp lệ: chỉ có visits, petitions, sessions hoặc dialogues."

# The window: Lịch tiếp › Nhập lịch sử ------------------------------------------------------------------------------
HISTORY_BUTTON: Final = "Nhập lịch sử…"
HISTORY_TIP: Final = (
    "Nhập từ Excel/CSV các kỳ tiếp của lãnh đạo và các cuộc đối thoại của những năm ghi trên giấy "
    "(cần quyền quản lý lịch tiếp)."
)
HISTORY_SESSIONS: Final = "Kỳ tiếp của lãnh đạo…"
HISTORY_DIALOGUES: Final = "Cuộc đối thoại…"
IMPORT_TITLE_SESSIONS: Final = "Nhập lịch sử kỳ tiếp của lãnh đạo từ Excel/CSV"
IMPORT_TITLE_DIALOGUES: Final = "Nhập lịch sử đối thoại từ Excel/CSV"
IMPORT_HINT_SESSIONS: Final = (
    "Tệp .xlsx (trang tính đầu tiên) hoặc .csv UTF-8, dòng đầu là tiêu đề cột: Ngày, Buổi (Sáng/Chiều), "
    "Người chủ trì, Hình thức tiếp (Định kỳ/Đột xuất), Ủy quyền (x), Trạng thái (Đã tiếp, Không có công dân đến, "
    "Không tổ chức được, Hoãn), Lý do (bắt buộc khi không tổ chức được hoặc hoãn). Người chủ trì chưa có trong "
    "danh sách cán bộ được thêm là cán bộ cũ. Tệp có dòng sai thì không nhập dòng nào."
)
IMPORT_HINT_DIALOGUES: Final = (
    "Tệp .xlsx (trang tính đầu tiên) hoặc .csv UTF-8, dòng đầu là tiêu đề cột: Ngày, Người chủ trì, Loại "
    "(Định kỳ/Đột xuất), Nội dung, Số người tham dự, Số kiến nghị, Số kiến nghị thuộc thẩm quyền. "
    "Tệp có dòng sai thì không nhập dòng nào."
)
