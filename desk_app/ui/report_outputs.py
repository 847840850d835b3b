"""A computed report as PDF (official sheet), XLSX (same merged headers) and CSV; no Qt, the command line uses it too.

CSV layout (one row per form column, so any spreadsheet or script reads it without knowing the merged headers):
header "Cột,Tiêu đề,Giá trị"; then the official column number, the heading path joined by " – " from the top
header row down, and the value as a plain integer. UTF-8 with a BOM so that Excel shows the Vietnamese letters.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk_app.i18n import vi_reports_page as vr
from desk_app.printing.forms.report_chart import ChartData
from desk_app.printing.forms.report_headers import HeaderCell, SheetColumn, header_cells, header_depth
from desk_app.printing.forms.report_sheet import ReportSheetData, render_report_sheet
from desk_app.services.documents import OfficeHeader
from desk_app.services.report_types import ReportResult
from desk_app.ui.print_jobs import letterhead

_UBND: Final = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+", re.IGNORECASE)
XLSX_FONT: Final = "Times New Roman"
XLSX_UNIT_WIDTH: Final = 24.0
XLSX_COLUMN_WIDTH: Final = 10.0
XLSX_LINE_HEIGHT: Final = 15.0
TITLE_ROW: Final = 3
PERIOD_ROW: Final = 4
FIRST_HEADER_ROW: Final = 6


def sheet_columns(result: ReportResult) -> tuple[SheetColumn, ...]:
    return tuple(SheetColumn(c.number, c.headings) for c in result.columns)


def unit_name(office: OfficeHeader) -> str:
    """The "Đơn vị" cell: "ỦY BAN NHÂN DÂN XÃ AN PHÚ" → "UBND XÃ AN PHÚ" (the column is narrow)."""
    name = " ".join(office.office_name.split())
    return _UBND.sub(vr.SHORT_COLLECTIVE_BODY + " ", name)


def signer_lines(office: OfficeHeader) -> tuple[str, ...]:
    """ "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" for an UBND (collective regime), else the head's title alone."""
    if _UBND.match(" ".join(office.office_name.split())):
        return (vr.ON_BEHALF.format(body=vr.COLLECTIVE_BODY), office.head_title)
    return (office.head_title,)


def breakdown(result: ReportResult) -> tuple[tuple[str, int], ...]:
    """The form's own split of a total (01/TCD: lượt by group; XLD: by content or field), labelled by heading."""
    numbers = vr.BREAKDOWN_COLUMNS.get(result.form.value, ())
    by_number = {c.number: c for c in result.columns}
    bars: list[tuple[str, int]] = []
    for number in numbers:
        column = by_number.get(number)
        if column is None:
            continue
        bars.append(
            (_bar_label(result.form.value, column.number, column.headings), result.values.get(number, 0))
        )
    return tuple(bars)


def _bar_label(form: str, number: int, headings: tuple[str, ...]) -> str:
    if form == "01/TCD" and number in vr.TCD_GROUP_LABELS:
        return vr.TCD_GROUP_LABELS[number]
    if not headings:
        return str(number)
    leaf = headings[-1]
    # "Khác" under "Lĩnh vực hành chính" and "Lĩnh vực khác" would read alike on a bar
    if leaf in vr.AMBIGUOUS_LEAVES and len(headings) > 2:
        parent = headings[-2]
        parent = parent[len(vr.FIELD_PREFIX) :] if parent.startswith(vr.FIELD_PREFIX) else parent.lower()
        return vr.QUALIFIED_LABEL.format(leaf=leaf, parent=parent)
    return leaf


def sheet_data(
    result: ReportResult,
    office: OfficeHeader,
    *,
    signed_on: dt.date,
    head_name: str | None = None,
    preparer_name: str | None = None,
    monthly: list[tuple[str, int, int]] | None = None,
    by_field: list[tuple[str, int, int]] | None = None,
    timeliness: list[tuple[str, int]] | None = None,
) -> ReportSheetData:
    """What the PDF prints; with `monthly` (ReportService.monthly_series) the chart page follows the table,
    and with `by_field` or `timeliness` (ReportService.field_series, timeliness_series) a second one."""
    note = vr.locked_note(result.locked_at, result.locked_by or "") if result.locked_at else None
    chart = (
        ChartData(
            tuple(monthly),
            breakdown(result),
            tuple(by_field) if by_field is not None else None,
            tuple(timeliness) if timeliness is not None else None,
        )
        if monthly is not None
        else None
    )
    return ReportSheetData(
        letterhead=letterhead(office),
        form_code=result.form.value,
        title=result.title,
        first=result.period.first,
        last=result.period.last,
        columns=sheet_columns(result),
        values=dict(result.values),
        unit_name=unit_name(office),
        signed_on=signed_on,
        signer_lines=signer_lines(office),
        signer_name=head_name,
        preparer_name=preparer_name,
        chart=chart,
        note=note,
    )


def report_pdf_bytes(
    result: ReportResult,
    office: OfficeHeader,
    *,
    signed_on: dt.date | None = None,
    head_name: str | None = None,
    preparer_name: str | None = None,
    monthly: list[tuple[str, int, int]] | None = None,
    by_field: list[tuple[str, int, int]] | None = None,
    timeliness: list[tuple[str, int]] | None = None,
) -> bytes:
    data = sheet_data(
        result,
        office,
        signed_on=signed_on or dt.datetime.now().astimezone().date(),
        head_name=head_name,
        preparer_name=preparer_name,
        monthly=monthly,
        by_field=by_field,
        timeliness=timeliness,
    )
    return render_report_sheet(data)


