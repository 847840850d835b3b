"""Vietnamese wording of the published reception schedule, the day sheet and their plain-text form; stdlib only."""

from __future__ import annotations

from datetime import date, time
from typing import Final

from desk_app.i18n.formatting import fmt_date
from desk_app.i18n.vi_print import weekday_name

# --- Thông báo lịch tiếp công dân (DOMAIN §2.3, F13) ---------------------------------------------------------
NOTICE_TITLE: Final = "THÔNG BÁO"
NOTICE_DOC_TITLE: Final = "Thông báo lịch tiếp công dân"
COL_INDEX: Final = "STT"
COL_DATE: Final = "Ngày"
COL_TIME: Final = "Thời gian"
COL_PRESIDED: Final = "Người chủ trì"
COL_PLACE: Final = "Địa điểm"
COL_PARTICIPANTS: Final = "Thành phần tham dự"
COL_CONTENT: Final = "Nội dung dự kiến"
NO_SESSIONS: Final = "Trong kỳ này không có buổi tiếp công dân định kỳ."
TIME_RANGE: Final = "{start} – {end}"
TIME_FROM: Final = "Từ {start}"
MORNING: Final = "sáng"
AFTERNOON: Final = "chiều"
SESSION_PART: Final = "Buổi {part}"

# --- Danh sách công dân đăng ký tiếp (day sheet) ---------------------------------------------------------------
SHEET_TITLE: Final = "DANH SÁCH CÔNG DÂN ĐĂNG KÝ TIẾP"
SHEET_DOC_TITLE: Final = "Danh sách công dân đăng ký tiếp"
SHEET_TIME: Final = "Thời gian: {value}"
SHEET_PLACE: Final = "Địa điểm: {value}"
SHEET_PRESIDED: Final = "Người chủ trì: {value}"
SHEET_PARTICIPANTS: Final = "Thành phần tham dự: {value}"
SHEET_COL_NAME: Final = "Họ và tên"
SHEET_COL_ADDRESS: Final = "Địa chỉ"
SHEET_COL_MATTER: Final = "Nội dung"
SHEET_COL_NOTE: Final = "Ghi chú"
SHEET_PRESIDING_SIGN: Final = "NGƯỜI CHỦ TRÌ"
SHEET_OFFICER_SIGN: Final = "NGƯỜI LẬP DANH SÁCH"
SHEET_COUNT: Final = "Tổng số: {count:02d} lượt công dân đăng ký."
SHEET_NONE: Final = "Chưa có công dân đăng ký."
SHEET_FOOTER: Final = "Tài liệu sử dụng nội bộ, không niêm yết công khai."

# --- Plain text and iCalendar ---------------------------------------------------------------------------------
PLAIN_PARTICIPANTS: Final = "Thành phần tham dự: {value}."
PLAIN_CONTENT: Final = "Nội dung dự kiến: {value}."
PLAIN_NOTE: Final = "Ghi chú: {value}."
ICS_SUMMARY: Final = "Tiếp công dân định kỳ – {presided}"
ICS_PRESIDED: Final = "Người chủ trì: {value}"
ICS_PARTICIPANTS: Final = "Thành phần tham dự: {value}"
ICS_CONTENT: Final = "Nội dung dự kiến: {value}"
ICS_NOTE: Final = "Ghi chú: {value}"
PORTAL_SIGNED: Final = "{authority}\n{title}\n{name}"


def notice_subtitle(leader_title: str, period_label: str) -> str:
    """ "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã An Phú tháng 12 năm 2026"."""
    return f"Lịch tiếp công dân định kỳ của {leader_title.strip()} {period_label.strip()}"


def notice_intro(issuer: str, leader_title: str, period_label: str) -> str:
    """The sentence before the table."""
    return (
        f"{issuer.strip()} thông báo lịch tiếp công dân định kỳ của {leader_title.strip()} "
        f"{period_label.strip()} như sau:"
    )


