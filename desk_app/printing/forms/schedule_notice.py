"""Thông báo lịch tiếp công dân định kỳ (DOMAIN §2.3, F13): ScheduleNoticeData in, PDF bytes out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.i18n import vi_schedule_print as vsp
from desk_app.printing.fonts import BOLD, ITALIC, REGULAR
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSpec, build_pdf, doc_styles, markup, page_spec

# column shares of the table width: STT, Ngày, Thời gian, Người chủ trì, Địa điểm, Thành phần, Nội dung
COLUMN_SHARES: Final = (0.065, 0.13, 0.12, 0.16, 0.16, 0.175, 0.19)
PORTRAIT_TABLE_SIZE: Final = 11.0
LANDSCAPE_TABLE_SIZE: Final = 12.0
CELL_PADDING: Final = 3.0
GRID_WIDTH: Final = 0.5


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    """One periodic session; no start time prints time_label ("Buổi chiều") instead of the hours."""

    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    presided_by: str
    place: str
    participants: str
    expected_content: str
    note: str | None = None
    time_label: str | None = None

    def __post_init__(self) -> None:
        if self.start_time is None and not (self.time_label and self.time_label.strip()):
            raise ValueError("a session needs a start time or a time label")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValueError("a session must end after it starts")


@dataclass(frozen=True, slots=True)
class ScheduleNoticeData:
    """Everything printed on the notice; issuer_name defaults to the letterhead's office name on one line."""

    letterhead: Letterhead
    issued_on: dt.date
    period_label: str
    leader_title: str
    entries: tuple[ScheduleEntry, ...]
    signer_authority: str
    signer_title: str
    signer_name: str
    recipients: tuple[str, ...]
    legal_basis_lines: tuple[str, ...]
    issuer_name: str | None = None

    @property
    def issuer(self) -> str:
        """The issuing office as it reads inside a sentence ("Ủy ban nhân dân xã An Phú")."""
        if self.issuer_name and self.issuer_name.strip():
            return self.issuer_name.strip()
        return " ".join(self.letterhead.office_name.split())


def sorted_entries(entries: Sequence[ScheduleEntry]) -> list[ScheduleEntry]:
    """The sessions in date and time order."""
    return sorted(entries, key=lambda e: (e.date, e.start_time or dt.time(0), e.place))


def landscape_spec(spec: PageSpec) -> PageSpec:
    """The same margins and type on the page turned sideways (NĐ 30 allows it for wide tables)."""
    return dataclasses.replace(spec, width=spec.height, height=spec.width)


def _cell_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    lead = size * 1.18
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=size, leading=lead, alignment=TA_LEFT)
    center = ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("cell_head", parent=center, fontName=BOLD)
    note = ParagraphStyle(
        "cell_note", parent=center, fontName=ITALIC, fontSize=size - 1, leading=(size - 1) * 1.18
    )
    return cell, center, head, note


def _row(index: int, entry: ScheduleEntry, size: float) -> list[Any]:
    cell, center, _, note = _cell_styles(size)
    day: list[Flowable] = [
        Paragraph(markup(vsp.capitalised_weekday(entry.date)), center),
        Paragraph(markup(vsp.day_cell(entry.date).split(", ", 1)[1]), center),
    ]
    if entry.note and entry.note.strip():
        day.append(Spacer(1, 2))
        day.append(Paragraph(markup(f"({entry.note.strip()})"), note))
    when = vsp.time_cell(entry.start_time, entry.end_time, entry.time_label)
    return [
        Paragraph(str(index), center),
        day,
        Paragraph(_keep_clocks(markup(when)), center),
        Paragraph(markup(entry.presided_by.strip()), cell),
        Paragraph(markup(entry.place.strip()), cell),
        Paragraph(markup(entry.participants.strip()), cell),
        Paragraph(markup(entry.expected_content.strip()), cell),
    ]


def _keep_clocks(text: str) -> str:
    """Non-breaking spaces inside "14 giờ 00", so that a narrow cell breaks only around the dash."""
    return re.sub(r"(\d{2}) giờ (\d{2})", r"\1&nbsp;giờ&nbsp;\2", text)


def schedule_table(entries: Sequence[ScheduleEntry], width: float, size: float) -> Table:
    """The sessions table: bold centred header repeated on every page, text wrapped in its cells."""
    _, center, head, _ = _cell_styles(size)
    header = [
        Paragraph(markup(text), head)
        for text in (
            vsp.COL_INDEX,
            vsp.COL_DATE,
            vsp.COL_TIME,
            vsp.COL_PRESIDED,
            vsp.COL_PLACE,
            vsp.COL_PARTICIPANTS,
            vsp.COL_CONTENT,
        )
    ]
    rows: list[list[Any]] = [header]
    rows += [_row(index, entry, size) for index, entry in enumerate(sorted_entries(entries), start=1)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), REGULAR, size),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
    ]
    if not entries:
        rows.append([Paragraph(markup(vsp.NO_SESSIONS), center), "", "", "", "", "", ""])
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(
        rows,
        colWidths=[width * share for share in COLUMN_SHARES],
        repeatRows=1,
        style=TableStyle(commands),
    )
    table.hAlign = "CENTER"
    return table


def notice_story(data: ScheduleNoticeData, spec: PageSpec, table_size: float) -> list[Flowable]:
    """The flowables of the notice on one page spec."""
    styles = doc_styles(spec)
    basis = ParagraphStyle("basis", parent=styles.body, fontName=ITALIC, spaceAfter=spec.item_space)
    lines = data.legal_basis_lines
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.issued_on),
        *title_block(vsp.NOTICE_TITLE, spec, vsp.notice_subtitle(data.leader_title, data.period_label)),
    ]
    story += [
        Paragraph(markup(vsp.basis_line(line, index == len(lines) - 1)), basis)
        for index, line in enumerate(lines)
    ]
    if lines:
        story.append(Spacer(1, spec.para_space - spec.item_space))
    story.append(
        Paragraph(markup(vsp.notice_intro(data.issuer, data.leader_title, data.period_label)), styles.body)
    )
    story.append(schedule_table(data.entries, spec.frame_width, table_size))
    story.append(Spacer(1, spec.para_space * 1.5))
    story += [Paragraph(markup(text), styles.body) for text in vsp.notice_closing(data.leader_title)]
    signature = signature_block(
        [SignatureColumn((data.signer_authority, data.signer_title), data.signer_name, hint=None)],
        spec,
        data.recipients,
    )
    # the last sentence goes with the signature, so that a page never carries the signature alone
    story.append(
        KeepTogether(
            [
                Paragraph(markup(vsp.notice_end(data.issuer)), styles.body),
                Spacer(1, spec.para_space),
                signature,
            ]
        )
    )
    return story


def render_schedule_notice(data: ScheduleNoticeData, landscape: bool = False) -> bytes:
    """The notice as A4 PDF bytes, portrait unless landscape is asked for; the table flows over pages."""
    spec = page_spec("A4")
    size = PORTRAIT_TABLE_SIZE
    if landscape:
        spec, size = landscape_spec(spec), LANDSCAPE_TABLE_SIZE
    title = f"{vsp.NOTICE_DOC_TITLE} {data.period_label.strip()}"
    author = " ".join(data.letterhead.office_name.split())
    return build_pdf(notice_story(data, spec, size), spec, title=title, author=author)
