"""TONG-HOP, the review's paragraphs in the words offices use in their periodic and multi-year reviews (seed 003)."""

from __future__ import annotations

from typing import Final

TITLE: Final = "Báo cáo"
SUBJECT: Final = "Tổng hợp kết quả tiếp công dân, đối thoại từ ngày {first} đến ngày {last}"
FILE_TITLE: Final = "Tổng hợp kết quả tiếp công dân, đối thoại {first} – {last}"

OPENING: Final = (
    "- Kết quả tiếp công dân: Từ ngày {first} đến ngày {last} đã tổ chức {dialogues} cuộc đối thoại, "
    "{sessions} kỳ tiếp công dân của lãnh đạo; tiếp {turns} lượt công dân với số người: {persons}. Trong đó:"
)
PERIODIC: Final = "+ Tiếp định kỳ: {turns} lượt với số người: {persons}."
NOT_HELD: Final = " Có {count} kỳ tiếp định kỳ theo lịch nhưng không tổ chức được: {items}."
NOT_HELD_ITEM: Final = "ngày {date} ({reason})"
NOT_HELD_NO_REASON: Final = "không ghi lý do"
NO_CITIZEN: Final = " Có {count} kỳ tiếp không có công dân đến."
ADHOC: Final = "+ Tiếp đột xuất: {turns} lượt với số người: {persons}."
REGULAR: Final = (
    "+ Tiếp thường xuyên: {turns} lượt với số người: {persons}, tiếp nhận đơn thư có {cases} vụ việc "
    "(vụ việc cũ: {old}, vụ việc mới phát sinh: {new})."
)
DELEGATIONS: Final = "+ Đoàn đông người: {count} đoàn với số người: {persons}."
NO_DELEGATION: Final = "+ Không có đoàn đông người."
RESULTS: Final = (
    "- Kết quả phân loại, xử lý qua tiếp công dân: tổng số {cases} vụ việc (vụ việc cũ: {old}, vụ việc mới phát "
    "sinh: {new}). Số vụ việc đã được giải quyết: {resolved}; vụ việc chưa được giải quyết: {unresolved}."
)
DIALOGUES: Final = (
    "- Đối thoại: tổ chức {count} cuộc đối thoại (định kỳ: {periodic}, đột xuất: {adhoc}); tiếp nhận {raised} "
    "kiến nghị, trong đó {inside} kiến nghị thuộc thẩm quyền."
)
NO_DIALOGUE: Final = "- Đối thoại: trong thời gian trên không tổ chức cuộc đối thoại nào."

# Command line -----------------------------------------------------------------------------------------------------
CLI_BAD_FORMAT: Final = "Định dạng {value} không hỗ trợ cho TONG-HOP; chọn json, txt, docx hoặc pdf."
