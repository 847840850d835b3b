"""TONG-HOP's files (DOMAIN §16.4): plain text, a Word document the office pastes into its own report, and the PDF."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from desk_app.documents.letterhead import letterhead
from desk_app.documents.report_files import signer_lines, signing
from desk_app.files import write_whole
from desk_app.i18n import vi_review as txt
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.forms.review_document import ReviewDocument, review_pdf
from desk_app.services.registry import Services
from desk_app.services.reports.review import ReviewReport

RECIPIENTS = ("Như trên", "Lưu: VT")


def subject(report: ReviewReport) -> str:
    return txt.SUBJECT.format(first=fmt_date(report.review.first), last=fmt_date(report.review.last))


def text_file(report: ReviewReport) -> str:
    """The subject line, then one paragraph per line: what a terminal shows and what `--format txt` writes."""
    return "\n".join([subject(report), "", *report.text]) + "\n"


def docx_bytes(report: ReviewReport) -> bytes:
    """The subject and the paragraphs in Times New Roman 14, justified, first line indented 1 cm (NĐ 30): ready
    to paste into the office's own report."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"  # type: ignore[attr-defined]
    style.font.size = Pt(14)  # type: ignore[attr-defined]
    section = document.sections[0]
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(subject(report)).bold = True
    for text in report.text:
        paragraph = document.add_paragraph(text)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)
        paragraph.paragraph_format.space_after = Pt(6)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(services: Services, report: ReviewReport) -> bytes:
    office = services.documents.office_header()
    sign = signing(services)
    return review_pdf(
        ReviewDocument(
            letterhead=letterhead(office),
            issued_on=sign.get("signed_on") or services.ctx.today(),
            title=txt.TITLE,
            subject=subject(report),
            paragraphs=report.text,
            signer_lines=signer_lines(office),
            signer_name=sign.get("head_name"),
            recipients=RECIPIENTS,
            author=office.office_name,
        )
    )


def write(services: Services, report: ReviewReport, kind: str, out: Path) -> None:
    """`kind` is txt, docx or pdf (json is written by the command itself)."""
    if kind == "txt":
        write_whole(out, text_file(report), make_parents=True)
    elif kind == "docx":
        write_whole(out, docx_bytes(report), make_parents=True)
    else:
        write_whole(out, pdf_bytes(services, report), make_parents=True)
