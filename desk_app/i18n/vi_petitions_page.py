"""Vietnamese text of the Đơn thư page: the petition register, the registration form, the detail and its actions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Handling
from desk_app.domain.petition import FromVisitBlock
from desk_app.i18n.labels import DOCUMENT_KIND

# Tabs and page ---------------------------------------------------------------------------------------------
TITLE: Final = "Đơn thư"
TAB_LIST: Final = "Sổ theo dõi đơn"
TAB_FORM: Final = "Vào sổ đơn  Ctrl+N"
COUNT_SUFFIX: Final = "đơn"
SEARCHING: Final = "Đang tìm…"
LOAD_FAILED: Final = "Không tải được danh sách đơn: {detail}"

# Filters ---------------------------------------------------------------------------------------------------
SOURCE: Final = "Nguồn đơn"
CATEGORY: Final = "Loại đơn"
STATUS: Final = "Trạng thái"
DUE: Final = "Thời hạn"
SEARCH_PLACEHOLDER: Final = "Nội dung, người gửi, người bị khiếu nại, số văn bản chuyển… (gõ không dấu được)"

# Columns: (header, tooltip) ----------------------------------------------------------------------------------
COL_NO: Final = ("Số vào sổ", "Số vào sổ theo dõi đơn của năm")
COL_RECEIVED: Final = ("Ngày nhận", "Ngày nhận đơn")
COL_SOURCE: Final = ("Nguồn đơn", "Nơi đơn đến từ đâu")
COL_SENDER: Final = ("Người gửi", "Người đứng tên đơn ([Bảo mật] với đơn tố cáo)")
COL_SUMMARY: Final = ("Nội dung", "Tóm tắt nội dung đơn")
COL_CATEGORY: Final = ("Loại đơn", "Khiếu nại, tố cáo, kiến nghị, phản ánh")
COL_STATUS: Final = ("Trạng thái", "Trạng thái xử lý đơn")
COL_HANDLING: Final = ("Hướng xử lý", "Hướng xử lý đã được lãnh đạo duyệt")
COL_DUE: Final = ("Hạn gần nhất", "Hạn gần nhất của các thời hạn đang chạy")
DUPLICATE_MARK: Final = "(đơn trùng)"
OVERDUE_TIP: Final = "Đã quá hạn {date}"
SOON_TIP: Final = "Sắp đến hạn {date}"

# List buttons ----------------------------------------------------------------------------------------------
OPEN: Final = "Xem, xử lý đơn"
OPEN_TIP: Final = "Mở đơn đã chọn (Enter hoặc nhấp đúp)"
NEW: Final = "Vào sổ đơn mới"
NEW_TIP: Final = "Nhập một đơn mới vào sổ (Ctrl+N)"

# Form ------------------------------------------------------------------------------------------------------
SECTION_LETTER: Final = "THÔNG TIN ĐƠN"
SECTION_SENDER: Final = "NGƯỜI ĐỨNG TÊN ĐƠN"
SECTION_DUPLICATES: Final = "ĐƠN CÓ THỂ TRÙNG"
RECEIVED_DATE: Final = "Ngày nhận đơn *"
SOURCE_FIELD: Final = "Nguồn đơn *"
FORWARDED_BY: Final = "Cơ quan, tổ chức chuyển đơn *"
FORWARDED_NO: Final = "Số văn bản chuyển"
FORWARDED_DATE: Final = "Ngày văn bản chuyển"
LETTER_DATE: Final = "Ngày viết đơn"
CATEGORY_FIELD: Final = "Loại đơn *"
SUBJECT_FIELD: Final = "Lĩnh vực"
SUMMARY: Final = "Tóm tắt nội dung *"
RESPONDENT: Final = "Người, cơ quan bị khiếu nại, bị tố cáo"
PRIOR_LEVEL: Final = "Đã được giải quyết"
ORIGINALS: Final = "Có giấy tờ, tài liệu gốc kèm theo (phải trả lại khi trả đơn)"
ANONYMOUS: Final = "Đơn nặc danh (không rõ họ tên, địa chỉ)"
IMPERSONATION: Final = "Mạo danh"
NAME: Final = "Họ và tên *"
ID_NUMBER: Final = "Số CCCD/căn cước"
ADDRESS: Final = "Địa chỉ"
PHONE: Final = "Điện thoại"
SIGNER_COUNT: Final = "Số người ký đơn"
SIGNATURE: Final = "Chữ ký"
CHOOSE: Final = "— Chọn —"
UNKNOWN: Final = "— Không rõ —"
SPLIT_HINT: Final = (
    "Đơn có nhiều nội dung không vào sổ thành một đơn: mỗi nội dung (khiếu nại, tố cáo, kiến nghị, phản ánh) "
    "được vào sổ thành một đơn riêng."
)
SPLIT_BUTTON: Final = "Tách thành nhiều đơn…"
SPLIT_TIP: Final = (
    "Nhập từng nội dung của lá đơn; mỗi nội dung được vào sổ thành một đơn với cùng người gửi, ngày nhận"
)
FROM_VISIT: Final = (
    "Tạo đơn từ lượt tiếp số {visit}: đã điền sẵn người đến, nội dung, phân loại. Kiểm tra rồi Lưu (Ctrl+S)."
)
FROM_VISIT_EXISTS: Final = "Lượt tiếp này đã có đơn số {labels}."
SAVE: Final = "Vào sổ  Ctrl+S"
SAVE_TIP: Final = "Vào sổ đơn, cấp số và tính các thời hạn (Ctrl+S)"
CLEAR: Final = "Nhập đơn khác  Ctrl+N"
CLEAR_TIP: Final = "Xóa biểu mẫu để nhập đơn tiếp theo (Ctrl+N)"
OPEN_SAVED: Final = "Xem đơn vừa vào sổ"
NOT_SAVED_ERRORS: Final = "Chưa vào sổ: còn {count} lỗi, xem dòng chữ đỏ dưới từng ô."
DATE_INVALID: Final = "Ngày không hợp lệ, nhập theo dạng dd/mm/yyyy."
SAVE_FAILED: Final = "Không vào sổ được: {detail}"
SAVED: Final = "✓ Đã vào sổ đơn số {label} ({category}). Các thời hạn:"
SAVED_CLOCK: Final = "• {what} — {explanation}"
SAVED_DUE: Final = "Hạn {due}"
SAVED_CLOCK_GIVEN: Final = " (hẹn với công dân)"
SAVED_DUPLICATE: Final = "Đánh dấu là đơn trùng với đơn số {label}."
SAVED_CASE: Final = "Gắn vào cùng vụ việc với đơn số {label}."
CONFIRM_DISCARD: Final = "Biểu mẫu đơn đang nhập chưa vào sổ. Bỏ nội dung đã nhập?"

# Duplicates panel ------------------------------------------------------------------------------------------
DUP_INTRO: Final = "Khi nhập người gửi và nội dung, các đơn cũ giống đơn này hiện ở đây."
DUP_NONE: Final = "Không thấy đơn nào trùng."
DUP_SEARCHING: Final = "Đang tìm đơn trùng…"
DUP_FOUND: Final = "Có {count} đơn có thể trùng:"
DUP_CONFIDENTIAL_EARLIER: Final = "Có một đơn bảo mật trước đây có thể trùng với đơn này — hãy hỏi lãnh đạo."
DUP_LINE: Final = "Đơn số {label} — nhận {date} — giống {score}%"
DUP_SAME_PERSON: Final = "cùng người"
DUP_SAME_DOC: Final = "cùng văn bản chuyển"
DUP_MARK: Final = "Là đơn trùng"
DUP_MARK_TIP: Final = "Đánh dấu đơn đang nhập là đơn trùng với đơn đã chọn (không gộp, không xóa đơn nào)"
DUP_JOIN: Final = "Gắn vào vụ việc"
DUP_JOIN_TIP: Final = "Đơn đang nhập thuộc cùng vụ việc với đơn đã chọn"
DUP_CLEAR: Final = "Bỏ liên kết"
DUP_MARKED: Final = "Đơn trùng với đơn số {label}"
DUP_JOINED: Final = "Cùng vụ việc với đơn số {label}"
DUP_NO_CASE: Final = "Đơn số {label} chưa thuộc vụ việc nào."
ASK_DUP_TITLE: Final = "Đơn trùng?"
ASK_DUP_TEXT: Final = (
    "Đơn này trùng với đơn số {label} (nhận ngày {date}) của cùng người gửi. Đánh dấu là đơn trùng?"
)
ASK_DUP_DETAIL: Final = (
    "Nội dung đơn trước: {summary}\n\nĐơn trùng được theo dõi cùng đơn trước: nội dung đã hướng dẫn thì không "
    "hướng dẫn lại, đơn tố cáo đã chuyển thì không chuyển lại."
)
ASK_DUP_YES: Final = "Có, là đơn trùng"
ASK_DUP_NO: Final = "Không, vào sổ đơn mới"
ASK_DUP_CANCEL: Final = "Hủy bỏ"

# Split dialog ----------------------------------------------------------------------------------------------
SPLIT_TITLE: Final = "Tách đơn có nhiều nội dung"
SPLIT_INTRO: Final = (
    "Nhập từng nội dung của lá đơn. Mỗi dòng được vào sổ thành một đơn riêng, cùng ngày nhận, nguồn đơn "
    "và người đứng tên."
)
SPLIT_ADD: Final = "+ Thêm nội dung"
SPLIT_SUMMARY: Final = "Tóm tắt nội dung"
SPLIT_OK: Final = "Vào sổ các đơn"
SPLIT_CANCEL: Final = "Hủy bỏ"
SPLIT_TOO_FEW: Final = "Nhập ít nhất hai nội dung, mỗi nội dung một loại đơn."
SPLIT_DONE: Final = "✓ Đã vào sổ {count} đơn: {labels}."

# Detail ----------------------------------------------------------------------------------------------------
DETAIL_TITLE: Final = "Đơn số {label}"
DETAIL_HEADER: Final = "Đơn số {label} · {category} · {status}"
D_RECEIVED: Final = "Ngày nhận"
D_SOURCE: Final = "Nguồn đơn"
D_FORWARDED: Final = "Chuyển đến"
D_FORWARDED_TEXT: Final = "{org}, văn bản số {no} ngày {date}"
D_LETTER_DATE: Final = "Ngày viết đơn"
D_SENDER: Final = "Người đứng tên"
D_ID: Final = "Giấy tờ tùy thân"
D_PHONE: Final = "Điện thoại"
D_SIGNERS: Final = "Số người ký"
D_RESPONDENT: Final = "Người bị khiếu nại, tố cáo"
D_SUMMARY: Final = "Nội dung"
D_FIELD: Final = "Lĩnh vực"
D_PRIOR: Final = "Đã được giải quyết"
D_ORIGINALS: Final = "Giấy tờ gốc"
D_COMPETENCE: Final = "Thẩm quyền"
D_COMPETENCE_YES: Final = "Thuộc thẩm quyền"
D_COMPETENCE_NO: Final = "Không thuộc thẩm quyền — cơ quan có thẩm quyền: {body}"
D_COMPETENCE_UNKNOWN: Final = "Chưa phân loại"
D_HANDLING: Final = "Hướng xử lý"
D_LINKS: Final = "Liên quan"
D_DUPLICATE: Final = "Đơn trùng với đơn số {label}"
D_CASE: Final = "Vụ việc {code}"
D_VISIT: Final = "Tạo từ lượt tiếp số {label}"
D_CONFIDENTIAL: Final = "Đơn tố cáo: danh tính người tố cáo được giữ bí mật (Điều 8, 47 Luật Tố cáo)."
D_NONE: Final = "—"
D_IMPERSONATION: Final = " (mạo danh)"
CLOCKS_HEADER: Final = "THỜI HẠN"
CLOCK_DONE: Final = "Xong ngày {date}"
DECISIONS_HEADER: Final = "ĐỀ XUẤT VÀ Ý KIẾN LÃNH ĐẠO"
DECISION_LINE: Final = "{at} — {who} đề xuất: {handling}{target}"
DECISION_TARGET: Final = " → {body}"
DECISION_PENDING: Final = "   Chờ lãnh đạo duyệt."
DECISION_APPROVED: Final = "   Đã duyệt ({who}, {at}){opinion}"
DECISION_RETURNED: Final = "   Trả lại để xử lý lại ({who}, {at}){opinion}"
DECISION_APPROVED_ONE: Final = "   Đã duyệt ({one}){opinion}"
DECISION_RETURNED_ONE: Final = "   Trả lại để xử lý lại ({one}){opinion}"
DECISION_APPROVED_BARE: Final = "   Đã duyệt{opinion}"
DECISION_RETURNED_BARE: Final = "   Trả lại để xử lý lại{opinion}"
DECISION_OPINION: Final = ": {text}"
DECISION_NONE: Final = "Chưa có đề xuất nào."
ACTIONS_HEADER: Final = "VIỆC CÓ THỂ LÀM"
NO_ACTIONS: Final = "Không có thao tác nào cho vai trò của bạn ở trạng thái này."
HISTORY: Final = "Lịch sử thay đổi"
HISTORY_TITLE: Final = "Lịch sử thay đổi — đơn số {label}"
CLOSE: Final = "Đóng"
ACTION_DONE: Final = "✓ {action}: đơn chuyển sang «{status}»."
ACTION_FAILED: Final = "Không thực hiện được: {detail}"
PERMISSION_DENIED: Final = "Việc «{action}» chỉ lãnh đạo được làm."
TRANSITION_REFUSED: Final = "Không thể «{action}» khi đơn đang ở trạng thái «{status}»."
ACTION_TIPS: Final[Mapping[str, str]] = {
    "CLASSIFY": "Ghi đơn có thuộc thẩm quyền không; tố cáo không thuộc thẩm quyền phải chuyển trong 5 ngày làm việc",
    "PROPOSE": "Lập đề xuất hướng xử lý (Phiếu đề xuất xử lý đơn) trình lãnh đạo",
    "APPROVE": "Lãnh đạo duyệt đề xuất đang chờ; hướng xử lý có hiệu lực",
    "RETURN": "Lãnh đạo trả lại đề xuất để xử lý lại",
    "REOPEN": "Lãnh đạo mở lại đơn đã kết thúc; phải ghi lý do",
    "VOID_RESULT": "Hủy kết quả giải quyết đã ghi (nhập nhầm, sổ cũ ghi sai): đơn trở lại «Đang giải quyết»; phải ghi lý do",
}

# Action dialogs --------------------------------------------------------------------------------------------
CLASSIFY_TITLE: Final = "Phân loại đơn số {label}"
CLASSIFY_WITHIN: Final = "Thuộc thẩm quyền giải quyết của cơ quan"
CLASSIFY_NOT_WITHIN: Final = "Không thuộc thẩm quyền"
COMPETENT_BODY: Final = "Cơ quan có thẩm quyền giải quyết *"
COMPETENT_PLACEHOLDER: Final = "Ví dụ: UBND tỉnh …, Sở Xây dựng tỉnh …, UBND xã …, Công an xã …"
PROPOSE_TITLE: Final = "Đề xuất xử lý đơn số {label}"
PROPOSE_HANDLING: Final = "Hướng xử lý đề xuất *"
PROPOSE_TARGET: Final = "Cơ quan được hướng dẫn đến / nhận đơn chuyển"
PROPOSE_TARGETS: Final[Mapping[Handling, str]] = {
    Handling.HUONG_DAN: "Cơ quan có thẩm quyền được hướng dẫn đến *",
    Handling.CHUYEN_DON: "Cơ quan có thẩm quyền nhận đơn chuyển *",
    Handling.CHUYEN_CQ_DIEU_TRA: "Cơ quan điều tra, Viện kiểm sát nhận đơn *",
    Handling.DON_DOC: "Cơ quan, đơn vị được đôn đốc *",
}
"""The receiving body's caption by handling (the handlings domain.petition_rules says name one)."""
PROPOSE_REASON: Final = "Lý do, nhận xét"
PROPOSE_BASIS: Final = "Căn cứ pháp lý"
PROPOSE_BASIS_PLACEHOLDER: Final = "Ví dụ: Điều 24 Luật Tố cáo"
DECIDE_TITLE: Final = "Ý kiến lãnh đạo — đơn số {label}"
DECIDE_PROPOSAL: Final = "Đề xuất: {handling}{target}"
DECIDE_OPINION: Final = "Ý kiến lãnh đạo"
DECIDE_APPROVE: Final = "Duyệt"
DECIDE_RETURN: Final = "Trả lại"
REOPEN_TITLE: Final = "Mở lại đơn số {label}"
REOPEN_REASON: Final = "Lý do mở lại *"
VOID_RESULT_TITLE: Final = "Hủy kết quả giải quyết của đơn số {label}"
VOID_RESULT_REASON: Final = "Lý do hủy *"
OK: Final = "Đồng ý"
CANCEL: Final = "Hủy bỏ"

