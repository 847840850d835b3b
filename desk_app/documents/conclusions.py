"""The conclusion notices of a reception session and of a dialogue: service sources → worded data → PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desk_app.documents.letterhead import letterhead
from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.i18n import vi_conclusions as vc
from desk_app.i18n.formatting import expanded_title, fmt_date, office_in_sentence
from desk_app.printing.forms.conclusion_notice import (
    ConclusionNoticeData,
    case_section,
    render_conclusion_notice,
    unit_section,
)
from desk_app.services.registry import Services
from desk_app.services.schedule.conclusion_types import ConclusionSource, Signer
from desk_app.services.schedule.dialogue_types import DialogueNoticeSource


def _presider(name: str, position: str, fallback: str) -> tuple[str, str]:
    """(the title inside the trích yếu, the person inside the first sentence)."""
    title = expanded_title(position) if position.strip() else fallback
    return title, vc.person_phrase(name, position) if name.strip() else title


def conclusion_data(src: ConclusionSource) -> ConclusionNoticeData:
    session = src.session
    title, person = _presider(
        session.presided_by_name, session.presided_by_position, src.office.head_title.capitalize()
    )
    when = fmt_date(session.date)
    intro = [
        vc.INTRO_SESSION.format(
            date=when,
            time=vc.INTRO_TIME.format(time=vc.time_text(session.start_time)) if session.start_time else "",
            place=session.place or office_in_sentence(src.office.office_name),
            person=person,
            kind=vc.SESSION_KIND[session.kind],
        )
    ]
    if session.participants.strip():
        intro.append(vc.PARTICIPANTS_SESSION.format(value=session.participants.strip().rstrip(".")) + ".")
    sections = tuple(
        case_section(
            vc.citizen_heading(item.citizen_gender, item.citizen_name),
            item.citizen_said,
            item.conclusion,
            item.responsible_unit,
            item.due_date or item.clock_due,
        )
        for item in src.items
    )
    return ConclusionNoticeData(
        letterhead=letterhead(src.office, src.number_text),
        issued_on=src.issued_on,
        subject=vc.SUBJECT_SESSION.format(presider=title, date=when),
        intro=tuple(intro),
        lead_in=vc.LEAD_IN_SESSION.format(presider=title),
        sections=sections,
        closing=vc.CLOSING.format(issuer=office_in_sentence(src.office.office_name)),
        signer_authority=src.signer.authority,
        signer_title=src.signer.title,
        signer_name=src.signer.name,
        recipients=src.recipients,
    )


def conclusion_pdf(services: Services, session_id: int, signer: Signer | None = None) -> bytes:
    """The Thông báo kết luận việc tiếp công dân of an issued session."""
    return render_conclusion_notice(conclusion_data(services.conclusions.source(session_id, signer)))


def dialogue_data(
    src: DialogueNoticeSource, signer: Signer, recipients: tuple[str, ...]
) -> ConclusionNoticeData:
    d = src.dialogue
    title, person = _presider(d.presided_by_name, d.presided_by_position, src.head_title.capitalize())
    when = fmt_date(d.date)
    intro = [
        vc.INTRO_DIALOGUE.format(
            date=when,
            time=vc.INTRO_TIME.format(time=vc.time_text(d.start_time)) if d.start_time else "",
            place=d.place or office_in_sentence(src.office.office_name),
            person=person,
            kind=vc.DIALOGUE_KIND_PHRASE[d.kind],
            topic=vc.INTRO_TOPIC.format(topic=d.topic.strip().rstrip(".")) if d.topic.strip() else "",
        )
    ]
    if d.participants.strip():
        intro.append(vc.PARTICIPANTS_DIALOGUE.format(value=d.participants.strip().rstrip(".")) + ".")
    if d.issues_raised.strip():
        intro.append(vc.ISSUES_DIALOGUE.format(value=d.issues_raised.strip().rstrip(".")) + ".")
    return ConclusionNoticeData(
        letterhead=letterhead(src.office, src.number_text),
        issued_on=src.issued_on,
        subject=vc.SUBJECT_DIALOGUE.format(presider=title, date=when),
        intro=tuple(intro),
        lead_in=vc.LEAD_IN_DIALOGUE.format(presider=title),
        sections=tuple(unit_section(a.unit, a.matter, a.due_date) for a in d.answers),
        closing=vc.CLOSING.format(issuer=office_in_sentence(src.office.office_name)),
        signer_authority=signer.authority,
        signer_title=signer.title,
        signer_name=signer.name,
        recipients=recipients,
        doc_title=vc.DOC_TITLE_DIALOGUE,
    )


def dialogue_notice_pdf(services: Services, dialogue_id: int, signer: Signer | None = None) -> bytes:
    """The conclusion notice of a dialogue (the same layout, its own title)."""
    src = services.dialogues.notice_source(dialogue_id)
    signer = signer or services.dialogues.default_signer()
    return render_conclusion_notice(dialogue_data(src, signer, services.dialogues.recipients(dialogue_id)))


def self_test_pdf(services: Services) -> bytes:
    """The self-test's F12: the newest held session with visits, its items concluded as the visits' summaries."""
    today = services.ctx.today()
    held = [
        s
        for s in services.schedule.sessions(today - dt.timedelta(days=120), today)
        if s.visit_count
        and s.status not in (ReceptionSessionStatus.HUY, ReceptionSessionStatus.KHONG_CO_CONG_DAN)
    ]
    if not held:
        raise LookupError(vc.SELF_TEST_NO_SESSION)
    session = held[-1]
    items = [
        dataclasses.replace(i, conclusion=i.conclusion or i.citizen_said or vc.SELF_TEST_CONCLUSION)
        for i in services.conclusions.working_items(session.id)
    ]
    services.conclusions.issue(session.id, max(today, session.date), items=items)
    return conclusion_pdf(services, session.id)
