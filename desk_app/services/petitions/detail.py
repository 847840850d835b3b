"""One petition as its detail screen shows it (data, proposals, clocks, history), and a petition pre-filled from a visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain import identity
from desk_app.domain.enums import (
    Category,
    DeadlineStatus,
    Handling,
    PetitionSource,
    PetitionStatus,
    PriorDecisionLevel,
    SignatureKind,
    SubjectField,
)
from desk_app.domain.permissions import Action
from desk_app.domain.petition import PetitionInput
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import NotFoundError
from desk_app.i18n import vi
from desk_app.services import audit
from desk_app.services.citizens.access import Access, is_confidential_petition, log_view
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.permissions import require
from desk_app.services.petitions import document_facts as pf
from desk_app.services.visits.service import IntakeService
from desk_app.storage.records import CaseRecord, CitizenRecord, StaffRecord, VisitRecord
from desk_app.storage.records.petition import DecisionRecord, PetitionRecord

ENTITY = "petition"


@dataclass(frozen=True, slots=True)
class ClockView:
    """A clock as the officer reads it: what it is for, when it is due and why, whether it is done."""

    rule_code: str
    what: str
    start_date: dt.date
    due_date: dt.date
    original_due_date: dt.date
    explanation: str
    completed_on: dt.date | None
    given_to_citizen: bool
    state: DeadlineStatus


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    id: int
    handling: Handling
    target_body: str | None
    reason: str | None
    legal_basis: str | None
    proposed_at: dt.datetime
    proposed_by: str
    outcome: str | None
    """None while waiting for the leader; "DUYET" approved; "TRA_LAI" sent back."""
    decided_by: str
    decided_at: dt.datetime | None
    leader_opinion: str | None


@dataclass(frozen=True, slots=True)
class PetitionDetail:
    id: int
    label: str
    received_date: dt.date
    source: PetitionSource
    forwarded_by_org: str | None
    forwarded_doc_no: str | None
    forwarded_doc_date: dt.date | None
    letter_date: dt.date | None
    sender_name: str
    sender_address: str
    sender_id: str
    sender_phone: str
    is_anonymous: bool
    is_impersonation: bool
    signer_count: int
    signature: SignatureKind
    respondent: str
    summary: str
    category: Category
    field: SubjectField | None
    prior_decision_level: PriorDecisionLevel | None
    has_original_documents: bool
    within_competence: bool | None
    competent_body: str | None
    handling: Handling | None
    status: PetitionStatus
    is_confidential: bool
    identity_hidden: bool
    duplicate_of_id: int | None
    duplicate_of_label: str | None
    case_id: int | None
    case_code: str | None
    visit_id: int | None
    visit_label: str | None
    decisions: tuple[DecisionInfo, ...]
    clocks: tuple[ClockView, ...]

    @property
    def pending_decision(self) -> DecisionInfo | None:
        return next((d for d in reversed(self.decisions) if d.outcome is None), None)


class PetitionDetailService:
    """Reads for the petition screens; the writes stay in PetitionService."""

    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    def get(self, petition_id: int) -> PetitionDetail:
        """The petition with a denunciation's author and respondent shown as "[Bảo mật]" unless this user may see
        them (the leader, the petition's handler); a permitted user's view of a confidential one is logged."""
        require(self._ctx, Action.READ_CASES)
        today = self._ctx.today()
        calendar = self._calendar.load()
        with self._ctx.db.read() as s:
            rec = s.get(PetitionRecord, petition_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("petition.not_found")
            hidden = not Access(self._ctx).petition_shown(s, rec)
            viewed = not hidden and is_confidential_petition(rec) and rec.main_citizen_id is not None
            citizen = s.get(CitizenRecord, rec.main_citizen_id) if rec.main_citizen_id else None
            if citizen is None:
                name, address, id_doc, phone = (vi.ANONYMOUS if rec.is_anonymous else ""), "", "", ""
            elif hidden:
                name = address = id_doc = phone = vi.MASKED
            else:
                name, address = citizen.full_name, citizen.address or ""
                id_doc, phone = identity.mask_id(citizen.id_number), identity.mask_phone(citizen.phone)
            duplicate = s.get(PetitionRecord, rec.duplicate_of_id) if rec.duplicate_of_id else None
            case = s.get(CaseRecord, rec.case_id) if rec.case_id else None
            visit = s.get(VisitRecord, rec.visit_id) if rec.visit_id else None
            detail = PetitionDetail(
                id=rec.id,
                label=f"{rec.register_no}/{rec.book_year}",
                received_date=rec.received_date,
                source=PetitionSource(rec.source),
                forwarded_by_org=rec.forwarded_by_org,
                forwarded_doc_no=rec.forwarded_doc_no,
                forwarded_doc_date=rec.forwarded_doc_date,
                letter_date=rec.letter_date,
                sender_name=name,
                sender_address=address,
                sender_id=id_doc,
                sender_phone=phone,
                is_anonymous=rec.is_anonymous,
                is_impersonation=rec.is_impersonation,
                signer_count=rec.signer_count,
                signature=SignatureKind(rec.signature_kind),
                respondent=vi.MASKED if hidden and rec.respondent else (rec.respondent or ""),
                summary=rec.summary,
                category=Category(rec.category),
                field=SubjectField(rec.field) if rec.field else None,
                prior_decision_level=PriorDecisionLevel(rec.prior_decision_level)
                if rec.prior_decision_level
                else None,
                has_original_documents=rec.has_original_documents,
                within_competence=rec.within_competence,
                competent_body=rec.competent_body,
                handling=Handling(rec.handling) if rec.handling else None,
                status=PetitionStatus(rec.status),
                is_confidential=rec.is_confidential,
                identity_hidden=hidden,
                duplicate_of_id=rec.duplicate_of_id,
                duplicate_of_label=f"{duplicate.register_no}/{duplicate.book_year}" if duplicate else None,
                case_id=rec.case_id,
                case_code=case.code if case else None,
                visit_id=rec.visit_id,
                visit_label=f"{visit.book_no}/{visit.book_year}" if visit else None,
                decisions=tuple(_decisions(s, rec.id)),
                clocks=tuple(_clock_views(s, rec.id, today, calendar)),
            )
        if viewed:
            log_view(self._ctx, ENTITY, petition_id)
        return detail

    def history(self, petition_id: int) -> list[audit.ChangeEntry]:
        return audit.history(self._ctx, ENTITY, petition_id)

    def input_from_visit(self, visit_id: int) -> PetitionInput:
        """A petition form pre-filled from a visit at the desk: received there, same person, content and case."""
        visit = IntakeService(self._ctx).get(visit_id).data
        return PetitionInput(
            received_date=visit.date,
            source=PetitionSource.TRUC_TIEP_TCD,
            summary=visit.summary,
            category=visit.category,
            main=visit.visitor,
            signer_count=max(1, 1 + len(visit.representatives)),
            signature=visit.citizen_signed,
            field=visit.field,
            prior_decision_level=visit.prior_decision_level,
            visit_id=visit_id,
            case_id=visit.case_id,
        )

    def petitions_of_visit(self, visit_id: int) -> list[str]:
        """Labels of the petitions already made from a visit ("12/2026"), so "Tạo đơn" does not repeat unnoticed."""
        with self._ctx.db.read() as s:
            rows = s.execute(
                select(PetitionRecord.register_no, PetitionRecord.book_year).where(
                    PetitionRecord.visit_id == visit_id, PetitionRecord.is_voided.is_(False)
                )
            ).all()
        return [f"{no}/{year}" for no, year in rows]


def _staff_name(s: DbSession, staff_id: int | None) -> str:
    staff = s.get(StaffRecord, staff_id) if staff_id else None
    return staff.full_name if staff else ""


def _decisions(s: DbSession, petition_id: int) -> list[DecisionInfo]:
    rows = s.scalars(
        select(DecisionRecord)
        .where(DecisionRecord.petition_id == petition_id, DecisionRecord.is_voided.is_(False))
        .order_by(DecisionRecord.id)
    ).all()
    return [
        DecisionInfo(
            id=d.id,
            handling=Handling(d.proposal),
            target_body=d.target_body,
            reason=d.reason,
            legal_basis=d.legal_basis,
            proposed_at=d.proposed_at,
            proposed_by=_staff_name(s, d.proposed_by_id) or d.created_by or "",
            outcome=d.outcome,
            # the printed Phiếu đề xuất names the same person (one rule, petition_document_facts.decided_by)
            decided_by=pf.decided_by(s, d),
            decided_at=d.approved_at,
            leader_opinion=d.leader_opinion,
        )
        for d in rows
    ]


def _clock_views(
    s: DbSession, petition_id: int, today: dt.date, calendar: WorkingCalendar
) -> list[ClockView]:
    rows = deadline_clock.clocks_of(s, ENTITY, petition_id)
    views: list[ClockView] = []
    for r in rows:
        _rule_id, rule = deadline_clock.rule_in_force(s, r.rule_code, r.start_date)
        due = deadline_clock.effective_due(r)
        views.append(
            ClockView(
                rule_code=r.rule_code,
                what=rule.what_vi,
                start_date=r.start_date,
                due_date=due,
                original_due_date=r.original_due_date,
                explanation=r.explanation,
                completed_on=r.completed_on,
                given_to_citizen=r.given_to_citizen,
                state=deadline_clock.status_on(r, today, calendar),
            )
        )
    return views
