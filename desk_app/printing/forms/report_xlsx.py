"""A statutory report sheet in Excel: the NĐ 30 header, title, merged headings, MS row, figures, signatures.

The same ReportSheetData as the PDF (report_sheet.py), so both carry the same agency, unit name and signers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.i18n import vi_print as vp
from desk_app.i18n import vi_reports_page as vr
from desk_app.printing.forms.report_headers import HeaderCell, header_cells, header_depth
from desk_app.printing.forms.report_sheet import ReportSheetData
from desk_app.printing.xlsx import FONT_NAME, CellValue, print_setup, put, workbook_bytes, wrapped_lines

UNIT_WIDTH: Final = 20.0
COLUMN_WIDTH: Final = 7.5  # 29 columns on A4 landscape: narrow columns keep the type readable once fitted
LINE_HEIGHT: Final = 13.5
BOLD_LETTER: Final = 1.05  # bold 10 pt letters against Excel's width unit
HEAD_SIZE: Final = 10
FORM_ROW: Final = 1
LETTERHEAD_ROW: Final = 2  # agency lines left, Quốc hiệu / Tiêu ngữ right, then the place-and-date line
TITLE_ROW: Final = 7  # after up to three agency lines and the place-and-date line
PERIOD_ROW: Final = 8
FIRST_HEADER_ROW: Final = 10
SIGNATURE_GAP: Final = 4  # empty rows left for the signature and the stamp
LEFT_SHARE: Final = 0.4

_CENTRE: Final = Alignment(horizontal="center", vertical="center", wrap_text=True)
_THIN: Final = Side(style="thin", color="000000")
_BOX: Final = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _font(size: float = 12, *, bold: bool = False, italic: bool = False, underline: bool = False) -> Font:
    return Font(
        name=FONT_NAME, size=size, bold=bold, italic=italic, underline="single" if underline else None
    )


class _Sheet:
    """Writes merged, styled blocks on a worksheet whose columns are 1 (Đơn vị) … last."""

    def __init__(self, sheet: Worksheet, last: int) -> None:
        self.sheet, self.last = sheet, last
        # the agency and the preparer in columns 1..split, Quốc hiệu and the head in split+1..last
        self.split = max(1, min(last - 1, round(last * LEFT_SHARE)))

    def put(self, row: int, col: int, value: CellValue, font: Font, align: Alignment = _CENTRE) -> None:
        target = self.sheet.cell(row=row, column=col)
        assert isinstance(target, Cell)  # the first cell of a merge, never one it covers
        cell = put(target, value)
        cell.font = font
        cell.alignment = align

    def block(
        self, row: int, first: int, last: int, value: CellValue, font: Font, align: Alignment = _CENTRE
    ) -> None:
        self.put(row, first, value, font, align)
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def left(self, row: int, value: str, font: Font) -> None:
        self.block(row, 1, self.split, value, font)

    def right(self, row: int, value: str, font: Font) -> None:
        self.block(row, self.split + 1, self.last, value, font)

    def across(self, row: int, value: str, font: Font) -> None:
        self.block(row, 1, self.last, value, font)


def render_report_xlsx(data: ReportSheetData) -> bytes:
    """The sheet as .xlsx bytes: A4 landscape fitted to one page wide, the headings repeated, frozen under them."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = data.form_code.replace("/", "-")
    columns = data.columns
    last = len(columns) + 1
    out = _Sheet(sheet, last)
    sheet.column_dimensions["A"].width = UNIT_WIDTH
    for col in range(2, last + 1):
        sheet.column_dimensions[get_column_letter(col)].width = COLUMN_WIDTH

    out.block(FORM_ROW, max(1, last - 5), last, vr.FORM_NUMBER.format(form=data.form_code), _font(11, bold=True),
              Alignment(horizontal="right"))  # fmt: skip
    _letterhead(out, data)
    out.across(TITLE_ROW, data.title.upper(), _font(14, bold=True))
    sheet.row_dimensions[TITLE_ROW].height = 22
    out.across(PERIOD_ROW, vr.period_line(data.first, data.last), _font(12, italic=True))

    depth = header_depth(columns)
    cells = header_cells(columns, vr.UNIT_HEADING)
    for cell in cells:
        row = FIRST_HEADER_ROW + cell.row
        out.put(row, cell.column + 1, cell.text, _font(HEAD_SIZE, bold=True))
        if cell.row_span > 1 or cell.column_span > 1:
            sheet.merge_cells(
                start_row=row, start_column=cell.column + 1,
                end_row=FIRST_HEADER_ROW + cell.last_row, end_column=cell.last_column + 1,
            )  # fmt: skip
    code_row = FIRST_HEADER_ROW + depth
    value_row = code_row + 1
    out.put(code_row, 1, vr.CODE_ROW, _font(HEAD_SIZE, italic=True))
    out.put(value_row, 1, data.unit_name, _font(HEAD_SIZE, bold=True))
    for index, column in enumerate(columns, start=2):
        out.put(code_row, index, column.number, _font(HEAD_SIZE, italic=True))
        out.put(value_row, index, int(data.values.get(column.number, 0)), _font(11))
    for row in range(FIRST_HEADER_ROW, value_row + 1):
        for col in range(1, last + 1):
            sheet.cell(row=row, column=col).border = _BOX
    _header_heights(sheet, cells, depth)
    sheet.row_dimensions[value_row].height = 30

    next_row = value_row + 2
    if data.note:
        out.block(next_row, 1, last, data.note, _font(10, italic=True), Alignment(horizontal="left"))
        next_row += 2
    _signatures(out, data, next_row)
    print_setup(sheet, (FIRST_HEADER_ROW, code_row), freeze=f"B{code_row + 1}")
    return workbook_bytes(workbook)


