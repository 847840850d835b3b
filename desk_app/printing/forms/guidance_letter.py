"""Phiếu hướng dẫn (DOMAIN §9 F8): where to send a petition outside the office's competence; given only once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from desk_app.domain.enums import Category
from desk_app.domain.petition_docs import PersonFacts
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.printing.forms.petition_parts import Letter, SignerLines, guard_denouncer, render_letter
from desk_app.printing.layout import Letterhead


@dataclass(frozen=True, slots=True)
class GuidanceLetterData:
    letterhead: Letterhead
    issued_on: dt.date
    office_name: str
    addressee: PersonFacts
    category: Category
    received_date: dt.date
    summary: str
    competent_body: str
    signer: SignerLines
    letter_date: dt.date | None = None
    legal_basis: str | None = None
    recipients: tuple[str, ...] = vf.DEFAULT_RECIPIENTS
    texts: Mapping[str, str] = field(default_factory=dict)
    """The office's wording of editable parts (vi_form_parts keys); absent: the default wording."""


def guidance_letter(data: GuidanceLetterData) -> Letter:
    guard_denouncer(data.category, data.recipients)
    office = office_in_sentence(data.office_name)
    person = data.addressee
    paragraphs = (
        vf.GUIDANCE_RECEIVED.format(
            received=fmt_date(data.received_date), office=office,
            category=vf.CATEGORY_NOUN[data.category], letter=vf.letter_dated(data.letter_date),
            summary=data.summary.strip(),
        ),
        vf.GUIDANCE_NOT_WITHIN.format(
            office=office, basis=(data.legal_basis or "").strip() or data.texts.get(fp.BASIS, vf.GUIDANCE_BASIS_DEFAULT),
            body=data.competent_body.strip(),
        ),
        data.texts.get(fp.ONCE, vf.GUIDANCE_ONCE).format(office=office),
    )  # fmt: skip
    return Letter(
        letterhead=data.letterhead,
        issued_on=data.issued_on,
        title=vf.GUIDANCE_TITLE,
        subtitle=vf.GUIDANCE_SUBTITLE,
        addressee=vf.ADDRESSEE.format(name=person.name.strip()),
        fields=(vf.ADDRESS.format(address=person.address.strip()),) if person.address else (),
        paragraphs=paragraphs,
        signer=data.signer,
        recipients=data.recipients,
        doc_title=vf.GUIDANCE_DOC_TITLE,
    )


def render_guidance_letter(data: GuidanceLetterData) -> bytes:
    return render_letter(guidance_letter(data))
