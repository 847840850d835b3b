"""The petition documents' data from the records, numbered in the saving transaction (DOMAIN §5.11, §9, §13)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import (
    Category,
    Handling,
    PetitionSource,
    PriorDecisionLevel,
    RefusalReason,
    SubjectField,
    VisitStatus,
)
from desk_app.domain.permissions import Action
from desk_app.domain.petition_docs import (
    NoticeOutcome,
    PersonFacts,
    authority_prefix,
    head_only_blocked,
    notice_outcome,
)
from desk_app.domain.petition_rules import HANDLING_LETTERS
from desk_app.errors import ConflictError, FieldError, NotFoundError, ValidationError
from desk_app.i18n import vi_form_parts as fp
from desk_app.i18n import vi_petition_forms as vf
from desk_app.services import audit, counters, outgoing
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines import clock as deadline_clock
from desk_app.services.documents import DocumentService, KeptDocument, reception_place
from desk_app.services.office import form_texts
from desk_app.services.permissions import may, require
from desk_app.services.petitions import document_facts as pf
from desk_app.services.petitions.document_types import (
    DOC_TYPE,
    PetitionDocumentSource,
    PetitionFacts,
    RefusalSource,
    related_type,
)
from desk_app.services.schedule.conclusion_types import Signer
from desk_app.services.visits import refusal as visit_refusal
from desk_app.storage.records import (
    ChangeLogRecord,
    CitizenRecord,
    DecisionRecord,
    PetitionRecord,
    PetitionSignerRecord,
    StaffRecord,
    VisitRecord,
)
from desk_app.storage.records.deadline import DeadlineRecord

PROPOSAL_BOOK = "phieu_de_xuat"
"""The Phiếu đề xuất's own yearly book: an internal number, not a văn bản đi (DOMAIN §6.7)."""
DECISION_ENTITY = "processing_decision"
NOTICE_CLOCK = "TCD_NOTIFY_RESULT"


class PetitionDocumentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # The documents -------------------------------------------------------------------------------------------
    def proposal_slip(self, petition_id: int, issued_on: dt.date | None = None) -> PetitionDocumentSource:
        """The latest proposal; its internal number is taken at the first print and kept for every re-print."""
        require(self._ctx, Action.WRITE_CASES)
        require(self._ctx, Action.READ_CASES)  # every paper of a petition is case content
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, petition_id)
            decision = pf.latest_decision(s, rec.id, approved_only=False)
            if decision is None:
                raise ConflictError("petition_doc.no_proposal")
            day = issued_on or self._ctx.today()
            internal_no = self._internal_no(s, decision, day.year)
            head = pf.head(s)
            return PetitionDocumentSource(
                kind=DocumentKind.PROPOSAL, office=pf.header(pf.office(s)), issued_on=day,
                petition=self._facts(s, rec, for_author=False), signer=Signer("", "", ""), recipients=(),
                internal_no=internal_no, decision=pf.decision_facts(s, decision),
                addressee=vf.PROPOSAL_TO.format(name=head.full_name, position=head.position or "") if head else "",
                earlier=pf.earlier(s, rec), texts=form_texts.overrides(s, kind_form(DocumentKind.PROPOSAL)),
            )  # fmt: skip

    def guidance_letter(
        self, petition_id: int, *, issued_on: dt.date | None = None, signer_id: int | None = None
    ) -> PetitionDocumentSource:
        """Phiếu hướng dẫn (HD) of an approved guidance: to the petitioner, naming the competent body."""
        require(self._ctx, Action.WRITE_CASES)
        return self._letter(
            DocumentKind.GUIDANCE, petition_id, issued_on, signer_id, _carried_by(DocumentKind.GUIDANCE)
        )

    def transfer_slip(
        self, petition_id: int, *, issued_on: dt.date | None = None, signer_id: int | None = None
    ) -> PetitionDocumentSource:
        """Phiếu chuyển đơn (PC) of an approved transfer; a denunciation's author is left out entirely."""
        require(self._ctx, Action.WRITE_CASES)
        return self._letter(
            DocumentKind.TRANSFER, petition_id, issued_on, signer_id, _carried_by(DocumentKind.TRANSFER)
        )

    def result_notice(
        self,
        petition_id: int,
        *,
        issued_on: dt.date | None = None,
        signer_id: int | None = None,
        reason: str | None = None,
        new_notice: bool = False,
    ) -> PetitionDocumentSource:
        """Thông báo kết quả xử lý đơn (TB, LTCD Điều 28.1); `new_notice` numbers a later notice on the same petition."""
        require(self._ctx, Action.WRITE_CASES)
        return self._letter(
            DocumentKind.RESULT, petition_id, issued_on, signer_id, None, reason=reason, fresh=new_notice
        )

    def complaint_acceptance(
        self,
        petition_id: int,
        *,
        accepted: bool | None = None,
        reason: str | None = None,
        issued_on: dt.date | None = None,
        signer_id: int | None = None,
    ) -> PetitionDocumentSource:
        """Thông báo thụ lý / không thụ lý giải quyết khiếu nại (TB); by default as the leader decided."""
        require(self._ctx, Action.WRITE_CASES)
        return self._letter(
            DocumentKind.ACCEPTANCE, petition_id, issued_on, signer_id, None, reason=reason, accepted=accepted
        )

    def refusal_notice(
        self,
        visit_id: int,
        *,
        issued_on: dt.date | None = None,
        signer_id: int | None = None,
        override_note: str | None = None,
    ) -> RefusalSource:
        """Mẫu 01/TCD for a refused visit, signed by the head; another signer needs a note (kept in the log)."""
        require(self._ctx, Action.WRITE_CASES)
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.write() as s, s.begin():
            visit = s.get(VisitRecord, visit_id)
            if visit is None or visit.is_voided:
                raise NotFoundError("visit.not_found")
            if not visit.refusal_reason or visit.status != VisitStatus.TU_CHOI.value:
                raise ConflictError("visit.not_refused")
            if not visit_refusal.needs_notice(visit):
                raise ConflictError("visit.no_notice_needed")
            office = pf.office(s)
            signer = pf.signer(s, office, signer_id)
            if head_only_blocked(signer.authority, override_note):
                raise ValidationError([FieldError("signer", "head_only")])
            citizen = s.get(CitizenRecord, visit.main_citizen_id)
            assert citizen is not None
            place = reception_place(s, visit)  # as on the receipt
            day = issued_on or self._ctx.today()
            number, reused = self._number(
                s, DocumentKind.REFUSAL, "visit", visit.id, day, vf.REFUSAL_DOC_TITLE, signer, pf.recipients(None),
                note=override_note,
            )  # fmt: skip
            if not reused:
                visit_refusal.close_clock(s, self._ctx, visit.id, number.issued_date)
            return RefusalSource(
                office=pf.header(office), visit_id=visit.id, issued_on=number.issued_date, citizen=pf.person(citizen),
                came_on=visit.date, place=place.name if place else "", summary=visit.summary,
                category=Category(visit.category) if visit.category else None,
                reason=RefusalReason(visit.refusal_reason), signer=signer, recipients=pf.recipients(None),
                number=number, reused=reused, override_note=override_note,
            )  # fmt: skip

    def keep_for(
        self,
        number: outgoing.IssuedNumber | None,
        kind: DocumentKind,
        pdf: bytes,
        internal_no: str | None = None,
        *,
        visit_id: int | None = None,
    ) -> KeptDocument:
        """Keep the printed PDF with its hash (with its visit, if any) and link it to its number (a re-print links
        the newer copy)."""
        require(self._ctx, Action.WRITE_CASES)
        kept = DocumentService(self._ctx).keep(visit_id, kind, pdf, internal_no)
        if number is not None:
            with self._ctx.db.write() as s, s.begin():
                outgoing.attach_pdf(s, number.id, kept.id)
                audit.record(
                    s, self._ctx, "update", outgoing.ENTITY, number.id, {"document_id": (None, kept.id)}
                )
        return kept

    def may_see_author(self, handler_id: int | None) -> bool:
        """The leader and the petition's own handler see a denunciation's author (DOMAIN §13.3)."""
        actor = self._ctx.actor
        return may(self._ctx, Action.SEE_ALL_CONFIDENTIAL) or (
            actor.staff_id is not None and actor.staff_id == handler_id
        )

    # Internals ---------------------------------------------------------------------------------------------
    def _letter(
        self,
        kind: DocumentKind,
        petition_id: int,
        issued_on: dt.date | None,
        signer_id: int | None,
        needs: Handling | None,
        *,
        reason: str | None = None,
        accepted: bool | None = None,
        fresh: bool = False,
    ) -> PetitionDocumentSource:
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.write() as s, s.begin():
            rec = _live(s, petition_id)
            category = Category(rec.category)
            decision = pf.latest_decision(s, rec.id, approved_only=True)
            handling = Handling(decision.proposal) if decision else None
            if needs is not None and handling is not needs:
                raise ConflictError(
                    "petition_doc.no_decision" if decision is None else "petition_doc.wrong_handling"
                )
            if kind is DocumentKind.ACCEPTANCE:
                if category is not Category.KHIEU_NAI:
                    raise ConflictError("petition_doc.not_complaint")
                if accepted is None:
                    if handling is None:
                        raise ConflictError("petition_doc.no_decision")
                    accepted = handling is Handling.THU_LY
                reason = (reason or "").strip() or (None if accepted else pf.decision_reason(decision))
                if not accepted and not reason:
                    raise ValidationError([FieldError("reason", "required")])
            # The transfer slip goes to a third party: the denouncer's identity never enters its data.
            to_author = kind is not DocumentKind.TRANSFER
            facts = self._facts(s, rec, for_author=to_author, third_party=not to_author)
            if to_author and facts.author is None:
                raise ConflictError("petition_doc.no_author")
            office = pf.office(s)
            signer = pf.signer(s, office, signer_id)
            target = (decision.target_body if decision else None) or rec.competent_body
            recipients = pf.recipients(None if category is Category.TO_CAO else rec.forwarded_by_org, kind)
            texts = form_texts.overrides(s, kind_form(kind))
            if fp.ARCHIVE in texts:  # the office's own "Lưu: …" line closes the Nơi nhận
                recipients = (*recipients[:-1], texts[fp.ARCHIVE])
            day = issued_on or self._ctx.today()
            summary = vf.SUMMARY_LINE.format(
                title=_DOC_TITLES[kind], label=f"{rec.register_no}/{rec.book_year}"
            )
            number, reused = self._number(
                s, kind, "petition", rec.id, day, summary, signer, recipients, fresh=fresh,
            )  # fmt: skip
            outcome = notice_outcome(handling) if kind is DocumentKind.RESULT else None
            if outcome is NoticeOutcome.KHONG_THU_LY and not (reason or "").strip():
                reason = pf.decision_reason(decision)
            transfer = outgoing.for_entity(s, related_type(DocumentKind.TRANSFER), rec.id)
            if kind is DocumentKind.RESULT and not reused:
                self._close_notice_clock(s, rec.id, number.issued_date)
            return PetitionDocumentSource(
                kind=kind, office=pf.header(office), issued_on=number.issued_date, petition=facts, signer=signer,
                recipients=recipients, number=number, reused=reused,
                decision=pf.decision_facts(s, decision) if decision else None, outcome=outcome,
                reason=(reason or "").strip() or None, accepted=accepted, target_body=target,
                transfer_number=transfer[-1].text if transfer else None,
                transfer_date=transfer[-1].issued_date if transfer else None, texts=texts,
            )  # fmt: skip

    def _number(
        self,
        s: DbSession,
        kind: DocumentKind,
        owner: str,
        owner_id: int,
        day: dt.date,
        summary: str,
        signer: Signer,
        recipients: tuple[str, ...],
        *,
        fresh: bool = False,
        note: str | None = None,
    ) -> tuple[outgoing.IssuedNumber, bool]:
        """The document's number: the one already issued (a re-print), else the next of its book, in this transaction."""
        key = related_type(kind, owner)
        existing = outgoing.for_entity(s, key, owner_id)
        if existing and not fresh:
            return existing[-1], True
        signer_id = s.scalar(
            select(StaffRecord.id).where(StaffRecord.full_name == signer.name, StaffRecord.is_voided.is_(False))
        ) if signer.name else None  # fmt: skip
        number = outgoing.issue(
            s, self._ctx, doc_type=DOC_TYPE[kind], issued_date=day, summary_line=summary, related_type=key,
            related_id=owner_id, signer_id=signer_id, authority_prefix=authority_prefix(signer.authority),
            signer_title=signer.title, recipients="\n".join(recipients),
        )  # fmt: skip
        if note:
            audit.record(s, self._ctx, "sign_override", outgoing.ENTITY, number.id, {}, reason=note)
        return number, False

    def _internal_no(self, s: DbSession, decision: DecisionRecord, year: int) -> str:
        """Read the slip's internal number from the change log, or take the next one of the book and log it."""
        logged = s.scalars(
            select(ChangeLogRecord.changes).where(
                ChangeLogRecord.entity == DECISION_ENTITY,
                ChangeLogRecord.entity_id == decision.id,
                ChangeLogRecord.action == "number",
            )
        ).first()
        if logged:
            return str(json.loads(logged)["internal_no"][1])
        text = vf.INTERNAL_NO_TEXT.format(number=counters.next_value(s, PROPOSAL_BOOK, year), year=year)
        audit.record(s, self._ctx, "number", DECISION_ENTITY, decision.id, {"internal_no": (None, text)})
        return text

    def _facts(
        self, s: DbSession, rec: PetitionRecord, *, for_author: bool, third_party: bool = False
    ) -> PetitionFacts:
        """`for_author`: a letter to the petitioner carries the petitioner; else a denunciation's author only
        for a reader who may see it, and the showing is logged."""
        category = Category(rec.category)
        citizen = s.get(CitizenRecord, rec.main_citizen_id) if rec.main_citizen_id else None
        protected = category is Category.TO_CAO or rec.is_confidential
        # The one rule of the screens (services.citizens.access): the handler, a handler of its case, a grant holder.
        may_see = for_author or (
            not third_party
            and (self.may_see_author(rec.handler_id) or Access(self._ctx).petition_shown(s, rec))
        )
        masked = protected and citizen is not None and not may_see
        author = pf.person(citizen) if citizen is not None and not masked else None
        co_signers: tuple[PersonFacts, ...] = ()
        if not masked:
            rows = s.scalars(
                select(CitizenRecord)
                .join(PetitionSignerRecord, PetitionSignerRecord.citizen_id == CitizenRecord.id)
                .where(PetitionSignerRecord.petition_id == rec.id)
                .order_by(PetitionSignerRecord.position)
            ).all()
            co_signers = tuple(pf.person(c) for c in rows)
        if protected and author is not None:
            audit.record(s, self._ctx, "reveal", "petition", rec.id, {"author": (None, "printed")})
        return PetitionFacts(
            id=rec.id, label=f"{rec.register_no}/{rec.book_year}", received_date=rec.received_date,
            source=PetitionSource(rec.source), category=category, summary=rec.summary, author=author,
            author_masked=masked, co_signers=co_signers, signer_count=rec.signer_count, letter_date=rec.letter_date,
            forwarded_by_org=rec.forwarded_by_org, forwarded_doc_no=rec.forwarded_doc_no,
            forwarded_doc_date=rec.forwarded_doc_date, field=SubjectField(rec.field) if rec.field else None,
            respondent=rec.respondent,
            prior_level=PriorDecisionLevel(rec.prior_decision_level) if rec.prior_decision_level else None,
            within_competence=rec.within_competence, competent_body=rec.competent_body,
        )  # fmt: skip

    def _close_notice_clock(self, s: DbSession, petition_id: int, on: dt.date) -> None:
        running = s.scalars(
            select(DeadlineRecord).where(
                DeadlineRecord.entity_type == "petition",
                DeadlineRecord.entity_id == petition_id,
                DeadlineRecord.rule_code == NOTICE_CLOCK,
                DeadlineRecord.completed_on.is_(None),
                DeadlineRecord.is_voided.is_(False),
            )
        ).all()
        for clock in running:
            deadline_clock.complete(s, self._ctx, clock, on)


_DOC_TITLES: dict[DocumentKind, str] = {
    DocumentKind.GUIDANCE: vf.GUIDANCE_DOC_TITLE,
    DocumentKind.TRANSFER: vf.TRANSFER_DOC_TITLE,
    DocumentKind.RESULT: vf.RESULT_DOC_TITLE,
    DocumentKind.ACCEPTANCE: vf.ACCEPT_DOC_TITLE,
}


def kind_form(kind: DocumentKind) -> str:
    """The form key of a document's editable texts (Cài đặt › Mẫu văn bản): the kind's own value."""
    return kind.value


def _live(s: DbSession, petition_id: int) -> PetitionRecord:
    rec = s.get(PetitionRecord, petition_id)
    if rec is None or rec.is_voided:
        raise NotFoundError("petition.not_found")
    return rec


def _carried_by(letter: DocumentKind) -> Handling:
    """The approved handling a letter carries out (domain.petition_rules.HANDLING_LETTERS): only then may it print."""
    return next(h for h, kind in HANDLING_LETTERS.items() if kind is letter)
