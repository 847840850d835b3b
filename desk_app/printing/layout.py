"""Shared NĐ 30/2020 parts: page specs, letterhead, place-and-date line, title, signatures, Nơi nhận, PDF build."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle

from desk_app.i18n import vi_print as vp
from desk_app.printing.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

PageSize = Literal["A4", "A5"]

OFFICE_RULE_RATIO: Final = 0.4  # NĐ 30: the rule under the agency name and the trích yếu is 1/3–1/2 of the text
MOTTO_RULE_RATIO: Final = 1.0  # the rule under the Tiêu ngữ is exactly as long as the text
LETTERHEAD_LEFT_SHARE: Final = 0.4
SIGNATURE_PADDING: Final = 2.0
RULE_GAP: Final = 2.5  # points between the descenders of a line and the rule under it


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
            self, body=self.body - 1, title=self.title - 1, line_spacing=1.12, para_space=self.para_space / 2,
            item_space=self.item_space / 2, signature_space=self.signature_space * 0.85, compact=True,
        )  # fmt: skip

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


PAGE_SPECS: Final[dict[str, PageSpec]] = {
    "A4": PageSpec(
        name="A4", width=A4[0], height=A4[1], top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm,
        body=13, header=12, motto=13, title=14, hint=12, note=11, small=9, indent=10 * mm,
        signature_space=24 * mm, para_space=6, item_space=3,
    ),  # fmt: skip
    # A5 is A4 scaled by 1/√2: margins and type shrink by about that much, kept readable.
    "A5": PageSpec(
        name="A5", width=A5[0], height=A5[1], top=14 * mm, bottom=14 * mm, left=20 * mm, right=10 * mm,
        body=10, header=9, motto=10, title=11, hint=9, note=8.5, small=7, indent=7 * mm,
        signature_space=17 * mm, para_space=4.5, item_space=2,
    ),  # fmt: skip
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
class Letterhead:
    """Box 1–4 of NĐ 30: agency names (a line break in office_name starts a new line), địa danh, optional Số."""

    parent_name: str | None
    office_name: str
    place_name: str
    number_line: str | None = None


@dataclass(frozen=True, slots=True)
class DocStyles:
    """Paragraph styles derived from a PageSpec."""

    body: Any
    item: Any
    center: Any
    center_italic: Any
    date_line: Any
    small_italic: Any


def doc_styles(spec: PageSpec) -> DocStyles:
    """Body justified with a 1 cm first-line indent, single-to-1.2 spacing, at least 6 pt between paragraphs."""
    register_fonts()
    lead = spec.body * spec.line_spacing
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=spec.body, leading=lead, alignment=TA_JUSTIFY,
        firstLineIndent=spec.indent, spaceAfter=spec.para_space,
    )  # fmt: skip
    hang = spec.body * 1.4
    item = ParagraphStyle(
        "item", parent=body, leftIndent=spec.indent + hang, firstLineIndent=-hang, spaceAfter=spec.item_space,
    )  # fmt: skip
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    center_italic = ParagraphStyle("center_italic", parent=center, fontName=ITALIC)
    date_line = ParagraphStyle("date_line", parent=center_italic)
    small_italic = ParagraphStyle(
        "small_italic", parent=center_italic, fontSize=spec.small, leading=spec.small * 1.25, alignment=TA_LEFT,
    )  # fmt: skip
    return DocStyles(body, item, center, center_italic, date_line, small_italic)


class CenteredLines(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Centred lines in one font, wrapped to the width, with an optional centred rule under the last line.

    rule_ratio is the rule's length as a share of the widest line: 1.0 for the Tiêu ngữ, 1/3–1/2 for the
    agency name and the trích yếu.
    """

    def __init__(self, text: str, font: str, size: float, rule_ratio: float | None = None) -> None:
        super().__init__()
        register_fonts()
        self.text = nfc(text)
        self.font = font
        self.size = size
        self.rule_ratio = rule_ratio
        self.leading = size * 1.2
        self.lines: list[str] = []
        self.rule_width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = []
        for raw in self.text.splitlines() or [""]:
            self.lines += simpleSplit(raw.strip(), self.font, self.size, avail_width) or [""]
        widest = max(stringWidth(line, self.font, self.size) for line in self.lines)
        self.rule_width = widest * self.rule_ratio if self.rule_ratio else 0.0
        self.height = len(self.lines) * self.leading + (RULE_GAP + 1.0 if self.rule_ratio else 0.0)
        return self.width, self.height

    def baseline(self, index: int) -> float:
        """The baseline of line `index`, from the bottom of the flowable; room above for stacked accents."""
        return float(self.height - index * self.leading - self.size * 0.95)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        for index, line in enumerate(self.lines):
            canvas.drawCentredString(self.width / 2, self.baseline(index), line)
        if self.rule_ratio:
            # below the descenders and the dot-below accents (ạ, ệ) of the last line
            y = self.baseline(len(self.lines) - 1) - self.size * 0.25 - RULE_GAP
            canvas.setLineWidth(0.7 if self.size >= 11 else 0.5)
            canvas.line((self.width - self.rule_width) / 2, y, (self.width + self.rule_width) / 2, y)


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap to as few lines as fit, breaking a two-line text where the lines are most even.

    "NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU" in a half-page column gives "NGƯỜI CUNG CẤP" / "THÔNG TIN, TÀI LIỆU"
    rather than a lone "LIỆU" on the second line.
    """
    text = " ".join(nfc(text).split())
    greedy: list[str] = simpleSplit(text, font, size, width)
    if len(greedy) != 2:
        return greedy or [text]
    words = text.split(" ")
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    fitting = [pair for pair in splits if all(stringWidth(part, font, size) <= width for part in pair)]
    if not fitting:
        return greedy
    best = min(fitting, key=lambda pair: max(stringWidth(part, font, size) for part in pair))
    return list(best)


def letterhead_block(letterhead: Letterhead, spec: PageSpec, day: date) -> Flowable:
    """The two-column header: agency (left) and Quốc hiệu/Tiêu ngữ (right), then Số and the place-and-date line."""
    styles = doc_styles(spec)
    left: list[Flowable] = []
    if letterhead.parent_name and letterhead.parent_name.strip():
        left.append(CenteredLines(letterhead.parent_name.upper(), REGULAR, spec.header))
    left.append(CenteredLines(letterhead.office_name.upper(), BOLD, spec.header, OFFICE_RULE_RATIO))
    right: list[Flowable] = [
        CenteredLines(vp.QUOC_HIEU, BOLD, spec.header),
        CenteredLines(vp.TIEU_NGU, BOLD, spec.motto, MOTTO_RULE_RATIO),
    ]
    number: Flowable | str = ""
    if letterhead.number_line and letterhead.number_line.strip():
        number = Paragraph(markup(vp.number_line(letterhead.number_line)), styles.center)
    date_line = Paragraph(markup(vp.place_date_line(letterhead.place_name.strip(), day)), styles.date_line)
    share = LETTERHEAD_LEFT_SHARE
    table = Table(
        [[left, right], [number, date_line]],
        colWidths=[spec.frame_width * share, spec.frame_width * (1 - share)],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), spec.body * 0.5),
            ]
        ),
    )
    table.hAlign = "CENTER"
    return table


def title_block(title: str, spec: PageSpec, subtitle: str | None = None) -> list[Flowable]:
    """Tên loại (uppercase bold) and trích yếu (bold), the short rule under the last of them."""
    flows: list[Flowable] = [Spacer(1, spec.title * (0.6 if spec.compact else 1.0))]
    if subtitle:
        flows.append(CenteredLines(title.upper(), BOLD, spec.title))
        flows.append(CenteredLines(subtitle, BOLD, spec.title, OFFICE_RULE_RATIO))
    else:
        flows.append(CenteredLines(title.upper(), BOLD, spec.title, OFFICE_RULE_RATIO))
    flows.append(Spacer(1, spec.title * (0.5 if spec.compact else 0.8)))
    return flows


@dataclass(frozen=True, slots=True)
class SignatureColumn:
    """One signer: title lines (uppercased), the italic hint, the name (blank when None) and an optional position."""

    title_lines: tuple[str, ...]
    name: str | None
    hint: str | None = vp.SIGN_HINT
    position: str | None = None


def noi_nhan_block(recipients: Sequence[str], spec: PageSpec) -> list[Flowable]:
    """"Nơi nhận:" in bold italic, then one "- …;" line per recipient, the last ending with "."."""
    label = ParagraphStyle("nn", fontName=BOLD_ITALIC, fontSize=spec.hint, leading=spec.hint * 1.2)
    line = ParagraphStyle("nn_line", fontName=REGULAR, fontSize=spec.note, leading=spec.note * 1.2)
    flows: list[Flowable] = [Paragraph(markup(vp.NOI_NHAN), label)]
    for index, recipient in enumerate(recipients):
        flows.append(Paragraph(markup(vp.bullet_line(recipient, index == len(recipients) - 1)), line))
    return flows


def signature_block(
    columns: Sequence[SignatureColumn], spec: PageSpec, recipients: Sequence[str] | None = None
) -> Flowable:
    """One or two signature columns; with one column the left half holds the Nơi nhận list (if any).

    Rows are shared across columns so that titles, hints and names line up even when one title wraps.
    """
    if not 1 <= len(columns) <= 2:
        raise ValueError("a signature block has one or two columns")
    styles = doc_styles(spec)
    title_style = ParagraphStyle("sig_title", parent=styles.center, fontName=BOLD)
    hint_style = ParagraphStyle(
        "sig_hint", parent=styles.center_italic, fontSize=spec.hint, leading=spec.hint * 1.2
    )
    name_style = ParagraphStyle("sig_name", parent=styles.center, fontName=BOLD)
    position_style = ParagraphStyle("sig_pos", parent=styles.center, fontSize=spec.hint, leading=spec.hint * 1.2)

    half = spec.frame_width / 2
    inner = half - 2 * SIGNATURE_PADDING

    def cells(column: SignatureColumn) -> list[Any]:
        lines = [part for line in column.title_lines for part in balanced_lines(line.upper(), BOLD, spec.body, inner)]
        title = "<br/>".join(markup(line) for line in lines)
        name: list[Flowable] = []
        if column.name and column.name.strip():
            name.append(Paragraph(markup(column.name.strip()), name_style))
        if column.position and column.position.strip():
            name.append(Paragraph(markup(column.position.strip()), position_style))
        hint = Paragraph(markup(column.hint), hint_style) if column.hint else ""
        return [Paragraph(title, title_style), hint, "", name]

    rows: list[list[Any]]
    left: list[Any]
    if len(columns) == 2:
        left, right = cells(columns[0]), cells(columns[1])
    else:
        left, right = ["", "", "", ""], cells(columns[0])
        if recipients:
            left[0] = noi_nhan_block(recipients, spec)
    rows = [[a, b] for a, b in zip(left, right, strict=True)]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), SIGNATURE_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), SIGNATURE_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    if len(columns) == 1 and recipients:
        commands.append(("SPAN", (0, 0), (0, 3)))
    return Table(
        rows,
        colWidths=[half, half],
        rowHeights=[None, None, spec.signature_space, None],
        style=TableStyle(commands),
    )


def _draw_page_number(canvas: Any, doc: Any, spec: PageSpec) -> None:
    """NĐ 30: page numbers centred in the top margin, from page 2 on."""
    if doc.page < 2:
        return
    canvas.setFont(REGULAR, spec.body)
    canvas.drawCentredString(
        spec.left + spec.frame_width / 2, spec.height - spec.top / 2 - spec.body / 3, vp.page_number(doc.page)
    )


def build_pdf(story: Sequence[Flowable], spec: PageSpec, *, title: str, author: str, footer: str | None = None) -> bytes:
    """Lay out the story on the page spec and return PDF bytes; `footer` is a small line in the bottom margin."""
    return build_pdf_counted(story, spec, title=title, author=author, footer=footer)[0]


def build_pdf_counted(
    story: Sequence[Flowable], spec: PageSpec, *, title: str, author: str, footer: str | None = None
) -> tuple[bytes, int]:
    """As build_pdf, also returning the number of pages."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(spec.width, spec.height), leftMargin=spec.left, rightMargin=spec.right,
        topMargin=spec.top, bottomMargin=spec.bottom, title=nfc(title), author=nfc(author),
        creator=vp.CREATOR, invariant=1,
    )  # fmt: skip
    frame = Frame(
        spec.left, spec.bottom, spec.frame_width, spec.frame_height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        _draw_page_number(canvas, document, spec)
        if footer:
            canvas.setFont(ITALIC, spec.small)
            canvas.drawRightString(spec.width - spec.right, spec.bottom / 2 - spec.small / 3, nfc(footer))
        canvas.restoreState()

    on_page: Callable[[Any, Any], None] = decorate
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(list(story))
    return buffer.getvalue(), int(doc.page)
