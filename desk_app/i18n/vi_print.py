"""Vietnamese wording of printed documents (NĐ 30/2020 layout, Mẫu 02/TCD, Phiếu hẹn); stdlib only."""

from __future__ import annotations

from datetime import date
from typing import Final

from desk_app.i18n.formatting import fmt_date

# --- NĐ 30/2020 layout (DOMAIN §11) -------------------------------------------------------------------------
QUOC_HIEU: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU: Final = "Độc lập - Tự do - Hạnh phúc"
NUMBER_PREFIX: Final = "Số:"
NOI_NHAN: Final = "Nơi nhận:"
SIGN_HINT: Final = "(Ký, ghi rõ họ tên)"
SIGN_HINT_STAMP: Final = "(Ký, ghi rõ họ tên và đóng dấu (nếu có))"
LEADER_CHAR: Final = "…"
CREATOR: Final = "Bàn tiếp công dân"

WEEKDAYS: Final = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def leader(count: int = 10) -> str:
    """A dotted leader ("……") left for the officer to fill in by hand."""
    return LEADER_CHAR * max(1, count)


def value_or_leader(value: str | None, count: int = 10) -> str:
    """The value, or a dotted leader when it is missing or blank."""
    if value is None or not value.strip():
        return leader(count)
    return value.strip()


def month_number(month: int) -> str:
    """NĐ 30/2020: months 1 and 2 get a leading zero ("01", "02"); the others do not ("3" … "12")."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(day: date) -> str:
    """ "ngày 05 tháng 02 năm 2026", "ngày 22 tháng 11 năm 2026" (days below 10 padded, months per NĐ 30)."""
    return f"ngày {day.day:02d} tháng {month_number(day.month)} năm {day.year}"


def place_date_line(place: str, day: date) -> str:
    """The địa danh line: "An Phú, ngày 05 tháng 01 năm 2026"."""
    return f"{place}, {date_words(day)}"


def clock_words(hour: int, minute: int) -> str:
    """ "09 giờ 05 phút"."""
    return f"{hour:02d} giờ {minute:02d} phút"


def weekday_name(day: date) -> str:
    """ "thứ Hai" … "Chủ nhật"."""
    return WEEKDAYS[day.weekday()]


def number_line(number: str) -> str:
    """ "Số: 05/TB-UBND"; the prefix is added when the caller gave only "05/TB-UBND"."""
    text = number.strip()
    if text.lower().startswith("số"):
        return text
    return f"{NUMBER_PREFIX} {text}"


def page_number(page: int) -> str:
    """The page number printed in the top margin from page 2 on (Arabic numerals only)."""
    return str(page)


# --- Mẫu 02/TCD: Giấy biên nhận thông tin, tài liệu (NĐ 154/2026) ---------------------------------------
RECEIPT_DOC_TITLE: Final = "Giấy biên nhận thông tin, tài liệu"
RECEIPT_FORM_MARK: Final = "Mẫu số 02/TCD"
RECEIPT_TITLE: Final = "GIẤY BIÊN NHẬN"
RECEIPT_SUBTITLE: Final = "Thông tin, tài liệu"
RECEIPT_RECEIVER: Final = "Tôi là: {name}"
RECEIPT_POSITION: Final = "Chức vụ: {position}"
RECEIPT_PROVIDER: Final = "Đã nhận của ông (bà): {name}"
RECEIPT_ID: Final = (
    "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): {number}, ngày cấp {issued_on}, nơi cấp {issued_by}"
)
RECEIPT_ADDRESS: Final = "Địa chỉ: {address}"
RECEIPT_ITEMS_INTRO: Final = "các thông tin, tài liệu sau:"
# A visit that raised several matters (DOMAIN §16.3 `Lượt`): the receipt names them all before the documents.
RECEIPT_MATTERS_INTRO: Final = "Về các nội dung công dân trình bày trong lượt tiếp:"
RECEIPT_MATTER_LINE: Final = "{index}. {summary}"
RECEIPT_PROVIDER_SIGN: Final = "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU"
RECEIPT_RECEIVER_SIGN: Final = "NGƯỜI NHẬN"
RECEIPT_PRIVACY: Final = (
    "Thông tin cá nhân của ông (bà) được bảo mật theo quy định của pháp luật về tiếp công dân "
    "và bảo vệ dữ liệu cá nhân."
)
RECEIPT_INTERNAL_NO: Final = "Số theo dõi nội bộ: {number}"


def receipt_when_where(hour: int, minute: int, day: date, place: str) -> str:
    """ "Vào 09 giờ 05 phút, ngày 05 tháng 02 năm 2026, tại: Trụ sở tiếp công dân xã An Phú."."""
    return f"Vào {clock_words(hour, minute)}, {date_words(day)}, tại: {place}."


def receipt_item_line(index: int, title: str, pages: int | None, condition: str, quantity: int = 1) -> str:
    """ "1. Đơn khiếu nại (3 trang, bản phô tô)"; a missing page count is left as a dotted leader."""
    pages_text = leader(3) if pages is None else str(pages)
    details = f"{pages_text} trang, {condition[:1].lower()}{condition[1:]}"
    if quantity > 1:
        details += f"; số lượng: {quantity:02d}"
    return f"{index}. {title} ({details})"


def receipt_blank_item(index: int) -> str:
    """A numbered blank line when no item was entered: the officer lists the documents by hand."""
    return f"{index}. {leader(28)}"


def receipt_copies(copies: int) -> str:
    """ "… được lập thành 02 bản, giao cho người cung cấp thông tin, tài liệu 01 bản."."""
    return (
        f"Giấy biên nhận thông tin, tài liệu được lập thành {copies:02d} bản, "
        "giao cho người cung cấp thông tin, tài liệu 01 bản."
    )


# --- Phiếu hẹn (model: TT 06/2014 Mẫu 04-TCD) --------------------------------------------------------------
APPOINTMENT_DOC_TITLE: Final = "Phiếu hẹn"
APPOINTMENT_TITLE: Final = "PHIẾU HẸN"
APPOINTMENT_TO: Final = "Kính gửi: ông (bà) {name}"
APPOINTMENT_ADDRESS: Final = "Địa chỉ: {address}"
APPOINTMENT_ID: Final = "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): {number}"
APPOINTMENT_MATTER: Final = "Về việc: {matter}"
APPOINTMENT_BRING: Final = (
    "Khi đến, đề nghị ông (bà) mang theo Phiếu hẹn này, giấy tờ tùy thân và các giấy tờ, tài liệu sau:"
)
APPOINTMENT_BRING_NONE: Final = "Khi đến, đề nghị ông (bà) mang theo Phiếu hẹn này và giấy tờ tùy thân."
APPOINTMENT_SIGN: Final = "NGƯỜI TIẾP CÔNG DÂN"


def appointment_sentence(hour: int, minute: int, day: date, place: str, meet_whom: str) -> str:
    """ "Hẹn ông (bà) vào hồi 08 giờ 30 phút, thứ Năm, ngày 05/02/2026 tại … để gặp …"."""
    return (
        f"Hẹn ông (bà) vào hồi {clock_words(hour, minute)}, {weekday_name(day)}, ngày {fmt_date(day)} "
        f"tại {place} để gặp {meet_whom}."
    )


def bullet_line(text: str, last: bool) -> str:
    """ "- Như trên;" and, for the last line, "- Lưu: VT."."""
    body = text.strip().rstrip(";.")
    return f"- {body}{'.' if last else ';'}"
