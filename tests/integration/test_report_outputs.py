"""Report outputs read back: XLSX header, merged headings, MS row, numbers and print setup (openpyxl), CSV, PDF."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from desk_app.documents import report_files as ro
from desk_app.printing.forms import report_xlsx as rx
from desk_app.printing.forms.report_headers import SheetColumn, header_cells, header_depth
from tests.helpers import report_samples as rs
from tests.helpers.pdf import pdf_flat_text, pdf_page_count


def _merged(path: Path) -> tuple[set[str], object]:
    book = load_workbook(path)
    sheet = book.active
    return {str(r) for r in sheet.merged_cells.ranges}, sheet


def _signed_tcd_xlsx(tmp_path: Path) -> Path:
    return ro.report_xlsx(
        rs.TCD_RESULT, rs.OFFICE, tmp_path / "tcd.xlsx", signed_on=dt.date(2026, 3, 16),
        head_name="Trần Văn Bình", preparer_name="Phạm Thị Dung",
    )  # fmt: skip


def test_xlsx_has_the_official_merged_headers_ms_row_and_numbers(tmp_path: Path) -> None:
    merged, sheet = _merged(_signed_tcd_xlsx(tmp_path))
    columns = tuple(SheetColumn(c.number, c.headings) for c in rs.TCD_COLUMNS)
    depth = header_depth(columns)
    first = rx.FIRST_HEADER_ROW
    # every header cell of the heading tree is in its place, merged exactly over its span
    for cell in header_cells(columns, "Đơn vị"):
        row, col = first + cell.row, cell.column + 1
        assert sheet.cell(row=row, column=col).value == cell.text  # type: ignore[attr-defined]
        if cell.row_span > 1 or cell.column_span > 1:
            top = sheet.cell(row=row, column=col).coordinate  # type: ignore[attr-defined]
            bottom = sheet.cell(row=first + cell.last_row, column=cell.last_column + 1).coordinate  # type: ignore[attr-defined]
            assert f"{top}:{bottom}" in merged
    # spot checks in spreadsheet terms: "Đơn vị" A10:A13, "Tiếp thường xuyên" over E..L (columns 4–11),
    # "Tiếp định kỳ và đột xuất của Thủ trưởng" over M..AD (12–29), "Ủy quyền tiếp" over V..AD (21–29)
    assert "A10:A13" in merged
    assert sheet["E10"].value == "Tiếp thường xuyên" and "E10:L10" in merged  # type: ignore[index]
    assert sheet["M10"].value == "Tiếp định kỳ và đột xuất của Thủ trưởng" and "M10:AD10" in merged  # type: ignore[index]
    assert sheet["V11"].value == "Ủy quyền tiếp" and "V11:AD11" in merged  # type: ignore[index]
    code_row = first + depth
    row = [sheet.cell(row=code_row, column=c).value for c in range(1, 31)]  # type: ignore[attr-defined]
    assert row == ["MS", *range(1, 30)]
    values = [sheet.cell(row=code_row + 1, column=c).value for c in range(2, 31)]  # type: ignore[attr-defined]
    assert values == [rs.TCD_VALUES[n] for n in range(1, 30)]
    assert all(isinstance(v, int) for v in values)
    assert sheet.cell(row=code_row + 1, column=1).value == "UBND XÃ AN PHÚ"  # type: ignore[attr-defined]
    assert sheet["A7"].value == rs.TCD_TITLE  # type: ignore[index]
    assert sheet["A8"].value == "Số liệu tính từ ngày 15/12/2025 đến ngày 14/03/2026"  # type: ignore[index]
    assert sheet["Y1"].value == "Biểu số: 01/TCD" and "Y1:AD1" in merged  # type: ignore[index]
    assert sheet.freeze_panes == f"B{code_row + 1}"  # type: ignore[attr-defined]
    assert sheet.column_dimensions["B"].width >= 7  # type: ignore[attr-defined]


def test_xlsx_carries_the_agency_header_the_signers_and_the_print_setup(tmp_path: Path) -> None:
    merged, sheet = _merged(_signed_tcd_xlsx(tmp_path))
    # NĐ 30 header: the agency on the left (an UBND's name on two lines), Quốc hiệu and Tiêu ngữ on the right
    assert (sheet["A2"].value, sheet["A3"].value) == ("ỦY BAN NHÂN DÂN", "XÃ AN PHÚ")  # type: ignore[index]
    assert sheet["A3"].font.bold and sheet["A3"].font.underline == "single"  # type: ignore[index]
    right = sheet.cell(row=2, column=13)  # type: ignore[attr-defined]
    assert right.value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and f"{right.coordinate}:AD2" in merged
    assert sheet.cell(row=3, column=13).value == "Độc lập - Tự do - Hạnh phúc"  # type: ignore[attr-defined]
    assert sheet.cell(row=4, column=13).value == "An Phú, ngày 16 tháng 3 năm 2026"  # type: ignore[attr-defined]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]  # type: ignore[attr-defined]
    for line in ("NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình", "Phạm Thị Dung"):
        assert line in texts, line
    assert texts.index("TM. ỦY BAN NHÂN DÂN") > texts.index("UBND XÃ AN PHÚ")  # under the table
    setup = sheet.page_setup  # type: ignore[attr-defined]
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage  # type: ignore[attr-defined]
    assert sheet.print_title_rows == "$10:$14"  # type: ignore[attr-defined]  # the headings and MS on every page


def test_xlsx_of_01_xld_merges_its_deeper_tree(tmp_path: Path) -> None:
    path = ro.report_xlsx(rs.XLD_RESULT, rs.OFFICE, tmp_path / "xld.xlsx")
    merged, sheet = _merged(path)
    # "Đủ điều kiện xử lý" covers columns 6–13 (G..N); its "Số đơn" reaches down to the last header row
    assert sheet["G10"].value == "Đủ điều kiện xử lý" and "G10:N10" in merged  # type: ignore[index]
    assert sheet["G11"].value == "Số đơn" and "G11:G13" in merged  # type: ignore[index]
    assert sheet["W10"].value == "Số văn bản phúc đáp nhận được do chuyển đơn" and "W10:W13" in merged  # type: ignore[index]
    assert [sheet.cell(row=14, column=c).value for c in range(2, 24)] == list(range(1, 23))  # type: ignore[attr-defined]


def test_csv_has_one_row_per_column_with_a_bom(tmp_path: Path) -> None:
    path = ro.report_csv(rs.TCD_RESULT, tmp_path / "tcd.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 30 and raw.count(b"\n") == 30
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["Cột", "Tiêu đề", "Số liệu"]
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
