"""Spreadsheet cells that behave in Excel: real dates shown dd/mm/yyyy, numbers, text that is never a formula, print setup.

The one cell writer of both XLSX layouts: table_file (the registers, streamed) and forms/report_xlsx (the report sheets).
"""

from __future__ import annotations

import datetime as dt
import io
import math
from copy import copy
from typing import Any, Final, TypeAlias, cast

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.domain.spreadsheet import looks_like_formula, xlsx_text

CellValue: TypeAlias = str | int | dt.date | None
AnySheet: TypeAlias = Worksheet | WriteOnlyWorksheet

DATE_FORMAT: Final = "DD/MM/YYYY"
COUNT_FORMAT: Final = "0"
FONT_NAME: Final = "Times New Roman"
HEADER_FILL: Final = "E7E6E6"
THIN: Final = Side(style="thin", color="808080")
BOX: Final = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP: Final = Alignment(wrap_text=True, vertical="top")
TOP: Final = Alignment(vertical="top")
HEADER_ALIGN: Final = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(cell: Cell, value: CellValue) -> Cell:
    """Store `value` in `cell` by its kind: a date as a date, an int as a number, a str as text (never a formula)."""
    value = _plain(value)
    cell.value = value
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, bool):
        raise TypeError("a yes/no goes out as its label, not as TRUE/FALSE")
    elif isinstance(value, int):
        cell.number_format = COUNT_FORMAT
    elif isinstance(value, str) and looks_like_formula(value):
        # openpyxl makes any "=…" a formula; a string cell with the quote prefix stays text, also when re-edited
        # (without it Excel evaluates "+cmd" or "-1+1" the moment an officer presses F2 and Enter).
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


class StreamCells:
    """Cells for a write-only sheet (the registers may hold a million rows).

    Styling a cell costs openpyxl a hash of every style object; a register has a handful of cell kinds, so each
    kind is styled once and its style indices are copied onto the next cells of that kind.
    """

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self._styles: dict[tuple[str, bool], StyleArray] = {}

    def cell(self, value: CellValue, *, wrap: bool = False) -> Cell:
        cell = WriteOnlyCell(self.sheet)
        key = (_kind(value), wrap)
        style = self._styles.get(key)
        if style is None:
            put(cell, value)
            cell.alignment = WRAP if wrap else TOP
            cell.border = BOX
            self._styles[key] = copy(cast(Any, cell)._style)
            return cell
        cast(Any, cell)._style = copy(style)  # openpyxl's own way to copy a style, not in its stubs
        cell.value = _plain(value)
        if key[0] == "formula":
            cell.data_type = "s"
        return cell


def _plain(value: CellValue) -> CellValue:
    """A datetime as its day, "" as an empty cell, text without the control characters XLSX cannot hold."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        value = xlsx_text(value)
        return value or None
    return value


def _kind(value: CellValue) -> str:
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, int):
        return "int"
    if isinstance(value, str) and looks_like_formula(xlsx_text(value)):
        return "formula"
    return "text"


def header_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    cell = put(WriteOnlyCell(sheet), text)
    cell.font = Font(bold=True)
    cell.alignment = HEADER_ALIGN
    cell.fill = PatternFill("solid", start_color=HEADER_FILL)
    cell.border = BOX
    return cell


def print_setup(any_sheet: AnySheet, title_rows: tuple[int, int], *, freeze: str | None = None) -> None:
    """A4 landscape, every column on one page wide (as many pages down as needed), the header on every page."""
    sheet: Any = any_sheet  # a write-only sheet has the same print settings; openpyxl's stubs do not say so
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    first, last = title_rows
    sheet.print_title_rows = f"{first}:{last}"
    if freeze:
        sheet.freeze_panes = freeze


def wrapped_lines(text: str, width_chars: float, letter: float = 1.0) -> int:
    """Lines of `text` word-wrapped in a column `width_chars` wide (bold letters are about 1.1 wide).

    Excel and LibreOffice do not grow a row to fit wrapped text on opening: the writer sets the height from this.
    """
    room = max(1.0, width_chars / letter - 1)
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            length = len(word)
            if used and used + 1 + length > room:
                lines += 1
                used = float(length)
            else:
                used = used + (1 if used else 0) + length
            lines += max(0, math.ceil(length / room) - 1)
    return max(lines, 1)


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
