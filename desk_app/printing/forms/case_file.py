"""Hồ sơ vụ việc: one PDF with a case's whole history — visits, petitions, decisions, documents, deadlines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desk_app.domain.petition_docs import CaseEvent
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.printing.fonts import BOLD, ITALIC, REGULAR
from desk_app.printing.layout import Letterhead, letterhead_block, title_block
from desk_app.printing.page import PageSpec, build_pdf, doc_styles, markup, page_spec

TABLE_FONT = 11.0  # DOMAIN §11: 10–12 pt in tables
COLUMNS_MM = (10.0, 23.0, 32.0)  # STT, Ngày, Nội dung; Chi tiết takes the rest


@dataclass(frozen=True, slots=True)
class CaseFileData:
    """`facts` are (label, value) lines under the title; `events` are already in date order."""

    letterhead: Letterhead
    printed_on: dt.date
    office_name: str
    code: str
    title: str
    facts: tuple[tuple[str, str], ...]
    events: tuple[CaseEvent, ...]
    author_masked: bool = False


def _table(data: CaseFileData, spec: PageSpec) -> Flowable:
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=TABLE_FONT, leading=TABLE_FONT * 1.2)
    head = ParagraphStyle("cell_head", parent=cell, fontName=BOLD, alignment=1)
    centre = ParagraphStyle("cell_c", parent=cell, alignment=1)
    rows: list[list[object]] = [[Paragraph(markup(c), head) for c in vf.CASE_COLUMNS]]
    for index, event in enumerate(data.events, start=1):
        rows.append(
            [
                Paragraph(str(index), centre),
                Paragraph(markup(fmt_date(event.on)), centre),
                Paragraph(markup(event.heading), cell),
                Paragraph(markup(event.detail), cell),
            ]
        )
    widths = [w * mm for w in COLUMNS_MM]
    widths.append(spec.frame_width - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def case_file_story(data: CaseFileData, spec: PageSpec) -> list[Flowable]:
    styles = doc_styles(spec)
    fact = ParagraphStyle("fact", parent=styles.field, firstLineIndent=0, spaceAfter=spec.item_space)
    heading = ParagraphStyle("heading", parent=styles.field, fontName=BOLD, firstLineIndent=0)
    note = ParagraphStyle("note", parent=fact, fontName=ITALIC, fontSize=spec.note, leading=spec.note * 1.2)
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.printed_on),
        *title_block(vf.CASE_TITLE, spec, vf.CASE_SUBTITLE.format(code=data.code, title=data.title)),
    ]
    for label, value in data.facts:
        story.append(Paragraph(f'<font name="{BOLD}">{markup(label)}:</font> {markup(value)}', fact))
    story += [
        Spacer(1, spec.para_space),
        Paragraph(markup(vf.CASE_HISTORY), heading),
        Spacer(1, spec.item_space),
    ]
    if data.events:
        story.append(_table(data, spec))
    else:
        story.append(Paragraph(markup(vf.CASE_EMPTY), fact))
    story.append(Spacer(1, spec.para_space))
    printed = vf.CASE_PRINTED.format(
        date=fmt_date(data.printed_on), office=office_in_sentence(data.office_name), count=len(data.events)
    )
    story.append(Paragraph(markup(printed), note))
    if data.author_masked:
        story.append(Paragraph(markup(vf.CASE_MASKED_NOTE), note))
    return story


def render_case_file(data: CaseFileData) -> bytes:
    spec = page_spec("A4")
    author = " ".join(data.letterhead.office_name.split())
    return build_pdf(
        case_file_story(data, spec), spec, title=f"{vf.CASE_DOC_TITLE} {data.code}", author=author
    )
