"""Danh sách công dân đăng ký tiếp (the day sheet): session details, registrants, signatures, one page."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.printing.forms.session_sheet import Registrant, SessionSheetData, render_session_sheet
from desk_app.printing.layout import Letterhead
from tests.helpers.pdf import pdf_flat_text, pdf_metadata, pdf_page_count, pdf_text

REGISTRANTS = (
    Registrant("Nguyễn Thị Hồng Nhung", "ấp Phú Hữu, xã An Phú", "Khiếu nại việc thu hồi đất thửa số 125"),
    Registrant("Lê Văn Đức", "ấp Phú Thạnh, xã An Phú", "Kiến nghị sửa chữa đường giao thông nông thôn"),
    ("Phạm Thị Ửng", "ấp Hòa Long, xã An Phú", "Phản ánh ô nhiễm tiếng ồn của cơ sở xay xát"),
)
SHEET = SessionSheetData(
    letterhead=Letterhead(parent_name=None, office_name="Ủy ban nhân dân\nxã An Phú", place_name="An Phú"),
    date=dt.date(2026, 12, 10),
    time_text="Buổi chiều, từ 14 giờ 00 đến 17 giờ 00",
    place="Trụ sở tiếp công dân xã An Phú",
    presided_by="Ông Trần Văn Bình – Chủ tịch UBND xã",
    participants="Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng",
    registrants=REGISTRANTS,
    officer_name="Đặng Văn Ẩn",
    prepared_on=dt.date(2026, 12, 9),
)


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_session_sheet(SHEET)


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return pdf_flat_text(pdf)


@pytest.mark.parametrize(
    "expected",
    [
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        "An Phú, ngày 09 tháng 12 năm 2026",
        "DANH SÁCH CÔNG DÂN ĐĂNG KÝ TIẾP",
        "Buổi tiếp công dân định kỳ ngày 10/12/2026",
        "Thời gian: Buổi chiều, từ 14 giờ 00 đến 17 giờ 00, Thứ Năm, 10/12/2026",
        "Địa điểm: Trụ sở tiếp công dân xã An Phú",
        "Người chủ trì: Ông Trần Văn Bình – Chủ tịch UBND xã",
        "Thành phần tham dự: Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng",
        "STT Họ và tên Địa chỉ Nội dung Ghi chú",
        "Tổng số: 03 lượt công dân đăng ký.",
        "NGƯỜI LẬP DANH SÁCH",
        "NGƯỜI CHỦ TRÌ",
        "Tài liệu sử dụng nội bộ, không niêm yết công khai.",
    ],
)
def test_sheet_wording_is_printed(text: str, expected: str) -> None:
    assert flat(expected) in text


@pytest.mark.parametrize("registrant", REGISTRANTS)
def test_every_registrant_is_listed(text: str, registrant: tuple[str, str, str]) -> None:
    for value in registrant:
        assert flat(value) in text, value


def test_registrants_are_numbered_and_blank_rows_follow(text: str) -> None:
    assert "1 Nguyễn Thị Hồng Nhung" in text
    assert "3 Phạm Thị Ửng" in text
    assert " 4 5 6 " in text  # three numbered blank rows for walk-in citizens
    assert " 7 " not in text


def test_signers_are_named_without_honorific(text: str) -> None:
    assert text.count("Đặng Văn Ẩn") == 1
    assert "(Ký, ghi rõ họ tên) Trần Văn Bình" in text or text.endswith("Trần Văn Bình")
    assert text.count("Trần Văn Bình") == 2  # "Người chủ trì: Ông …" and the signature


def test_sheet_is_one_page_and_names_itself(pdf: bytes) -> None:
    assert pdf_page_count(pdf) == 1
    assert pdf_metadata(pdf)["/Title"] == "Danh sách công dân đăng ký tiếp"
    assert "Phạm Thị Ửng" in pdf_text(pdf, normalise=False)


def test_a_long_list_is_set_tighter_to_stay_on_one_page() -> None:
    many = tuple(Registrant(f"Công dân số {n:02d}", "ấp Phú Hữu", "Kiến nghị") for n in range(1, 16))
    pdf = render_session_sheet(dataclasses.replace(SHEET, registrants=many))
    assert pdf_page_count(pdf) == 1
    assert "Công dân số 15" in pdf_flat_text(pdf)


def test_empty_list_says_so() -> None:
    text = pdf_flat_text(render_session_sheet(dataclasses.replace(SHEET, registrants=())))
    assert "Chưa có công dân đăng ký." in text
    assert "Tổng số" not in text
