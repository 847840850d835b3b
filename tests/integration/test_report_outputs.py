"""Report outputs read back: XLSX merged headers, MS row and numbers (openpyxl), CSV with a BOM, PDF on disk."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from desk_app.printing.forms.report_headers import SheetColumn, header_cells, header_depth
from desk_app.ui import report_outputs as ro
from tests.helpers import report_samples as rs
from tests.helpers.pdf import pdf_flat_text, pdf_page_count


def _merged(path: Path) -> tuple[set[str], object]:
    book = load_workbook(path)
    sheet = book.active
    return {str(r) for r in sheet.merged_cells.ranges}, sheet


def test_xlsx_has_the_official_merged_headers_ms_row_and_numbers(tmp_path: Path) -> None:
    path = ro.report_xlsx(rs.TCD_RESULT, tmp_path / "tcd.xlsx", rs.OFFICE)
    merged, sheet = _merged(path)
    columns = tuple(SheetColumn(c.number, c.headings) for c in rs.TCD_COLUMNS)
    depth = header_depth(columns)
    first = ro.FIRST_HEADER_ROW
    # every header cell of the heading tree is in its place, merged exactly over its span
    for cell in header_cells(columns, "Đơn vị"):
        row, col = first + cell.row, cell.column + 1
        assert sheet.cell(row=row, column=col).value == cell.text  # type: ignore[attr-defined]
        if cell.row_span > 1 or cell.column_span > 1:
            top = sheet.cell(row=row, column=col).coordinate  # type: ignore[attr-defined]
            bottom = sheet.cell(row=first + cell.last_row, column=cell.last_column + 1).coordinate  # type: ignore[attr-defined]
            assert f"{top}:{bottom}" in merged
    # spot checks in spreadsheet terms: "Đơn vị" A6:A9, "Tiếp thường xuyên" over E..L (columns 4–11),
    # "Tiếp định kỳ và đột xuất của Thủ trưởng" over M..AD (12–29), "Ủy quyền tiếp" over V..AD (21–29)
    assert "A6:A9" in merged
    assert sheet["E6"].value == "Tiếp thường xuyên" and "E6:L6" in merged  # type: ignore[index]
    assert sheet["M6"].value == "Tiếp định kỳ và đột xuất của Thủ trưởng" and "M6:AD6" in merged  # type: ignore[index]
    assert sheet["V7"].value == "Ủy quyền tiếp" and "V7:AD7" in merged  # type: ignore[index]
    code_row = first + depth
    row = [sheet.cell(row=code_row, column=c).value for c in range(1, 31)]  # type: ignore[attr-defined]
    assert row == ["MS", *range(1, 30)]
    values = [sheet.cell(row=code_row + 1, column=c).value for c in range(2, 31)]  # type: ignore[attr-defined]
    assert values == [rs.TCD_VALUES[n] for n in range(1, 30)]
    assert all(isinstance(v, int) for v in values)
    assert sheet.cell(row=code_row + 1, column=1).value == "UBND XÃ AN PHÚ"  # type: ignore[attr-defined]
    assert sheet["A3"].value == rs.TCD_TITLE  # type: ignore[index]
    assert sheet["A4"].value == "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026"  # type: ignore[index]
    assert sheet["AD1"].value == "Biểu số: 01/TCD"  # type: ignore[index]
    assert sheet.freeze_panes == f"B{code_row + 1}"  # type: ignore[attr-defined]
    assert sheet.column_dimensions["B"].width >= 8  # type: ignore[attr-defined]


def test_xlsx_of_01_xld_merges_its_deeper_tree(tmp_path: Path) -> None:
    path = ro.report_xlsx(rs.XLD_RESULT, tmp_path / "xld.xlsx")
    merged, sheet = _merged(path)
    # "Đủ điều kiện xử lý" covers columns 6–13 (G..N); its "Số đơn" reaches down to the last header row
    assert sheet["G6"].value == "Đủ điều kiện xử lý" and "G6:N6" in merged  # type: ignore[index]
    assert sheet["G7"].value == "Số đơn" and "G7:G9" in merged  # type: ignore[index]
    assert sheet["W6"].value == "Số văn bản phúc đáp nhận được do chuyển đơn" and "W6:W9" in merged  # type: ignore[index]
    assert [sheet.cell(row=10, column=c).value for c in range(2, 24)] == list(range(1, 23))  # type: ignore[attr-defined]


def test_csv_has_one_row_per_column_with_a_bom(tmp_path: Path) -> None:
    path = ro.report_csv(rs.TCD_RESULT, tmp_path / "tcd.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Cột", "Tiêu đề", "Giá trị"]
    assert len(rows) == 30
    assert rows[1] == ["1", "Tổng số – Tổng số lượt tiếp", str(rs.TCD_VALUES[1])]
    by_number = {int(r[0]): int(r[2]) for r in rows[1:]}
    assert by_number == rs.TCD_VALUES
    assert rows[13][1] == "Tiếp định kỳ và đột xuất của Thủ trưởng – Thủ trưởng tiếp – Số lượt tiếp"


def test_pdf_is_written_with_the_chart_page(tmp_path: Path) -> None:
    path = tmp_path / "tcd.pdf"
    pdf = ro.report_pdf(
        rs.TCD_RESULT, rs.OFFICE, path, signed_on=dt.date(2026, 3, 16), head_name="Trần Văn Bình",
        monthly=list(rs.MONTHLY),
    )  # fmt: skip
    assert path.read_bytes() == pdf
    assert pdf_page_count(pdf) == 2
    text = pdf_flat_text(pdf)
    assert "Biểu số: 01/TCD" in text and "UBND XÃ AN PHÚ" in text and "TM. ỦY BAN NHÂN DÂN" in text
    assert "Số lượt tiếp theo hình thức tiếp" in text and "Tiếp thường xuyên" in text


def test_breakdown_labels_name_their_group_when_the_leaf_is_ambiguous() -> None:
    bars = dict(ro.breakdown(rs.TCD_RESULT))
    assert bars == {"Tiếp thường xuyên": 7, "Thủ trưởng tiếp": 3, "Ủy quyền tiếp": 2}
    assert ro.unit_name(rs.OFFICE) == "UBND XÃ AN PHÚ"
    assert ro.signer_lines(rs.OFFICE) == ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
