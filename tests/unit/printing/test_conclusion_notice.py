"""Thông báo kết luận việc tiếp công dân (F12): title, number, every case, the units and their time limits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.printing.forms.conclusion_notice import (
    ConclusionNoticeData,
    case_section,
    render_conclusion_notice,
    unit_section,
)
from desk_app.printing.layout import Letterhead
from tests.helpers.pdf import pdf_flat_text, pdf_metadata, pdf_page_count, pdf_page_sizes, pdf_text

A4_POINTS = (595.28, 841.89)
NOTICE = ConclusionNoticeData(
    letterhead=Letterhead(None, "Ủy ban nhân dân\nxã An Phú", "An Phú", "03/TB-UBND"),
    issued_on=dt.date(2026, 11, 16),
    subject="Kết luận của Chủ tịch Ủy ban nhân dân xã tại buổi tiếp công dân ngày 12/11/2026",
    intro=(
        "Ngày 12/11/2026 (từ 14 giờ 00), tại Phòng tiếp công dân xã An Phú, Trần Văn Bình, Chủ tịch Ủy ban "
        "nhân dân xã đã chủ trì buổi tiếp công dân định kỳ.",
        "Tham dự buổi tiếp công dân có: công chức Địa chính – Xây dựng, công chức Tư pháp – Hộ tịch.",
    ),
    lead_in="Sau khi nghe công dân trình bày, Chủ tịch Ủy ban nhân dân xã kết luận như sau:",
    sections=(
        case_section(
            "Ông Nguyễn Văn An",
            "Đề nghị cấp giấy chứng nhận quyền sử dụng đất ở trước ngày 18/12/1980",
            "Giao công chức Địa chính – Xây dựng kiểm tra hồ sơ, đề xuất cấp giấy chứng nhận",
            "Công chức Địa chính – Xây dựng",
            dt.date(2026, 12, 10),
        ),
        case_section(
            "Bà Lê Thị Hoa",
            "Phản ánh việc bồi thường giải phóng mặt bằng bờ kè sông Trí",
            "Giao Ban Bồi thường rà soát phương án, trả lời bà Hoa bằng văn bản",
            "Ban Bồi thường, giải phóng mặt bằng",
            dt.date(2026, 12, 8),
        ),
        case_section(
            "Ông/bà Phạm Văn Lộc",
            "Hỏi về chính sách an sinh xã hội",
            "Đã giải thích tại buổi tiếp",
            None,
            None,
        ),
    ),
    closing="Ủy ban nhân dân xã An Phú thông báo để các cơ quan, đơn vị và công dân có liên quan biết, thực hiện./.",
    signer_authority="TL. CHỦ TỊCH",
    signer_title="CHÁNH VĂN PHÒNG",
    signer_name="Đỗ Minh Quân",
    recipients=(
        "Công chức Địa chính – Xây dựng (thực hiện)",
        "Công dân có tên tại Thông báo (để biết)",
        "Lưu: VT",
    ),
)


def test_the_notice_has_the_title_number_and_every_case() -> None:
    pdf = render_conclusion_notice(NOTICE)
    text = pdf_flat_text(pdf)
    assert pdf_page_sizes(pdf)[0] == pytest.approx(A4_POINTS, abs=0.1)
    assert "Số: 03/TB-UBND" in text
    assert "An Phú, ngày 16 tháng 11 năm 2026" in text
    assert "THÔNG BÁO" in text
    assert "Kết luận của Chủ tịch Ủy ban nhân dân xã tại buổi tiếp công dân ngày 12/11/2026" in text
    for heading in ("1. Ông Nguyễn Văn An", "2. Bà Lê Thị Hoa", "3. Ông/bà Phạm Văn Lộc"):
        assert heading in text
    assert (
        "Nội dung trình bày: Đề nghị cấp giấy chứng nhận quyền sử dụng đất ở trước ngày 18/12/1980." in text
    )
    assert "Đơn vị thực hiện: Công chức Địa chính – Xây dựng." in text
    assert "Đơn vị thực hiện: Ban Bồi thường, giải phóng mặt bằng." in text
    assert "Thời hạn: trước ngày 10/12/2026." in text
    assert "Thời hạn: trước ngày 08/12/2026." in text
    assert text.count("Thời hạn:") == 2  # the case answered at the session has no unit and no limit
    assert "TL. CHỦ TỊCH" in text and "CHÁNH VĂN PHÒNG" in text and "Đỗ Minh Quân" in text
    assert "Nơi nhận:" in text and "- Lưu: VT." in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pdf_text(pdf)
    assert pdf_metadata(pdf)["/Title"].startswith("Thông báo kết luận việc tiếp công dân")


def test_many_cases_flow_onto_numbered_pages() -> None:
    many = dataclasses.replace(NOTICE, sections=NOTICE.sections[:2] * 8)
    pdf = render_conclusion_notice(many)
    assert pdf_page_count(pdf) >= 2
    assert "16. Bà Lê Thị Hoa" in pdf_flat_text(pdf)


def test_a_dialogue_notice_uses_the_same_layout() -> None:
    dialogue = dataclasses.replace(
        NOTICE,
        subject="Kết luận của Chủ tịch Ủy ban nhân dân xã tại hội nghị đối thoại ngày 28/08/2026",
        sections=(
            unit_section("Văn phòng HĐND và UBND xã", "Rà soát hồ sơ đất trước 1980", dt.date(2026, 10, 22)),
        ),
        doc_title="Thông báo kết luận hội nghị đối thoại",
    )
    text = pdf_flat_text(render_conclusion_notice(dialogue))
    assert "tại hội nghị đối thoại ngày 28/08/2026" in text
    assert "1. Nội dung: Rà soát hồ sơ đất trước 1980." in text
    assert "Thời hạn trả lời bằng văn bản: trước ngày 22/10/2026." in text