# Intake "Tạo đơn" ------------------------------------------------------------------------------------------
CREATE_FROM_VISIT: Final = "Tạo đơn"
CREATE_FROM_VISIT_TIP: Final = "Vào sổ theo dõi đơn lá đơn của công dân vừa tiếp (điền sẵn từ lượt tiếp)"
CREATE_BLOCKED: Final[Mapping[FromVisitBlock, str]] = {
    FromVisitBlock.UNSAVED: "Lưu lượt tiếp (Ctrl+S) trước khi tạo đơn.",
}
FORM_DIALOG_TITLE: Final = "Vào sổ đơn từ lượt tiếp số {visit}"

# Change-log labels of the petition fields ------------------------------------------------------------------
HISTORY_FIELDS: Final[Mapping[str, str]] = {
    "register_no": "Số vào sổ",
    "category": "Loại đơn",
    "status": "Trạng thái",
    "within_competence": "Thuộc thẩm quyền",
    "proposal": "Đề xuất",
    "handling": "Hướng xử lý",
    "author": "Danh tính người gửi",
    "event": "Sự việc",
}
HISTORY_ACTIONS: Final[Mapping[str, str]] = {
    "create": "Vào sổ",
    "classify": "Phân loại",
    "propose": "Trình đề xuất",
    "approve": "Duyệt đề xuất",
    "return": "Trả lại đề xuất",
    "reopen": "Mở lại đơn",
    "reveal": "Xem danh tính người gửi",
    "follow_up": "Ghi nhận",
}

