"""`desk-app report FORM (--period P | --from D --to D) --format json|csv|xlsx|pdf [--out FILE]` (DOMAIN §16.4)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desk_app.cli import main as cli
from desk_app.domain.enums import Category, Handling, ReceptionKind
from desk_app.domain.visit import PersonInput, VisitInput
from desk_app.paths import AppPaths
from desk_app.printing.forms.report_xlsx import FIRST_HEADER_ROW
from desk_app.services.registry import Services
from tests.helpers.cli_output import one_error_line


def _visit(day: dt.date, name: str, **kw: object) -> VisitInput:
    return VisitInput(
        date=day, visitor=PersonInput(full_name=name), summary="Kiến nghị sửa đường thôn",
        category=Category.KIEN_NGHI_PHAN_ANH, handling=Handling.TRA_LOI_TRUC_TIEP, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
def folder(office_services: Services, paths: AppPaths) -> Path:
    sv = office_services
    head = sv.office.head()
    assert head is not None
    sv.intake.save(_visit(dt.date(2026, 1, 10), "Nguyễn Văn An"))
    sv.intake.save(_visit(dt.date(2026, 3, 14), "Trần Thị Bé", group_size=3))
    sv.intake.save(_visit(dt.date(2026, 3, 15), "Ngoài Kỳ"))  # Q2 already
    sv.intake.save(
        _visit(dt.date(2026, 2, 5), "Lê Văn Cường", kind=ReceptionKind.DINH_KY, presided_by_id=head.id)
    )
    return paths.data


def test_the_acceptance_example_prints_the_columns(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        ["--data-dir", str(folder), "report", "01/TCD", "--period", "2026-Q1", "--format", "json"]
    )
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    data = json.loads(out)
    assert (data["form"], data["from"], data["to"]) == ("01/TCD", "2025-12-15", "2026-03-14")
    assert list(data["columns"]) == [str(n) for n in range(1, 30)]
    columns = data["columns"]
    assert (columns["1"], columns["2"], columns["4"], columns["5"], columns["12"], columns["13"]) == (
        3,
        5,
        2,
        4,
        1,
        1,
    )


def test_a_range_and_csv_to_a_file(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bc.csv"
    args = [
        "report",
        "01/xld",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--format",
        "csv",
        "--out",
        str(out),
    ]
    assert cli.main([*args, "--data-dir", str(folder)]) == 0
    assert "Đã ghi báo cáo 01/XLD" in capsys.readouterr().out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "Cột,Tiêu đề,Số liệu" and len(lines) == 23
    assert lines[1] == "1,Tổng số đơn phải xử lý – Tổng số,0"


def test_csv_to_stdout(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(["--data-dir", str(folder), "report", "01/TCD", "--period", "2026-02", "--format", "csv"])
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "1,Tổng số – Tổng số lượt tiếp,1"
    assert lines[13] == "13,Tiếp định kỳ và đột xuất của Thủ trưởng – Thủ trưởng tiếp – Số lượt tiếp,1"


def test_xlsx_and_pdf_through_the_report_outputs(folder: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    xlsx, pdf = tmp_path / "bc.xlsx", tmp_path / "bc.pdf"
    base = ["--data-dir", str(folder), "report", "01/TCD", "--period", "2026-Q1"]
    assert cli.main([*base, "--format", "xlsx", "--out", str(xlsx)]) == 0
    assert cli.main([*base, "--format", "pdf", "--out", str(pdf)]) == 0
    sheet = load_workbook(xlsx).active
    assert sheet is not None and sheet.merged_cells.ranges
    assert pdf.read_bytes().startswith(b"%PDF")
    # the same sheet as the window's: the office's unit name in "Đơn vị", the agency header, the head who signs
    assert sheet.cell(row=FIRST_HEADER_ROW + 5, column=1).value == "UBND XÃ AN PHÚ"
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts and "XÃ AN PHÚ" in texts
    assert "TM. ỦY BAN NHÂN DÂN" in texts and "Trần Văn Bình" in texts
    assert sheet.freeze_panes == f"B{FIRST_HEADER_ROW + 5}" and sheet.print_title_rows


@pytest.mark.parametrize("form", ["01/TCD", "01/XLD", "02/XLD", "03/XLD", "04/XLD"])
def test_every_report_xlsx_has_numbers_the_office_and_a_print_setup(
    folder: Path, tmp_path: Path, form: str
) -> None:
    from openpyxl import load_workbook
    from openpyxl.worksheet.worksheet import Worksheet

    out = tmp_path / "bc.xlsx"
    args = ["report", form, "--period", "2026-Q1", "--format", "xlsx", "--out", str(out)]
    assert cli.main(["--data-dir", str(folder), *args]) == 0
    sheet = load_workbook(out).active
    assert isinstance(sheet, Worksheet)
    code_row = next(r for r in range(FIRST_HEADER_ROW, 30) if sheet.cell(row=r, column=1).value == "MS")
    values = [sheet.cell(row=code_row + 1, column=c).value for c in range(2, sheet.max_column + 1)]
    assert values and all(isinstance(v, int) for v in values), values  # they sum in a spreadsheet
    assert sheet.cell(row=code_row + 1, column=1).value == "UBND XÃ AN PHÚ"
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert (
        sheet.print_title_rows == f"${FIRST_HEADER_ROW}:${code_row}"
        and sheet.freeze_panes == f"B{code_row + 1}"
    )


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["report", "--period", "2026-Q1", "--format", "json"], "Thiếu mẫu báo cáo"),
        (["report", "05/XLD", "--period", "2026-Q1", "--format", "json"], "Không có mẫu báo cáo 05/XLD"),
        (["report", "01/TCD", "--period", "2026-Q5", "--format", "json"], "Kỳ báo cáo không hợp lệ"),
        (["report", "01/TCD", "--format", "json"], "Chọn kỳ báo cáo"),
        (["report", "01/TCD", "--from", "2026-01-01", "--format", "json"], "Chọn kỳ báo cáo"),
        (
            ["report", "01/TCD", "--period", "2026", "--from", "2026-01-01", "--format", "json"],
            "không dùng cả hai",
        ),
        (
            ["report", "01/TCD", "--from", "2026-02-30", "--to", "2026-03-01", "--format", "json"],
            "2026-02-30",
        ),
        (
            ["report", "01/TCD", "--from", "2026-03-02", "--to", "2026-03-01", "--format", "json"],
            "Ngày bắt đầu",
        ),
        (["report", "01/TCD", "--period", "2026"], "Chọn định dạng"),
        (["report", "01/TCD", "--period", "2026", "--format", "docx"], "docx"),
        (["report", "01/TCD", "--period", "2026", "--format", "pdf"], "--out"),
    ],
)
def test_bad_input_is_one_vietnamese_line(
    folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    assert cli.main(["--data-dir", str(folder), *args]) == 2
    assert needle in one_error_line(capsys)


def test_an_empty_folder_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    assert (
        cli.main(["--data-dir", str(folder), "report", "01/TCD", "--period", "2026", "--format", "json"]) == 2
    )
    assert "chưa có dữ liệu" in one_error_line(capsys)
    assert not folder.exists()
