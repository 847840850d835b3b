"""Thông báo kết luận (F12, ND154 Điều 25.2; also a dialogue's): ConclusionNoticeData in, PDF bytes out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.fonts import BOLD, ITALIC
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSpec, build_pdf, doc_styles, markup, page_spec


@dataclass(frozen=True, slots=True)
class NoticeSection:
    """One numbered part: a heading ("Ông Nguyễn Văn An") and labelled lines ("Kết luận, chỉ đạo", "…")."""

    heading: str
    lines: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ConclusionNoticeData:
    """Everything printed on the notice, already worded (the caller picks session or dialogue texts)."""

    letterhead: Letterhead
    issued_on: dt.date
    subject: str
    intro: tuple[str, ...]
    lead_in: str
    sections: tuple[NoticeSection, ...]
    closing: str
    signer_authority: str
    signer_title: str
    signer_name: str
    recipients: tuple[str, ...]
    doc_title: str = vc.DOC_TITLE_SESSION


def case_section(
    heading: str, said: str, conclusion: str, unit: str | None, due: dt.date | None
) -> NoticeSection:
    """A case of a reception: what the citizen said, the conclusion, who acts and by when."""
    lines: list[tuple[str, str]] = []
    if said.strip():
        lines.append((vc.SAID_LABEL, said))
    lines.append((vc.CONCLUSION_LABEL, conclusion))
    if unit and unit.strip():
        lines.append((vc.UNIT_LABEL, unit))
        if due is not None:
            lines.append((vc.DUE_LABEL, vc.DUE_TEXT.format(date=fmt_date(due))))
    return NoticeSection(heading, tuple(lines))


def unit_section(unit: str, matter: str, due: dt.date | None) -> NoticeSection:
    """A unit charged at a dialogue: the matter, the unit, the time limit of its written answer."""
    lines: list[tuple[str, str]] = []
    if matter.strip():
        lines.append((vc.MATTER_LABEL, matter))
    lines.append((vc.UNIT_LABEL, unit))
    if due is not None:
        lines.append((vc.ANSWER_DUE_LABEL, vc.DUE_TEXT.format(date=fmt_date(due))))
    return NoticeSection("", tuple(lines))


def _sentence(text: str) -> str:
    """A labelled value ends with a full stop (NĐ 30 body text is written in sentences)."""
    body = " ".join(text.split())
    return body if body.endswith((".", "!", "?", ":", "./.")) else f"{body}."


def notice_story(data: ConclusionNoticeData, spec: PageSpec) -> list[Flowable]:
    styles = doc_styles(spec)
    heading = ParagraphStyle("sec_head", parent=styles.body, fontName=BOLD, spaceAfter=spec.item_space)
    line = ParagraphStyle("sec_line", parent=styles.body, spaceAfter=spec.item_space)
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.issued_on),
        *title_block(vc.NOTICE_TITLE, spec, data.subject),
    ]
    story += [Paragraph(markup(text), styles.body) for text in data.intro if text.strip()]
    story.append(Paragraph(markup(data.lead_in), styles.body))
    if not data.sections:
        story.append(Paragraph(markup(vc.NO_ITEMS), styles.body))
    for number, section in enumerate(data.sections, start=1):
        parts: list[Flowable] = []
        title = f"{number}. {section.heading.strip()}" if section.heading.strip() else f"{number}."
        if section.heading.strip():
            parts.append(Paragraph(markup(title), heading))
        for index, (label, text) in enumerate(section.lines):
            lead = "" if section.heading.strip() or index else f"{number}. "
            label_markup = f'<font name="{ITALIC}">{markup(label)}:</font>'
            parts.append(Paragraph(f"{markup(lead)}{label_markup} {markup(_sentence(text))}", line))
        parts.append(Spacer(1, spec.para_space - spec.item_space))
        # a case's heading never ends a page alone
        story.append(KeepTogether(parts[:2]))
        story += parts[2:]
    signature = signature_block(
        [
            SignatureColumn(
                tuple(t for t in (data.signer_authority, data.signer_title) if t.strip()),
                data.signer_name,
                hint=None,
            )
        ],
        spec,
        data.recipients,
    )
    story.append(
        KeepTogether([Paragraph(markup(data.closing), styles.body), Spacer(1, spec.para_space), signature])
    )
    return story


def render_conclusion_notice(data: ConclusionNoticeData) -> bytes:
    """The notice as A4 portrait PDF bytes (NĐ 30/2020 layout; pages numbered from 2 in the top margin)."""
    spec = page_spec("A4")
    author = " ".join(data.letterhead.office_name.split())
    return build_pdf(
        notice_story(data, spec), spec, title=f"{data.doc_title} – {data.subject}", author=author
    )
