"""Thông báo lịch tiếp công dân (F13): wording, every session field, the table header on every page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from desk_app.printing.forms.schedule_notice import (
    ScheduleEntry,
    ScheduleNoticeData,
    render_schedule_notice,
)
from desk_app.printing.layout import Letterhead
from tests.helpers.pdf import (
    pdf_flat_text,
    pdf_metadata,
    pdf_page_count,
    pdf_page_sizes,
    pdf_page_texts,
    pdf_text,
    pdf_text_spans,
)

A4_POINTS = (595.28, 841.89)
HEADERS = ("STT", "Ngày", "Thời gian", "Người chủ trì", "Địa điểm", "Thành phần tham dự", "Nội dung dự kiến")

XA_AN_PHU_TB = Letterhead(
    parent_name=None,
    office_name="Ủy ban nhân dân\nxã An Phú",
    place_name="An Phú",
    number_line="Số: 12/TB-UBND",
)
PRESIDED = "Ông Trần Văn Bình – Chủ tịch UBND xã"
PLACE = "Trụ sở tiếp công dân xã An Phú, số 01 đường Lê Lợi, ấp Phú Hữu"
PARTICIPANTS = "Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng; đại diện Ủy ban MTTQ Việt Nam xã"
SESSIONS = (
    ScheduleEntry(
        date=dt.date(2026, 12, 24),
        start_time=dt.time(14, 0),
        end_time=dt.time(17, 0),
        presided_by=PRESIDED,
        place=PLACE,
        participants=PARTICIPANTS,
        expected_content="Tiếp công dân về lĩnh vực đất đai, bồi thường giải phóng mặt bằng ở ấp Phú Thạnh",
    ),
    ScheduleEntry(
        date=dt.date(2026, 12, 10),
        start_time=dt.time(14, 0),
        end_time=dt.time(17, 0),
        presided_by=PRESIDED,
        place=PLACE,
        participants=PARTICIPANTS,
        expected_content="Tiếp công dân theo đơn đăng ký; khiếu nại, tố cáo, kiến nghị, phản ánh",
        note="Lùi từ 03/12/2026 do trùng Kỳ họp HĐND xã",
    ),
)
NOTICE = ScheduleNoticeData(
    letterhead=XA_AN_PHU_TB,
    issued_on=dt.date(2026, 11, 25),
    period_label="tháng 12 năm 2026",
    leader_title="Chủ tịch UBND xã An Phú",
    entries=SESSIONS,
    signer_authority="TM. Ủy ban nhân dân",
    signer_title="Chủ tịch",
    signer_name="Trần Văn Bình",
    recipients=(
        "Thanh tra tỉnh An Giang",
        "TT. Đảng ủy, TT. HĐND xã",
        "Trang thông tin điện tử xã",
        "Lưu: VT",
    ),
    legal_basis_lines=(
        "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
    ),
)


def many_entries(count: int) -> tuple[ScheduleEntry, ...]:
    """`count` sessions on consecutive days from 01/01/2027, numbered in their content."""
    start = dt.date(2027, 1, 1)
    return tuple(
        dataclasses.replace(
            SESSIONS[0],
            date=start + dt.timedelta(days=n),
            expected_content=f"Nội dung số {n + 1:02d}: giải quyết kiến nghị của hộ dân ấp Phú Hữu",
        )
        for n in range(count)
    )


LONG_NOTICE = dataclasses.replace(NOTICE, entries=many_entries(40), period_label="quý I năm 2027")


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_schedule_notice(NOTICE)


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return pdf_flat_text(pdf)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_schedule_notice(LONG_NOTICE)


@pytest.mark.parametrize(
    "expected",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ",
        "Số: 12/TB-UBND",
        "An Phú, ngày 25 tháng 11 năm 2026",
        "THÔNG BÁO",
        "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã An Phú tháng 12 năm 2026",
        "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025.",
        "Ủy ban nhân dân xã An Phú thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã An Phú "
        "tháng 12 năm 2026 như sau:",
        "đăng ký trước với công chức tiếp công dân",
        "lịch tiếp công dân sẽ được lùi sang thời gian khác và thông báo cụ thể thời gian dự kiến tiếp tại "
        "nơi tiếp công dân.",
        "thông báo để cơ quan, tổ chức và Nhân dân biết, thực hiện./.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nơi nhận:",
        "- Thanh tra tỉnh An Giang;",
        "- Lưu: VT.",
        *HEADERS,
    ],
)
def test_notice_wording_is_printed_with_its_diacritics(text: str, expected: str) -> None:
    assert flat(expected) in text


@pytest.mark.parametrize("entry", SESSIONS)
def test_every_field_of_every_session_is_printed(text: str, entry: ScheduleEntry) -> None:
    assert f"{entry.date:%d/%m/%Y}" in text
    assert "14 giờ 00 – 17 giờ 00" in text
    for value in (entry.presided_by, entry.place, entry.participants, entry.expected_content):
        assert flat(value) in text, value


def test_weekday_and_note_are_under_the_date(text: str) -> None:
    assert "Thứ Năm 10/12/2026 (Lùi từ 03/12/2026 do trùng Kỳ họp HĐND xã)" in text
    assert "Thứ Năm 24/12/2026" in text


def test_sessions_are_numbered_in_date_order(pdf: bytes) -> None:
    spans = pdf_text_spans(pdf, 0)
    y_of = {text: y for text, _, y in spans if text in ("10/12/2026", "24/12/2026")}
    assert y_of["10/12/2026"] > y_of["24/12/2026"]  # the earlier session is higher on the page


def test_signer_name_appears_once_under_the_signature(text: str) -> None:
    # "Ông Trần Văn Bình – …" twice in the table, the signer's name once more
    assert text.count("Trần Văn Bình") == 3


def test_text_is_drawn_composed(pdf: bytes) -> None:
    raw = pdf_text(pdf, normalise=False)
    assert "Thời gian" in raw
    assert unicodedata.normalize("NFD", "Thời gian") not in raw


def test_a4_portrait_by_default_and_landscape_on_request(pdf: bytes) -> None:
    assert pdf_page_sizes(pdf) == [pytest.approx(A4_POINTS, abs=0.1)]
    wide = render_schedule_notice(NOTICE, landscape=True)
    assert all(size == pytest.approx(A4_POINTS[::-1], abs=0.1) for size in pdf_page_sizes(wide))
    assert "Lùi từ 03/12/2026 do trùng Kỳ họp HĐND xã" in pdf_flat_text(wide)


def test_two_sessions_fit_on_one_page(pdf: bytes) -> None:
    assert pdf_page_count(pdf) == 1


def test_metadata_names_the_document(pdf: bytes) -> None:
    meta = pdf_metadata(pdf)
    assert meta["/Title"] == "Thông báo lịch tiếp công dân tháng 12 năm 2026"
    assert meta["/Author"] == "Ủy ban nhân dân xã An Phú"


def test_forty_sessions_run_over_pages_with_the_header_repeated(long_pdf: bytes) -> None:
    pages = [flat(page) for page in pdf_page_texts(long_pdf)]
    assert len(pages) >= 2
    for page in pages[1:]:
        if "Nội dung số" in page:  # every page that carries table rows starts them with the header
            for header in ("STT", "Thời gian", "Người chủ trì", "Thành phần tham dự", "Nội dung dự kiến"):
                assert header in page
    assert pages[1].startswith("2")  # the page number in the top margin from page 2 on
    text = " ".join(pages)
    for number in range(1, 41):
        assert f"Nội dung số {number:02d}:" in text
    assert "09/02/2027" in text  # the 40th session
    assert "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã An Phú quý I năm 2027" in text


def test_the_signature_is_not_left_alone_on_the_last_page(long_pdf: bytes) -> None:
    last = flat(pdf_page_texts(long_pdf)[-1])
    assert "TM. ỦY BAN NHÂN DÂN" in last
    assert "thông báo để cơ quan, tổ chức và Nhân dân biết, thực hiện./." in last


def test_no_sessions_says_so() -> None:
    text = pdf_flat_text(render_schedule_notice(dataclasses.replace(NOTICE, entries=())))
    assert "Trong kỳ này không có buổi tiếp công dân định kỳ." in text


def test_time_label_is_printed_when_no_hours_are_set() -> None:
    entry = dataclasses.replace(SESSIONS[0], start_time=None, end_time=None, time_label="Buổi chiều")
    text = pdf_flat_text(render_schedule_notice(dataclasses.replace(NOTICE, entries=(entry,))))
    assert "Buổi chiều" in text
    assert "giờ 00" not in text


def test_invalid_entries_are_refused() -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(SESSIONS[0], start_time=None, end_time=None)
    with pytest.raises(ValueError):
        dataclasses.replace(SESSIONS[0], end_time=dt.time(13, 0))
