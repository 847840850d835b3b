"""Vietnamese text of the Công dân & vụ việc page: search, results, a person's visits, petitions and cases."""

from __future__ import annotations

from typing import Final

SEARCH_LABEL: Final = "Tìm"
SEARCH_PLACEHOLDER: Final = "Họ tên (không cần dấu), số CCCD/CMND, số điện thoại hoặc mã vụ việc VV-…"
SEARCH_TOOLTIP: Final = (
    "Gõ họ tên không cần dấu (ví dụ: nguyen van an), ít nhất 6 chữ số đầu của số giấy tờ, "
    "số điện thoại, hoặc mã vụ việc (VV-2026-012). Enter hoặc mũi tên xuống để chọn trong danh sách. (Ctrl+F)"
)

HINT_START: Final = (
    "Gõ họ tên (không cần dấu), số CCCD/CMND, số điện thoại hoặc mã vụ việc để tìm công dân "
    "và xem mọi lần đến, đơn thư, vụ việc của họ."
)
HINT_TOO_SHORT: Final = "Gõ thêm: ít nhất 3 chữ cái của họ tên, 6 chữ số của số giấy tờ hoặc số điện thoại."
HINT_SEARCHING: Final = "Đang tìm…"
HINT_NONE: Final = "Không tìm thấy công dân hay vụ việc nào khớp với «{text}»."
HINT_FAILED: Final = "Không tìm được: {detail}"
COUNT: Final = "{count} kết quả"
COUNT_TRUNCATED: Final = "{count} kết quả đầu tiên — gõ thêm để thu hẹp"

RESULT_HEADERS: Final = (
    "Họ tên",
    "Năm sinh",
    "Số giấy tờ",
    "Điện thoại",
    "Địa chỉ",
    "Vụ việc",
    "Lượt tiếp",
    "Đơn thư",
    "Lần gần nhất",
)
CONFIDENTIAL_MARK: Final = "Bảo mật"
CONFIDENTIAL_TIP: Final = (
    "Có hồ sơ tố cáo được bảo mật (Điều 8 Luật Tố cáo). Anh/chị xem được vì là lãnh đạo hoặc người được giao "
    "xử lý; lần xem này được ghi vào nhật ký."
)

DETAIL_EMPTY: Final = "Chọn một người hoặc vụ việc trong danh sách để xem các lần đến, đơn thư và vụ việc."
DETAIL_LOADING: Final = "Đang tải…"
DETAIL_FAILED: Final = "Không mở được hồ sơ: {detail}"
NOT_FOUND: Final = "Không tìm thấy công dân này (có thể đã bị hủy hoặc anh/chị không có quyền xem)."
CARD_BORN: Final = "sinh năm {year}"
CARD_ID: Final = "Giấy tờ: {value}"
CARD_PHONE: Final = "ĐT: {value}"
CARD_CASE: Final = "Vụ việc {code}"
CARD_HIDDEN: Final = (
    "Người gửi của vụ việc {code} được bảo mật (Điều 8 Luật Tố cáo): chỉ lãnh đạo hoặc người được giao xử lý "
    "mới xem được họ tên, giấy tờ, địa chỉ."
)
CARD_REVEALED: Final = "Hồ sơ có nội dung tố cáo được bảo mật — lần xem này đã được ghi vào nhật ký."

TAB_VISITS: Final = "Lượt tiếp ({count})"
TAB_PETITIONS: Final = "Đơn thư ({count})"
TAB_CASES: Final = "Vụ việc ({count})"

VISIT_HEADERS: Final = (
    "Ngày tiếp",
    "Số sổ",
    "Hình thức",
    "Phân loại",
    "Nội dung",
    "Hướng xử lý",
    "Tình trạng",
    "Vụ việc",
)
PETITION_HEADERS: Final = (
    "Ngày nhận",
    "Số đơn",
    "Nguồn đơn",
    "Phân loại",
    "Nội dung",
    "Tình trạng",
    "Vụ việc",
)
CASE_HEADERS: Final = (
    "Mã vụ việc",
    "Phân loại",
    "Lĩnh vực",
    "Nội dung",
    "Tình trạng",
    "Kết quả",
    "Từ ngày",
    "Lượt tiếp",
    "Đơn thư",
)
ENTRY_HEADERS: Final = ("Ngày", "Loại", "Số", "Phân loại", "Nội dung", "Tình trạng")
ENTRY_VISIT: Final = "Lượt tiếp"
ENTRY_PETITION: Final = "Đơn thư"
AS_REPRESENTATIVE: Final = " (đại diện)"
AS_COSIGNER: Final = " (đồng ký tên)"

EMPTY_VISITS: Final = "Chưa có lượt tiếp nào."
EMPTY_PETITIONS: Final = "Chưa có đơn thư nào."
EMPTY_CASES: Final = "Chưa có vụ việc nào."
EMPTY_ENTRIES: Final = "Chọn một vụ việc ở trên để xem các lượt tiếp và đơn thư của nó theo thời gian."
CASE_ENTRIES_TITLE: Final = "Diễn biến vụ việc {code} (theo thời gian)"

OPEN: Final = "Mở"
OPEN_TIP: Final = "Lượt tiếp mở ở trang Tiếp công dân, đơn mở ở cửa sổ chi tiết đơn (Enter hoặc nhấp đúp)."
PRINT_CASE: Final = "In hồ sơ vụ việc"
PRINT_CASE_TIP: Final = "In toàn bộ quá trình của vụ việc đang chọn: lượt tiếp, đơn thư, văn bản, thời hạn."
PRINTING: Final = "Đang in hồ sơ vụ việc {code}…"
PRINTED: Final = "Đã lập hồ sơ vụ việc {code} (bản PDF được lưu)."
PRINT_FAILED: Final = "Không in được hồ sơ vụ việc: {detail}"
VISIT_HIDDEN: Final = (
    "Lượt tiếp này thuộc vụ việc được bảo mật: chỉ lãnh đạo hoặc người được giao xử lý mới mở được."
)

# Kết quả giải quyết of a case (DOMAIN §16.3 `Kết quả`, issue 14) ------------------------------------------------
RESULT_BUTTON: Final = "Ghi kết quả…"
RESULT_TIP: Final = (
    "Ghi kết quả giải quyết của vụ việc đang chọn (Đã / Đang / Chưa giải quyết) tại một ngày; "
    "kết quả ghi sau thay cho kết quả trước trong báo cáo, kết quả cũ vẫn được lưu"
)
RESULT_TITLE: Final = "Kết quả giải quyết vụ việc {code}"
RESULT_VALUE: Final = "Kết quả *"
RESULT_DATE: Final = "Tính đến ngày *"
RESULT_NOTE: Final = "Ghi chú (văn bản, lý do sửa)"
RESULT_SAVE: Final = "Ghi kết quả"
RESULT_SAVED: Final = "Đã ghi kết quả «{result}» cho vụ việc {code}."
RESULT_VOID_BUTTON: Final = "Hủy kết quả…"
RESULT_VOID_TIP: Final = "Hủy kết quả ghi sau cùng của vụ việc đang chọn (ghi nhầm), kèm lý do; kết quả trước đó (nếu có) được tính lại"
RESULT_VOID_TITLE: Final = "Hủy kết quả giải quyết vụ việc {code}"
RESULT_VOID_REASON: Final = "Lý do hủy kết quả «{result}» ngày {date} *"
RESULT_VOID_OK: Final = "Hủy kết quả"
RESULT_VOIDED: Final = "Đã hủy kết quả của vụ việc {code}; kết quả hiện tại: {result}."
RESULT_NONE: Final = "chưa có"
