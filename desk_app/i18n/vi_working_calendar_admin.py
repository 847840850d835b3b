"""Vietnamese wording of the working-calendar admin tab: columns, the add and void dialogs, the banner, errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

TAB_TITLE: Final = "Lịch làm việc"
INTRO: Final = (
    "Ngày nghỉ lễ, tết lấy tự động từ thư viện holidays; cơ quan thêm ngày nghỉ bù, nghỉ hoán đổi, ngày làm bù "
    "hoặc ngày nghỉ của địa phương, kèm căn cứ pháp lý. Ngày cơ quan nhập được ưu tiên khi trùng ngày."
)
YEAR: Final = "Năm:"
COLUMNS: Final = ("Ngày", "Thứ", "Loại", "Tên", "Căn cứ", "Nguồn")

# Kinds as the admin picks them; NGHI_DIA_PHUONG counts as a day off like a holiday.
KIND: Final[Mapping[str, str]] = {
    "NGHI_LE": "Nghỉ lễ, tết",
    "NGHI_BU": "Nghỉ bù",
    "NGHI_HOAN_DOI": "Nghỉ hoán đổi",
    "LAM_BU": "Làm bù (thứ Bảy, Chủ nhật đi làm)",
    "NGHI_DIA_PHUONG": "Nghỉ theo quyết định của địa phương",
}
KIND_SHORT: Final[Mapping[str, str]] = {
    "NGHI_LE": "Nghỉ lễ, tết",
    "NGHI_BU": "Nghỉ bù",
    "NGHI_HOAN_DOI": "Nghỉ hoán đổi",
    "LAM_BU": "Làm bù",
    "NGHI_DIA_PHUONG": "Nghỉ của địa phương",
}
SOURCE: Final[Mapping[str, str]] = {
    "holidays-lib": "Tự động (thư viện holidays)",
    "builtin": "Tự động (bảng của ứng dụng)",
    "manual": "Cơ quan nhập",
}
ESTIMATED_MARK: Final = " (dự kiến)"
OVERRIDDEN_MARK: Final = " — đã thay"
OVERRIDDEN_TIP: Final = (
    "Ngày này đã được thay bằng mục cơ quan nhập ngay bên dưới; mục tự động không còn được tính."
)
REPLACES: Final = " (thay cho {date})"
NO_REF: Final = "—"

ADD: Final = "Thêm ngày…"
VOID: Final = "Hủy ngày…"
CONFIRM: Final = "Xác nhận lịch năm"
ADD_TIP: Final = "Thêm ngày nghỉ hoặc ngày làm bù của cơ quan (Insert)"
VOID_TIP: Final = "Hủy ngày cơ quan đã nhập đang chọn (Delete); ngày tự động không hủy được"
CONFIRM_TIP: Final = "Xác nhận đã đối chiếu lịch nghỉ của năm đang xem với thông báo của Chính phủ"

BANNER: Final = (
    "Chưa cập nhật lịch nghỉ năm {year}. Hãy đối chiếu với thông báo nghỉ lễ, tết của Chính phủ, "
    "thêm ngày nghỉ hoán đổi và ngày làm bù nếu có, rồi bấm “Xác nhận lịch năm”."
)
CONFIRMED: Final = "Lịch năm {year} đã được {who} xác nhận lúc {when}."
NOT_CONFIRMED: Final = "Lịch năm {year} chưa được xác nhận."
CONFIRM_QUESTION: Final = (
    "Xác nhận lịch nghỉ năm {year} đã đúng với thông báo của Chính phủ và quyết định của địa phương?\n"
    "Năm này có {days_off} ngày nghỉ và {make_up} ngày làm bù."
)
CONFIRM_TITLE: Final = "Xác nhận lịch năm"
SHOW_YEAR: Final = "Xem lịch năm {year}"
CONFIRM_DONE: Final = "Đã xác nhận lịch năm {year}."
ADDED: Final = "Đã thêm ngày {date}: {name}."
VOIDED: Final = "Đã hủy ngày {date}: {name}."
PICK_MANUAL: Final = "Hãy chọn một ngày do cơ quan nhập để hủy; ngày tự động không hủy được."

# The add dialog ------------------------------------------------------------------------------------------------
ADD_TITLE: Final = "Thêm ngày nghỉ / ngày làm bù"
FIELD_DATE: Final = "Ngày *"
FIELD_KIND: Final = "Loại *"
FIELD_NAME: Final = "Tên *"
FIELD_LEGAL_REF: Final = "Căn cứ *"
FIELD_REPLACES: Final = "Thay cho ngày"
DATE_PLACEHOLDER: Final = "dd/mm/yyyy"
NAME_PLACEHOLDER: Final = "VD: Nghỉ kỷ niệm ngày thành lập tỉnh"
LEGAL_REF_PLACEHOLDER: Final = "VD: Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh"
REPLACES_HINT: Final = "Bắt buộc với ngày làm bù; với ngày nghỉ hoán đổi là ngày thứ Bảy đi làm bù."
SAVE: Final = "Lưu"
CANCEL: Final = "Hủy bỏ"

# The void dialog -----------------------------------------------------------------------------------------------
VOID_TITLE: Final = "Hủy ngày cơ quan đã nhập"
VOID_INTRO: Final = "Hủy ngày {date} ({kind}: {name})? Ngày này sẽ không còn được tính; lịch sử vẫn được lưu."
VOID_REASON: Final = "Lý do hủy *"
VOID_CONFIRM: Final = "Hủy ngày"
VOID_CANCEL: Final = "Không hủy"