# Detail tabs -----------------------------------------------------------------------------------------------
TAB_CLOCKS: Final = "Thời hạn"
TAB_DECISIONS: Final = "Đề xuất, ý kiến lãnh đạo"
TAB_FOLLOW_UPS: Final = "Theo dõi ({count})"
TAB_ATTACHMENTS: Final = "Tệp đính kèm ({count})"

# Follow-ups ("Theo dõi") -----------------------------------------------------------------------------------
FOLLOW_UP_COLUMNS: Final = ("Ngày", "Sự việc", "Văn bản", "Nội dung")
FOLLOW_UP_NONE: Final = "Chưa ghi nhận việc theo dõi nào (phúc đáp, đôn đốc, kết quả, rút đơn, gia hạn…)."
FOLLOW_UP_DOC: Final = "Số {no}"
FOLLOW_UP_DOC_DATED: Final = "Số {no} ngày {date}"
FOLLOW_UP_RECORD: Final = "Ghi nhận…"
FOLLOW_UP_RECORD_TIP: Final = (
    "Ghi nhận văn bản phúc đáp, đôn đốc, kết quả, rút đơn, tạm đình chỉ, tiếp tục, đình chỉ, gia hạn"
)
FOLLOW_UP_TITLE: Final = "Ghi nhận theo dõi — đơn số {label}"
FOLLOW_UP_TYPE: Final = "Sự việc *"
FOLLOW_UP_DATE: Final = "Ngày *"
FOLLOW_UP_DOC_NO: Final = "Số văn bản"
FOLLOW_UP_DOC_NO_REQUIRED: Final = "Số quyết định, văn bản *"
FOLLOW_UP_DOC_DATE: Final = "Ngày văn bản"
FOLLOW_UP_CONTENT: Final = "Nội dung, ghi chú"
FOLLOW_UP_CLOCK: Final = "Thời hạn được gia hạn *"
FOLLOW_UP_CLOCK_ITEM: Final = "{what} — hạn {due}"
FOLLOW_UP_NEW_DUE: Final = "Hạn mới *"
FOLLOW_UP_NO_CLOCK: Final = "Đơn không còn thời hạn nào đang chạy để gia hạn."
FOLLOW_UP_STATUS_NOTE: Final = "Sau khi ghi nhận, đơn chuyển sang «{status}»."
FOLLOW_UP_DONE: Final = "✓ Đã ghi nhận: {what}."
FOLLOW_UP_DONE_STATUS: Final = "✓ Đã ghi nhận «{what}»: đơn chuyển sang «{status}»."
FOLLOW_UP_EXTENDED: Final = "✓ Đã gia hạn «{what}»: hạn ban đầu {original}, hạn mới {due}."
FOLLOW_UP_TYPES: Final[Mapping[str, str]] = {
    "NHAN_PHUC_DAP": "Nhận văn bản phúc đáp",
    "DON_DOC": "Đôn đốc giải quyết",
    "NHAN_KET_QUA": "Nhận kết quả giải quyết",
    "THONG_BAO_CONG_DAN": "Đã thông báo cho công dân",
    "RUT_DON": "Rút toàn bộ đơn",
    "RUT_MOT_PHAN": "Rút một phần nội dung đơn",
    "TAM_DINH_CHI": "Tạm đình chỉ giải quyết",
    "TIEP_TUC": "Tiếp tục giải quyết",
    "DINH_CHI": "Đình chỉ giải quyết",
    "GIA_HAN": "Gia hạn thời hạn",
}
CLOCK_COLUMNS_FULL: Final = ("Thời hạn", "Hạn ban đầu", "Hạn mới (gia hạn)", "Cách tính", "Tình trạng")

