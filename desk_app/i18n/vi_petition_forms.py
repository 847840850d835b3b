"""Wording of the petition documents: Phiếu đề xuất, hướng dẫn, thông báo kết quả, thụ lý, từ chối tiếp, hồ sơ vụ việc."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from desk_app.domain.enums import Category, IdType
from desk_app.domain.petition_docs import CaseEventKind, NoticeOutcome
from desk_app.i18n import vi_print as vp
from desk_app.i18n.formatting import fmt_date

# --- Shared -----------------------------------------------------------------------------------------------
SUMMARY_LINE: Final = "{title}, đơn số {label}"
KINH_GUI: Final = "Kính gửi: {recipient}."
ADDRESSEE: Final = "Ông (bà) {name}"
ADDRESS: Final = "Địa chỉ: {address}."
SENDER: Final = "ông (bà) {name}"
ID_LINE: Final = "Số giấy tờ tùy thân: {number}, ngày cấp: {issued_on}, nơi cấp: {issued_by}."
ID_LINE_TYPED: Final = "Số {kind}: {number}, ngày cấp: {issued_on}, nơi cấp: {issued_by}."
LETTER_DATED: Final = " đề ngày {date}"
CLOSING_INFORM: Final = "Vậy thông báo để ông (bà) được biết."
DEFAULT_RECIPIENTS: Final = ("Như trên", "Lưu: VT, hồ sơ")
RECIPIENT_FORWARDER: Final = "{org} (để biết)"
RECIPIENT_HEAD: Final = "{title} (để báo cáo)"
ARCHIVE_PREFIX: Final = "Lưu"
AS_ABOVE: Final = "Như trên"

CATEGORY_NOUN: Final[Mapping[Category, str]] = {
    Category.KHIEU_NAI: "khiếu nại",
    Category.TO_CAO: "tố cáo",
    Category.KIEN_NGHI_PHAN_ANH: "kiến nghị, phản ánh",
    Category.NHIEU_NOI_DUNG: "có nhiều nội dung",
}

ID_KIND: Final[Mapping[IdType, str]] = {
    IdType.CAN_CUOC: "thẻ căn cước",
    IdType.CCCD: "thẻ căn cước công dân",
    IdType.GCN_CAN_CUOC: "giấy chứng nhận căn cước",
    IdType.SO_DINH_DANH: "định danh cá nhân",
    IdType.HO_CHIEU: "hộ chiếu",
    IdType.CMND: "chứng minh nhân dân",
    IdType.KHAC: "giấy tờ tùy thân",
}


def letter_dated(d: dt.date | None) -> str:
    return LETTER_DATED.format(date=fmt_date(d)) if d else ""


def capitalised(text: str) -> str:
    """The first letter upper case (a sentence that starts with the agency's name)."""
    return text[:1].upper() + text[1:]


def id_line(number: str | None, kind: IdType | None, issued_on: dt.date | None, issued_by: str | None) -> str:
    dots = "…………"
    values = {
        "number": (number or "").strip() or dots,
        "issued_on": fmt_date(issued_on) if issued_on else dots,
        "issued_by": (issued_by or "").strip() or dots,
    }
    if kind is not None and number:
        return ID_LINE_TYPED.format(kind=ID_KIND[kind], **values)
    return ID_LINE.format(**values)


# --- F5 Phiếu đề xuất xử lý đơn (TT 05/2021 Mẫu 01) --------------------------------------------------------
PROPOSAL_TITLE: Final = "PHIẾU ĐỀ XUẤT XỬ LÝ ĐƠN"
PROPOSAL_TITLE_ACCEPT: Final = "PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN"
PROPOSAL_DOC_TITLE: Final = "Phiếu đề xuất xử lý đơn"
PROPOSAL_RECEIVED: Final = "Ngày {received}, {office} nhận được đơn {category}{letter} (số vào sổ {label})."
PROPOSAL_TO: Final = "Đồng chí {name}, {position}"
TRANSFER_DOC_TITLE: Final = "Phiếu chuyển đơn"
EARLIER_PETITION: Final = "đơn số {label} cùng nội dung đã được {handling}"
PROPOSAL_SOURCE: Final = "Nguồn đơn: {source}."
PROPOSAL_FORWARDED: Final = "Nguồn đơn: {source} — {org} chuyển đến{doc}."
PROPOSAL_FORWARDED_DOC: Final = " theo văn bản số {no}{dated}"
PROPOSAL_FORWARDED_DATED: Final = " ngày {date}"
PETITIONER_HEAD: Final = "Người đứng đơn:"
PETITIONER_LINE: Final = "{name}; địa chỉ: {address}; số giấy tờ tùy thân: {number}."
PETITIONER_COUNT: Final = "Số người ký tên trong đơn: {count:02d}."
PETITIONER_MASKED: Final = (
    "Người đứng đơn: thông tin về người tố cáo được giữ bí mật theo quy định của Luật Tố cáo."
)
PETITIONER_ANONYMOUS: Final = "Người đứng đơn: đơn không rõ họ tên, địa chỉ người viết đơn."
RESPONDENT: Final = "Người (cơ quan) bị khiếu nại, bị tố cáo: {respondent}."
SECTION_CONTENT: Final = "1. Tóm tắt nội dung đơn"
SECTION_EARLIER: Final = "2. Quá trình giải quyết trước đó"
SECTION_CLASSIFY: Final = "3. Phân loại đơn và thẩm quyền giải quyết"
SECTION_BASIS: Final = "4. Căn cứ pháp lý"
SECTION_PROPOSAL: Final = "5. Đề xuất"
EARLIER_NONE: Final = "Chưa được cơ quan có thẩm quyền giải quyết."
EARLIER_HANDLED: Final = "Đã xử lý: {items}."
CLASSIFY_LINE: Final = "Đơn {category}{field}."
CLASSIFY_FIELD: Final = ", lĩnh vực {field}"
WITHIN: Final = "Nội dung đơn thuộc thẩm quyền giải quyết của {office}."
NOT_WITHIN: Final = (
    "Nội dung đơn không thuộc thẩm quyền giải quyết của {office}; cơ quan có thẩm quyền: {body}."
)
COMPETENCE_OPEN: Final = "Thẩm quyền giải quyết: chưa xác định."
PROPOSAL_LINE: Final = "{handling}{target}."
PROPOSAL_TARGET: Final = " — {body}"
PROPOSAL_REASON: Final = "Lý do: {reason}"
BASIS_BLANK: Final = "…………………………………………………………"
APPROVAL_HEAD: Final = "Ý KIẾN PHÊ DUYỆT CỦA LÃNH ĐẠO"
APPROVED: Final = "Đồng ý với đề xuất."
RETURNED: Final = "Không đồng ý; đề nghị xử lý lại."
APPROVED_ON: Final = "Ngày duyệt: {date}."
APPROVAL_BLANK_LINES: Final = 3
APPROVER_SIGN: Final = "LÃNH ĐẠO PHÊ DUYỆT"
PROPOSER_SIGN: Final = "NGƯỜI ĐỀ XUẤT"
INTERNAL_NO: Final = "Số theo dõi nội bộ: {number}"
INTERNAL_NO_TEXT: Final = "{number:02d}/PĐX-{year}"

# --- F8 Phiếu hướng dẫn ------------------------------------------------------------------------------------
GUIDANCE_TITLE: Final = "PHIẾU HƯỚNG DẪN"
GUIDANCE_SUBTITLE: Final = "Về việc gửi đơn đến cơ quan có thẩm quyền giải quyết"
GUIDANCE_DOC_TITLE: Final = "Phiếu hướng dẫn"
GUIDANCE_RECEIVED: Final = (
    "Ngày {received}, {office} nhận được đơn {category}{letter} của ông (bà) có nội dung: {summary}"
)
GUIDANCE_NOT_WITHIN: Final = (
    "Sau khi xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của {office}. Căn cứ {basis}, "
    "đề nghị ông (bà) gửi đơn đến {body} để được giải quyết theo quy định của pháp luật."
)
GUIDANCE_ONCE: Final = (
    "Việc hướng dẫn chỉ thực hiện một lần. Trường hợp ông (bà) tiếp tục gửi đơn có cùng nội dung đến {office}, "
    "đơn sẽ được lưu theo quy định."
)
GUIDANCE_BASIS_DEFAULT: Final = "Thông tư số 05/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ"

# --- F4 Thông báo kết quả xử lý đơn (LTCD Điều 28.1) -------------------------------------------------------
RESULT_TITLE: Final = "THÔNG BÁO"
RESULT_SUBTITLE: Final = "Về kết quả xử lý đơn"
RESULT_DOC_TITLE: Final = "Thông báo kết quả xử lý đơn"
RESULT_RECEIVED: Final = (
    "Ngày {received}, {office} đã nhận được đơn {category}{letter} của ông (bà) về việc: {summary}"
)
RESULT_RECEIVED_DESK: Final = (
    "Ngày {received}, {office} đã tiếp ông (bà) và nhận đơn {category}{letter} về việc: {summary}"
)
RESULT_LEAD_IN: Final = (
    "Căn cứ khoản 1 Điều 28 Luật Tiếp công dân, {office} thông báo kết quả xử lý đơn như sau:"
)
RESULT_OUTCOME: Final[Mapping[NoticeOutcome, str]] = {
    NoticeOutcome.THU_LY: (
        "Nội dung đơn thuộc thẩm quyền giải quyết của {office}. {office_cap} đã thụ lý để giải quyết "
        "theo quy định của pháp luật."
    ),
    NoticeOutcome.CAN_THEM_THOI_GIAN: (
        "Nội dung đơn cần được xem xét, xác minh thêm nên {office} chưa thụ lý. Kết quả xử lý sẽ được "
        "thông báo để ông (bà) biết ngay khi có."
    ),
    NoticeOutcome.KHONG_THU_LY: "{office_cap} không thụ lý đơn của ông (bà) vì lý do: {reason}",
    NoticeOutcome.DA_CHUYEN: (
        "{office_cap} đã chuyển đơn của ông (bà) đến {body} để xem xét, giải quyết theo thẩm quyền{doc}. "
        "Đề nghị ông (bà) liên hệ với {body} để được giải quyết."
    ),
}
RESULT_NEED_TIME_REASON: Final = "Lý do: {reason}"
RESULT_TRANSFER_DOC: Final = " (Phiếu chuyển đơn số {number} ngày {date})"
RESULT_REASON_BLANK: Final = "…………………………………………"

# --- F14 Thông báo thụ lý / không thụ lý giải quyết khiếu nại (NĐ 124/2020 Mẫu 03, 04) -------------------
ACCEPT_TITLE: Final = "THÔNG BÁO"
ACCEPT_SUBTITLE: Final = "Về việc thụ lý giải quyết khiếu nại"
REJECT_SUBTITLE: Final = "Về việc không thụ lý giải quyết khiếu nại"
ACCEPT_DOC_TITLE: Final = "Thông báo thụ lý giải quyết khiếu nại"
REJECT_DOC_TITLE: Final = "Thông báo không thụ lý giải quyết khiếu nại"
ACCEPT_RECEIVED: Final = "Ngày {received}, {office} đã nhận được đơn khiếu nại{letter} của ông (bà) {name}."
ACCEPT_MATTER: Final = "Khiếu nại về việc: {summary}"
ACCEPT_YES: Final = (
    "Sau khi xem xét nội dung đơn khiếu nại, căn cứ Điều 27 Luật Khiếu nại, đơn khiếu nại đủ điều kiện thụ lý "
    "và thuộc thẩm quyền giải quyết của {resolver}. {resolver_cap} đã thụ lý giải quyết khiếu nại kể từ ngày {date}."
)
ACCEPT_NO: Final = (
    "Sau khi xem xét nội dung đơn khiếu nại, căn cứ Điều 11 Luật Khiếu nại, đơn khiếu nại không đủ điều kiện "
    "thụ lý giải quyết vì lý do sau đây: {reason}"
)

# --- F1 Thông báo về việc từ chối tiếp công dân (NĐ 154/2026 Mẫu 01/TCD) -----------------------------------
REFUSAL_TITLE: Final = "THÔNG BÁO"
REFUSAL_SUBTITLE: Final = "Về việc từ chối tiếp công dân"
REFUSAL_DOC_TITLE: Final = "Thông báo từ chối tiếp công dân"
REFUSAL_FORM_MARK: Final = "Mẫu số 01/TCD"
REFUSAL_CAME: Final = "{date}, ông (bà) {name},"
REFUSAL_ID: Final = (
    "Số căn cước/giấy chứng nhận căn cước/số định danh cá nhân/số hộ chiếu (hoặc giấy tờ tùy thân): {number}, "
    "ngày cấp: {issued_on}, nơi cấp: {issued_by},"
)
REFUSAL_ADDRESS: Final = "Địa chỉ: {address}, đến {place} để {verb} về việc: {summary}"
REFUSAL_REASON_LINE: Final = "Lý do từ chối: {reason}."
REFUSAL_DECISION: Final = (
    "Căn cứ {basis}, {office} từ chối tiếp nhận nội dung {verb} nêu trên của ông (bà) {name} và thông báo "
    "để ông (bà) được biết."
)
REFUSAL_VERB: Final[Mapping[Category | None, str]] = {
    Category.KHIEU_NAI: "khiếu nại",
    Category.TO_CAO: "tố cáo",
    Category.KIEN_NGHI_PHAN_ANH: "kiến nghị, phản ánh",
    Category.NHIEU_NOI_DUNG: "khiếu nại, tố cáo, kiến nghị, phản ánh",
    None: "khiếu nại, tố cáo, kiến nghị, phản ánh",
}
ND154: Final = "Nghị định số 154/2026/NĐ-CP"
LTCD: Final = "Luật Tiếp công dân"
ND154_NOTICE: Final = "khoản 3 Điều 4 Nghị định số 154/2026/NĐ-CP"
REFUSAL_CLOCK_LABEL: Final = "Lượt tiếp số {no}/{year}"
REFUSAL_CLOCK_NOT_NEEDED: Final = "Lượt tiếp không còn là trường hợp từ chối phải ra thông báo"
REFUSAL_CLOCK_RESTARTED: Final = "Ngày tiếp đã sửa: tính lại thời hạn"


def refusal_basis(ground_basis: str) -> str:
    """The legal-basis phrase: the ground's own provision only ("điểm h khoản 1 Điều 4 Nghị định …").

    A ground of the Law (LTCD Điều 9) adds the decree's article that requires the written notice.
    """
    if LTCD in ground_basis:
        return f"{ground_basis} và {ND154_NOTICE}"
    return ground_basis


def refusal_date(d: dt.date) -> str:
    """ "Ngày 05 tháng 12 năm 2026" opening a sentence (days padded; months 1 and 2 too, per NĐ 30)."""
    return capitalised(vp.date_words(d))


# --- Hồ sơ vụ việc ------------------------------------------------------------------------------------------
CASE_TITLE: Final = "HỒ SƠ VỤ VIỆC"
CASE_DOC_TITLE: Final = "Hồ sơ vụ việc"
CASE_SUBTITLE: Final = "Mã {code}: {title}"
CASE_FACTS: Final = (
    ("Loại vụ việc", "category"),
    ("Lĩnh vực", "field"),
    ("Người đứng đơn", "person"),
    ("Ngày phát sinh", "first_seen"),
    ("Tình trạng", "status"),
)
CASE_HISTORY: Final = "Diễn biến vụ việc (theo thứ tự thời gian)"
CASE_COLUMNS: Final = ("STT", "Ngày", "Nội dung", "Chi tiết")
CASE_EMPTY: Final = "Chưa có diễn biến nào được ghi nhận."
CASE_PRINTED: Final = "In ngày {date} từ sổ theo dõi của {office}; {count} mục."
CASE_EVENT: Final[Mapping[CaseEventKind, str]] = {
    CaseEventKind.VISIT: "Tiếp công dân",
    CaseEventKind.PETITION: "Nhận đơn",
    CaseEventKind.DECISION: "Quyết định xử lý",
    CaseEventKind.DOCUMENT: "Văn bản ban hành",
    CaseEventKind.DEADLINE: "Thời hạn",
}
CASE_VISIT: Final = "Lượt tiếp số {no}/{year} ({kind}): {summary}{handling}"
CASE_VISIT_HANDLING: Final = " Hướng xử lý: {handling}."
CASE_PETITION: Final = "Đơn số {label}, nguồn: {source}; tình trạng: {status}. {summary}"
CASE_DECISION: Final = "Đơn số {label}: đề xuất {handling}{target}; {outcome}."
CASE_DECISION_PENDING: Final = "chờ lãnh đạo duyệt"
CASE_DECISION_APPROVED: Final = "lãnh đạo đã duyệt ngày {date}"
CASE_DECISION_RETURNED: Final = "lãnh đạo trả lại ngày {date}"
CASE_DOCUMENT: Final = "Số {number} ngày {date}: {summary}"
CASE_DEADLINE: Final = "{what} — hạn {due}{done}{extended}"
CASE_DEADLINE_DONE: Final = "; đã thực hiện ngày {date}"
CASE_DEADLINE_OPEN: Final = "; chưa thực hiện"
CASE_DEADLINE_EXTENDED: Final = "; gia hạn đến {date}"
CASE_MASKED_NOTE: Final = "Thông tin người tố cáo được giữ bí mật (hiển thị là [Bảo mật])."

# --- Self-test and errors -----------------------------------------------------------------------------------
SELF_TEST_LABEL: Final = "Văn bản xử lý đơn (đề xuất, hướng dẫn, thông báo, từ chối tiếp, hồ sơ vụ việc)"
SELF_TEST_SUMMARY: Final = "Khiếu nại việc xác nhận sai diện tích đất nông nghiệp (văn bản tự kiểm tra)"
SELF_TEST_PERSON: Final = "Nguyễn Văn Kiểm"
SELF_TEST_BODY: Final = "Ủy ban nhân dân tỉnh (cơ quan tự kiểm tra)"
