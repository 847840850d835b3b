"""Giấy biên nhận thông tin, tài liệu (Mẫu 02/TCD): wording, fields, leaders, sizes and pagination."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from desk_app.domain.enums import DocCondition
from desk_app.printing.forms.receipt_02tcd import ReceiptData, ReceiptItem, render_receipt
from tests.helpers.pdf import (
    pdf_flat_text,
    pdf_metadata,
    pdf_page_count,
    pdf_page_sizes,
    pdf_page_texts,
    pdf_text,
)
from tests.unit.printing.samples import NO_ID_RECEIPT, RECEIPT, SO_TU_PHAP, many_items

A4_POINTS = (595.28, 841.89)
A5_POINTS = (419.53, 595.28)


@pytest.fixture(scope="module")
def text() -> str:
    return pdf_flat_text(render_receipt(RECEIPT))


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize(
    "expected",
    [
        "GIẤY BIÊN NHẬN",
        "Thông tin, tài liệu",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        "An Phú, ngày 05 tháng 02 năm 2026",
        "Vào 09 giờ 05 phút, ngày 05 tháng 02 năm 2026, tại: Trụ sở tiếp công dân xã An Phú.",
        "Tôi là: Đặng Văn Ẩn",
        "Chức vụ: Công chức Văn phòng - Thống kê",
        "Đã nhận của ông (bà): Nguyễn Thị Hồng Nhung",
        "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): 001186012345 (Thẻ căn cước), ngày cấp 10/08/2021, "
        "nơi cấp Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        "Địa chỉ: thôn Hiệu Châu, xã An Phú, tỉnh An Giang",
        "các thông tin, tài liệu sau:",
        "Giấy biên nhận thông tin, tài liệu được lập thành 02 bản, "
        "giao cho người cung cấp thông tin, tài liệu 01 bản.",
        "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU",
        "NGƯỜI NHẬN",
        "(Ký, ghi rõ họ tên)",
        "(Ký, ghi rõ họ tên và đóng dấu (nếu có))",
        "Thông tin cá nhân của ông (bà) được bảo mật theo quy định của pháp luật về tiếp công dân "
        "và bảo vệ dữ liệu cá nhân.",
        "Số theo dõi nội bộ: BN-2026-0042",
    ],
)
def test_every_field_is_printed_with_its_diacritics(text: str, expected: str) -> None:
    assert expected in text


def test_items_are_numbered_with_pages_and_condition(text: str) -> None:
    assert "1. Đơn khiếu nại về việc thu hồi đất ở thôn Hiệu Châu (3 trang, bản chính)" in text
    assert "2. Giấy chứng nhận quyền sử dụng đất số BĐ 123456 (2 trang, bản sao có chứng thực)" in text
    assert "3. Quyết định số 15/QĐ-UBND ngày 12/3/2025 của Ủy ban nhân dân xã (4 trang, bản phô tô)" in text
    # no page count: a leader to fill in by hand; more than one copy: the quantity
    assert "4. Ảnh chụp hiện trạng thửa đất (……… trang, khác; số lượng: 06)" in text
    assert "5. " not in text


def test_both_names_appear_under_the_signatures(text: str) -> None:
    assert text.count("Nguyễn Thị Hồng Nhung") == 2  # "Đã nhận của ông (bà)" and the left signature
    assert text.count("Đặng Văn Ẩn") == 2  # "Tôi là" and the right signature


def test_the_template_has_no_number_line(text: str) -> None:
    assert "Số:" not in text


def test_month_above_two_has_no_leading_zero() -> None:
    data = dataclasses.replace(RECEIPT, received_at=dt.datetime(2026, 11, 22, 14, 7))
    text = pdf_flat_text(render_receipt(data))
    assert "An Phú, ngày 22 tháng 11 năm 2026" in text
    assert "Vào 14 giờ 07 phút, ngày 22 tháng 11 năm 2026, tại:" in text


def test_copies_are_zero_padded() -> None:
    text = pdf_flat_text(render_receipt(dataclasses.replace(RECEIPT, copies=3)))
    assert "được lập thành 03 bản, giao cho người cung cấp thông tin, tài liệu 01 bản." in text


@pytest.mark.parametrize("copies", [0, 1, 100])
def test_copies_out_of_range_are_refused(copies: int) -> None:
    with pytest.raises(ValueError, match="copies"):
        dataclasses.replace(RECEIPT, copies=copies)


def test_missing_id_and_address_leave_dotted_leaders() -> None:
    text = pdf_flat_text(render_receipt(NO_ID_RECEIPT))
    assert "Số CCCD/Hộ chiếu (hoặc giấy tờ tùy thân): ……………" in text
    assert "ngày cấp ……………" in text
    assert "nơi cấp ……………" in text
    assert "Địa chỉ: ……………" in text
    assert "001186012345" not in text
    assert "Số theo dõi nội bộ" not in text  # no internal number, no footer


def test_no_items_leaves_numbered_blank_lines() -> None:
    text = pdf_flat_text(render_receipt(dataclasses.replace(RECEIPT, items=())))
    for index in (1, 2, 3):
        assert f"{index}. ……………" in text
    assert "4. " not in text


def test_a4_and_a5_media_boxes() -> None:
    assert pdf_page_sizes(render_receipt(RECEIPT)) == [pytest.approx(A4_POINTS, abs=0.1)]
    assert pdf_page_sizes(render_receipt(RECEIPT, "A5")) == [pytest.approx(A5_POINTS, abs=0.1)]


def test_a5_carries_the_same_text() -> None:
    assert pdf_flat_text(render_receipt(RECEIPT, "A5")) == pdf_flat_text(render_receipt(RECEIPT))


def test_twelve_realistic_items_fit_on_one_a4_page() -> None:
    mixed = many_items(6, long_titles=False) + many_items(6)
    data = dataclasses.replace(RECEIPT, letterhead=SO_TU_PHAP, items=mixed)
    assert pdf_page_count(render_receipt(data)) == 1


def test_twelve_two_line_items_still_fit_on_one_a4_page() -> None:
    data = dataclasses.replace(RECEIPT, letterhead=SO_TU_PHAP, items=many_items(12))
    pdf = render_receipt(data)
    assert pdf_page_count(pdf) == 1
    assert "12. Văn bản số 12:" in pdf_flat_text(pdf)


def test_thirty_items_flow_onto_a_second_page_with_the_signatures_kept_together() -> None:
    pdf = render_receipt(dataclasses.replace(RECEIPT, items=many_items(30, long_titles=False)))
    assert pdf_page_count(pdf) == 2
    first, last = (flat(page) for page in pdf_page_texts(pdf))
    assert "1. Biên bản làm việc số 01" in first
    # the closing sentence, both signature columns and their names share the last page with the last item
    for expected in (
        "30. Biên bản làm việc số 30",
        "được lập thành 02 bản",
        "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU",
        "NGƯỜI NHẬN",
        "(Ký, ghi rõ họ tên và đóng dấu (nếu có))",
        "Nguyễn Thị Hồng Nhung",
        "Đặng Văn Ẩn",
        "được bảo mật",
    ):
        assert expected in last
        assert expected not in first.split("các thông tin, tài liệu sau:")[1]


@pytest.mark.parametrize("count", range(12, 40))
def test_signatures_are_never_split_nor_alone_on_a_page(count: int) -> None:
    pdf = render_receipt(dataclasses.replace(RECEIPT, items=many_items(count, long_titles=count % 2 == 0)))
    pages = [flat(page) for page in pdf_page_texts(pdf)]
    (signed,) = [page for page in pages if "NGƯỜI NHẬN" in page]
    assert signed is pages[-1]
    for expected in (
        f"{count}. ",
        "được lập thành 02 bản",
        "(Ký, ghi rõ họ tên và đóng dấu (nếu có))",
        "Nguyễn Thị Hồng Nhung",
        "Đặng Văn Ẩn",
        "được bảo mật",
    ):
        assert expected in signed


def test_the_long_signature_title_breaks_into_even_lines() -> None:
    lines = [line.strip() for line in pdf_text(render_receipt(RECEIPT)).splitlines()]
    assert "NGƯỜI CUNG CẤP" in lines
    assert "THÔNG TIN, TÀI LIỆU" in lines


def test_decomposed_input_is_drawn_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    data = dataclasses.replace(RECEIPT, provider_name=nfd)
    raw = pdf_text(render_receipt(data), normalise=False)
    assert "Đã nhận của ông (bà): Nguyễn Thị Hồng Nhung" in raw
    assert nfd not in raw


def test_markup_characters_in_titles_are_printed_literally() -> None:
    item = ReceiptItem("Đơn & phụ lục <kèm theo>", 1, DocCondition.BAN_CHINH)
    text = pdf_flat_text(render_receipt(dataclasses.replace(RECEIPT, items=(item,))))
    assert "1. Đơn & phụ lục <kèm theo> (1 trang, bản chính)" in text


def test_metadata_names_the_document_but_no_person() -> None:
    meta = pdf_metadata(render_receipt(RECEIPT))
    assert meta["/Title"] == "Giấy biên nhận thông tin, tài liệu"
    joined = " ".join(meta.values())
    assert "Nhung" not in joined
    assert "001186012345" not in joined


def test_rendering_is_deterministic() -> None:
    assert render_receipt(RECEIPT) == render_receipt(RECEIPT)


@pytest.mark.parametrize(("pages", "quantity"), [(0, 1), (1, 0)])
def test_item_counts_must_be_positive(pages: int, quantity: int) -> None:
    with pytest.raises(ValueError):
        ReceiptItem("Đơn", pages, DocCondition.BAN_CHINH, quantity)


def test_receipt_data_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        RECEIPT.copies = 5  # type: ignore[misc]
    assert isinstance(RECEIPT, ReceiptData)
