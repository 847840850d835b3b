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

ERRORS: Final[Mapping[str, str]] = {
    "calendar_day.date.required": "Hãy nhập ngày (dd/mm/yyyy).",
    "calendar_day.date.invalid": "Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.",
    "calendar_day.date.duplicate": "Ngày này đã có một mục do cơ quan nhập; hãy hủy mục đó trước.",
    "calendar_day.date.make_up_not_weekend": "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.",
    "calendar_day.date.day_off_on_weekend": "Ngày nghỉ bù, nghỉ hoán đổi hoặc nghỉ của địa phương phải là ngày "
    "từ thứ Hai đến thứ Sáu.",
    "calendar_day.kind.required": "Hãy chọn loại ngày.",
    "calendar_day.name_vi.required": "Hãy nhập tên ngày nghỉ hoặc ngày làm bù.",
    "calendar_day.name_vi.too_long": "Tên dài quá 200 ký tự.",
    "calendar_day.legal_ref.required": "Hãy nhập căn cứ (số, ngày văn bản và cơ quan ban hành).",
    "calendar_day.legal_ref.too_long": "Căn cứ dài quá 500 ký tự.",
    "calendar_day.replaces.required": "Ngày làm bù phải ghi thay cho ngày nghỉ nào.",
    "calendar_day.replaces.invalid": "Ngày thay cho không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.",
    "calendar_day.replaces.same_day": "Ngày thay cho phải khác ngày đang nhập.",
    "calendar_day.void_reason.required": "Hãy ghi lý do hủy.",
    "calendar_day.not_found": "Không tìm thấy ngày này (có thể đã bị hủy).",
}


def error_text(key: str) -> str:
    """The sentence for a calendar error key; unknown keys get a general sentence."""
    return ERRORS.get(key, "Giá trị không hợp lệ.")