# Attachments -----------------------------------------------------------------------------------------------
ATTACH_COLUMNS: Final = ("Tên tài liệu", "Tệp gốc", "Dung lượng", "Ngày đính kèm", "Kiểm tra")
ATTACH_NONE: Final = "Chưa có bản chụp, bản quét nào được đính kèm."
ATTACH_ADD: Final = "Đính kèm bản quét…"
ATTACH_ADD_TIP: Final = (
    "Chọn tệp bản chụp, bản quét (PDF, ảnh); tệp được sao lưu cạnh cơ sở dữ liệu kèm mã băm"
)
ATTACH_OPEN: Final = "Mở tệp"
ATTACH_VERIFY: Final = "Kiểm tra"
ATTACH_VERIFY_TIP: Final = "Kiểm tra tệp đã lưu còn nguyên vẹn (đúng mã băm lúc đính kèm)"
ATTACH_DIALOG: Final = "Chọn bản quét đính kèm đơn số {label}"
ATTACH_FILTER: Final = "Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)"
ATTACH_TITLE_ASK: Final = "Tên tài liệu"
ATTACH_TITLE_PROMPT: Final = "Tên tài liệu (ví dụ: Đơn khiếu nại bản gốc, Biên bản làm việc):"
ATTACH_DONE: Final = "✓ Đã đính kèm «{title}» ({size})."
ATTACH_FAILED: Final = "Không đính kèm được: {detail}"
ATTACH_INTACT: Final = "✓ Còn nguyên vẹn"
ATTACH_BROKEN: Final = "✗ Tệp bị mất hoặc đã bị sửa"
ATTACH_CHECKED_OK: Final = "✓ Tệp «{title}» còn nguyên vẹn."
ATTACH_CHECKED_BAD: Final = "Tệp «{title}» bị mất hoặc đã bị thay đổi sau khi đính kèm. Hãy quét lại bản gốc."
ATTACH_OPEN_FAILED: Final = "Không mở được tệp {path}."
SIZE_KB: Final = "{value} KB"
SIZE_MB: Final = "{value} MB"

