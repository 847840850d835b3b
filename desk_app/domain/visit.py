"""A visit as the desk enters it, and the rules that decide whether it can be saved (DOMAIN §3, §4, §5.7)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain import identity
from desk_app.domain.enums import (
    Category,
    DocCondition,
    Gender,
    Handling,
    IdType,
    PriorDecisionLevel,
    ReceptionKind,
    ReceptionMode,
    RefusalReason,
    SignatureKind,
    SubjectField,
)
from desk_app.domain.reception import representative_problem
from desk_app.errors import FieldError


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A person at the desk; `citizen_id` set when the officer picked a known citizen."""

    full_name: str
    id_type: IdType = IdType.CAN_CUOC
    id_number: str | None = None
    id_issue_date: dt.date | None = None
    id_issue_place: str | None = None
    birth_year: int | None = None
    gender: Gender | None = None
    address: str | None = None
    phone: str | None = None
    citizen_id: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentInput:
    """A document handed over at the desk (listed on Giấy biên nhận 02/TCD)."""

    title: str
    pages: int | None = None
    condition: DocCondition = DocCondition.BAN_PHOTO
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class VisitInput:
    """Everything the intake form holds; `case_id` links to an existing case, None starts a new one."""

    date: dt.date
    visitor: PersonInput
    time: dt.time | None = None
    kind: ReceptionKind = ReceptionKind.THUONG_XUYEN
    mode: ReceptionMode = ReceptionMode.TRUC_TIEP
    presided_by_id: int | None = None
    delegated: bool | None = None
    received_by_id: int | None = None
    place_id: int | None = None
    representatives: tuple[PersonInput, ...] = ()
    group_size: int = 1
    is_delegation: bool | None = None
    authorised_person: str | None = None
    interpreter_name: str | None = None
    summary: str = ""
    requests: str | None = None
    category: Category | None = None
    field: SubjectField | None = None
    prior_handling: str | None = None
    prior_decision_level: PriorDecisionLevel | None = None
    within_competence: bool = False
    handling: Handling | None = None
    guidance_target: str | None = None
    guidance_doc_no: str | None = None
    transfer_target: str | None = None
    transfer_doc_no: str | None = None
    refusal_reason: RefusalReason | None = None
    documents: tuple[DocumentInput, ...] = ()
    citizen_signed: SignatureKind = SignatureKind.KY
    has_written_petition: bool = False
    follow_up: str | None = None
    remarks: str | None = None
    case_id: int | None = None

    @property
    def is_refusal(self) -> bool:
        return self.handling is Handling.TU_CHOI_TIEP


def check_person(person: PersonInput, prefix: str, today: dt.date) -> list[FieldError]:
    """Blocking problems of one person's fields; `prefix` names the form section ("visitor", "rep1" …)."""
    errors: list[FieldError] = []
    if not person.full_name.strip():
        errors.append(FieldError(f"{prefix}.full_name", "required"))
    if person.id_number:
        for code in identity.check_id_number(person.id_type, person.id_number):
            errors.append(FieldError(f"{prefix}.id_number", code))
    if person.birth_year is not None and not 1900 <= person.birth_year <= today.year:
        errors.append(FieldError(f"{prefix}.birth_year", "range"))
    if person.phone and not all(ch.isascii() and (ch.isdigit() or ch in " .-+()") for ch in person.phone):
        errors.append(FieldError(f"{prefix}.phone", "invalid"))
    return errors


def check_visit(visit: VisitInput, today: dt.date) -> list[FieldError]:
    """Every blocking problem of the form at once, so the officer sees them all next to their fields."""
    errors = check_person(visit.visitor, "visitor", today)
    for index, rep in enumerate(visit.representatives, start=1):
        errors.extend(check_person(rep, f"rep{index}", today))
    if visit.date > today:
        errors.append(FieldError("date", "future"))
    if visit.group_size < 1:
        errors.append(FieldError("group_size", "min"))
    else:
        problem = representative_problem(visit.group_size, 1 + len(visit.representatives), visit.date)
        if problem:
            errors.append(FieldError("representatives", problem))
    if visit.kind is not ReceptionKind.THUONG_XUYEN and visit.presided_by_id is None:
        errors.append(FieldError("presided_by", "required"))
    for index, doc in enumerate(visit.documents, start=1):
        if not doc.title.strip():
            errors.append(FieldError(f"doc{index}.title", "required"))
        if doc.pages is not None and doc.pages < 1:
            errors.append(FieldError(f"doc{index}.pages", "min"))
    if visit.is_refusal:
        if visit.refusal_reason is None:
            errors.append(FieldError("refusal_reason", "required"))
        return errors
    if not visit.summary.strip():
        errors.append(FieldError("summary", "required"))
    if visit.category is None:
        errors.append(FieldError("category", "required"))
    elif visit.category is Category.NHIEU_NOI_DUNG:
        errors.append(FieldError("category", "split"))
    if visit.handling is Handling.HUONG_DAN and not (visit.guidance_target or "").strip():
        errors.append(FieldError("guidance_target", "required"))
    if visit.handling is Handling.CHUYEN_DON and not (visit.transfer_target or "").strip():
        errors.append(FieldError("transfer_target", "required"))
    return errors
