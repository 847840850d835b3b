"""Phiếu chuyển đơn: the wording, and no trace of a denouncer on a denunciation's slip."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.domain.enums import Category
from desk_app.printing.forms.transfer_slip import DenouncerOnSlipError, TransferSlipData, render_transfer_slip
from desk_app.printing.layout import Letterhead
from tests.helpers.pdf import pdf_flat_text

TC = TransferSlipData(
    letterhead=Letterhead("", "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ", "An Phú", "05/PC-UBND"),
    issued_on=dt.date(2026, 11, 20),
    category=Category.TO_CAO,
    recipient="Thanh tra tỉnh An Giang",
    office_name="Ủy ban nhân dân xã An Phú",
    received_date=dt.date(2026, 11, 18),
    letter_date=dt.date(2026, 11, 15),
    summary="Tố cáo trưởng thôn Nam thu tiền đóng góp sai quy định.",
    respondent="Ông Lê Văn Tư, trưởng thôn Nam",
    signer_authority="KT. CHỦ TỊCH",
    signer_title="PHÓ CHỦ TỊCH",
    signer_name="Lê Thị Cúc",
)


def test_a_denunciation_slip_reads_as_an_official_transfer() -> None:
    text = pdf_flat_text(render_transfer_slip(TC))
    for expected in (
        "PHIẾU CHUYỂN ĐƠN",
        "Về việc chuyển đơn tố cáo",
        "Số: 05/PC-UBND",
        "Kính gửi: Thanh tra tỉnh An Giang.",
        "Ngày 18/11/2026, Ủy ban nhân dân xã An Phú nhận được đơn tố cáo đề ngày 15/11/2026.",
        "Người bị tố cáo: Ông Lê Văn Tư, trưởng thôn Nam.",
        "khoản 2 Điều 24 Luật Tố cáo",
        "được giữ bí mật",
        "PHÓ CHỦ TỊCH",
        "Lê Thị Cúc",
    ):
        assert expected in text


def test_the_slip_refuses_to_carry_a_denouncers_identity() -> None:
    with pytest.raises(DenouncerOnSlipError):
        render_transfer_slip(dataclasses.replace(TC, sender="Trần Thị Bé, thôn Nam"))
    text = pdf_flat_text(render_transfer_slip(TC))
    assert "Trần Thị Bé" not in text and " của " not in text.split("Nội dung đơn")[0].split("nhận được")[1]


def test_a_recommendation_slip_names_the_sender_and_asks_for_the_result() -> None:
    knpa = dataclasses.replace(
        TC, category=Category.KIEN_NGHI_PHAN_ANH, sender="ông Nguyễn Văn An, thôn Bắc", respondent=None,
        summary="Kiến nghị sửa chữa đường liên thôn.",
    )  # fmt: skip
    text = pdf_flat_text(render_transfer_slip(knpa))
    assert "Về việc chuyển đơn kiến nghị, phản ánh" in text
    assert "của ông Nguyễn Văn An, thôn Bắc." in text
    assert "đề nghị thông báo kết quả" in text
