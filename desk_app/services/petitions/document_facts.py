"""Reading the records behind the petition documents: office, signer, people, decisions (no numbering here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Handling, IdType, PriorDecisionLevel
from desk_app.domain.petition_docs import PersonFacts
from desk_app.errors import ConflictError, NotFoundError
from desk_app.i18n import vi_petition_forms as vf
from desk_app.i18n.labels import HANDLING, PRIOR_DECISION_LEVEL
from desk_app.services.documents import OfficeHeader
from desk_app.services.office import signers
from desk_app.services.petitions.document_types import DecisionFacts
from desk_app.services.schedule.conclusion_types import Signer
from desk_app.storage.records import CitizenRecord, DecisionRecord, OfficeRecord, PetitionRecord, StaffRecord

APPROVED = "DUYET"
"""processing_decision.outcome of an approved proposal."""


def office(s: DbSession) -> OfficeRecord:
    office = s.scalar(select(OfficeRecord).where(OfficeRecord.is_voided.is_(False)).order_by(OfficeRecord.id))
    if office is None:
        raise ConflictError("office.not_set_up")
    return office


def header(office: OfficeRecord) -> OfficeHeader:
    return OfficeHeader(office.parent_name, office.name, office.place_name, office.abbreviation,
                        office.head_title, office.kind)  # fmt: skip


def head(s: DbSession) -> StaffRecord | None:
    return s.scalar(
        select(StaffRecord).where(StaffRecord.is_head.is_(True), StaffRecord.is_voided.is_(False)).limit(1)
    )


def signer(s: DbSession, office: OfficeRecord, staff_id: int | None) -> Signer:
    """Box 7 per NĐ 30 (services/signers.py): the chosen staff member, else the head."""
    staff = s.get(StaffRecord, staff_id) if staff_id is not None else head(s)
    if staff is not None and staff.is_voided:
        staff = None
    if staff is None and staff_id is not None:
        raise NotFoundError("staff.not_found")
    return signers.signer_for(office, staff)


def recipients(forwarded_by: str | None, kind: DocumentKind | None = None) -> tuple[str, ...]:
    """Nơi nhận: the addressee, the body that forwarded the letter (never for a denunciation), the archive."""
    if kind is DocumentKind.TRANSFER:
        return vf.DEFAULT_RECIPIENTS
    lines = [vf.AS_ABOVE]
    if forwarded_by and forwarded_by.strip():
        lines.append(vf.RECIPIENT_FORWARDER.format(org=forwarded_by.strip()))
    lines.append(vf.DEFAULT_RECIPIENTS[-1])
    return tuple(lines)


def person(c: CitizenRecord) -> PersonFacts:
    return PersonFacts(c.full_name, c.address, c.id_number, c.id_issue_date, c.id_issue_place,
                       IdType(c.id_type) if c.id_type else None)  # fmt: skip


def latest_decision(s: DbSession, petition_id: int, *, approved_only: bool) -> DecisionRecord | None:
    query = select(DecisionRecord).where(
        DecisionRecord.petition_id == petition_id, DecisionRecord.is_voided.is_(False)
    )
    if approved_only:
        query = query.where(DecisionRecord.outcome == APPROVED)
    return s.scalar(query.order_by(DecisionRecord.id.desc()).limit(1))


def decision_reason(decision: DecisionRecord | None) -> str | None:
    return decision.reason if decision and decision.reason else None


def decision_facts(s: DbSession, d: DecisionRecord) -> DecisionFacts:
    proposer = s.get(StaffRecord, d.proposed_by_id) if d.proposed_by_id else None
    approver = s.get(StaffRecord, d.approved_by_id) if d.approved_by_id else None
    return DecisionFacts(
        id=d.id, handling=Handling(d.proposal), proposed_on=d.proposed_at.date(),
        proposer_name=proposer.full_name if proposer else d.created_by or "", target_body=d.target_body,
        reason=d.reason, legal_basis=d.legal_basis,
        approved=None if d.outcome is None else d.outcome == APPROVED,
        approver_name=decided_by(s, d) or None,
        approver_position=approver.position if approver else None,
        approved_on=d.approved_at.date() if d.approved_at else None, leader_opinion=d.leader_opinion,
    )  # fmt: skip


def decided_by(s: DbSession, d: DecisionRecord) -> str:
    """Who approved or returned the proposal, as the petition's history shows it: the staff member linked, else the
    user who decided (imported history and deciders not on the staff list have no link); "" while undecided."""
    staff = s.get(StaffRecord, d.approved_by_id) if d.approved_by_id else None
    if staff is not None:
        return staff.full_name
    return (d.updated_by or "") if d.outcome else ""


def earlier(s: DbSession, rec: PetitionRecord) -> tuple[str, ...]:
    """What was done before: the level already reached, and the handlings of the petition it repeats."""
    items: list[str] = []
    if rec.prior_decision_level and rec.prior_decision_level != PriorDecisionLevel.CHUA.value:
        items.append(PRIOR_DECISION_LEVEL[PriorDecisionLevel(rec.prior_decision_level)])
    if rec.duplicate_of_id is not None:
        earlier = s.get(PetitionRecord, rec.duplicate_of_id)
        if earlier is not None and earlier.handling:
            items.append(
                vf.EARLIER_PETITION.format(
                    label=f"{earlier.register_no}/{earlier.book_year}",
                    handling=HANDLING[Handling(earlier.handling)].lower(),
                )
            )
    return tuple(items)
