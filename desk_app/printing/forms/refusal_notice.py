"""Thông báo về việc từ chối tiếp công dân (DOMAIN §9 F1; NĐ 154/2026 Mẫu 01/TCD), signed by the head."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.enums import Category, RefusalReason
from desk_app.domain.legal_rules import refusal_ground
from desk_app.domain.petition_docs import PersonFacts, head_only_blocked
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.i18n.labels import REFUSAL_REASON
from desk_app.printing.forms.petition_parts import Letter, SignerLines, render_letter, sentence
from desk_app.printing.layout import Letterhead


class HeadOnlyError(ValueError):
    """Mẫu 01/TCD is signed by the head; a deputy (KT.) signs only with a note saying why."""


@dataclass(frozen=True, slots=True)
class RefusalNoticeData:
    letterhead: Letterhead
    issued_on: dt.date
    office_name: str
    citizen: PersonFacts
    came_on: dt.date
    place: str
    category: Category | None
    summary: str
    reason: RefusalReason
    signer: SignerLines
    override_note: str | None = None
    """Why someone other than the head signs; required for KT./TL./TUQ./Q."""
    recipients: tuple[str, ...] = vf.DEFAULT_RECIPIENTS


def refusal_letter(data: RefusalNoticeData) -> Letter:
    if head_only_blocked(data.signer.authority, data.override_note):
        raise HeadOnlyError(data.signer.authority)
    office = office_in_sentence(data.office_name)
    person = data.citizen
    verb = vf.REFUSAL_VERB[data.category]
    dots = "…………"
    ground = refusal_ground(data.reason, data.came_on)
    fields = (
        vf.REFUSAL_CAME.format(date=vf.refusal_date(data.came_on), name=person.name.strip()),
        vf.REFUSAL_ID.format(
            number=(person.id_number or "").strip() or dots,
            issued_on=fmt_date(person.id_issue_date) if person.id_issue_date else dots,
            issued_by=(person.id_issue_place or "").strip() or dots,
        ),
        sentence(vf.REFUSAL_ADDRESS.format(
            address=(person.address or "").strip() or dots, place=data.place.strip() or office, verb=verb,
            summary=matter(data),
        )),
        vf.REFUSAL_REASON_LINE.format(reason=REFUSAL_REASON[data.reason]),
    )  # fmt: skip
    decision = vf.REFUSAL_DECISION.format(
        basis=vf.refusal_basis(ground.legal_basis), office=office, verb=verb, name=person.name.strip()
    )
    return Letter(
        letterhead=data.letterhead,
        issued_on=data.issued_on,
        title=vf.REFUSAL_TITLE,
        subtitle=vf.REFUSAL_SUBTITLE,
        addressee=vf.ADDRESSEE.format(name=person.name.strip()),
        fields=fields,
        paragraphs=(decision,),
        signer=data.signer,
        recipients=data.recipients,
        doc_title=vf.REFUSAL_DOC_TITLE,
        form_mark=vf.REFUSAL_FORM_MARK,
    )


def matter(data: RefusalNoticeData) -> str:
    """ "về việc …" is never empty: the visit's summary, else the ground the citizen was refused on."""
    summary = " ".join(data.summary.split())
    if summary:
        return summary
    reason = REFUSAL_REASON[data.reason]
    return reason[:1].lower() + reason[1:]


def render_refusal_notice(data: RefusalNoticeData) -> bytes:
    return render_letter(refusal_letter(data))
