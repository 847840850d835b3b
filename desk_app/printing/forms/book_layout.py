"""A printed register (sổ) on A4 landscape: cover page, the table header on every page, numbered pages."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.i18n import vi_print as vp
from desk_app.i18n import vi_transfer as vt
from desk_app.i18n.formatting import fmt_date, fmt_int
from desk_app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desk_app.printing.page import markup, nfc

PAGE_W, PAGE_H = landscape(A4)
TOP, BOTTOM, LEFT, RIGHT = 16 * mm, 14 * mm, 25 * mm, 12 * mm  # the bound edge (left) gets the wider margin
FRAME_W = PAGE_W - LEFT - RIGHT
CELL_SIZE: Final = 8.5
HEAD_SIZE: Final = 8.5
CHUNK_ROWS: Final = 25  # rows per table piece: short pieces split across pages cheaply
PADDING: Final = 2.5

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class BookCover:
    """What the cover page says; the page count is filled in once the book is laid out."""

    parent_name: str | None
    office_name: str
    place_name: str
    head_title: str
    title: str
    date_from: dt.date
    date_to: dt.date
    rows: int
    form_no: str | None = None
    form_basis: str | None = None
    printed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class BookHeader:
    """Header rows (text, "" under a span), the SPAN commands, and the column shares of the frame width."""

    rows: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[tuple[int, int], tuple[int, int]], ...]
    shares: tuple[float, ...]
    centred_columns: tuple[int, ...] = ()


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    register_fonts()
    cell = ParagraphStyle(
        "book_cell", fontName=REGULAR, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.2, alignment=TA_LEFT
    )
    centre = ParagraphStyle("book_centre", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle(
        "book_head", parent=centre, fontName=BOLD, fontSize=HEAD_SIZE, leading=HEAD_SIZE * 1.2
    )
    number = ParagraphStyle("book_number", parent=centre, fontName=ITALIC)
    return cell, centre, head, number


def _grid(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE),  # empty cells would name Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + 0.5),
            *extra,
        ]
    )


def header_table(header: BookHeader) -> Table:
    """The column headings with their numbers row "(1) (2) …", drawn at the top of every body page."""
    _cell, _centre, head, number = _styles()
    rows: list[list[Any]] = [[Paragraph(markup(t), head) if t else "" for t in r] for r in header.rows]
    rows.append([Paragraph(f"({i})", number) for i in range(1, len(header.shares) + 1)])
    spans = [("SPAN", a, b) for a, b in header.spans]
    return Table(
        rows,
        colWidths=[FRAME_W * s for s in header.shares],
        style=_grid([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *spans]),
    )


class _Done(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """An invisible marker after each piece of the table: how many rows are laid out so far."""

    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        return None


def body_story(header: BookHeader, rows: Iterable[Sequence[str]], empty_text: str) -> list[Flowable]:
    """The book's lines as short tables with the header's column widths (stacked, they read as one table)."""
    cell, centre, _head, _number = _styles()
    widths = [FRAME_W * s for s in header.shares]
    story: list[Flowable] = []
    chunk: list[list[Any]] = []
    done = 0

    def flush() -> None:
        # splitInRow: a line longer than a page (a long complaint pasted whole) goes on over the next page
        story.append(Table(chunk, colWidths=widths, style=_grid(), splitInRow=1))
        story.append(_Done(done))
        chunk.clear()

    for values in rows:
        chunk.append(
            [
                Paragraph(markup(v), centre if i in header.centred_columns else cell) if v else ""
                for i, v in enumerate(values)
            ]
        )
        done += 1
        if len(chunk) == CHUNK_ROWS:
            flush()
    if chunk:
        flush()
    if not story:
        story.append(Table([[Paragraph(markup(empty_text), centre)]], colWidths=[FRAME_W], style=_grid()))
    return story


def _centred(canvas: Any, text: str, font: str, size: float, y: float, x: float, width: float) -> float:
    """Draw wrapped centred lines starting at baseline y; returns the next baseline."""
    for line in simpleSplit(nfc(text), font, size, width) or [""]:
        canvas.setFont(font, size)
        canvas.drawCentredString(x + width / 2, y, line)
        y -= size * 1.3
    return y


def _draw_cover(canvas: Any, cover: BookCover) -> float:
    left_w = FRAME_W * 0.42
    y = PAGE_H - TOP - 12
    if cover.parent_name and cover.parent_name.strip():
        y = _centred(canvas, cover.parent_name.upper(), REGULAR, 12, y, LEFT, left_w)
    y = _centred(canvas, cover.office_name.upper(), BOLD, 12, y, LEFT, left_w)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT + left_w * 0.35, y + 7, LEFT + left_w * 0.65, y + 7)
    if cover.form_no:
        right_x = LEFT + FRAME_W * 0.62
        yy = _centred(canvas, cover.form_no, BOLD, 12, PAGE_H - TOP - 12, right_x, FRAME_W * 0.38)
        if cover.form_basis:
            _centred(canvas, cover.form_basis, ITALIC, 10, yy, right_x, FRAME_W * 0.38)
    mid = PAGE_H * 0.62
    y = _centred(canvas, cover.title, BOLD, 30, mid, LEFT, FRAME_W)
    y -= 14
    y = _centred(canvas, vt.COVER_VOLUME, REGULAR, 14, y, LEFT, FRAME_W)
    years = cover.date_from.year if cover.date_from.year == cover.date_to.year else None
    year_text = str(years) if years else f"{cover.date_from.year}–{cover.date_to.year}"
    y = _centred(canvas, vt.COVER_YEAR.format(year=year_text), BOLD, 16, y - 4, LEFT, FRAME_W)
    range_text = vt.COVER_RANGE.format(start=fmt_date(cover.date_from), end=fmt_date(cover.date_to))
    y = _centred(canvas, range_text, ITALIC, 14, y, LEFT, FRAME_W)
    rows_text = vt.COVER_ROWS.format(rows=fmt_int(cover.rows))
    _centred(canvas, rows_text, REGULAR, 13, y - 4 - 13 * 1.3, LEFT, FRAME_W)
    return y - 4  # the page count goes here once it is known


def _draw_cover_totals(canvas: Any, cover: BookCover, pages: int, y: float) -> None:
    """The page count of the cover, known only when every page is laid out."""
    _centred(canvas, vt.COVER_PAGES.format(pages=pages), REGULAR, 13, y, LEFT, FRAME_W)
    box_x, box_w = LEFT + FRAME_W * 0.48, FRAME_W * 0.52
    yy = BOTTOM + 95
    certify = vt.COVER_CERTIFY.format(pages=f"{pages:02d}", last=f"{pages:02d}")
    yy = _centred(canvas, certify, ITALIC, 11, yy, box_x, box_w)
    yy = _centred(
        canvas, vt.COVER_CERTIFY_DATE.format(place=cover.place_name), ITALIC, 11, yy - 2, box_x, box_w
    )
    yy = _centred(canvas, cover.head_title.upper(), BOLD, 12, yy - 2, box_x, box_w)
    _centred(canvas, vt.COVER_CERTIFY_SIGN, ITALIC, 10, yy, box_x, box_w)


def render_book(
    cover: BookCover,
    header: BookHeader,
    rows: Iterable[Sequence[str]],
    *,
    doc_title: str,
    empty_text: str,
    progress: Progress | None = None,
) -> bytes:
    """The whole book as PDF bytes: page 1 the cover, then the table with its header repeated on every page."""
    register_fonts()
    head = header_table(header)
    _w, head_h = head.wrap(FRAME_W, PAGE_H)
    buffer = io.BytesIO()
    footer = vt.BOOK_FOOTER.format(date=fmt_date(cover.printed_on)) if cover.printed_on else None

    def on_body(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        head.wrapOn(canvas, FRAME_W, head_h)
        head.drawOn(canvas, LEFT, PAGE_H - TOP - head_h)
        if footer:
            canvas.setFont(ITALIC, 8)
            canvas.drawString(LEFT, BOTTOM / 2 - 3, nfc(footer))
        canvas.restoreState()

    pages_at: dict[str, float] = {"y": PAGE_H / 2}

    def on_cover(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        pages_at["y"] = _draw_cover(canvas, cover)
        canvas.restoreState()

    def totals(canvas: Any, page: int, pages: int) -> None:
        if page == 1:
            _draw_cover_totals(canvas, cover, pages, pages_at["y"])
            return
        canvas.setFont(REGULAR, 11)
        canvas.drawCentredString(
            LEFT + FRAME_W / 2, PAGE_H - TOP / 2 - 3, vt.PAGE_OF.format(page=page, pages=pages)
        )

    doc = _BookDoc(buffer, cover.rows, progress, pagesize=(PAGE_W, PAGE_H), title=nfc(doc_title),
                   author=nfc(" ".join(cover.office_name.split())), creator=vp.CREATOR, invariant=1,
                   initialFontName=REGULAR, initialFontSize=CELL_SIZE,
                   leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM)  # fmt: skip
    cover_frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="cover")
    body_frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM - head_h, id="body",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover),
            PageTemplate(id="body", frames=[body_frame], onPage=on_body),
        ]
    )
    story: list[Flowable] = [
        NextPageTemplate("body"),
        Spacer(1, 1),
        PageBreak(),
        *body_story(header, rows, empty_text),
    ]
    doc.build(story, canvasmaker=_counting_canvas(totals))
    return buffer.getvalue()


class _BookDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, total: int, progress: Progress | None, **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self._total = total
        self._progress = progress

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._progress is not None and isinstance(flowable, _Done):
            self._progress(flowable.done, self._total)


def _counting_canvas(totals: Callable[[Any, int, int], None]) -> type[Canvas]:
    """A canvas that holds the pages back until the end, so each can print the total page count."""

    class CountingCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                totals(self, number, count)
                Canvas.showPage(self)
            Canvas.save(self)

    return CountingCanvas
