"""The petition register: register a đơn with its clocks, find its duplicates, propose, decide, follow up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus
from desk_app.domain.permissions import Action
from desk_app.domain.petition import PetitionInput, check_petition
from desk_app.domain.petition_clocks import (
    CLOSED_BY_DECISION,
    CLOSED_BY_TRANSFER,
    ClockEvent,
    clocks_for,
)
from desk_app.domain.petition_flow import PetitionAction, next_status
from desk_app.domain.petition_rules import (
    EarlierHandling,
    RepeatRefused,
    needs_receiving_body,
    repeat_refused,
)
from desk_app.domain.similarity import PetitionKey, compare
from desk_app.domain.text import nfc, nfc_opt, search_key
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.errors import DeskError, FieldError, NotFoundError, ValidationError
from desk_app.services import audit, counters
from desk_app.services.citizens.access import Access
from desk_app.services.citizens.people import person_input, store_person
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.permissions import may, require
from desk_app.storage.records import CitizenRecord, VisitRecord
from desk_app.storage.records.petition import DecisionRecord, PetitionRecord, PetitionSignerRecord

ENTITY = "petition"
PETITION_BOOK = "so_theo_doi_don"
DUPLICATE_WINDOW_DAYS = 730
"""How far back duplicates are looked for: two years covers a complaint's first and second rounds."""


class RepeatHandlingRefused(DeskError):
    """Guide once, transfer a denunciation once: the proposal repeats a handling already given."""

    def __init__(self, rule: RepeatRefused, earlier: EarlierHandling) -> None:
        super().__init__(f"petition.repeat:{rule}")
        self.rule = rule
        self.earlier = earlier


@dataclass(frozen=True, slots=True)
class ClockInfo:
    id: int
    rule_code: str
    start_date: dt.date
    due_date: dt.date
    original_due_date: dt.date
    explanation: str
    completed_on: dt.date | None
    given_to_citizen: bool
    extended_to: dt.date | None = None
    extension_doc: str | None = None


@dataclass(frozen=True, slots=True)
class SavedPetition:
    id: int
    book_year: int
    register_no: int
    status: PetitionStatus
    clocks: tuple[ClockInfo, ...]

    @property
    def label(self) -> str:
        return f"{self.register_no}/{self.book_year}"


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    petition_id: int
    label: str
    received_date: dt.date
    summary: str
    score: float
    same_person: bool
    same_forwarded_doc: bool
    case_id: int | None


@dataclass(frozen=True, slots=True)
class DuplicateCheck:
    """What the duplicate check may tell this user: the earlier letters the user may see, and for a petition handler
    whether an earlier confidential letter this user may not see also matches (no number, no content, no one named:
    the handler asks a leader)."""

    candidates: tuple[DuplicateCandidate, ...]
    confidential_earlier: bool = False


