"""The legal time limits of DOMAIN §8 as dated data: the seed of the deadline_rule table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from desk_app.domain.working_calendar import DayType


class Direction(StrEnum):
    """AFTER: the limit runs from the start event. BEFORE: the act must come at least `length` days before it."""

    AFTER = "AFTER"
    BEFORE = "BEFORE"


@dataclass(frozen=True, slots=True)
class DeadlineRule:
    """One version of a time limit; a new version with a later `effective_from` replaces it for new clocks.

    `tag` is how well DOMAIN §8 could confirm it: "V" verified, "S" secondary source, "U" unverified.
    The variant lengths are totals counted from the same start (TC_RESOLVE complex = 30 + 30 = 60).
    """

    code: str
    what_vi: str
    start_event_vi: str
    length: int
    day_type: DayType
    legal_basis: str
    effective_from: dt.date
    tag: str
    direction: Direction = Direction.AFTER
    complex_length: int | None = None
    especially_complex_length: int | None = None
    remote_length: int | None = None
    remote_complex_length: int | None = None
    complex_note_vi: str | None = None


WD, CD = DayType.WORKING, DayType.CALENDAR
BEFORE = Direction.BEFORE

LTCD_IN_FORCE = dt.date(2014, 7, 1)
LKN_IN_FORCE = dt.date(2012, 7, 1)
LTC_IN_FORCE = dt.date(2019, 1, 1)
TT05_IN_FORCE = dt.date(2021, 11, 15)
PDPL_IN_FORCE = dt.date(2026, 1, 1)
BASELINE_2026 = dt.date(2026, 7, 1)
QD11_IN_FORCE = dt.date(2019, 2, 18)

_LTCD = "Luật Tiếp công dân"
_LKN = "Luật Khiếu nại"
_LTC = "Luật Tố cáo"
_ND154 = "Nghị định số 154/2026/NĐ-CP"
_ND155 = "Nghị định số 155/2026/NĐ-CP"
_DIALOGUE_BASIS = (
    "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị và quy chế tiếp xúc, đối thoại của địa phương"
)
_REMOTE = "vùng sâu, vùng xa đi lại khó khăn"

DEADLINE_RULES: Sequence[DeadlineRule] = (
    # Reception (Luật Tiếp công dân, NĐ 154/2026) ------------------------------------------------------------
    DeadlineRule(
        "TCD_PUBLISH_SCHEDULE", "Công khai lịch tiếp công dân của người đứng đầu", "ngày tiếp công dân định kỳ",
        5, WD, f"khoản 4 Điều 24 {_LTCD}", LTCD_IN_FORCE, "V", direction=BEFORE,
    ),
    DeadlineRule(
        "TCD_NOTIFY_RESULT",
        "Thông báo cho công dân việc thụ lý, chưa thụ lý, từ chối hoặc chuyển đơn khiếu nại, tố cáo, kiến nghị, "
        "phản ánh",
        "ngày tiếp nhận tại nơi tiếp công dân", 10, WD, f"khoản 1 Điều 28 {_LTCD}", LTCD_IN_FORCE, "V",
    ),
    DeadlineRule(
        "TCD_REFUSAL_NOTICE", "Thông báo từ chối tiếp công dân (Mẫu 01/TCD)", "ngày có đủ căn cứ từ chối tiếp",
        3, WD, f"khoản 3 Điều 4 {_ND154}", BASELINE_2026, "V",
    ),
    DeadlineRule(
        "TCD_FORWARDED_RESULT_TO_SENDER",
        "Cơ quan giải quyết thông báo kết quả cho cơ quan, đại biểu đã chuyển đơn", "ngày giải quyết xong vụ việc",
        7, WD, f"khoản 2 Điều 27 {_LTCD}", LTCD_IN_FORCE, "V",
    ),
    DeadlineRule(
        "TCD_BAN_NOTIFY_CITIZEN",
        "Ban Tiếp công dân hoặc đại biểu thông báo cho công dân (khi công dân có yêu cầu)",
        "ngày nhận được thông báo của cơ quan giải quyết", 5, WD, f"khoản 2 Điều 28 {_LTCD}", LTCD_IN_FORCE, "V",
    ),
    DeadlineRule(
        "ONLINE_NOTIFY", "Thông báo cho các bên trước buổi tiếp công dân trực tuyến", "ngày tiếp trực tuyến",
        5, WD, f"khoản 1 Điều 23 {_ND154}", BASELINE_2026, "V", direction=BEFORE,
    ),
    DeadlineRule(
        "ONLINE_TEST", "Kiểm tra kết nối giữa các điểm cầu tiếp trực tuyến", "ngày tiếp trực tuyến",
        1, WD, f"khoản 1 Điều 23 {_ND154}", BASELINE_2026, "V", direction=BEFORE,
    ),
    DeadlineRule(
        "TCD_CONCLUSION_TASK",
        "Đơn vị thực hiện kết luận của người chủ trì buổi tiếp công dân (thời hạn ghi trong Thông báo kết luận)",
        "ngày ban hành Thông báo kết luận", 15, WD,
        f"khoản 2 Điều 25 {_ND154} (người chủ trì ấn định thời hạn; 15 ngày làm việc là mặc định của ứng dụng)",
        BASELINE_2026, "U",
    ),
    # Dialogues (đối thoại) of the head with the people: Quy định 11-QĐi/TW and each locality's rules --------------
    DeadlineRule(
        "DIALOGUE_CONCLUSION_NOTICE", "Thông báo ý kiến kết luận của người chủ trì hội nghị đối thoại",
        "ngày đối thoại", 10, WD, _DIALOGUE_BASIS, QD11_IN_FORCE, "S",
    ),
    DeadlineRule(
        "DIALOGUE_UNIT_ANSWER",
        "Các cơ quan, đơn vị trả lời bằng văn bản những nội dung chưa giải quyết tại hội nghị đối thoại",
        "ngày thông báo kết luận đối thoại", 30, WD, _DIALOGUE_BASIS, QD11_IN_FORCE, "S",
    ),
    # Petition processing (xử lý đơn) -----------------------------------------------------------------------
    DeadlineRule(
        "XLD_PROCESS", "Xử lý đơn nhận được (phân loại, đề xuất, quyết định hướng xử lý)", "ngày nhận đơn",
        10, WD, "Thông tư số 05/2021/TT-TTCP", TT05_IN_FORCE, "U",
    ),
    DeadlineRule(
        "XLD_DISCIPLINE_LIMIT", "Đơn không được xử lý trở thành vi phạm bị xử lý kỷ luật", "ngày nhận đơn",
        45, CD, f"điểm b khoản 3 Điều 41 {_ND154}", BASELINE_2026, "V",
    ),
    # Complaints (khiếu nại) -------------------------------------------------------------------------------
    DeadlineRule(
        "KN_THOI_HIEU", "Thời hiệu khiếu nại", "ngày nhận được hoặc biết được quyết định, hành vi hành chính",
        90, CD, f"Điều 9 {_LKN}", LKN_IN_FORCE, "V",
    ),
    DeadlineRule(
        "KN_ACCEPT", "Thụ lý giải quyết khiếu nại (lần đầu hoặc lần hai)", "ngày nhận được khiếu nại",
        10, WD, f"Điều 27 {_LKN}", LKN_IN_FORCE, "V-old",
    ),
    DeadlineRule(
        "KN_ACCEPT", "Thụ lý giải quyết khiếu nại (lần đầu hoặc lần hai)", "ngày nhận được khiếu nại",
        7, WD, f"{_ND155} (sửa đổi khoản 1 Điều 16 Nghị định số 124/2020/NĐ-CP)", BASELINE_2026, "S",
    ),
    DeadlineRule(
        "KN_RESOLVE_1", "Giải quyết khiếu nại lần đầu", "ngày thụ lý", 30, CD, f"Điều 28 {_LKN}", LKN_IN_FORCE, "V",
        complex_length=45, remote_length=45, remote_complex_length=60, complex_note_vi="vụ việc phức tạp",
    ),
    DeadlineRule(
        "KN_APPEAL_WINDOW", "Thời hạn khiếu nại lần hai hoặc khởi kiện vụ án hành chính",
        "ngày hết thời hạn giải quyết lần đầu hoặc ngày nhận quyết định giải quyết lần đầu",
        30, CD, f"Điều 33 {_LKN}", LKN_IN_FORCE, "V", remote_length=45,
    ),
    DeadlineRule(
        "KN_RESOLVE_2", "Giải quyết khiếu nại lần hai", "ngày thụ lý", 45, CD, f"Điều 37 {_LKN}", LKN_IN_FORCE, "V",
        complex_length=60, remote_length=60, remote_complex_length=70, complex_note_vi="vụ việc phức tạp",
    ),
    DeadlineRule(
        "KN_DIALOGUE_NOTICE", "Thông báo bằng văn bản về việc đối thoại", "ngày đối thoại",
        5, CD, f"{_ND155} (sửa đổi Điều 28 Nghị định số 124/2020/NĐ-CP)", BASELINE_2026, "S", direction=BEFORE,
    ),
    DeadlineRule(
        "KN_SUSPEND_SEND", "Gửi quyết định tạm đình chỉ, đình chỉ hoặc tiếp tục giải quyết khiếu nại",
        "ngày ban hành quyết định", 3, WD, f"{_ND155} (Điều 28b Nghị định số 124/2020/NĐ-CP)", BASELINE_2026, "S",
    ),
    DeadlineRule(
        "KN_DINH_CHI_NO_CONTINUE",
        "Người khiếu nại không tiếp tục sau thông báo tạm đình chỉ thì khiếu nại không được thụ lý",
        "ngày thông báo", 30, CD, f"khoản 8 Điều 11 {_LKN}", LKN_IN_FORCE, "V",
    ),
    # Denunciations (tố cáo) -------------------------------------------------------------------------------
    DeadlineRule(
        "TC_INITIAL", "Xử lý ban đầu thông tin tố cáo", "ngày nhận được tố cáo",
        7, WD, f"khoản 1 Điều 24 {_LTC}", LTC_IN_FORCE, "V",
        complex_length=10, complex_note_vi="cần kiểm tra, xác minh tại nhiều địa điểm",
    ),
    DeadlineRule(
        "TC_TRANSFER", "Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo", "ngày nhận được tố cáo",
        5, WD, f"khoản 2 Điều 24 {_LTC}", LTC_IN_FORCE, "V",
    ),
    DeadlineRule(
        "TC_NOTIFY_ACCEPT", "Thông báo việc thụ lý tố cáo cho người tố cáo và người bị tố cáo",
        "ngày ra quyết định thụ lý", 5, WD, f"khoản 3 Điều 29 {_LTC}", LTC_IN_FORCE, "V",
    ),
    DeadlineRule(
        "TC_RESOLVE", "Giải quyết tố cáo", "ngày thụ lý", 30, CD, f"Điều 30 {_LTC}", LTC_IN_FORCE, "V",
        complex_length=60, especially_complex_length=90,
        complex_note_vi="vụ việc phức tạp, gia hạn một lần không quá 30 ngày",
    ),
    # Personal data -----------------------------------------------------------------------------------------
    DeadlineRule(
        "DATA_SUBJECT_REQUEST", "Trả lời yêu cầu của chủ thể dữ liệu về dữ liệu cá nhân của mình",
        "ngày nhận được yêu cầu", 2, WD, "Nghị định số 356/2025/NĐ-CP", PDPL_IN_FORCE, "S",
    ),
)  # fmt: skip

DUE_SOON_DAYS: Mapping[DayType, int] = MappingProxyType({WD: 2, CD: 3})
"""DOMAIN §8 Deadline UX: a running clock is "Sắp đến hạn" with at most 2 working days left on a working-day rule
or 3 days left on a calendar-day rule."""

REMOTE_NOTE_VI = _REMOTE
"""The condition of the remote-area lengths (LKN Điều 28, 33, 37)."""


def rule_codes() -> tuple[str, ...]:
    """Every rule code, in table order, once."""
    return tuple(dict.fromkeys(rule.code for rule in DEADLINE_RULES))
