"""A computed report as PDF (official sheet), XLSX (same header, headings and signers) and CSV: the window and the CLI alike.

CSV layout (one row per form column, so any spreadsheet or script reads it without knowing the merged headers):
header "Cột,Tiêu đề,Số liệu"; then the official column number, the heading path joined by " – " from the top
header row down, and the value as a plain integer. UTF-8 with a BOM so that Excel shows the Vietnamese letters, CRLF.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Final, TypedDict, Unpack

from desk_app.documents.letterhead import letterhead
from desk_app.files import write_whole
from desk_app.i18n import vi_reports_page as vr
from desk_app.printing.forms.report_chart import ChartData
from desk_app.printing.forms.report_headers import SheetColumn
from desk_app.printing.forms.report_sheet import ReportSheetData, render_report_sheet
from desk_app.printing.forms.report_xlsx import render_report_xlsx
from desk_app.printing.table_file import csv_bytes, csv_text
from desk_app.services.documents import OfficeHeader
from desk_app.services.registry import Services
from desk_app.services.reports.types import ReportResult

_UBND: Final = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+", re.IGNORECASE)


class Signing(TypedDict, total=False):
    """Who signs the sheet and on which day (today when not told); no name leaves the line blank."""

    signed_on: dt.date | None
    head_name: str | None
    preparer_name: str | None


class SheetOptions(Signing, total=False):
    """The PDF's chart pages: `monthly` (ReportService.monthly_series) adds one, `by_field` or `timeliness` a second."""

    monthly: list[tuple[str, int, int]] | None
    by_field: list[tuple[str, int, int]] | None
    timeliness: list[tuple[str, int]] | None


def signing(services: Services) -> Signing:
    """Signed today by the head, prepared by the signed-in officer; the default actor's placeholder is no one's name."""
    head = services.office.head()
    actor = services.ctx.actor
    return Signing(
        signed_on=services.ctx.today(),
        head_name=head.full_name if head else None,
        preparer_name=actor.name if actor.staff_id is not None else None,
    )


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
    result: ReportResult, office: OfficeHeader, **options: Unpack[SheetOptions]
) -> ReportSheetData:
    """What the PDF and the XLSX print; the chart pages only with `monthly` (see SheetOptions)."""
    note = vr.locked_note(result.locked_at, result.locked_by or "") if result.locked_at else None
    monthly, by_field, timeliness = options.get("monthly"), options.get("by_field"), options.get("timeliness")
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
        signed_on=options.get("signed_on") or dt.datetime.now().astimezone().date(),
        signer_lines=signer_lines(office),
        signer_name=options.get("head_name"),
        preparer_name=options.get("preparer_name"),
        chart=chart,
        note=note,
    )


def report_pdf_bytes(result: ReportResult, office: OfficeHeader, **options: Unpack[SheetOptions]) -> bytes:
    return render_report_sheet(sheet_data(result, office, **options))


def report_pdf(
    result: ReportResult, office_header: OfficeHeader, path: Path, **options: Unpack[SheetOptions]
) -> bytes:
    """Write the official sheet to `path` and return its bytes (to keep a copy with the documents)."""
    pdf = report_pdf_bytes(result, office_header, **options)
    write_whole(path, pdf, make_parents=True)
    return pdf


def csv_rows(result: ReportResult) -> list[tuple[int, str, int]]:
    return [
        (column.number, vr.HEADING_JOIN.join(column.headings), int(result.values.get(column.number, 0)))
        for column in result.columns
    ]


def report_csv_bytes(result: ReportResult) -> bytes:
    """The CSV file's bytes (see the module's docstring): the same from the window and from the command line."""
    return csv_bytes(vr.CSV_HEADER, csv_rows(result))


def report_csv_text(result: ReportResult) -> str:
    """The same table as text with "\n" line ends, for a terminal or a pipe."""
    return csv_text(vr.CSV_HEADER, csv_rows(result), line_end="\n")


def report_csv(result: ReportResult, path: Path) -> Path:
    return write_whole(path, report_csv_bytes(result), make_parents=True)


def report_xlsx_bytes(result: ReportResult, office: OfficeHeader, **options: Unpack[Signing]) -> bytes:
    return render_report_xlsx(sheet_data(result, office, **options))


def report_xlsx(result: ReportResult, office: OfficeHeader, path: Path, **options: Unpack[Signing]) -> Path:
    """The sheet in Excel: the NĐ 30 header, merged headings, MS row, the office's row, signatures, print setup."""
    return write_whole(path, report_xlsx_bytes(result, office, **options), make_parents=True)