def notice_closing(leader_title: str) -> tuple[str, ...]:
    """The closing paragraphs: registering beforehand, and moving a session with notice (LTCD Điều 24.4)."""
    return (
        f"Công dân có nhu cầu được {leader_title.strip()} tiếp đề nghị đăng ký trước với công chức tiếp công dân "
        "tại nơi tiếp công dân; khi đến mang theo giấy tờ tùy thân và đơn, tài liệu có liên quan (nếu có). "
        "Trường hợp có nhiều người cùng khiếu nại, tố cáo, kiến nghị, phản ánh về một nội dung thì cử "
        "người đại diện để trình bày.",
        "Trường hợp không thể tiếp công dân theo lịch đã thông báo vì lý do chính đáng, lịch tiếp công dân "
        "sẽ được lùi sang thời gian khác và thông báo cụ thể thời gian dự kiến tiếp tại nơi tiếp công dân.",
    )


def notice_end(issuer: str) -> str:
    """ "Ủy ban nhân dân xã An Phú thông báo để Nhân dân biết, thực hiện./."."""
    return f"{issuer.strip()} thông báo để cơ quan, tổ chức và Nhân dân biết, thực hiện./."


def basis_line(text: str, last: bool) -> str:
    """A căn cứ line ending with ";" or, for the last one, "." (NĐ 30)."""
    return text.strip().rstrip(";.,") + ("." if last else ";")


def capitalised_weekday(day: date) -> str:
    """ "Thứ Năm", "Chủ nhật"."""
    name = weekday_name(day)
    return name[:1].upper() + name[1:]


def day_cell(day: date) -> str:
    """ "Thứ Năm, 10/12/2026"."""
    return f"{capitalised_weekday(day)}, {fmt_date(day)}"


def clock(moment: time) -> str:
    """ "14 giờ 00"."""
    return f"{moment.hour:02d} giờ {moment.minute:02d}"


def part_of_day(moment: time) -> str:
    """ "sáng" before noon, "chiều" after."""
    return MORNING if moment.hour < 12 else AFTERNOON


def time_cell(start: time | None, end: time | None, label: str | None) -> str:
    """ "14 giờ 00 – 17 giờ 00", "Từ 14 giờ 00", or the label ("Buổi chiều") when no time is set."""
    if start is None:
        return (label or "").strip()
    if end is None:
        return TIME_FROM.format(start=clock(start))
    return TIME_RANGE.format(start=clock(start), end=clock(end))


def presiding_phrase(presided_by: str) -> str:
    """ "Ông Trần Văn Bình – Chủ tịch UBND xã" → "ông Trần Văn Bình, Chủ tịch UBND xã" (inside a sentence)."""
    text = " ".join(presided_by.split())
    for dash in (" – ", " — ", " - "):
        if dash in text:
            text = text.replace(dash, ", ", 1)
            break
    for honorific in ("Ông ", "Bà "):
        if text.startswith(honorific):
            text = honorific.lower() + text[len(honorific) :]
    return text


def plain_when(day: date, start: time | None, end: time | None, label: str | None) -> str:
    """ "Thứ Năm, ngày 10/12/2026, buổi chiều từ 14 giờ 00 đến 17 giờ 00"."""
    head = f"{capitalised_weekday(day)}, ngày {fmt_date(day)}"
    if start is None:
        return f"{head}, {label.strip().lower()}" if label and label.strip() else head
    when = f"{head}, buổi {part_of_day(start)} từ {clock(start)}"
    return f"{when} đến {clock(end)}" if end is not None else when


def plain_session(when: str, presided_by: str, place: str) -> str:
    """ "<when>: ông Trần Văn Bình, Chủ tịch UBND xã, tiếp công dân tại <place>."."""
    return f"{when}: {presiding_phrase(presided_by)}, tiếp công dân tại {place.strip().rstrip('.')}."
