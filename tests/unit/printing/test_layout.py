"""NĐ 30/2020 layout: date line, Số line, header rules, signatures, Nơi nhận, page numbers and sizes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desk_app.i18n import vi_print as vp
from desk_app.printing.fonts import BOLD, REGULAR
from desk_app.printing.layout import (
    CenteredLines,
    Letterhead,
    PageSize,
    SignatureColumn,
    balanced_lines,
    build_pdf,
    letterhead_block,
    page_spec,
    signature_block,
    title_block,
)
from desk_app.printing.page import doc_styles
from tests.helpers.pdf import (
    pdf_flat_text,
    pdf_font_names,
    pdf_line_segments,
    pdf_page_count,
    pdf_page_sizes,
    pdf_text_spans,
)
from tests.unit.printing.samples import SO_TU_PHAP, XA_AN_PHU


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
        (dt.date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
        (dt.date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
        (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (dt.date(2026, 10, 1), "ngày 01 tháng 10 năm 2026"),
        (dt.date(2026, 11, 22), "ngày 22 tháng 11 năm 2026"),
        (dt.date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"),
    ],
)
def test_date_words_pad_days_and_only_months_one_and_two(day: dt.date, expected: str) -> None:
    assert vp.date_words(day) == expected


def test_place_date_line() -> None:
    assert vp.place_date_line("An Phú", dt.date(2026, 1, 5)) == "An Phú, ngày 05 tháng 01 năm 2026"


@pytest.mark.parametrize(
    ("given", "expected"), [("05/TB-UBND", "Số: 05/TB-UBND"), ("Số: 12/UBND-VP", "Số: 12/UBND-VP")]
)
def test_number_line_prefix(given: str, expected: str) -> None:
    assert vp.number_line(given) == expected


def test_bullet_lines_end_with_semicolon_and_the_last_with_a_full_stop() -> None:
    assert vp.bullet_line("Như trên", last=False) == "- Như trên;"
    assert vp.bullet_line("Lưu: VT, TCD.", last=True) == "- Lưu: VT, TCD."


class RecordingCanvas:
    """Just enough of a ReportLab canvas to record what a flowable draws."""

    def __init__(self) -> None:
        self.strings: list[tuple[float, float, str]] = []
        self.lines: list[tuple[float, float, float, float]] = []

    def setFont(self, name: str, size: float) -> None:
        pass

    def setLineWidth(self, width: float) -> None:
        pass

    def drawCentredString(self, x: float, y: float, text: str) -> None:
        self.strings.append((x, y, text))

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.lines.append((x1, y1, x2, y2))


def drawn(flowable: CenteredLines, width: float) -> RecordingCanvas:
    flowable.wrap(width, 500)
    canvas = RecordingCanvas()
    flowable.canv = canvas
    flowable.draw()
    return canvas


def test_motto_rule_is_exactly_as_long_as_the_motto_and_below_its_descenders() -> None:
    canvas = drawn(CenteredLines(vp.TIEU_NGU, BOLD, 13, 1.0), 280)
    ((x1, y1, x2, y2),) = canvas.lines
    assert x2 - x1 == pytest.approx(stringWidth(vp.TIEU_NGU, BOLD, 13))
    assert (x1 + x2) / 2 == pytest.approx(140)  # centred under the text
    ((_, baseline, _),) = canvas.strings
    assert y1 == y2
    assert y1 < baseline - 0.25 * 13  # clear of "p" in "phúc" and the dot of "Độc"
    assert y1 >= 0  # inside the flowable, so nothing below overlaps it


def test_office_rule_is_a_third_to_a_half_of_the_name_under_the_last_line() -> None:
    canvas = drawn(CenteredLines("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ", BOLD, 12, 0.4), 180)
    assert [text for _, _, text in canvas.strings] == ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ"]
    ((x1, y1, x2, _),) = canvas.lines
    widest = stringWidth("ỦY BAN NHÂN DÂN", BOLD, 12)
    assert widest / 3 <= x2 - x1 <= widest / 2
    assert y1 < min(y for _, y, _ in canvas.strings)


def test_a_long_office_name_wraps_inside_its_column() -> None:
    canvas = drawn(CenteredLines("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH AN GIANG", BOLD, 12, 0.4), 180)
    assert len(canvas.strings) == 2
    assert all(stringWidth(text, BOLD, 12) <= 180 for _, _, text in canvas.strings)


def test_quoc_hieu_fits_its_column_on_one_line() -> None:
    for size in ("A4", "A5"):
        spec = page_spec(size)
        assert stringWidth(vp.QUOC_HIEU, BOLD, spec.header) < spec.frame_width * 0.6


def test_balanced_signature_title() -> None:
    title = "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU"
    assert balanced_lines(title, BOLD, 13, 230) == ["NGƯỜI CUNG CẤP", "THÔNG TIN, TÀI LIỆU"]
    assert balanced_lines("NGƯỜI NHẬN", BOLD, 13, 230) == ["NGƯỜI NHẬN"]


def letter(letterhead: Letterhead, page_size: PageSize = "A4", paragraphs: int = 0) -> bytes:
    spec = page_spec(page_size)
    body = doc_styles(spec).body
    story: list[Any] = [letterhead_block(letterhead, spec, dt.date(2026, 11, 22))]
    story += title_block("Thông báo", spec, "Về việc từ chối tiếp công dân")
    story += [
        Paragraph(f"Đoạn {n}: nội dung thông báo của Ủy ban nhân dân xã.", body) for n in range(paragraphs)
    ]
    story.append(
        signature_block(
            [SignatureColumn(("TM. Ủy ban nhân dân", "Chủ tịch"), "Trần Văn Bình")],
            spec,
            recipients=["Như trên", "Chủ tịch UBND xã (để b/c)", "Lưu: VT, TCD"],
        )
    )
    return build_pdf(story, spec, title="Thông báo", author="UBND xã An Phú")


def test_letterhead_title_signature_and_noi_nhan() -> None:
    text = pdf_flat_text(letter(SO_TU_PHAP))
    for expected in (
        "UBND TỈNH AN GIANG SỞ TƯ PHÁP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/TB-STP",
        "An Giang, ngày 22 tháng 11 năm 2026",
        "THÔNG BÁO",
        "Về việc từ chối tiếp công dân",
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
        "(Ký, ghi rõ họ tên)",
        "Trần Văn Bình",
        "Nơi nhận:",
        "- Như trên;",
        "- Chủ tịch UBND xã (để b/c);",
        "- Lưu: VT, TCD.",
    ):
        assert expected in text


@pytest.mark.parametrize("page_size", ["A4", "A5"])
def test_rules_under_office_name_motto_and_trich_yeu_on_the_page(page_size: PageSize) -> None:
    spec = page_spec(page_size)
    pdf = letter(XA_AN_PHU, page_size)
    segments = [seg for seg in pdf_line_segments(pdf, 0) if seg[1] == pytest.approx(seg[3])]
    baselines = {text: y for text, _, y in pdf_text_spans(pdf, 0)}

    def rule_centred_at(x: float) -> tuple[float, float, float, float]:
        (found,) = [seg for seg in segments if (seg[0] + seg[2]) / 2 == pytest.approx(x, abs=0.5)]
        return found

    left_centre = spec.left + spec.frame_width * 0.4 / 2
    right_centre = spec.left + spec.frame_width * 0.4 + spec.frame_width * 0.6 / 2
    page_centre = spec.left + spec.frame_width / 2

    x1, y, x2, _ = rule_centred_at(right_centre)
    assert x2 - x1 == pytest.approx(stringWidth(vp.TIEU_NGU, BOLD, spec.motto), abs=0.2)
    assert 0.25 * spec.motto < baselines[vp.TIEU_NGU] - y < 0.8 * spec.motto

    x1, y, x2, _ = rule_centred_at(left_centre)
    office = stringWidth("ỦY BAN NHÂN DÂN", BOLD, spec.header)
    assert office / 3 <= x2 - x1 <= office / 2
    assert 0.25 * spec.header < baselines["XÃ AN PHÚ"] - y < 0.8 * spec.header

    x1, y, x2, _ = rule_centred_at(page_centre)
    subtitle = stringWidth("Về việc từ chối tiếp công dân", BOLD, spec.title)
    assert subtitle / 3 <= x2 - x1 <= subtitle / 2
    assert 0.25 * spec.title < baselines["Về việc từ chối tiếp công dân"] - y < 0.8 * spec.title
    assert len(segments) == 3


def test_quoc_hieu_and_agency_start_on_the_same_line() -> None:
    spans = {text: y for text, _, y in pdf_text_spans(letter(SO_TU_PHAP), 0)}
    assert spans["UBND TỈNH AN GIANG"] == pytest.approx(spans[vp.QUOC_HIEU])
    assert spans["Số: 05/TB-STP"] == pytest.approx(spans["An Giang, ngày 22 tháng 11 năm 2026"], abs=0.5)


def test_commune_letterhead_has_no_number_when_none_is_given() -> None:
    text = pdf_flat_text(letter(XA_AN_PHU))
    assert "ỦY BAN NHÂN DÂN XÃ AN PHÚ" in text
    assert "Số:" not in text


def test_only_the_embedded_serif_family_is_used() -> None:
    names = pdf_font_names(letter(SO_TU_PHAP))
    assert names
    assert all(name.startswith(("LiberationSerif", "TimesNewRoman")) for name in names), names


def test_page_numbers_are_centred_in_the_top_margin_from_page_two_on() -> None:
    pdf = letter(XA_AN_PHU, paragraphs=70)
    assert pdf_page_count(pdf) >= 3
    spec = page_spec("A4")
    centre = spec.left + spec.frame_width / 2

    def in_top_margin(page: int) -> list[tuple[str, float, float]]:
        return [span for span in pdf_text_spans(pdf, page) if span[2] > spec.height - spec.top]

    assert in_top_margin(0) == []
    for page in (1, 2):
        ((number, x, _),) = in_top_margin(page)
        assert number == str(page + 1)
        assert x + stringWidth(number, REGULAR, spec.body) / 2 == pytest.approx(centre, abs=1)


@pytest.mark.parametrize(("page_size", "points"), [("A4", (595.28, 841.89)), ("A5", (419.53, 595.28))])
def test_page_sizes(page_size: PageSize, points: tuple[float, float]) -> None:
    assert pdf_page_sizes(letter(XA_AN_PHU, page_size)) == [pytest.approx(points, abs=0.1)]


def test_a4_margins_follow_nd30() -> None:
    spec = page_spec("A4")
    assert (spec.top, spec.bottom, spec.left, spec.right) == pytest.approx(
        (20 * mm, 20 * mm, 30 * mm, 15 * mm)
    )
    assert 13 <= spec.body <= 14
    assert 12 <= spec.header <= 13
    assert 13 <= spec.motto <= 14


def test_unknown_page_size_is_refused() -> None:
    with pytest.raises(ValueError, match="Letter"):
        page_spec("Letter")  # type: ignore[arg-type]


def test_three_signature_columns_are_refused() -> None:
    column = SignatureColumn(("A",), "B")
    with pytest.raises(ValueError):
        signature_block([column, column, column], page_spec("A4"))
