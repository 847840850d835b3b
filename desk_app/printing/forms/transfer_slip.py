"""Phiếu chuyển đơn (DOMAIN §9 F6, F7): a denunciation's slip never carries the denouncer's identity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desk_app.domain.enums import Category
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_print as vpprint
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.layout import (
    Letterhead,
    SignatureColumn,
    letterhead_block,
    signature_block,
    title_block,
)
from desk_app.printing.page import PageSize, build_pdf, doc_styles, markup, page_spec


class DenouncerOnSlipError(ValueError):
    """A denunciation's slip was given the denouncer's identity: refuse to print it (Luật Tố cáo Điều 8, 47)."""


@dataclass(frozen=True, slots=True)
class TransferSlipData:
    letterhead: Letterhead
    issued_on: dt.date
    category: Category
    recipient: str
    office_name: str
    received_date: dt.date
    summary: str
    letter_date: dt.date | None = None
    sender: str | None = None
    """Name and address of a KNPA's sender; must be None for a denunciation."""
    respondent: str | None = None
    attachments: tuple[str, ...] = ()
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = vpprint.DEFAULT_RECIPIENTS
    texts: Mapping[str, str] = field(default_factory=dict)
    """The office's wording of editable parts (vi_form_parts keys); absent: the default wording."""


def transfer_story(data: TransferSlipData, page_size: PageSize = "A4") -> list[Flowable]:
    is_tc = data.category is Category.TO_CAO
    if is_tc and data.sender:
        raise DenouncerOnSlipError("sender")
    spec = page_spec(page_size)
    styles = doc_styles(spec)
    letter = vpprint.LETTER_DATED.format(date=fmt_date(data.letter_date)) if data.letter_date else ""
    received = fmt_date(data.received_date)
    office = data.office_name.replace("\n", " ")
    if is_tc:
        lines = [vpprint.RECEIVED_TC.format(received=received, office=office, letter=letter)]
    else:
        lines = [
            vpprint.RECEIVED_KNPA.format(
                received=received, office=office, letter=letter, sender=data.sender or "…"
            )
        ]
    lines.append(vpprint.CONTENT.format(summary=data.summary.strip()))
    if is_tc and data.respondent:
        lines.append(vpprint.RESPONDENT.format(respondent=data.respondent.strip()))
    closing = (
        data.texts.get(fp.REQUEST_TC, vpprint.TRANSFER_TC)
        if is_tc
        else data.texts.get(fp.REQUEST_KNPA, vpprint.TRANSFER_KNPA)
    )
    lines.append(closing.format(office=office, recipient=data.recipient.strip()))
    if data.attachments:
        lines.append(
            vpprint.ATTACHED.format(items="; ".join(a.strip() for a in data.attachments if a.strip()))
        )
    subtitle = vpprint.TRANSFER_SUBTITLE_TC if is_tc else vpprint.TRANSFER_SUBTITLE_KNPA
    story: list[Flowable] = [
        letterhead_block(data.letterhead, spec, data.issued_on),
        *title_block(vpprint.TRANSFER_TITLE, spec, subtitle),
        Paragraph(markup(vpprint.KINH_GUI.format(recipient=data.recipient.strip())), styles.center),
        Spacer(1, spec.body * 0.5),
    ]
    story += [Paragraph(markup(line), styles.body) for line in lines]
    title_lines = tuple(x for x in (data.signer_authority, data.signer_title) if x)
    signature = signature_block([SignatureColumn(title_lines, data.signer_name)], spec, data.recipients)
    story.append(KeepTogether([Spacer(1, spec.body * 0.6), signature]))
    return story


def render_transfer_slip(data: TransferSlipData, page_size: PageSize = "A4") -> bytes:
    return build_pdf(
        transfer_story(data, page_size),
        page_spec(page_size),
        title=vpprint.TRANSFER_DOC_TITLE,
        author=data.office_name.replace("\n", " "),
    )
