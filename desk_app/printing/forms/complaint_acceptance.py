"""Thông báo thụ lý / không thụ lý giải quyết khiếu nại (DOMAIN §9 F14; NĐ 124/2020 Mẫu 03, 04)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.petition_docs import PersonFacts
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.printing.forms.petition_parts import Letter, SignerLines, render_letter
from desk_app.printing.layout import Letterhead


@dataclass(frozen=True, slots=True)
class ComplaintAcceptanceData:
    """`accepted` False needs `reason` (LKN Điều 11); `resolver` is the title of who resolves the complaint."""

    letterhead: Letterhead
    issued_on: dt.date
    office_name: str
    complainant: PersonFacts
    received_date: dt.date
    summary: str
    accepted: bool
    resolver: str
    signer: SignerLines
    letter_date: dt.date | None = None
    reason: str | None = None
    recipients: tuple[str, ...] = vf.DEFAULT_RECIPIENTS


def acceptance_letter(data: ComplaintAcceptanceData) -> Letter:
    office = office_in_sentence(data.office_name)
    person = data.complainant
    fields = [
        vf.ADDRESS.format(address=(person.address or "").strip() or "…………"),
        vf.id_line(person.id_number, person.id_type, person.id_issue_date, person.id_issue_place),
    ]
    if data.accepted:
        decision = vf.ACCEPT_YES.format(
            resolver=data.resolver,
            resolver_cap=vf.capitalised(data.resolver),
            date=fmt_date(data.issued_on),
        )
    else:
        decision = vf.ACCEPT_NO.format(reason=(data.reason or "").strip() or vf.RESULT_REASON_BLANK)
    paragraphs = (
        vf.ACCEPT_RECEIVED.format(
            received=fmt_date(data.received_date), office=office,
            letter=vf.letter_dated(data.letter_date), name=person.name.strip(),
        ),
        *fields,
        vf.ACCEPT_MATTER.format(summary=data.summary.strip()),
        decision,
        vf.CLOSING_INFORM,
    )  # fmt: skip
    return Letter(
        letterhead=data.letterhead,
        issued_on=data.issued_on,
        title=vf.ACCEPT_TITLE,
        subtitle=vf.ACCEPT_SUBTITLE if data.accepted else vf.REJECT_SUBTITLE,
        addressee=vf.ADDRESSEE.format(name=person.name.strip()),
        fields=(),
        paragraphs=paragraphs,
        signer=data.signer,
        recipients=data.recipients,
        doc_title=vf.ACCEPT_DOC_TITLE if data.accepted else vf.REJECT_DOC_TITLE,
    )


def render_complaint_acceptance(data: ComplaintAcceptanceData) -> bytes:
    return render_letter(acceptance_letter(data))
