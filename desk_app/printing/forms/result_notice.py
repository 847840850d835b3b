"""Thông báo kết quả xử lý đơn (DOMAIN §9 F4, LTCD Điều 28.1): ResultNoticeData in, PDF bytes out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from desk_app.domain.enums import Category
from desk_app.domain.petition_docs import NoticeOutcome, PersonFacts
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date, office_in_sentence
from desk_app.printing.forms.petition_parts import Letter, SignerLines, guard_denouncer, render_letter
from desk_app.printing.layout import Letterhead


@dataclass(frozen=True, slots=True)
class ResultNoticeData:
    """The notice to the petitioner: (a) thụ lý, (b) more time, (c) not accepted and why, (d) transferred."""

    letterhead: Letterhead
    issued_on: dt.date
    office_name: str
    addressee: PersonFacts
    category: Category
    received_date: dt.date
    summary: str
    outcome: NoticeOutcome
    signer: SignerLines
    letter_date: dt.date | None = None
    at_the_desk: bool = False
    reason: str | None = None
    transferred_to: str | None = None
    transfer_number: str | None = None
    transfer_date: dt.date | None = None
    recipients: tuple[str, ...] = vf.DEFAULT_RECIPIENTS
    texts: Mapping[str, str] = field(default_factory=dict)
    """The office's wording of editable parts (vi_form_parts keys); absent: the default wording."""


def result_letter(data: ResultNoticeData) -> Letter:
    # Sent to the denouncer only: no copy may carry the author's identity to anyone else.
    guard_denouncer(data.category, data.recipients)
    office = office_in_sentence(data.office_name)
    noun = vf.CATEGORY_NOUN[data.category]
    letter = vf.letter_dated(data.letter_date)
    received = vf.RESULT_RECEIVED_DESK if data.at_the_desk else vf.RESULT_RECEIVED
    paragraphs = [
        received.format(
            received=fmt_date(data.received_date), office=office, category=noun, letter=letter,
            summary=data.summary.strip(),
        ),
        data.texts.get(fp.LEAD_IN, vf.RESULT_LEAD_IN).format(office=office),
    ]  # fmt: skip
    doc = ""
    if data.transfer_number:
        doc = vf.RESULT_TRANSFER_DOC.format(
            number=data.transfer_number,
            date=fmt_date(data.transfer_date or data.issued_on),
        )
    reason = (data.reason or "").strip()
    paragraphs.append(
        vf.RESULT_OUTCOME[data.outcome].format(
            office=office,
            office_cap=vf.capitalised(office),
            reason=reason or vf.RESULT_REASON_BLANK,
            body=(data.transferred_to or "").strip() or vf.RESULT_REASON_BLANK,
            doc=doc,
        )
    )
    if data.outcome is NoticeOutcome.CAN_THEM_THOI_GIAN and reason:
        paragraphs.append(vf.RESULT_NEED_TIME_REASON.format(reason=reason))
    paragraphs.append(data.texts.get(fp.CLOSING, vf.CLOSING_INFORM))
    person = data.addressee
    return Letter(
        letterhead=data.letterhead,
        issued_on=data.issued_on,
        title=vf.RESULT_TITLE,
        subtitle=vf.RESULT_SUBTITLE,
        addressee=vf.ADDRESSEE.format(name=person.name.strip()),
        fields=(vf.ADDRESS.format(address=person.address.strip()),) if person.address else (),
        paragraphs=tuple(paragraphs),
        signer=data.signer,
        recipients=data.recipients,
        doc_title=vf.RESULT_DOC_TITLE,
    )


def render_result_notice(data: ResultNoticeData) -> bytes:
    return render_letter(result_letter(data))
