"""A statutory report sheet (Biểu 01/TCD, 01–04/XLD) in the official layout: A4 landscape, merged headings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desk_app.i18n import vi_print as vp
from desk_app.i18n import vi_reports_page as vr
from desk_app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desk_app.printing.forms.report_chart import ChartData, chart_page
from desk_app.printing.forms.report_headers import SheetColumn, header_cells, header_depth
from desk_app.printing.layout import (
    CenteredLines,
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
)
from desk_app.printing.page import PageSpec, build_pdf, markup, page_spec

# A table of 20–29 columns needs the width: landscape with the smaller margins NĐ 30 leaves to tables.
LANDSCAPE: Final = dataclasses.replace(
    page_spec("A4"),
    width=A4[1],
    height=A4[0],
    top=15 * mm,
    bottom=15 * mm,
    left=20 * mm,
    right=15 * mm,
    signature_space=20 * mm,
)
HEADING_SIZES: Final = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5)  # the largest whose words all fit is used
VALUE_SIZE: Final = 11.0
CELL_PAD: Final = 1.6
UNIT_SHARE: Final = 0.085  # the "Đơn vị" column's share of the width
MIN_COLUMN: Final = 16.0


@dataclass(frozen=True, slots=True)
class ReportSheetData:
    """Everything the sheet prints; `signer_lines` are the head's title lines ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")."""

    letterhead: Letterhead
    form_code: str
    title: str
    first: dt.date
    last: dt.date
    columns: tuple[SheetColumn, ...]
    values: dict[int, int]
    unit_name: str
    signed_on: dt.date
    signer_lines: tuple[str, ...]
    signer_name: str | None = None
    preparer_name: str | None = None
    chart: ChartData | None = None
    note: str | None = None  # e.g. "Số liệu đã khóa ngày …" under the table


@dataclass(frozen=True, slots=True)
class TableLayout:
    """Column widths (points, the "Đơn vị" column first) and the heading type size chosen for them."""

    widths: tuple[float, ...]
    heading_size: float


def _widest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for word in text.split()), default=0.0)


def table_layout(columns: Sequence[SheetColumn], values: dict[int, int], width: float) -> TableLayout:
    """Equal columns when they fit, else each as wide as its longest word; headings shrink until they do.

    No heading is ever rotated or cut inside a word: the size drops (down to 7.5 pt) before that happens.
    """
    register_fonts()
    unit = width * UNIT_SHARE
    room = width - unit
    cells = header_cells(columns, vr.UNIT_HEADING)
    size = HEADING_SIZES[-1]
    need: list[float] = []
    for size in HEADING_SIZES:
        need = []
        for index, column in enumerate(columns, start=1):
            words = max(
                (_widest_word(c.text, BOLD, size) for c in cells if c.column == index and c.column_span == 1),
                default=0.0,
            )
            digits = stringWidth(str(values.get(column.number, 0)), REGULAR, VALUE_SIZE)
            need.append(max(words, digits, MIN_COLUMN - 2 * CELL_PAD) + 2 * CELL_PAD)
        if sum(need) <= room and _groups_fit(cells, need, size):
            break
    return TableLayout((unit, *_level_widths(need, room)), size)


def _level_widths(need: Sequence[float], room: float) -> list[float]:
    """Every column at one common width t, except those whose words need more: max(need, t), summing to room."""
    if not need:
        return []
    if sum(need) >= room:
        return list(need)
    low, high = 0.0, room
    for _ in range(60):
        mid = (low + high) / 2
        if sum(max(n, mid) for n in need) > room:
            high = mid
        else:
            low = mid
    return [max(n, low) for n in need]


def _groups_fit(cells: Sequence[Any], need: Sequence[float], size: float) -> bool:
    for cell in cells:
        if cell.column == 0 or cell.column_span == 1:
            continue
        span = sum(need[cell.column - 1 : cell.column - 1 + cell.column_span])
        if _widest_word(cell.text, BOLD, size) + 2 * CELL_PAD > span:
            return False
    return True


