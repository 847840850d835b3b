"""Wording of the petition slips: Phiếu chuyển đơn (TT 05/2021 Mẫu 03 and the KNPA slip)."""

from __future__ import annotations

from typing import Final

TRANSFER_TITLE: Final = "PHIẾU CHUYỂN ĐƠN"
TRANSFER_SUBTITLE_TC: Final = "Về việc chuyển đơn tố cáo"
TRANSFER_SUBTITLE_KNPA: Final = "Về việc chuyển đơn kiến nghị, phản ánh"
TRANSFER_DOC_TITLE: Final = "Phiếu chuyển đơn"
KINH_GUI: Final = "Kính gửi: {recipient}."
RECEIVED_TC: Final = "Ngày {received}, {office} nhận được đơn tố cáo{letter}."
RECEIVED_KNPA: Final = "Ngày {received}, {office} nhận được đơn kiến nghị, phản ánh{letter} của {sender}."
LETTER_DATED: Final = " đề ngày {date}"
CONTENT: Final = "Nội dung đơn: {summary}"
RESPONDENT: Final = "Người bị tố cáo: {respondent}."
TRANSFER_TC: Final = (
    "Căn cứ khoản 2 Điều 24 Luật Tố cáo, {office} chuyển đơn tố cáo đến {recipient} để xem xét, giải quyết theo "
    "thẩm quyền. Thông tin về người tố cáo được giữ bí mật theo quy định của Luật Tố cáo."
)
TRANSFER_KNPA: Final = (
    "Căn cứ điểm b khoản 2 Điều 26 Luật Tiếp công dân, {office} chuyển đơn đến {recipient} để xem xét, giải quyết "
    "theo thẩm quyền và đề nghị thông báo kết quả cho {office} và người gửi đơn biết."
)
ATTACHED: Final = "Kèm theo: {items}."
DEFAULT_RECIPIENTS: Final = ("Như trên", "Lưu: VT, hồ sơ")
