"""Phiếu đề xuất xử lý đơn (DOMAIN §9 F5, TT 05/2021 Mẫu 01): internal, numbered in its own book, with the approval box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desk_app.domain.enums import Category, Handling
from desk_app.domain.petition_docs import PersonFacts
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.i18n.labels import HANDLING
from desk_app.printing.fonts import BOLD, REGULAR
from desk_app.printing.forms.petition_parts import sentence
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSpec, build_pdf_counted, doc_styles, markup, page_spec

BOX_PADDING = 6.0


@dataclass(frozen=True, slots=True)
class ProposalSlipData:
    """The proposal as the handler submits it. `petitioners` empty and `author_masked` True: a denunciation's
    author the reader may not see; empty and not masked: an anonymous letter."""

    letterhead: Letterhead
    issued_on: dt.date
    internal_no: str
    addressee: str
    office_name: str
    register_label: str
    received_date: dt.date
    source_text: str
    category: Category
    summary: str
    handling: Handling
    proposer_name: str
    petitioners: tuple[PersonFacts, ...] = ()
    author_masked: bool = False
    signer_count: int = 1
    letter_date: dt.date | None = None
    respondent: str | None = None
    field_text: str | None = None
    earlier: tuple[str, ...] = ()
    within_competence: bool | None = None
    competent_body: str | None = None
    legal_basis: str | None = None
    target_body: str | None = None
    reason: str | None = None
    approved: bool | None = None
    """None: not decided yet (the box is left blank for the leader's hand)."""
    leader_opinion: str | None = None
    approver_name: str | None = None
    approved_on: dt.date | None = None
    texts: Mapping[str, str] = field(default_factory=dict)
    """The office's wording of editable parts (vi_form_parts keys); absent: the default wording."""


def _petitioner_lines(data: ProposalSlipData) -> list[str]:
    if data.author_masked:
        return [vf.PETITIONER_MASKED]
    if not data.petitioners:
        return [vf.PETITIONER_ANONYMOUS]
    dots = "…………"
    lines = [vf.PETITIONER_HEAD]
    for index, person in enumerate(data.petitioners, start=1):
        line = vf.PETITIONER_LINE.format(
            name=person.name.strip(), address=(person.address or "").strip() or dots,
            number=(person.id_number or "").strip() or dots,
        )  # fmt: skip
        lines.append(f"{index}. {line}" if len(data.petitioners) > 1 else f"- {line}")
    if data.signer_count > 1:
        lines.append(vf.PETITIONER_COUNT.format(count=data.signer_count))
    return lines


def _sections(data: ProposalSlipData, office: str) -> list[tuple[str, list[str]]]:
    earlier = (
        [vf.EARLIER_HANDLED.format(items="; ".join(data.earlier))] if data.earlier else [vf.EARLIER_NONE]
    )
    field = vf.CLASSIFY_FIELD.format(field=data.field_text.lower()) if data.field_text else ""
    classify = [vf.CLASSIFY_LINE.format(category=vf.CATEGORY_NOUN[data.category], field=field)]
    if data.within_competence is True:
        classify.append(vf.WITHIN.format(office=office))
    elif data.within_competence is False:
        classify.append(vf.NOT_WITHIN.format(office=office, body=(data.competent_body or "").strip() or "…"))
    else:
        classify.append(vf.COMPETENCE_OPEN)
    body = (data.target_body or "").strip()
    target = vf.PROPOSAL_TARGET.format(body=body) if body else ""
    proposal = [vf.PROPOSAL_LINE.format(handling=HANDLING[data.handling], target=target)]
    if (data.reason or "").strip():
        proposal.append(vf.PROPOSAL_REASON.format(reason=(data.reason or "").strip()))
    return [
        (vf.SECTION_CONTENT, [data.summary]),
        (vf.SECTION_EARLIER, earlier),
        (vf.SECTION_CLASSIFY, classify),
        (vf.SECTION_BASIS, [(data.legal_basis or "").strip() or data.texts.get(fp.BASIS, vf.BASIS_BLANK)]),
        (vf.SECTION_PROPOSAL, proposal),
    ]


def _approval_box(data: ProposalSlipData, spec: PageSpec) -> Flowable:
    styles = doc_styles(spec)
    head = ParagraphStyle("box_head", parent=styles.center, fontName=BOLD)
    line = ParagraphStyle("box_line", parent=styles.field, firstLineIndent=0, spaceAfter=spec.item_space)
    cells: list[Flowable] = [Paragraph(markup(vf.APPROVAL_HEAD), head), Spacer(1, spec.item_space)]
    if data.approved is None:
        inner = spec.frame_width - 2 * BOX_PADDING - 2
        dots = "…" * int(inner / stringWidth("…", REGULAR, spec.body))
        cells += [Paragraph(dots, line) for _ in range(vf.APPROVAL_BLANK_LINES)]
    else:
        cells.append(Paragraph(markup(vf.APPROVED if data.approved else vf.RETURNED), line))
        if (data.leader_opinion or "").strip():
            cells.append(Paragraph(markup(sentence(data.leader_opinion or "")), line))
        if data.approved_on:
            cells.append(Paragraph(markup(vf.APPROVED_ON.format(date=fmt_date(data.approved_on))), line))
    box = Table([[cells]], colWidths=[spec.frame_width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.7, "black"),
                ("FONT", (0, 0), (-1, -1), REGULAR, spec.body),
                ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return box


def proposal_story(data: ProposalSlipData, spec: PageSpec) -> list[Flowable]:
    styles = doc_styles(spec)
    heading = ParagraphStyle("sec_head", parent=styles.body, fontName=BOLD, spaceAfter=spec.item_space)
    office = office_in_sentence(data.office_name)
    title = vf.PROPOSAL_TITLE_ACCEPT if data.handling is Handling.THU_LY else vf.PROPOSAL_TITLE
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.issued_on),
        *title_block(title, spec),
        Paragraph(markup(vf.KINH_GUI.format(recipient=data.addressee.strip())), styles.center),
        Spacer(1, spec.body * 0.5),
        Paragraph(
            markup(
                vf.PROPOSAL_RECEIVED.format(
                    received=fmt_date(data.received_date), office=office,
                    category=vf.CATEGORY_NOUN[data.category], letter=vf.letter_dated(data.letter_date),
                    label=data.register_label,
                )
            ),
            styles.body,
        ),
        Paragraph(markup(sentence(data.source_text)), styles.body),
    ]  # fmt: skip
    story += [Paragraph(markup(line), styles.body) for line in _petitioner_lines(data)]
    if (data.respondent or "").strip():
        story.append(
            Paragraph(markup(vf.RESPONDENT.format(respondent=(data.respondent or "").strip())), styles.body)
        )
    for head, lines in _sections(data, office):
        parts: list[Flowable] = [Paragraph(markup(head), heading)]
        parts += [Paragraph(markup(sentence(text)), styles.body) for text in lines if text.strip()]
        story.append(KeepTogether(parts[:2]))
        story += parts[2:]
    signature = signature_block(
        [
            SignatureColumn((vf.APPROVER_SIGN,), data.approver_name if data.approved is not None else None),
            SignatureColumn((vf.PROPOSER_SIGN,), data.proposer_name),
        ],
        spec,
    )
    story.append(
        KeepTogether([Spacer(1, spec.para_space), _approval_box(data, spec), Spacer(1, spec.body), signature])
    )
    return story


def render_proposal_slip(data: ProposalSlipData) -> bytes:
    spec = page_spec("A4")
    author = " ".join(data.letterhead.office_name.split())
    footer = vf.INTERNAL_NO.format(number=data.internal_no)
    pdf, pages = build_pdf_counted(
        proposal_story(data, spec), spec, title=vf.PROPOSAL_DOC_TITLE, author=author, footer=footer
    )
    if pages > 1:
        # one sheet for the leader to sign when a tighter setting fits it
        tight = spec.compacted()
        small, tight_pages = build_pdf_counted(
            proposal_story(data, tight), tight, title=vf.PROPOSAL_DOC_TITLE, author=author, footer=footer
        )
        if tight_pages < pages:
            return small
    return pdf