class PetitionService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    # Registering ----------------------------------------------------------------------------------------------
    def register(self, p: PetitionInput) -> SavedPetition:
        """Enter the petition in the year's register and start the clocks the law sets; all or nothing."""
        require(self._ctx, Action.WRITE_CASES)
        p = self._keep_hidden_author(p)
        errors = check_petition(p, self._ctx.today())
        if errors:
            raise ValidationError(errors)
        assert p.category is not None
        cal = self._working_calendar()
        with self._ctx.db.write() as s, s.begin():
            main_id = store_person(s, self._ctx, p.main).id if p.main is not None else None
            year = p.received_date.year
            rec = PetitionRecord(
                book_year=year,
                register_no=counters.next_value(s, PETITION_BOOK, year),
                received_date=p.received_date,
                source=p.source.value,
                forwarded_by_org=nfc_opt(p.forwarded_by_org),
                forwarded_doc_no=nfc_opt(p.forwarded_doc_no),
                forwarded_doc_date=p.forwarded_doc_date,
                letter_date=p.letter_date,
                main_citizen_id=main_id,
                signer_count=max(p.signer_count, 1 + len(p.signers)),
                signature_kind=p.signature.value,
                is_anonymous=p.is_anonymous,
                is_impersonation=p.is_impersonation,
                respondent=nfc_opt(p.respondent),
                summary=nfc(p.summary),
                summary_key=search_key(p.summary),
                category=p.category.value,
                field=p.field.value if p.field else None,
                prior_decision_level=p.prior_decision_level.value if p.prior_decision_level else None,
                has_original_documents=p.has_original_documents,
                visit_id=p.visit_id,
                case_id=p.case_id,
                duplicate_of_id=p.duplicate_of_id,
                handler_id=p.handler_id,
                status=next_status(
                    PetitionStatus.MOI_TIEP_NHAN, PetitionAction.REGISTER, self._ctx.actor.roles
                ),
                # A denunciation's author is protected from the first minute (Luật Tố cáo Điều 8, 47).
                is_confidential=p.category is Category.TO_CAO,
                created_by=self._ctx.actor.name,
            )
            s.add(rec)
            s.flush()
            rec.search_text = _search_text(s, rec)
            for position, signer in enumerate(p.signers, start=1):
                citizen = store_person(s, self._ctx, signer)
                s.add(PetitionSignerRecord(petition_id=rec.id, citizen_id=citizen.id, position=position))
            audit.record(
                s, self._ctx, "create", ENTITY, rec.id,
                {"register_no": (None, f"{rec.register_no}/{year}"), "category": (None, rec.category)},
            )  # fmt: skip
            self._start(s, cal, rec, ClockEvent.REGISTERED, rec.received_date)
            return self._saved(s, rec)

    def _keep_hidden_author(self, p: PetitionInput) -> PetitionInput:
        """A letter made from a visit whose person this user may not see names that person, whatever the form sent."""
        if p.visit_id is None or p.main is None:
            return p
        with self._ctx.db.read() as s:
            visit = s.get(VisitRecord, p.visit_id)
            if visit is None or Access(self._ctx).visit_shown(s, visit):
                return p
            citizen = s.get(CitizenRecord, visit.main_citizen_id)
            return p if citizen is None else replace(p, main=person_input(citizen))

    def find_duplicates(self, p: PetitionInput, limit: int = 5) -> list[DuplicateCandidate]:
        """Earlier petitions the new one may repeat: same forwarded document, or same person with similar content.

        A confidential letter this user may not see is never among them (DOMAIN §13.3); see check_duplicates.
        """
        return list(self.check_duplicates(p, limit).candidates)

    def check_duplicates(self, p: PetitionInput, limit: int = 5) -> DuplicateCheck:
        """find_duplicates, and for a petition handler a flag that a hidden confidential letter matches too."""
        require(self._ctx, Action.READ_CASES)
        new = PetitionKey(
            p.main.id_number if p.main else None,
            p.main.full_name if p.main else None,
            p.summary,
            p.forwarded_by_org,
            p.forwarded_doc_no,
        )
        since = p.received_date - dt.timedelta(days=DUPLICATE_WINDOW_DAYS)
        with self._ctx.db.read() as s:
            query = (
                select(PetitionRecord, CitizenRecord)
                .outerjoin(CitizenRecord, CitizenRecord.id == PetitionRecord.main_citizen_id)
                .where(PetitionRecord.is_voided.is_(False), PetitionRecord.received_date >= since)
            )
            # Narrow in SQL to the same person or the same forwarded number; the content is scored in Python.
            filters = []
            if new.person_id_number:
                filters.append(CitizenRecord.id_number == new.person_id_number.strip())
            if new.person_name:
                filters.append(CitizenRecord.name_key == search_key(new.person_name))
            if new.forwarded_doc_no:
                filters.append(PetitionRecord.forwarded_doc_no == nfc(new.forwarded_doc_no))
            if not filters:
                return DuplicateCheck(())
            found: list[DuplicateCandidate] = []
            hidden_match = False
            matches = s.execute(query.where(or_(*filters))).all()
            hidden = Access(self._ctx).hidden_petition_ids(s, [rec.id for rec, _ in matches])
            for rec, citizen in matches:
                old = PetitionKey(
                    citizen.id_number if citizen else None,
                    citizen.full_name if citizen else None,
                    rec.summary,
                    rec.forwarded_by_org,
                    rec.forwarded_doc_no,
                )
                match = compare(new, old)
                if match.is_candidate and rec.id in hidden:
                    hidden_match = True  # never listed, never counted: it would name its author
                elif match.is_candidate:
                    found.append(
                        DuplicateCandidate(
                            rec.id, f"{rec.register_no}/{rec.book_year}", rec.received_date, rec.summary,
                            match.score, match.same_person, match.same_forwarded_doc, rec.case_id,
                        )
                    )  # fmt: skip
        found.sort(key=lambda c: (-c.score, -c.petition_id))
        return DuplicateCheck(
            tuple(found[:limit]), hidden_match and may(self._ctx, Action.HEAR_OF_HIDDEN_DUPLICATE)
        )

    # Handling -------------------------------------------------------------------------------------------------
    def classify(
        self, petition_id: int, *, within_competence: bool, competent_body: str | None = None
    ) -> None:
        """Record competence; a denunciation outside it starts the 5-working-day transfer clock."""
        require(self._ctx, Action.WRITE_CASES)
        if not within_competence and not (competent_body or "").strip():
            raise ValidationError([FieldError("competent_body", "required")])
        cal = self._working_calendar()
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, petition_id)
            before = rec.status
            rec.status = next_status(
                PetitionStatus(rec.status), PetitionAction.CLASSIFY, self._ctx.actor.roles
            )
            was = rec.within_competence
            rec.within_competence = within_competence
            rec.competent_body = None if within_competence else nfc(competent_body or "")
            rec.updated_by = self._ctx.actor.name
            audit.record(
                s, self._ctx, "classify", ENTITY, rec.id,
                {"status": (before, rec.status), "within_competence": (was, within_competence)},
            )  # fmt: skip
            if not within_competence and was is not False:
                self._start(s, cal, rec, ClockEvent.NOT_WITHIN_COMPETENCE, rec.received_date)

    def propose(
        self,
        petition_id: int,
        handling: Handling,
        *,
        target_body: str | None = None,
        reason: str | None = None,
        legal_basis: str | None = None,
    ) -> int:
        """The handler's proposal (Phiếu đề xuất); refused when it repeats a once-only handling."""
        require(self._ctx, Action.WRITE_CASES)
        if needs_receiving_body(handling) and not (target_body or "").strip():
            raise ValidationError([FieldError("target_body", "required")])
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, petition_id)
            refused = repeat_refused(handling, Category(rec.category), _earlier_handlings(s, rec))
            if refused is not None:
                raise RepeatHandlingRefused(*refused)
            before = rec.status
            rec.status = next_status(
                PetitionStatus(rec.status), PetitionAction.PROPOSE, self._ctx.actor.roles
            )
            decision = DecisionRecord(
                petition_id=rec.id,
                proposed_by_id=self._ctx.actor.staff_id,
                proposed_at=self._ctx.clock(),
                proposal=handling.value,
                target_body=nfc_opt(target_body),
                reason=nfc_opt(reason),
                legal_basis=nfc_opt(legal_basis),
                created_by=self._ctx.actor.name,
            )
            s.add(decision)
            s.flush()
            audit.record(
                s, self._ctx, "propose", ENTITY, rec.id,
                {"status": (before, rec.status), "proposal": (None, handling.value)},
            )  # fmt: skip
            return decision.id

    def decide(self, petition_id: int, *, approve: bool, opinion: str | None = None) -> PetitionStatus:
        """The leader approves the pending proposal (its handling takes effect) or sends it back."""
        require(self._ctx, Action.WRITE_CASES)
        cal = self._working_calendar()
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, petition_id)
            decision = s.scalar(
                select(DecisionRecord)
                .where(DecisionRecord.petition_id == rec.id, DecisionRecord.outcome.is_(None))
                .order_by(DecisionRecord.id.desc())
                .limit(1)
            )
            if decision is None:
                raise NotFoundError("petition.no_proposal")
            handling = Handling(decision.proposal)
            action = PetitionAction.APPROVE if approve else PetitionAction.RETURN
            before = rec.status
            rec.status = next_status(PetitionStatus(rec.status), action, self._ctx.actor.roles, handling)
            decision.outcome = "DUYET" if approve else "TRA_LAI"
            decision.approved_by_id = self._ctx.actor.staff_id
            decision.approved_at = self._ctx.clock()
            decision.updated_by = self._ctx.actor.name
            decision.leader_opinion = nfc_opt(opinion)
            today = self._ctx.today()
            if approve:
                rec.handling = handling.value
                self._close(s, rec, CLOSED_BY_DECISION, today)
                if handling is Handling.CHUYEN_DON:
                    self._close(s, rec, CLOSED_BY_TRANSFER, today)
                self._start(s, cal, rec, ClockEvent.APPROVED, today, handling)
            audit.record(
                s, self._ctx, "approve" if approve else "return", ENTITY, rec.id,
                {"status": (before, rec.status), "handling": (None, handling.value)}, reason=opinion,
            )  # fmt: skip
            return PetitionStatus(rec.status)

    def reopen(self, petition_id: int, reason: str) -> PetitionStatus:
        """A leader re-opens a finished petition; the reason is required and logged."""
        require(self._ctx, Action.WRITE_CASES)
        if not reason.strip():
            raise ValidationError([FieldError("reason", "required")])
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, petition_id)
            before = rec.status
            rec.status = next_status(PetitionStatus(rec.status), PetitionAction.REOPEN, self._ctx.actor.roles)
            audit.record(
                s, self._ctx, "reopen", ENTITY, rec.id, {"status": (before, rec.status)}, reason=nfc(reason)
            )
            return PetitionStatus(rec.status)

    def clocks(self, petition_id: int) -> list[ClockInfo]:
        with self._ctx.db.read() as s:
            return _clocks(s, petition_id)

    def status(self, petition_id: int) -> PetitionStatus:
        with self._ctx.db.read() as s:
            return PetitionStatus(_live(s, petition_id).status)

    # Internals ------------------------------------------------------------------------------------------------
    def _working_calendar(self) -> WorkingCalendar:
        return self._calendar.load()

    def _start(
        self,
        s: DbSession,
        cal: WorkingCalendar,
        rec: PetitionRecord,
        event: ClockEvent,
        on: dt.date,
        handling: Handling | None = None,
    ) -> None:
        for start in clocks_for(event, Category(rec.category), PetitionSource(rec.source), handling):
            deadline_clock.start_clock(
                s, self._ctx, cal,
                entity_type=ENTITY, entity_id=rec.id, rule_code=start.rule_code,
                start=rec.received_date if start.from_received else on,
                label=f"Đơn số {rec.register_no}/{rec.book_year}",
                given_to_citizen=start.given_to_citizen,
            )  # fmt: skip

    def _close(self, s: DbSession, rec: PetitionRecord, codes: Sequence[str], on: dt.date) -> None:
        for clock in deadline_clock.clocks_of(s, ENTITY, rec.id, running_only=True, codes=codes):
            deadline_clock.complete(s, self._ctx, clock, on)

    def _saved(self, s: DbSession, rec: PetitionRecord) -> SavedPetition:
        return SavedPetition(
            rec.id, rec.book_year, rec.register_no, PetitionStatus(rec.status), tuple(_clocks(s, rec.id))
        )


