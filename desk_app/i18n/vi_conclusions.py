"""Vietnamese wording of the Thông báo kết luận (F12), the dialogue notices, their dialog and the dialogues tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from desk_app.domain.enums import DialogueKind, Gender, ReceptionKind
from desk_app.i18n.formatting import expanded_title

# --- The printed notice (ND154 Điều 25.2; NĐ 30/2020 layout) --------------------------------------------------
NOTICE_TITLE: Final = "THÔNG BÁO"
DOC_TITLE_SESSION: Final = "Thông báo kết luận việc tiếp công dân"
DOC_TITLE_DIALOGUE: Final = "Thông báo kết luận hội nghị đối thoại"
SUBJECT_SESSION: Final = "Kết luận của {presider} tại buổi tiếp công dân ngày {date}"
SUBJECT_DIALOGUE: Final = "Kết luận của {presider} tại hội nghị đối thoại ngày {date}"
INTRO_SESSION: Final = "Ngày {date}{time}, tại {place}, {person} đã chủ trì buổi tiếp công dân {kind}."
INTRO_DIALOGUE: Final = (
    "Ngày {date}{time}, tại {place}, {person} đã chủ trì hội nghị {kind} với Nhân dân{topic}."
)
INTRO_TIME: Final = " (từ {time})"
INTRO_TOPIC: Final = " về {topic}"
PARTICIPANTS_SESSION: Final = "Tham dự buổi tiếp công dân có: {value}"
PARTICIPANTS_DIALOGUE: Final = "Tham dự hội nghị có: {value}"
ISSUES_DIALOGUE: Final = "Các ý kiến, kiến nghị của Nhân dân tại hội nghị: {value}"
LEAD_IN_SESSION: Final = "Sau khi nghe công dân trình bày và ý kiến của các cơ quan, đơn vị có liên quan, {presider} kết luận như sau:"
LEAD_IN_DIALOGUE: Final = (
    "Đối với các nội dung chưa được trả lời, giải quyết tại hội nghị, {presider} giao các cơ quan, đơn vị "
    "xem xét, giải quyết và trả lời bằng văn bản cho người có ý kiến như sau:"
)
SAID_LABEL: Final = "Nội dung trình bày"
CONCLUSION_LABEL: Final = "Kết luận, chỉ đạo"
MATTER_LABEL: Final = "Nội dung"
UNIT_LABEL: Final = "Đơn vị thực hiện"
DUE_LABEL: Final = "Thời hạn"
DUE_TEXT: Final = "trước ngày {date}"
ANSWER_DUE_LABEL: Final = "Thời hạn trả lời bằng văn bản"
ANSWERED_AT_SESSION: Final = "đã trả lời trực tiếp tại buổi tiếp"
CLOSING: Final = "{issuer} thông báo để các cơ quan, đơn vị và công dân có liên quan biết, thực hiện./."
NO_ITEMS: Final = "Không có nội dung phải giao cơ quan, đơn vị thực hiện."
HONORIFIC: Final[Mapping[Gender, str]] = {Gender.NAM: "Ông", Gender.NU: "Bà"}
HONORIFIC_UNKNOWN: Final = "Ông/bà"
SESSION_KIND: Final[Mapping[ReceptionKind, str]] = {
    ReceptionKind.DINH_KY: "định kỳ",
    ReceptionKind.DOT_XUAT: "đột xuất",
    ReceptionKind.THUONG_XUYEN: "thường xuyên",
}
DIALOGUE_KIND_PHRASE: Final[Mapping[DialogueKind, str]] = {
    DialogueKind.DINH_KY: "đối thoại định kỳ",
    DialogueKind.DOT_XUAT: "đối thoại đột xuất",
    DialogueKind.CHUYEN_DE: "đối thoại chuyên đề",
}
# Default signer (DOMAIN §9 F12): for an UBND the Văn phòng signs by order of the Chủ tịch [U]; elsewhere the head.
SIGNER_BY_ORDER: Final = "TL. {head_title}"
SIGNER_OFFICE_CHIEF: Final = "CHÁNH VĂN PHÒNG"
RECIPIENT_UNIT: Final = "{unit} (thực hiện)"
RECIPIENT_CITIZENS: Final = "Công dân có tên tại Thông báo (để biết)"
RECIPIENT_SPEAKERS: Final = "Người có ý kiến tại hội nghị đối thoại (để biết)"
RECIPIENT_HEAD: Final = "{position} (để báo cáo)"
RECIPIENT_ARCHIVE: Final = "Lưu: VT, hồ sơ tiếp công dân"
CLOCK_LABEL_ITEM: Final = "Kết luận buổi tiếp công dân ngày {date}: {name}"
CLOCK_LABEL_NOTICE: Final = "Thông báo kết luận đối thoại ngày {date}"
CLOCK_LABEL_ANSWER: Final = "Trả lời kiến nghị tại đối thoại ngày {date}: {unit}"


# --- Text helpers ---------------------------------------------------------------------------------------------


def time_text(moment: dt.time) -> str:
    """ "14 giờ 00"."""
    return f"{moment.hour:02d} giờ {moment.minute:02d}"


COMRADE: Final = "đồng chí"


def person_phrase(name: str, position: str) -> str:
    """ "đồng chí Trần Văn Bình, Chủ tịch Ủy ban nhân dân xã" (how a notice names an official)."""
    name = " ".join(name.split())
    position = expanded_title(position)
    return f"{COMRADE} {name}, {position}" if position else f"{COMRADE} {name}"


def citizen_heading(gender: Gender | None, name: str) -> str:
    """ "Ông Nguyễn Văn An", "Bà Lê Thị Hoa", "Ông/bà …" when the gender is not known."""
    honorific = HONORIFIC.get(gender, HONORIFIC_UNKNOWN) if gender else HONORIFIC_UNKNOWN
    return f"{honorific} {' '.join(name.split())}"


# --- The conclusion dialog (ConclusionDialog) ---------------------------------------------------------------------
DIALOG_TITLE: Final = "Thông báo kết luận việc tiếp công dân"
DIALOG_HEADER: Final = "Buổi tiếp công dân {kind} ngày {date}{time} – {presider}"
DIALOG_PLACE: Final = "Địa điểm: {place}"
DIALOG_NUMBER: Final = "Đã ban hành: Số {number} ngày {date}"
DIALOG_NOT_ISSUED: Final = "Chưa ban hành thông báo kết luận."
DIALOG_FROM_VISITS: Final = (
    "Các nội dung được lấy từ {count} lượt tiếp của buổi; sửa, thêm hoặc bớt trước khi ban hành."
)
COL_NO: Final = "STT"
COL_CITIZEN: Final = "Công dân"
COL_SAID: Final = "Nội dung trình bày"
COL_CONCLUSION: Final = "Kết luận, chỉ đạo"
COL_UNIT: Final = "Đơn vị thực hiện"
COL_DUE: Final = "Thời hạn"
COL_STATE: Final = "Tình trạng"
FIELD_CITIZEN: Final = "Họ tên công dân *"
FIELD_SAID: Final = "Nội dung trình bày"
FIELD_CONCLUSION: Final = "Kết luận, chỉ đạo *"
FIELD_UNIT: Final = "Đơn vị thực hiện"
FIELD_DUE: Final = "Thời hạn (để trống: {days} ngày làm việc từ ngày ban hành)"
FIELD_PARTICIPANTS: Final = "Thành phần tham dự"
FIELD_ISSUED_ON: Final = "Ngày ban hành"
FIELD_AUTHORITY: Final = "Quyền hạn ký (TL./KT./TM.)"
FIELD_SIGNER_TITLE: Final = "Chức vụ người ký"
FIELD_SIGNER_NAME: Final = "Họ tên người ký"
FIELD_RECIPIENTS: Final = "Nơi nhận (mỗi dòng một nơi)"
SECTION_ISSUE: Final = "Ban hành và ký"
BTN_ADD: Final = "Thêm nội dung"
BTN_REMOVE: Final = "Bỏ nội dung"
BTN_SAVE: Final = "Lưu nháp"
BTN_ISSUE: Final = "Ban hành && in"
BTN_REISSUE: Final = "In lại (giữ số)"
BTN_DONE: Final = "Đánh dấu đã thực hiện…"
BTN_CLOSE: Final = "Đóng"
NEW_ITEM_NAME: Final = ""
SAVED: Final = "Đã lưu {count} nội dung."
ISSUING: Final = "Đang ban hành và tạo bản PDF…"
ISSUED: Final = "Đã ban hành thông báo Số {number}; bản PDF lưu tại {path}."
ISSUE_FAILED: Final = "Không ban hành được: {detail}"
DUE_SUMMARY_TITLE: Final = "Thời hạn của các đơn vị:"
DUE_SUMMARY_LINE: Final = "{unit}: trước ngày {date} ({state})"
DONE_ON: Final = "Đã thực hiện {date}"
NO_UNIT: Final = "—"
DONE_PROMPT_TITLE: Final = "Đã thực hiện"
DONE_PROMPT: Final = "Ngày đơn vị thực hiện xong (dd/mm/yyyy):"
UNSAVED_ERRORS: Final = "Chưa ban hành: còn {count} chỗ cần sửa."

# --- The dialogues tab (DialoguesTab) ------------------------------------------------------------------------------
TAB_TITLE: Final = "Đối thoại"
YEAR_LABEL: Final = "Năm"
YEAR_COUNTS: Final = "Năm {year}: {total} cuộc đối thoại – định kỳ {dinh_ky} (quy chế: 2 cuộc/năm), đột xuất {dot_xuat}, chuyên đề {chuyen_de}."
COL_DATE: Final = "Ngày"
COL_KIND: Final = "Hình thức"
COL_TOPIC: Final = "Chủ đề"
COL_PRESIDER: Final = "Chủ trì"
COL_NOTICE_DUE: Final = "Hạn thông báo kết luận"
COL_ANSWERS: Final = "Trả lời của đơn vị"
COL_STATUS: Final = "Tình trạng"
NOTICE_ISSUED_CELL: Final = "Đã ban hành {date} (Số {number})"
ANSWERS_CELL: Final = "{done}/{total}"
STATE_WAIT_NOTICE: Final = "Chờ thông báo kết luận"
STATE_WAIT_ANSWERS: Final = "Chờ đơn vị trả lời"
STATE_DONE: Final = "Hoàn thành"
STATE_OVERDUE: Final = "Quá hạn"
STATE_SOON: Final = "Sắp đến hạn"
FORM_NEW: Final = "Cuộc đối thoại mới"
FORM_EDIT: Final = "Sửa cuộc đối thoại ngày {date}"
FIELD_KIND: Final = "Hình thức *"
FIELD_DATE: Final = "Ngày *"
FIELD_TIME: Final = "Giờ bắt đầu"
FIELD_PLACE: Final = "Địa điểm"
FIELD_PRESIDER: Final = "Người chủ trì"
FIELD_TOPIC: Final = "Chủ đề, nội dung *"
FIELD_DIALOGUE_PARTICIPANTS: Final = "Thành phần tham dự"
FIELD_ISSUES: Final = "Ý kiến, kiến nghị của Nhân dân"
NO_PRESIDER: Final = "(chưa chọn)"
TIME_PLACEHOLDER: Final = "HH:mm"
BTN_NEW: Final = "Thêm mới"
BTN_SAVE_DIALOGUE: Final = "Lưu"
BTN_NOTICE: Final = "Ban hành thông báo kết luận…"
BTN_PRINT_NOTICE: Final = "In thông báo kết luận"
BTN_ANSWER: Final = "Ghi nhận trả lời…"
SAVED_DIALOGUE: Final = "Đã lưu cuộc đối thoại ngày {date}; hạn thông báo kết luận {due}."
NOTICE_DONE: Final = "Đã ban hành thông báo Số {number}; {count} đơn vị phải trả lời trước ngày {due}."
NOTICE_DONE_NO_UNITS: Final = "Đã ban hành thông báo Số {number}."
ANSWER_DONE: Final = "Đã ghi nhận trả lời của {unit}."
PICK_FIRST: Final = "Chọn một cuộc đối thoại trong bảng trước."
PRINTING: Final = "Đang tạo bản PDF…"
PRINTED: Final = "Đã lưu bản PDF tại {path}."
NOTICE_DIALOG_TITLE: Final = "Ban hành thông báo kết luận đối thoại"
NOTICE_DIALOG_INTRO: Final = (
    "Hạn ban hành: {due}. Ghi từng cơ quan, đơn vị phải trả lời bằng văn bản và nội dung giao; "
    "mỗi đơn vị có {days} ngày làm việc kể từ ngày thông báo."
)
COL_ANSWER_UNIT: Final = "Cơ quan, đơn vị"
COL_ANSWER_MATTER: Final = "Nội dung phải trả lời"
COL_ANSWER_DUE: Final = "Hạn trả lời"
COL_ANSWERED: Final = "Đã trả lời"
ANSWER_DIALOG_TITLE: Final = "Ghi nhận trả lời của đơn vị"
FIELD_ANSWER_UNIT: Final = "Đơn vị"
FIELD_ANSWERED_ON: Final = "Ngày trả lời *"
FIELD_ANSWER_DOC: Final = "Số văn bản trả lời"
ANSWERED_CELL: Final = "{date} ({doc})"
ALL_ANSWERED: Final = "Tất cả đơn vị đã trả lời."

# --- desk-app self-test ---------------------------------------------------------------------------------------------
SELF_TEST_LABEL: Final = "In Thông báo kết luận việc tiếp công dân"
SELF_TEST_NO_SESSION: Final = "Dữ liệu mẫu không có buổi tiếp định kỳ nào có lượt tiếp."
SELF_TEST_CONCLUSION: Final = "Giao bộ phận chuyên môn xem xét, trả lời công dân."