def report_table(data: ReportSheetData, width: float) -> Table:
    """Header rows with merged cells, the MS row of column numbers, then the office's row of values."""
    layout = table_layout(data.columns, data.values, width)
    size = layout.heading_size
    head = ParagraphStyle(
        "rep_head", fontName=BOLD, fontSize=size, leading=size * 1.15, alignment=TA_CENTER, splitLongWords=0
    )
    code = ParagraphStyle("rep_code", parent=head, fontName=ITALIC, fontSize=min(size, 10.0))
    value = ParagraphStyle(
        "rep_value", fontName=REGULAR, fontSize=VALUE_SIZE, leading=VALUE_SIZE * 1.2, alignment=TA_CENTER
    )
    unit = ParagraphStyle("rep_unit", parent=value, fontName=BOLD, fontSize=min(VALUE_SIZE, 10.0))
    depth = header_depth(data.columns)
    count = len(data.columns) + 1
    rows: list[list[Any]] = [["" for _ in range(count)] for _ in range(depth + 2)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), REGULAR, VALUE_SIZE),  # empty cells would name Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, depth + 1), (-1, depth + 1), 6),
        ("TOPPADDING", (0, depth + 1), (-1, depth + 1), 5),
    ]
    for cell in header_cells(data.columns, vr.UNIT_HEADING):
        rows[cell.row][cell.column] = Paragraph(markup(cell.text), head)
        if cell.row_span > 1 or cell.column_span > 1:
            commands.append(("SPAN", (cell.column, cell.row), (cell.last_column, cell.last_row)))
    rows[depth][0] = Paragraph(markup(vr.CODE_ROW), code)
    rows[depth + 1][0] = Paragraph(markup(data.unit_name), unit)
    for index, column in enumerate(data.columns, start=1):
        rows[depth][index] = Paragraph(str(column.number), code)
        rows[depth + 1][index] = Paragraph(str(data.values.get(column.number, 0)), value)
    table = Table(rows, colWidths=list(layout.widths), repeatRows=depth + 1, style=TableStyle(commands))
    table.hAlign = "CENTER"
    return table


def _form_number_line(form_code: str, spec: PageSpec) -> Flowable:
    style = ParagraphStyle(
        "rep_form", fontName=BOLD, fontSize=spec.hint, leading=spec.hint * 1.2, alignment=TA_RIGHT
    )
    return Paragraph(markup(vr.FORM_NUMBER.format(form=form_code)), style)


def sheet_story(data: ReportSheetData, spec: PageSpec = LANDSCAPE) -> list[Flowable]:
    """The sheet's flowables: form number, header block, title, period, table, signatures, chart page."""
    register_fonts()
    period = ParagraphStyle(
        "rep_period", fontName=ITALIC, fontSize=spec.body, leading=spec.body * 1.25, alignment=TA_CENTER
    )
    note = ParagraphStyle("rep_note", fontName=ITALIC, fontSize=spec.note, leading=spec.note * 1.2)
    story: list[Flowable] = [
        _form_number_line(data.form_code, spec),
        Spacer(1, 2),
        letterhead_block(data.letterhead, spec, data.signed_on),
        Spacer(1, spec.title * 0.6),
        CenteredLines(data.title.upper(), BOLD, spec.title),
        Paragraph(markup(vr.period_line(data.first, data.last)), period),
        Spacer(1, spec.para_space * 1.5),
        report_table(data, spec.frame_width),
    ]
    if data.note:
        story += [Spacer(1, 3), Paragraph(markup(data.note), note)]
    signatures = signature_block(
        [
            SignatureColumn((vr.PREPARER_SIGN,), data.preparer_name, vp.SIGN_HINT),
            SignatureColumn(data.signer_lines, data.signer_name, vp.SIGN_HINT_STAMP),
        ],
        spec,
    )
    story.append(KeepTogether([Spacer(1, spec.para_space * 2), signatures]))
    if data.chart is not None:
        story += [PageBreak(), *chart_page(data.chart, data.form_code, spec)]
    return story


def render_report_sheet(data: ReportSheetData) -> bytes:
    """The sheet as A4 landscape PDF bytes."""
    author = " ".join(data.letterhead.office_name.split())
    title = f"{vr.FORM_NUMBER.format(form=data.form_code)} – {data.title}"
    return build_pdf(sheet_story(data), LANDSCAPE, title=title, author=author)
