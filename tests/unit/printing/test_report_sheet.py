"""The report sheet PDF: official layout of Biểu 01/TCD and 01/XLD, A4 landscape, headings, MS row and values."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.printing.forms.report_chart import ChartData
from desk_app.printing.forms.report_headers import SheetColumn, header_cells, header_depth
from desk_app.printing.forms.report_sheet import LANDSCAPE, ReportSheetData, render_report_sheet, table_layout
from desk_app.printing.layout import Letterhead
from tests.helpers import report_samples as rs
from tests.helpers.pdf import pdf_flat_text, pdf_page_count, pdf_page_sizes, pdf_page_texts, pdf_text_spans

LETTERHEAD = Letterhead(parent_name=None, office_name="ỦY BAN NHÂN DÂN\nXÃ AN PHÚ", place_name="An Phú")
TCD_COLUMNS = tuple(SheetColumn(c.number, c.headings) for c in rs.TCD_COLUMNS)
XLD_COLUMNS = tuple(SheetColumn(c.number, c.headings) for c in rs.XLD_COLUMNS)


def sheet(**changes: object) -> ReportSheetData:
    data = ReportSheetData(
        letterhead=LETTERHEAD,
        form_code="01/TCD",
        title=rs.TCD_TITLE,
        first=dt.date(2025, 12, 15),
        last=dt.date(2026, 3, 14),
        columns=TCD_COLUMNS,
        values=dict(rs.TCD_VALUES),
        unit_name="UBND XÃ AN PHÚ",
        signed_on=dt.date(2026, 3, 16),
        signer_lines=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        signer_name="Trần Văn Bình",
        preparer_name="Phạm Thị Dung",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_tcd_sheet_prints_the_official_parts_on_one_landscape_page() -> None:
    pdf = render_report_sheet(sheet())
    assert pdf_page_count(pdf) == 1
    (width, height), *_ = pdf_page_sizes(pdf)
    assert width > height
    assert (round(width), round(height)) == (842, 595)  # A4 turned
    text = pdf_flat_text(pdf)
    for part in (
        "Biểu số: 01/TCD",
        rs.TCD_TITLE,
        "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN",
        "Đơn vị",
        "MS",
        "Tiếp thường xuyên",
        "Tiếp định kỳ và đột xuất của Thủ trưởng",
        "Ủy quyền tiếp",
        "NGƯỜI LẬP BIỂU",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trần Văn Bình",
        "Phạm Thị Dung",
    ):
        assert part in text, part


def _row_of(spans: list[tuple[str, float, float]], first: str, count: int) -> list[str]:
    """The texts drawn on the same baseline as the span `first` (left to right), `count` of them."""
    y = next(y for text, _, y in spans if text == first)
    return [text for text, _, ty in sorted(spans, key=lambda s: s[1]) if abs(ty - y) < 1][:count]


def test_the_code_row_numbers_every_column_and_the_value_row_follows_it() -> None:
    pdf = render_report_sheet(sheet())
    spans = pdf_text_spans(pdf, 0)
    codes = _row_of(spans, "MS", 30)
    assert codes == ["MS", *[str(n) for n in range(1, 30)]]
    ms_y = next(y for text, _, y in spans if text == "MS")
    value_y = max(y for text, _, y in spans if y < ms_y - 5 and text == "12")  # column 1 = 7 + 3 + 2
    values = [text for text, _, y in sorted(spans, key=lambda s: s[1]) if abs(y - value_y) < 1]
    assert values == [str(rs.TCD_VALUES[n]) for n in range(1, 30)]


def test_headings_are_not_shrunk_more_than_needed() -> None:
    tcd = table_layout(TCD_COLUMNS, rs.TCD_VALUES, LANDSCAPE.frame_width)
    xld = table_layout(XLD_COLUMNS, rs.XLD_VALUES, LANDSCAPE.frame_width)
    assert 8.0 <= tcd.heading_size <= 10
    assert xld.heading_size >= 10  # 22 columns have room for the ordinary size
    assert sum(tcd.widths) == pytest.approx(LANDSCAPE.frame_width, abs=1)


def test_merged_headings_follow_the_shared_prefixes() -> None:
    cells = header_cells(TCD_COLUMNS, "Đơn vị")
    depth = header_depth(TCD_COLUMNS)
    assert depth == 4
    by_text = {(c.text, c.row): c for c in cells}
    assert by_text[("Đơn vị", 0)].row_span == 4
    assert by_text[("Tiếp thường xuyên", 0)].column_span == 8  # columns 4–11
    head = by_text[("Tiếp định kỳ và đột xuất của Thủ trưởng", 0)]
    assert (head.column, head.column_span) == (12, 18)  # columns 12–29
    delegated = by_text[("Ủy quyền tiếp", 1)]
    assert (delegated.column, delegated.column_span) == (21, 9)
    # a leaf under a shorter path reaches down to the last header row
    turns = next(c for c in cells if c.text == "Số lượt tiếp" and c.column == 4)
    assert (turns.row, turns.last_row) == (1, 3)
    # every form column ends on the last header row exactly once
    leaves = sorted(c.column for c in cells if c.last_row == depth - 1 and c.column_span == 1 and c.column)
    assert leaves == list(range(1, 30))


def test_xld_sheet_and_the_chart_page() -> None:
    chart = ChartData(rs.MONTHLY, (("Khiếu nại", 4), ("Tố cáo", 1), ("Kiến nghị, phản ánh", 4)))
    pdf = render_report_sheet(
        sheet(
            form_code="01/XLD",
            title=rs.XLD_TITLE,
            columns=XLD_COLUMNS,
            values=dict(rs.XLD_VALUES),
            chart=chart,
        )
    )
    pages = pdf_page_texts(pdf)
    assert len(pages) == 2
    assert all(w > h for w, h in pdf_page_sizes(pdf))
    first = " ".join(pages[0].split())
    assert "Biểu số: 01/XLD" in first
    assert "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN" in first
    assert "Số văn bản phúc đáp nhận được do chuyển đơn" in first
    second = " ".join(pages[1].split())
    assert "BIỂU ĐỒ SỐ LIỆU" in second
    assert "01/2026" in second and "Lượt tiếp" in second and "Đơn tiếp nhận" in second
    assert "Kiến nghị, phản ánh" in second


def test_a_locked_report_says_so_under_the_table() -> None:
    pdf = render_report_sheet(sheet(note="Số liệu đã khóa ngày 16/03/2026 bởi Phạm Thị Dung."))
    assert "Số liệu đã khóa ngày 16/03/2026 bởi Phạm Thị Dung." in pdf_flat_text(pdf)
