"""Page specs (A4/A5 per NĐ 30/2020), paragraph styles, text escaping and the PDF build with page numbers."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desk_app.i18n import vi_print as vp
from desk_app.printing.fonts import BOLD, ITALIC, REGULAR, register_fonts

PageSize = Literal["A4", "A5"]


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Page geometry (points) and type sizes of one paper size."""

    name: PageSize
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float
    body: float  # body text, Số line, date line, signature titles and names (NĐ 30: 13–14 pt)
    header: float  # agency names and Quốc hiệu (12–13 pt)
    motto: float  # Tiêu ngữ (13–14 pt)
    title: float  # tên loại and trích yếu (13–14 pt)
    hint: float  # "(Ký, ghi rõ họ tên)" and "Nơi nhận:" (12 pt)
    note: float  # the Nơi nhận list (11 pt)
    small: float  # footer lines and the privacy notice
    indent: float  # first-line indent of body paragraphs (1 cm)
    signature_space: float  # room left for the handwritten signature
    para_space: float  # space after a body paragraph (NĐ 30: at least 6 pt)
    item_space: float  # space after a list item
    line_spacing: float = 1.2  # leading as a multiple of the type size (NĐ 30: single to 1.5 lines)
    compact: bool = False

    def compacted(self) -> PageSpec:
        """A tighter variant (1 pt smaller, single spacing) for a form that would spill onto a second page."""
        return dataclasses.replace(
            self,
            body=self.body - 1,
            title=self.title - 1,
            line_spacing=1.12,
            para_space=self.para_space / 2,
            item_space=self.item_space / 2,
            signature_space=self.signature_space * 0.85,
            compact=True,
        )

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


PAGE_SPECS: Final[dict[str, PageSpec]] = {
    "A4": PageSpec(
        name="A4",
        width=A4[0],
        height=A4[1],
        top=20 * mm,
        bottom=20 * mm,
        left=30 * mm,
        right=15 * mm,
        body=13,
        header=12,
        motto=13,
        title=14,
        hint=12,
        note=11,
        small=9,
        indent=10 * mm,
        signature_space=24 * mm,
        para_space=6,
        item_space=3,
    ),
    # A5 is A4 scaled by 1/√2: margins and type shrink by about that much, kept readable.
    "A5": PageSpec(
        name="A5",
        width=A5[0],
        height=A5[1],
        top=14 * mm,
        bottom=14 * mm,
        left=20 * mm,
        right=10 * mm,
        body=10,
        header=9,
        motto=10,
        title=11,
        hint=9,
        note=8.5,
        small=7,
        indent=7 * mm,
        signature_space=17 * mm,
        para_space=4.5,
        item_space=2,
    ),
}


def page_spec(page_size: PageSize) -> PageSpec:
    """The spec of "A4" or "A5"; anything else is a programming error."""
    try:
        return PAGE_SPECS[page_size]
    except KeyError:
        raise ValueError(f"unsupported page size: {page_size!r}") from None


def nfc(text: str) -> str:
    """NFC-normalise; Vietnamese text may arrive decomposed and must be drawn composed."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """NFC and XML-escaped, ready to go inside a Paragraph."""
    return escape(nfc(text))


@dataclass(frozen=True, slots=True)
class DocStyles:
    """Paragraph styles derived from a PageSpec."""

    body: Any
    field: Any
    item: Any
    center: Any
    center_italic: Any
    date_line: Any
    small_italic: Any


def doc_styles(spec: PageSpec) -> DocStyles:
    """Body justified with a 1 cm first-line indent; "field" lines (label: value or leader) flush left."""
    register_fonts()
    lead = spec.body * spec.line_spacing
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=spec.body,
        leading=lead,
        alignment=TA_JUSTIFY,
        firstLineIndent=spec.indent,
        spaceAfter=spec.para_space,
    )
    field = ParagraphStyle("field", parent=body, alignment=TA_LEFT)
    hang = spec.body * 1.4
    item = ParagraphStyle(
        "item",
        parent=field,
        leftIndent=spec.indent + hang,
        firstLineIndent=-hang,
        spaceAfter=spec.item_space,
    )
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    center_italic = ParagraphStyle("center_italic", parent=center, fontName=ITALIC)
    date_line = ParagraphStyle("date_line", parent=center_italic)
    small_italic = ParagraphStyle(
        "small_italic",
        parent=center_italic,
        fontSize=spec.small,
        leading=spec.small * 1.25,
    )
    return DocStyles(body, field, item, center, center_italic, date_line, small_italic)


def _draw_page_number(canvas: Any, doc: Any, spec: PageSpec) -> None:
    """NĐ 30: page numbers centred in the top margin, from page 2 on."""
    if doc.page < 2:
        return
    canvas.setFont(REGULAR, spec.body)
    canvas.drawCentredString(
        spec.left + spec.frame_width / 2, spec.height - spec.top / 2 - spec.body / 3, vp.page_number(doc.page)
    )


def build_pdf(
    story: Sequence[Flowable], spec: PageSpec, *, title: str, author: str, footer: str | None = None
) -> bytes:
    """Lay out the story and return PDF bytes; `footer` is a small line in the bottom margin."""
    return build_pdf_counted(story, spec, title=title, author=author, footer=footer)[0]


def build_pdf_counted(
    story: Sequence[Flowable],
    spec: PageSpec,
    *,
    title: str,
    author: str,
    footer: str | None = None,
    form_mark: str | None = None,
) -> tuple[bytes, int]:
    """As build_pdf, also returning the number of pages; `form_mark` ("Mẫu số 02/TCD") goes in page 1's top
    margin, right-aligned, where it takes no room from a form that must fit on one page."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(spec.width, spec.height),
        leftMargin=spec.left,
        rightMargin=spec.right,
        topMargin=spec.top,
        bottomMargin=spec.bottom,
        title=nfc(title),
        author=nfc(author),
        creator=vp.CREATOR,
        invariant=1,
        # otherwise each page names Helvetica as its initial font, which cannot draw Vietnamese
        initialFontName=REGULAR,
        initialFontSize=spec.body,
    )
    frame = Frame(
        spec.left,
        spec.bottom,
        spec.frame_width,
        spec.frame_height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        _draw_page_number(canvas, document, spec)
        if form_mark and document.page == 1:
            canvas.setFont(BOLD, spec.note)
            canvas.drawRightString(spec.width - spec.right, spec.height - spec.top / 2, nfc(form_mark))
        if footer:
            canvas.setFont(ITALIC, spec.small)
            canvas.drawRightString(spec.width - spec.right, spec.bottom / 2 - spec.small / 3, nfc(footer))
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(list(story))
    return buffer.getvalue(), int(doc.page)
