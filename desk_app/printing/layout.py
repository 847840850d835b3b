"""Shared NĐ 30/2020 parts: letterhead (with the place-and-date line), title, signature blocks, Nơi nhận."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.i18n import vi_print as vp
from desk_app.printing.fonts import BOLD, BOLD_ITALIC, REGULAR, register_fonts
from desk_app.printing.page import PageSize, PageSpec, build_pdf, doc_styles, markup, nfc, page_spec

__all__ = [
    "CenteredLines",
    "Letterhead",
    "PageSize",
    "PageSpec",
    "SignatureColumn",
    "balanced_lines",
    "build_pdf",
    "letterhead_block",
    "noi_nhan_block",
    "page_spec",
    "signature_block",
    "title_block",
]

# NĐ 30: the rule under the agency name and under the trích yếu is 1/3–1/2 of the text
OFFICE_RULE_RATIO: Final = 0.4
MOTTO_RULE_RATIO: Final = 1.0  # the rule under the Tiêu ngữ is exactly as long as the text
LETTERHEAD_LEFT_SHARE: Final = 0.4
SIGNATURE_PADDING: Final = 2.0
RULE_GAP: Final = 2.5  # points between the descenders of a line and the rule under it


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Boxes 1–4 of NĐ 30: agency names (a line break in office_name starts a new line), địa danh, Số."""

    parent_name: str | None
    office_name: str
    place_name: str
    number_line: str | None = None


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
    """Two-column header: agency (left), Quốc hiệu/Tiêu ngữ (right), then Số and the place-and-date line."""
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
                ("FONT", (0, 0), (-1, -1), REGULAR, spec.body),  # empty cells would name Helvetica
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
    """One signer: title lines (uppercased), italic hint, name (blank when None), optional position."""

    title_lines: tuple[str, ...]
    name: str | None
    hint: str | None = vp.SIGN_HINT
    position: str | None = None


def noi_nhan_block(recipients: Sequence[str], spec: PageSpec) -> list[Flowable]:
    """The Nơi nhận label (bold italic), then one "- …;" line per recipient, the last ending with "."."""
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
    position_style = ParagraphStyle(
        "sig_pos", parent=styles.center, fontSize=spec.hint, leading=spec.hint * 1.2
    )

    half = spec.frame_width / 2
    inner = half - 2 * SIGNATURE_PADDING

    def cells(column: SignatureColumn) -> list[Any]:
        lines = [
            part
            for text in column.title_lines
            for line in text.splitlines()  # "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH": one line per quyền hạn
            if line.strip()
            for part in balanced_lines(line.upper(), BOLD, spec.body, inner)
        ]
        title = "<br/>".join(markup(line) for line in lines)
        name: list[Flowable] = []
        if column.name and column.name.strip():
            name.append(Paragraph(markup(column.name.strip()), name_style))
        if column.position and column.position.strip():
            name.append(Paragraph(markup(column.position.strip()), position_style))
        hint = Paragraph(markup(column.hint), hint_style) if column.hint else ""
        return [Paragraph(title, title_style), hint, "", name]

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
        ("FONT", (0, 0), (-1, -1), REGULAR, spec.body),  # empty cells would name Helvetica
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