# Printing --------------------------------------------------------------------------------------------------
PRINT_MENU: Final = "In văn bản ▾"
PRINT_MENU_TIP: Final = (
    "In các văn bản của đơn theo hướng xử lý đã duyệt; văn bản được lấy số, lưu lại và mở ra"
)
PRINT_NOTHING: Final = "Chưa có văn bản nào để in (đơn chưa có đề xuất xử lý)."
PRINT_DOCS: Final[Mapping[str, str]] = {
    kind.value: DOCUMENT_KIND[kind]
    for kind in (
        DocumentKind.PROPOSAL,
        DocumentKind.GUIDANCE,
        DocumentKind.TRANSFER,
        DocumentKind.RESULT,
        DocumentKind.ACCEPTANCE,
        DocumentKind.NOT_ACCEPTED,
        DocumentKind.CASE_FILE,
    )
}
"""The "In văn bản" menu's entries, keyed by the DocumentKind's value."""
PRINTING: Final = "Đang lập {what}…"
PRINT_NUMBER: Final = "Số: {number}"
PRINT_INTERNAL: Final = "Số phiếu: {number}"
PRINT_REUSED: Final = " (in lại, giữ số cũ)"
PRINT_FAILED: Final = "Không lập được {what}: {detail}"

# Co-signers ------------------------------------------------------------------------------------------------
COSIGNERS: Final = "Người cùng đứng tên đơn"
COSIGNER_ADD: Final = "+ Thêm người đứng tên"
COSIGNER_ADD_TIP: Final = "Đơn có nhiều người cùng ký: nhập từng người (số người ký đơn tự tăng theo)"
COSIGNER_REMOVE: Final = "Bỏ"
COSIGNER_REMOVE_TIP: Final = "Bỏ người này khỏi danh sách người đứng tên"
COSIGNER_NAME_HINT: Final = "Họ và tên"
COSIGNER_NUMBER: Final = "Người {n}"
