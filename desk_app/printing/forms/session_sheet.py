"""Danh sách công dân đăng ký tiếp: the one-page day sheet of one periodic session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.i18n import vi_print as vp
from desk_app.i18n import vi_schedule_print as vsp
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.fonts import BOLD, REGULAR
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSpec, build_pdf_counted, doc_styles, markup, page_spec

# STT, Họ và tên, Địa chỉ, Nội dung, Ghi chú (left empty for handwriting)
COLUMN_SHARES: Final = (0.07, 0.21, 0.24, 0.3, 0.18)
TABLE_SIZE: Final = 12.0
COMPACT_TABLE_SIZE: Final = 11.0
BLANK_ROWS: Final = 3  # rows left for citizens who come without registering
MIN_ROW_HEIGHT: Final = 26.0
CELL_PADDING: Final = 3.0


class Registrant(NamedTuple):
    """One registered citizen: name, address, the matter to raise."""

    name: str
    address: str
    matter: str


@dataclass(frozen=True, slots=True)
class SessionSheetData:
    """Everything printed on the day sheet; prepared_on defaults to the session date."""

    letterhead: Letterhead
    date: dt.date
    time_text: str
    place: str
    presided_by: str
    participants: str
    registrants: tuple[tuple[str, str, str], ...]
    officer_name: str | None = None
    presiding_name: str | None = None
    prepared_on: dt.date | None = None


def _signer_name(presided_by: str) -> str:
    """ "Ông Trần Văn Bình – Chủ tịch UBND xã" → "Trần Văn Bình" (no honorific under a signature)."""
    name = presided_by
    for dash in (" – ", " — ", " - "):
        name = name.split(dash, 1)[0]
    for honorific in ("Ông ", "Bà ", "ông ", "bà "):
        name = name.removeprefix(honorific)
    return name.strip()


def registrants_table(registrants: tuple[tuple[str, str, str], ...], width: float, size: float) -> Table:
    """STT, name, address, matter and an empty Ghi chú column; a few blank rows follow the registrants."""
    cell = ParagraphStyle(
        "sheet_cell", fontName=REGULAR, fontSize=size, leading=size * 1.18, alignment=TA_LEFT
    )
    center = ParagraphStyle("sheet_center", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("sheet_head", parent=center, fontName=BOLD)
    titles = (
        vsp.COL_INDEX,
        vsp.SHEET_COL_NAME,
        vsp.SHEET_COL_ADDRESS,
        vsp.SHEET_COL_MATTER,
        vsp.SHEET_COL_NOTE,
    )
    rows: list[list[Any]] = [[Paragraph(markup(t), head) for t in titles]]
    for index, (name, address, matter) in enumerate(registrants, start=1):
        rows.append(
            [
                Paragraph(str(index), center),
                Paragraph(markup(name.strip()), cell),
                Paragraph(markup(address.strip()), cell),
                Paragraph(markup(matter.strip()), cell),
                "",
            ]
        )
    start = len(registrants) + 1
    rows += [[Paragraph(str(start + n), center), "", "", "", ""] for n in range(BLANK_ROWS)]
    table = Table(
        rows,
        colWidths=[width * share for share in COLUMN_SHARES],
        rowHeights=[None] + [MIN_ROW_HEIGHT if n >= len(registrants) else None for n in range(len(rows) - 1)],
        repeatRows=1,
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, len(registrants)), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR, size),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
            ]
        ),
    )
    table.hAlign = "CENTER"
    return table


def sheet_story(data: SessionSheetData, spec: PageSpec, table_size: float) -> list[Flowable]:
    """The flowables of the day sheet on one page spec."""
    styles = doc_styles(spec)
    field = styles.field
    subtitle = f"Buổi tiếp công dân định kỳ ngày {fmt_date(data.date)}"
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.prepared_on or data.date),
        *title_block(vsp.SHEET_TITLE, spec, subtitle),
        Paragraph(
            markup(vsp.SHEET_TIME.format(value=f"{data.time_text.strip()}, {vsp.day_cell(data.date)}")), field
        ),
        Paragraph(markup(vsp.SHEET_PLACE.format(value=data.place.strip())), field),
        Paragraph(markup(vsp.SHEET_PRESIDED.format(value=data.presided_by.strip())), field),
        Paragraph(markup(vsp.SHEET_PARTICIPANTS.format(value=data.participants.strip())), field),
        Spacer(1, spec.para_space / 2),
        registrants_table(data.registrants, spec.frame_width, table_size),
        Spacer(1, spec.para_space),
    ]
    count = vsp.SHEET_COUNT.format(count=len(data.registrants)) if data.registrants else vsp.SHEET_NONE
    presiding = data.presiding_name or _signer_name(data.presided_by)
    signatures = signature_block(
        [
            SignatureColumn((vsp.SHEET_OFFICER_SIGN,), data.officer_name, vp.SIGN_HINT),
            SignatureColumn((vsp.SHEET_PRESIDING_SIGN,), presiding, vp.SIGN_HINT),
        ],
        spec,
    )
    story.append(KeepTogether([Paragraph(markup(count), field), Spacer(1, spec.para_space), signatures]))
    return story


def render_session_sheet(data: SessionSheetData) -> bytes:
    """The day sheet as A4 PDF bytes, set tighter once when it would spill onto a second page."""
    spec = page_spec("A4")
    author = " ".join(data.letterhead.office_name.split())
    kwargs: dict[str, Any] = {"title": vsp.SHEET_DOC_TITLE, "author": author, "footer": vsp.SHEET_FOOTER}
    pdf, pages = build_pdf_counted(sheet_story(data, spec, TABLE_SIZE), spec, **kwargs)
    if pages > 1:
        tight = spec.compacted()
        tight_pdf, tight_pages = build_pdf_counted(
            sheet_story(data, tight, COMPACT_TABLE_SIZE), tight, **kwargs
        )
        if tight_pages == 1:
            return tight_pdf
    return pdf