def _letterhead(out: _Sheet, data: ReportSheetData) -> None:
    """One agency line a row (the rule under the office's name drawn as an underline), as on the PDF."""
    head = data.letterhead
    lines: list[tuple[str, Font]] = []
    if head.parent_name and head.parent_name.strip():
        lines.append((head.parent_name.upper(), _font(12)))
    office = [line.strip() for line in head.office_name.upper().splitlines() if line.strip()]
    for index, line in enumerate(office):
        lines.append((line, _font(12, bold=True, underline=index == len(office) - 1)))
    for offset, (text, font) in enumerate(lines):
        out.left(LETTERHEAD_ROW + offset, text, font)
    out.right(LETTERHEAD_ROW, vp.QUOC_HIEU, _font(12, bold=True))
    out.right(LETTERHEAD_ROW + 1, vp.TIEU_NGU, _font(13, bold=True, underline=True))
    date_row = LETTERHEAD_ROW + max(len(lines), 2)
    out.right(date_row, vp.place_date_line(head.place_name.strip(), data.signed_on), _font(12, italic=True))


def _signatures(out: _Sheet, data: ReportSheetData, row: int) -> None:
    """Người lập biểu on the left, the head (with TM. for a collective body) on the right, as on the PDF."""
    columns: tuple[tuple[tuple[str, ...], str, str | None], ...] = (
        ((vr.PREPARER_SIGN,), vp.SIGN_HINT, data.preparer_name),
        (data.signer_lines, vp.SIGN_HINT_STAMP, data.signer_name),
    )
    for index, (titles, hint, name) in enumerate(columns):
        put_line = out.left if index == 0 else out.right
        line = row
        for title in titles:
            put_line(line, title.upper(), _font(12, bold=True))
            line += 1
        put_line(line, hint, _font(11, italic=True))
        line += 1 + SIGNATURE_GAP
        if name and name.strip():
            put_line(line + (len(data.signer_lines) - len(titles)), name.strip(), _font(12, bold=True))


def _header_heights(sheet: Worksheet, cells: Sequence[HeaderCell], depth: int) -> None:
    """Excel does not grow merged rows to fit wrapped text: estimate the lines each row needs."""
    need = [LINE_HEIGHT] * depth
    for cell in cells:
        width = UNIT_WIDTH if cell.column == 0 else COLUMN_WIDTH * cell.column_span
        share = wrapped_lines(cell.text, width, BOLD_LETTER) * LINE_HEIGHT / cell.row_span
        for row in range(cell.row, cell.last_row + 1):
            need[row] = max(need[row], share)
    for row, height in enumerate(need):
        sheet.row_dimensions[FIRST_HEADER_ROW + row].height = height + 4