def _live(s: DbSession, petition_id: int) -> PetitionRecord:
    rec = s.get(PetitionRecord, petition_id)
    if rec is None or rec.is_voided:
        raise NotFoundError("petition.not_found")
    return rec


def _clocks(s: DbSession, petition_id: int) -> list[ClockInfo]:
    rows = deadline_clock.clocks_of(s, ENTITY, petition_id)
    return [
        ClockInfo(
            r.id, r.rule_code, r.start_date, r.due_date, r.original_due_date, r.explanation, r.completed_on,
            r.given_to_citizen, r.extended_to, r.extension_doc,
        )
        for r in rows
    ]  # fmt: skip


_CHAIN_LIMIT = 50
"""Enough for any real chain of duplicates; stops a loop in damaged data."""


def _earlier_handlings(s: DbSession, rec: PetitionRecord) -> list[EarlierHandling]:
    """Handlings already approved for the same content: the petitions of the same case or duplicate chain."""
    related = [PetitionRecord.duplicate_of_id == rec.id]
    if rec.case_id is not None:
        related.append(PetitionRecord.case_id == rec.case_id)
    # A third letter marked as a duplicate of the second still meets the first one's handling.
    ancestors: list[int] = []
    parent_id = rec.duplicate_of_id
    while parent_id is not None and parent_id not in ancestors and len(ancestors) < _CHAIN_LIMIT:
        ancestors.append(parent_id)
        parent_id = s.scalar(select(PetitionRecord.duplicate_of_id).where(PetitionRecord.id == parent_id))
    if ancestors:
        related.append(PetitionRecord.id.in_(ancestors))
        related.append(PetitionRecord.duplicate_of_id.in_(ancestors))
    rows = s.scalars(
        select(PetitionRecord).where(
            or_(*related),
            PetitionRecord.id != rec.id,
            PetitionRecord.is_voided.is_(False),
            PetitionRecord.handling.is_not(None),
        )
    ).all()
    return [
        EarlierHandling(
            Handling(r.handling or ""), Category(r.category), f"đơn số {r.register_no}/{r.book_year}"
        )
        for r in rows
    ]


def _search_text(s: DbSession, rec: PetitionRecord) -> str:
    citizen = s.get(CitizenRecord, rec.main_citizen_id) if rec.main_citizen_id else None
    parts = [
        rec.summary_key,
        citizen.name_key if citizen else "",
        search_key(rec.respondent),
        search_key(rec.forwarded_by_org),
        search_key(rec.forwarded_doc_no),
    ]
    return " ".join(p for p in parts if p)
