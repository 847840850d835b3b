"""Phiếu hẹn: wording, fields, weekday, leaders, page sizes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.domain.enums import IdType
from desk_app.printing.forms.appointment import render_appointment
from desk_app.printing.layout import PageSize
from tests.helpers.pdf import pdf_flat_text, pdf_page_count, pdf_page_sizes
from tests.unit.printing.samples import APPOINTMENT, SO_TU_PHAP


@pytest.fixture(scope="module")
def text() -> str:
    return pdf_flat_text(render_appointment(APPOINTMENT))


@pytest.mark.parametrize(
    "expected",
    [
        "PHIẾU HẸN",
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Phú, ngày 22 tháng 11 năm 2026",
        "Kính gửi: ông (bà) Nguyễn Thị Hồng Nhung",
        "Địa chỉ: thôn Hiệu Châu, xã An Phú, tỉnh An Giang",
        "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): 001186012345",
        "Về việc: Khiếu nại việc thu hồi đất ở thôn Hiệu Châu để mở rộng đường liên xã",
        "Hẹn ông (bà) vào hồi 08 giờ 30 phút, thứ Năm, ngày 26/11/2026 tại Phòng tiếp công dân, "
        "Trụ sở Ủy ban nhân dân xã An Phú để gặp ông Trần Văn Bình, Chủ tịch Ủy ban nhân dân xã.",
        "Khi đến, đề nghị ông (bà) mang theo Phiếu hẹn này, giấy tờ tùy thân và các giấy tờ, tài liệu sau:",
        "- Bản chính Giấy chứng nhận quyền sử dụng đất;",
        "- Các văn bản trả lời trước đây của Ủy ban nhân dân xã (nếu có).",
        "NGƯỜI TIẾP CÔNG DÂN",
        "(Ký, ghi rõ họ tên)",
        "Đặng Văn Ẩn",
        "Công chức Văn phòng - Thống kê",
    ],
)
def test_every_field_is_printed_with_its_diacritics(text: str, expected: str) -> None:
    assert expected in text


def test_the_appointment_day_has_its_weekday_and_slashed_date() -> None:
    data = dataclasses.replace(APPOINTMENT, appointment_at=dt.datetime(2026, 3, 1, 14, 0))
    text = pdf_flat_text(render_appointment(data))
    assert "vào hồi 14 giờ 00 phút, Chủ nhật, ngày 01/03/2026 tại" in text


def test_issue_date_in_february_is_padded() -> None:
    data = dataclasses.replace(APPOINTMENT, issued_on=dt.date(2026, 2, 5))
    assert "An Phú, ngày 05 tháng 02 năm 2026" in pdf_flat_text(render_appointment(data))


def test_nothing_to_bring_but_the_slip_and_an_id() -> None:
    data = dataclasses.replace(APPOINTMENT, documents_to_bring=("  ",))
    text = pdf_flat_text(render_appointment(data))
    assert "Khi đến, đề nghị ông (bà) mang theo Phiếu hẹn này và giấy tờ tùy thân." in text
    assert "các giấy tờ, tài liệu sau:" not in text


def test_missing_address_and_id_leave_dotted_leaders() -> None:
    data = dataclasses.replace(APPOINTMENT, citizen_address=None, citizen_id_number=None)
    text = pdf_flat_text(render_appointment(data))
    assert "Địa chỉ: ……………" in text
    assert "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): ……………" in text


def test_id_type_label_follows_the_number() -> None:
    data = dataclasses.replace(APPOINTMENT, citizen_id_type=IdType.HO_CHIEU, citizen_id_number="C1234567")
    assert "giấy tờ tùy thân): C1234567 (Hộ chiếu)" in pdf_flat_text(render_appointment(data))


def test_department_letterhead_with_parent_and_number() -> None:
    text = pdf_flat_text(render_appointment(dataclasses.replace(APPOINTMENT, letterhead=SO_TU_PHAP)))
    assert "UBND TỈNH AN GIANG" in text
    assert "SỞ TƯ PHÁP" in text
    assert "Số: 05/TB-STP" in text
    assert "An Giang, ngày 22 tháng 11 năm 2026" in text


@pytest.mark.parametrize(("page_size", "points"), [("A4", (595.28, 841.89)), ("A5", (419.53, 595.28))])
def test_one_page_of_the_requested_size(page_size: PageSize, points: tuple[float, float]) -> None:
    pdf = render_appointment(APPOINTMENT, page_size)
    assert pdf_page_count(pdf) == 1
    assert pdf_page_sizes(pdf) == [pytest.approx(points, abs=0.1)]
