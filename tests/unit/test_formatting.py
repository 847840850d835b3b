"""Dates, times, numbers and office names as every screen, paper and command line writes them (i18n.formatting)."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.i18n.formatting import (
    expanded_title,
    fmt_date,
    fmt_day_month,
    fmt_int,
    fmt_time,
    leader_title,
    office_in_sentence,
    parse_date,
)


def test_dates_times_and_numbers() -> None:
    assert fmt_date(dt.date(2026, 2, 5)) == "05/02/2026"
    assert fmt_date(dt.date(999, 1, 1)) == "01/01/0999"  # strftime("%Y") would drop the zero on Linux
    assert fmt_date(None) == ""
    assert fmt_day_month(dt.date(2026, 8, 1)) == "01/08"
    assert fmt_time(dt.time(9, 5)) == "09:05"
    assert fmt_time(None) == ""
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_int(12) == "12"
    assert parse_date("5/2/2026") == dt.date(2026, 2, 5)
    assert parse_date("05022026") == dt.date(2026, 2, 5)
    with pytest.raises(ValueError):
        parse_date("31/02/2026")


@pytest.mark.parametrize(
    ("letterhead", "sentence"),
    [
        ("ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Ủy ban nhân dân xã An Phú"),
        ("UỶ BAN NHÂN DÂN XÃ AN PHÚ", "Ủy ban nhân dân xã An Phú"),
        # a place named after a level word: the schedule's conversion gave "phường thành Công"
        ("ỦY BAN NHÂN DÂN PHƯỜNG THÀNH CÔNG", "Ủy ban nhân dân phường Thành Công"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC", "Ủy ban nhân dân đặc khu Phú Quốc"),
        # the schedule's conversion gave "Hội Đồng Nhân Dân Tỉnh An Giang"
        ("HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG", "Hội đồng nhân dân tỉnh An Giang"),
        # both conversions gave "Sở Tư Pháp"
        ("SỞ TƯ PHÁP", "Sở Tư pháp"),
        ("SỞ TƯ PHÁP TỈNH AN GIANG", "Sở Tư pháp tỉnh An Giang"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),
        ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Văn phòng Ủy ban nhân dân tỉnh An Giang"),
        # typed in mixed case: kept as typed, spaces tidied
        ("Ban Tiếp công dân  tỉnh An Giang", "Ban Tiếp công dân tỉnh An Giang"),
    ],
)
def test_an_office_named_inside_a_sentence(letterhead: str, sentence: str) -> None:
    assert office_in_sentence(letterhead) == sentence


def test_titles() -> None:
    assert leader_title("CHỦ TỊCH", "ỦY BAN NHÂN DÂN XÃ AN PHÚ") == "Chủ tịch UBND xã An Phú"
    assert leader_title("GIÁM ĐỐC", "SỞ TƯ PHÁP") == "Giám đốc Sở Tư pháp"
    assert expanded_title("Chủ tịch UBND xã") == "Chủ tịch Ủy ban nhân dân xã"
    assert expanded_title("Phó Chủ tịch HĐND tỉnh") == "Phó Chủ tịch Hội đồng nhân dân tỉnh"
