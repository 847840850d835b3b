"""A petition as the handler registers it, and the checks that decide whether it can be saved (DOMAIN §5.9)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from desk_app.domain.enums import Category, PetitionSource, PriorDecisionLevel, SignatureKind, SubjectField
from desk_app.domain.text import blank
from desk_app.domain.visit import PersonInput, check_person, check_summary
from desk_app.errors import FieldError


@dataclass(frozen=True, slots=True)
class PetitionInput:
    """Everything the registration form holds. `signers` are the people beyond the main one (người đứng tên).

    `main` is None only for an anonymous letter. `visit_id` links a petition made from a visit at the desk.
    """

    received_date: dt.date
    source: PetitionSource
    summary: str
    category: Category | None
    main: PersonInput | None = None
    signers: tuple[PersonInput, ...] = ()
    signer_count: int = 1
    signature: SignatureKind = SignatureKind.KY
    is_anonymous: bool = False
    is_impersonation: bool = False
    forwarded_by_org: str | None = None
    forwarded_doc_no: str | None = None
    forwarded_doc_date: dt.date | None = None
    letter_date: dt.date | None = None
    respondent: str | None = None
    field: SubjectField | None = None
    prior_decision_level: PriorDecisionLevel | None = None
    has_original_documents: bool = False
    visit_id: int | None = None
    case_id: int | None = None
    duplicate_of_id: int | None = None
    handler_id: int | None = None


def check_petition(p: PetitionInput, today: dt.date) -> list[FieldError]:
    """Every blocking problem of the form at once, named by field."""
    errors: list[FieldError] = []
    if p.received_date > today:
        errors.append(FieldError("received_date", "future"))
    if p.letter_date is not None and p.letter_date > p.received_date:
        errors.append(FieldError("letter_date", "after_received"))
    errors.extend(check_summary(p.summary))
    if p.category is None:
        errors.append(FieldError("category", "required"))
    elif p.category is Category.NHIEU_NOI_DUNG:
        errors.append(FieldError("category", "split"))
    if p.main is None:
        if not p.is_anonymous:
            errors.append(FieldError("main.full_name", "required"))
    else:
        errors.extend(check_person(p.main, "main", today))
    for index, signer in enumerate(p.signers, start=1):
        errors.extend(check_person(signer, f"signer{index}", today))
    if p.signer_count < max(1, 1 + len(p.signers)) and not p.is_anonymous:
        errors.append(FieldError("signer_count", "min"))
    if p.source.is_forwarded:
        if blank(p.forwarded_by_org):
            errors.append(FieldError("forwarded_by_org", "required"))
        if p.forwarded_doc_date is not None and p.forwarded_doc_date > p.received_date:
            errors.append(FieldError("forwarded_doc_date", "after_received"))
    return errors


def split_contents(p: PetitionInput, summaries: list[str], categories: list[Category]) -> list[PetitionInput]:
    """One petition per content of a letter with several (DOMAIN §6.4): same letter, its own summary and category."""
    return [
        replace(p, summary=summary, category=category, duplicate_of_id=None)
        for summary, category in zip(summaries, categories, strict=True)
    ]


class FromVisitBlock(StrEnum):
    """Why "Tạo đơn" cannot start from a visit now; labels in i18n."""

    UNSAVED = "UNSAVED"


def from_visit_block(*, visit_saved: bool, has_unsaved_edits: bool) -> FromVisitBlock | None:
    """What "Tạo đơn" requires: a saved visit with no unsaved edits, because the petition copies the stored visit
    (received at the desk that day, its person, content, category and case) and links to it. The petition itself
    then needs what check_petition asks of any petition."""
    if not visit_saved or has_unsaved_edits:
        return FromVisitBlock.UNSAVED
    return None
