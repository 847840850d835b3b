"""A case's whole history for its file (hồ sơ vụ việc): visits, petitions, decisions, documents, deadlines by date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import (
    CaseStatus,
    Category,
    Handling,
    PetitionSource,
    PetitionStatus,
    ReceptionKind,
    SubjectField,
)
from desk_app.domain.permissions import Action
from desk_app.domain.petition_docs import CaseEvent, CaseEventKind
from desk_app.errors import ConflictError, NotFoundError
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.formatting import fmt_date
from desk_app.i18n.labels import (
    CASE_STATUS,
    CATEGORY,
    HANDLING,
    PETITION_SOURCE,
    PETITION_STATUS,
    RECEPTION_KIND,
    SUBJECT_FIELD,
)
from desk_app.i18n.vi import MASKED
from desk_app.services import audit
from desk_app.services.citizens import matter_visits
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.services.documents import OfficeHeader
from desk_app.services.permissions import require
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    DeadlineRecord,
    DeadlineRuleRecord,
    DecisionRecord,
    OfficeRecord,
    OutgoingDocumentRecord,
    PetitionRecord,
    VisitRecord,
)

_ORDER = {kind: index for index, kind in enumerate(CaseEventKind)}


@dataclass(frozen=True, slots=True)
class CaseFileSource:
    """What the case file prints; `facts` are (label, value) lines, `events` are in date order."""

    office: OfficeHeader
    printed_on: dt.date
    case_id: int
    code: str
    title: str
    facts: tuple[tuple[str, str], ...]
    events: tuple[CaseEvent, ...]
    author_masked: bool


class CaseFileService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def case_file_source(self, case_id: int) -> CaseFileSource:
        """Everything recorded on the case, oldest first; a denunciation's author is masked unless this user may see
        it (the leader, a handler of the case's petitions)."""
        require(self._ctx, Action.READ_CASES)
        access = Access(self._ctx)
        with self._ctx.db.write() as s, s.begin():
            case = s.get(CaseRecord, case_id)
            if case is None or case.is_voided:
                raise NotFoundError("case.not_found")
            visits = s.scalars(
                select(VisitRecord).where(matter_visits.of_case(case.id), VisitRecord.is_voided.is_(False))
            ).all()
            further = matter_visits.further_texts(s, case.id, [v.id for v in visits if v.case_id != case.id])
            petitions = s.scalars(
                select(PetitionRecord).where(
                    PetitionRecord.case_id == case.id, PetitionRecord.is_voided.is_(False)
                )
            ).all()
            protected = (
                case.category == Category.TO_CAO.value
                or any(p.category == Category.TO_CAO.value or p.is_confidential for p in petitions)
                or any(_category(v, further) == Category.TO_CAO.value or v.is_confidential for v in visits)
            )
            masked = protected and not (access.leader or case.id in access.handled_case_ids(s))
            citizen = s.get(CitizenRecord, case.main_citizen_id) if case.main_citizen_id else None
            person = MASKED if masked else (citizen.full_name if citizen else "")
            if protected and not masked and citizen is not None:
                audit.record(s, self._ctx, "reveal", "case", case.id, {"author": (None, "printed")})
            events = [
                *_visit_events(visits, further),
                *_petition_events(s, petitions),
                *_document_events(s, visits, petitions),
            ]
            events += _deadline_events(s, petitions)
            events.sort(key=lambda e: (e.on, _ORDER[e.kind]))
            facts = [
                (vf.CASE_FACTS[0][0], CATEGORY[Category(case.category)]),
                (vf.CASE_FACTS[1][0], SUBJECT_FIELD[SubjectField(case.field)] if case.field else "—"),
                (vf.CASE_FACTS[2][0], person or "—"),
                (vf.CASE_FACTS[3][0], fmt_date(case.first_seen_date)),
                (vf.CASE_FACTS[4][0], _status(case.status)),
            ]
            audit.record(s, self._ctx, "print", "case", case.id, {"events": (None, len(events))})
            return CaseFileSource(
                office=_header(s), printed_on=self._ctx.today(), case_id=case.id, code=case.code, title=case.title,
                facts=tuple(facts), events=tuple(events), author_masked=masked,
            )  # fmt: skip


def _status(value: str) -> str:
    try:
        return CASE_STATUS[CaseStatus(value)]
    except ValueError:
        return value


def _header(s: DbSession) -> OfficeHeader:
    office = s.scalar(select(OfficeRecord).where(OfficeRecord.is_voided.is_(False)).order_by(OfficeRecord.id))
    if office is None:
        raise ConflictError("office.not_set_up")
    return OfficeHeader(office.parent_name, office.name, office.place_name, office.abbreviation,
                        office.head_title, office.kind)  # fmt: skip


def _category(v: VisitRecord, further: dict[int, matter_visits.MatterText]) -> str | None:
    return further[v.id].category if v.id in further else v.category


def _visit_events(
    visits: Sequence[VisitRecord], further: dict[int, matter_visits.MatterText]
) -> list[CaseEvent]:
    """A line per visit; one that raised the case as a further matter tells that matter's summary."""
    events = []
    for v in visits:
        summary = further[v.id].summary if v.id in further else v.summary
        handling = (
            vf.CASE_VISIT_HANDLING.format(handling=HANDLING[Handling(v.handling)].lower())
            if v.handling
            else ""
        )
        detail = vf.CASE_VISIT.format(
            no=v.book_no, year=v.book_year, kind=RECEPTION_KIND[ReceptionKind(v.kind)].lower(),
            summary=summary.strip().rstrip(".") + ".", handling=handling,
        )  # fmt: skip
        events.append(CaseEvent(v.date, CaseEventKind.VISIT, vf.CASE_EVENT[CaseEventKind.VISIT], detail))
    return events


def _petition_events(s: DbSession, petitions: Sequence[PetitionRecord]) -> list[CaseEvent]:
    events = []
    for p in petitions:
        label = f"{p.register_no}/{p.book_year}"
        detail = vf.CASE_PETITION.format(
            label=label, source=PETITION_SOURCE[PetitionSource(p.source)].lower(),
            status=PETITION_STATUS[PetitionStatus(p.status)].lower(), summary=p.summary.strip(),
        )  # fmt: skip
        events.append(
            CaseEvent(p.received_date, CaseEventKind.PETITION, vf.CASE_EVENT[CaseEventKind.PETITION], detail)
        )
        decisions = s.scalars(
            select(DecisionRecord)
            .where(DecisionRecord.petition_id == p.id, DecisionRecord.is_voided.is_(False))
            .order_by(DecisionRecord.id)
        ).all()
        for d in decisions:
            if d.outcome is None:
                outcome, on = vf.CASE_DECISION_PENDING, d.proposed_at.date()
            else:
                on = (d.approved_at or d.proposed_at).date()
                text = vf.CASE_DECISION_APPROVED if d.outcome == "DUYET" else vf.CASE_DECISION_RETURNED
                outcome = text.format(date=fmt_date(on))
            target = f" ({d.target_body})" if d.target_body else ""
            detail = vf.CASE_DECISION.format(
                label=label, handling=HANDLING[Handling(d.proposal)].lower(), target=target, outcome=outcome
            )
            events.append(
                CaseEvent(on, CaseEventKind.DECISION, vf.CASE_EVENT[CaseEventKind.DECISION], detail)
            )
    return events


def _document_events(
    s: DbSession,
    visits: Sequence[VisitRecord],
    petitions: Sequence[PetitionRecord],
) -> list[CaseEvent]:
    """Numbered documents of the case's petitions and visits (related_type "petition:…" / "visit:…")."""
    owners = []
    if petitions:
        owners.append(
            OutgoingDocumentRecord.related_type.like("petition:%")
            & OutgoingDocumentRecord.related_id.in_([p.id for p in petitions])
        )
    if visits:
        owners.append(
            OutgoingDocumentRecord.related_type.like("visit:%")
            & OutgoingDocumentRecord.related_id.in_([v.id for v in visits])
        )
    if not owners:
        return []
    rows = s.scalars(
        select(OutgoingDocumentRecord)
        .where(or_(*owners), OutgoingDocumentRecord.is_voided.is_(False))
        .order_by(OutgoingDocumentRecord.issued_date, OutgoingDocumentRecord.id)
    ).all()
    return [
        CaseEvent(
            r.issued_date,
            CaseEventKind.DOCUMENT,
            vf.CASE_EVENT[CaseEventKind.DOCUMENT],
            vf.CASE_DOCUMENT.format(
                number=f"{r.number:02d}/{r.symbol}", date=fmt_date(r.issued_date), summary=r.summary_line
            ),
        )
        for r in rows
    ]


def _deadline_events(s: DbSession, petitions: Sequence[PetitionRecord]) -> list[CaseEvent]:
    if not petitions:
        return []
    labels = {p.id: f"{p.register_no}/{p.book_year}" for p in petitions}
    rows = s.execute(
        select(DeadlineRecord, DeadlineRuleRecord.what_vi)
        .outerjoin(DeadlineRuleRecord, DeadlineRuleRecord.id == DeadlineRecord.rule_id)
        .where(
            DeadlineRecord.entity_type == "petition",
            DeadlineRecord.entity_id.in_(list(labels)),
            DeadlineRecord.is_voided.is_(False),
        )
        .order_by(DeadlineRecord.id)
    ).all()
    events = []
    for clock, what in rows:
        done = (
            vf.CASE_DEADLINE_DONE.format(date=fmt_date(clock.completed_on))
            if clock.completed_on
            else vf.CASE_DEADLINE_OPEN
        )
        extended = (
            vf.CASE_DEADLINE_EXTENDED.format(date=fmt_date(clock.extended_to)) if clock.extended_to else ""
        )
        detail = vf.CASE_DEADLINE.format(
            what=f"{what or clock.rule_code} (đơn số {labels[clock.entity_id]})",
            due=fmt_date(clock.due_date), done=done, extended=extended,
        )  # fmt: skip
        events.append(
            CaseEvent(clock.start_date, CaseEventKind.DEADLINE, vf.CASE_EVENT[CaseEventKind.DEADLINE], detail)
        )
    return events