def report_pdf(
    result: ReportResult,
    office_header: OfficeHeader,
    path: Path,
    *,
    signed_on: dt.date | None = None,
    head_name: str | None = None,
    preparer_name: str | None = None,
    monthly: list[tuple[str, int, int]] | None = None,
    by_field: list[tuple[str, int, int]] | None = None,
    timeliness: list[tuple[str, int]] | None = None,
) -> bytes:
    """Write the official sheet to `path` and return its bytes (to keep a copy with the documents)."""
    pdf = report_pdf_bytes(
        result, office_header, signed_on=signed_on, head_name=head_name, preparer_name=preparer_name,
        monthly=monthly, by_field=by_field, timeliness=timeliness,
    )  # fmt: skip
    _write_bytes(Path(path), pdf)
    return pdf


def report_csv(result: ReportResult, path: Path) -> Path:
    """One row per column: number, heading path, value (see the module's docstring)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(vr.CSV_HEADER)
        for column in result.columns:
            writer.writerow(
                [column.number, vr.HEADING_JOIN.join(column.headings), result.values.get(column.number, 0)]
            )
    tmp.replace(path)
    return path


def report_xlsx(result: ReportResult, path: Path, office: OfficeHeader | None = None) -> Path:
    """The sheet in Excel: title and period rows, merged header rows, the MS row, the office's row, frozen panes."""
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = result.form.value.replace("/", "-")
    columns = sheet_columns(result)
    last = len(columns) + 1
    depth = header_depth(columns)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    bold = Font(name=XLSX_FONT, bold=True, size=11)

    def put(row: int, col: int, value: str | int, font: Font, align: Alignment = centre) -> None:
        cell = sheet.cell(row=row, column=col, value=value)
        cell.font = font
        cell.alignment = align

    if office is not None:
        put(1, 1, unit_name(office), bold, Alignment(horizontal="left", vertical="center"))
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=min(last, 6))
    put(1, last, vr.FORM_NUMBER.format(form=result.form.value), bold, Alignment(horizontal="right"))
    put(TITLE_ROW, 1, result.title.upper(), Font(name=XLSX_FONT, bold=True, size=14))
    sheet.merge_cells(start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=last)
    put(
        PERIOD_ROW,
        1,
        vr.period_line(result.period.first, result.period.last),
        Font(name=XLSX_FONT, italic=True, size=12),
    )
    sheet.merge_cells(start_row=PERIOD_ROW, start_column=1, end_row=PERIOD_ROW, end_column=last)
    sheet.row_dimensions[TITLE_ROW].height = 22

    cells = header_cells(columns, vr.UNIT_HEADING)
    for cell in cells:
        row = FIRST_HEADER_ROW + cell.row
        put(row, cell.column + 1, cell.text, bold)
        if cell.row_span > 1 or cell.column_span > 1:
            sheet.merge_cells(
                start_row=row,
                start_column=cell.column + 1,
                end_row=FIRST_HEADER_ROW + cell.last_row,
                end_column=cell.last_column + 1,
            )
    code_row = FIRST_HEADER_ROW + depth
    value_row = code_row + 1
    put(code_row, 1, vr.CODE_ROW, Font(name=XLSX_FONT, italic=True, size=11))
    put(value_row, 1, unit_name(office) if office else "", bold)
    for index, column in enumerate(columns, start=2):
        put(code_row, index, column.number, Font(name=XLSX_FONT, italic=True, size=11))
        put(value_row, index, int(result.values.get(column.number, 0)), Font(name=XLSX_FONT, size=12))
        sheet.cell(row=value_row, column=index).number_format = "0"
    for row in range(FIRST_HEADER_ROW, value_row + 1):
        for col in range(1, last + 1):
            sheet.cell(row=row, column=col).border = box
    sheet.column_dimensions["A"].width = XLSX_UNIT_WIDTH
    for col in range(2, last + 1):
        sheet.column_dimensions[get_column_letter(col)].width = XLSX_COLUMN_WIDTH
    _header_heights(sheet, cells, depth)
    sheet.row_dimensions[value_row].height = 30
    sheet.freeze_panes = f"B{code_row + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    if sheet.sheet_properties.pageSetUpPr is not None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    tmp = path.with_name(path.name + ".part")
    workbook.save(tmp)
    tmp.replace(path)
    return path


def _header_heights(sheet: Worksheet, cells: Sequence[HeaderCell], depth: int) -> None:
    """Excel does not grow merged rows to fit wrapped text: estimate the lines each row needs."""
    need = [XLSX_LINE_HEIGHT] * depth
    for cell in cells:
        width = XLSX_UNIT_WIDTH if cell.column == 0 else XLSX_COLUMN_WIDTH * cell.column_span
        share = _lines(cell.text, width) * XLSX_LINE_HEIGHT / cell.row_span
        for row in range(cell.row, cell.last_row + 1):
            need[row] = max(need[row], share)
    for row, height in enumerate(need):
        sheet.row_dimensions[FIRST_HEADER_ROW + row].height = height + 4


def _lines(text: str, width_chars: float) -> int:
    """Lines of word-wrapped bold text in a column `width_chars` wide (bold letters are about 1.15 wide)."""
    room = max(1.0, width_chars / 1.15 - 1)
    lines, used = 1, 0.0
    for word in text.split():
        length = len(word)
        if used and used + 1 + length > room:
            lines += 1
            used = float(length)
        else:
            used = used + (1 if used else 0) + length
        lines += max(0, math.ceil(length / room) - 1)
    return lines


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
