"""TONG-HOP as an NĐ 30 report (Báo cáo): the office's header, the title, the review's paragraphs, the signature."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import build_pdf, doc_styles, markup, page_spec


@dataclass(frozen=True, slots=True)
class ReviewDocument:
    """Everything printed, already worded."""

    letterhead: Letterhead
    issued_on: dt.date
    title: str
    subject: str
    paragraphs: tuple[str, ...]
    signer_lines: tuple[str, ...]
    signer_name: str | None
    recipients: tuple[str, ...]
    author: str


def review_pdf(data: ReviewDocument) -> bytes:
    spec = page_spec("A4")
    styles = doc_styles(spec)
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.issued_on),
        *title_block(data.title, spec, data.subject),
    ]
    story += [Paragraph(markup(text), styles.body) for text in data.paragraphs]
    story.append(Spacer(1, spec.para_space))
    signer = SignatureColumn(data.signer_lines, data.signer_name)
    story.append(KeepTogether([signature_block([signer], spec, data.recipients)]))
    return build_pdf(story, spec, title=data.subject, author=data.author)
