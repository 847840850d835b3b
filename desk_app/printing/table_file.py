"""One header row and typed rows to CSV (UTF-8 with BOM, CRLF) or XLSX (dates, numbers, text, print setup)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TextIO

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desk_app.domain.spreadsheet import guard_csv_text
from desk_app.files import whole_file
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.xlsx import CellValue, StreamCells, header_cell, print_setup, wrapped_lines

CSV_ENCODING: Final = "utf-8-sig"  # the BOM makes Excel read the Vietnamese letters as UTF-8
LINE_HEIGHT: Final = 15.0  # points per line of 11 pt text
BOLD_LETTER: Final = 1.1
LETTER: Final = 0.9  # Vietnamese text is mostly narrower than the "0" that Excel's width counts


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table file: its header, its width in Excel characters, whether long text wraps."""

    header: str
    width: int = 16
    wrap: bool = False


def csv_cell(value: CellValue) -> str:
    """A cell as CSV text: dates dd/mm/yyyy; text that a spreadsheet would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return fmt_date(value)
    if isinstance(value, int):
        return str(value)
    return guard_csv_text(value)


def _write_csv(
    handle: TextIO, headers: Sequence[str], rows: Iterable[Sequence[CellValue]], line_end: str = "\r\n"
) -> None:
    writer = csv.writer(handle, lineterminator=line_end)
    writer.writerow([csv_cell(h) for h in headers])
    writer.writerows([csv_cell(v) for v in row] for row in rows)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[CellValue]], line_end: str = "\r\n") -> str:
    buffer = io.StringIO(newline="")
    _write_csv(buffer, headers, rows, line_end)
    return buffer.getvalue()


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[CellValue]]) -> bytes:
    """The file's bytes: BOM, CRLF line ends (RFC 4180, what Excel writes)."""
    return csv_text(headers, rows).encode(CSV_ENCODING)


def write_table(
    path: Path, columns: Sequence[Column], rows: Iterable[Sequence[CellValue]], sheet_title: str
) -> None:
    """CSV or XLSX by the extension, streamed row by row; the file appears whole or not at all."""
    with whole_file(path) as partial:
        if path.suffix.lower() == ".csv":
            with partial.open("w", encoding=CSV_ENCODING, newline="") as handle:
                _write_csv(handle, [c.header for c in columns], rows)
        else:
            xlsx_table(columns, rows, sheet_title).save(partial)


def xlsx_table(columns: Sequence[Column], rows: Iterable[Sequence[CellValue]], sheet_title: str) -> Workbook:
    """A streaming (write-only) workbook: bold header on every printed page, frozen under the header, A4 landscape."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    print_setup(sheet, (1, 1), freeze="A2")
    heights = sheet.row_dimensions
    heights[1].height = LINE_HEIGHT * max(wrapped_lines(c.header, c.width, BOLD_LETTER) for c in columns) + 4
    sheet.append([header_cell(sheet, c.header) for c in columns])
    try:
        _stream_rows(sheet, heights, columns, rows)
    except BaseException:
        # A refused or failed export: finish the streamed sheet now; left to the garbage collector, its generator
        # writes into a closed file at some later moment and the error surfaces far from its cause.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    return workbook


def _stream_rows(
    sheet: WriteOnlyWorksheet,
    heights: Any,  # the sheet's row_dimensions (the stubs do not give write-only sheets one)
    columns: Sequence[Column],
    rows: Iterable[Sequence[CellValue]],
) -> None:
    wraps = [c.wrap for c in columns]
    cells = StreamCells(sheet)
    for number, row in enumerate(rows, start=2):
        lines = max(
            (
                wrapped_lines(v, c.width, LETTER)
                for v, c in zip(row, columns, strict=True)
                if c.wrap and isinstance(v, str)
            ),
            default=1,
        )
        if lines > 1:
            heights[number].height = LINE_HEIGHT * lines + 2
        sheet.append([cells.cell(value, wrap=wrap) for value, wrap in zip(row, wraps, strict=True)])
        # the row is on disk already: forget its height, a million rows would otherwise stay in memory
        heights.pop(number, None)
