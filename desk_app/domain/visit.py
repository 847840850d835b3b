"""A visit: as the desk enters it, whether it can be saved, and what it implies (DOMAIN §3, §4, §5.7, §5.8, §16.3).

Saving at the desk and importing a register both derive a visit's status, confidentiality, case code, search text,
session and order (lần đầu / nhiều lần) through the functions below, so the two paths cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain import identity
from desk_app.domain.enums import (
    CaseStatus,
    Category,
    DocCondition,
    Gender,
    Handling,
    IdType,
    PriorDecisionLevel,
    ReceptionKind,
    ReceptionMode,
    ReceptionSessionStatus,
    RefusalReason,
    SignatureKind,
    SubjectField,
    VisitOrder,
    VisitStatus,
)
from desk_app.domain.reception import is_delegation, representative_problem
from desk_app.domain.text import blank, search_key, stored_length
from desk_app.errors import FieldError

# The longest text a form may store: a person's name and address as their columns hold them, a document's title,
# and a summary as one spreadsheet cell holds it (XLSX cells end at 32,767 characters; Excel repairs longer ones).
NAME_LIMIT = 200
ADDRESS_LIMIT = 400
DOC_TITLE_LIMIT = 500
SUMMARY_LIMIT = 32_767


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
class MatterInput:
    """A further matter raised at the same visit (DOMAIN §16.3 `Lượt`): one turn, its own case, category and field.

    `case_id` continues an existing case of the citizen; None opens a new case for it.
    """

    summary: str
    category: Category | None = None
    field: SubjectField | None = None
    case_id: int | None = None


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
    further_matters: tuple[MatterInput, ...] = ()
    """The second and later matters of the visit; the first is `summary`, `category`, `field` and `case_id`."""

    @property
    def is_refusal(self) -> bool:
        return self.handling is Handling.TU_CHOI_TIEP


def check_person(person: PersonInput, prefix: str, today: dt.date) -> list[FieldError]:
    """Blocking problems of one person's fields; `prefix` names the form section ("visitor", "rep1" …)."""
    errors: list[FieldError] = []
    if blank(person.full_name):
        errors.append(FieldError(f"{prefix}.full_name", "required"))
    elif stored_length(person.full_name) > NAME_LIMIT:
        errors.append(FieldError(f"{prefix}.full_name", "too_long"))
    if stored_length(person.address) > ADDRESS_LIMIT:
        errors.append(FieldError(f"{prefix}.address", "too_long"))
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
        if blank(doc.title):
            errors.append(FieldError(f"doc{index}.title", "required"))
        elif stored_length(doc.title) > DOC_TITLE_LIMIT:
            errors.append(FieldError(f"doc{index}.title", "too_long"))
        if doc.pages is not None and doc.pages < 1:
            errors.append(FieldError(f"doc{index}.pages", "min"))
    if visit.is_refusal:
        if visit.refusal_reason is None:
            errors.append(FieldError("refusal_reason", "required"))
        if visit.further_matters:
            errors.append(FieldError("further_matters", "refused"))
        return errors
    errors.extend(check_summary(visit.summary))
    errors.extend(check_matters(visit))
    if visit.category is None:
        errors.append(FieldError("category", "required"))
    elif visit.category is Category.NHIEU_NOI_DUNG:
        errors.append(FieldError("category", "split"))
    if guides(visit.handling) and blank(visit.guidance_target):
        errors.append(FieldError("guidance_target", "required"))
    if transfers(visit.handling) and blank(visit.transfer_target):
        errors.append(FieldError("transfer_target", "required"))
    return errors


def content_cell(summaries: Sequence[str]) -> str:
    """The content of a visit's line in the book: its one summary, or every matter numbered ("1. … 2. …")."""
    if len(summaries) == 1:
        return summaries[0]
    return " ".join(f"{n}. {summary.strip()}" for n, summary in enumerate(summaries, start=1))


def check_summary(summary: str) -> list[FieldError]:
    """A summary is required, and no longer than a spreadsheet cell holds (the register exports it whole)."""
    if blank(summary):
        return [FieldError("summary", "required")]
    if stored_length(summary) > SUMMARY_LIMIT:
        return [FieldError("summary", "too_long")]
    return []


def check_matters(visit: VisitInput) -> list[FieldError]:
    """Each further matter needs its summary and one category (a mixed letter is split, as for the first matter);
    two matters of one visit are never the same case."""
    errors: list[FieldError] = []
    seen = {visit.case_id} if visit.case_id is not None else set()
    for index, matter in enumerate(visit.further_matters, start=1):
        if blank(matter.summary):
            errors.append(FieldError(f"matter{index}.summary", "required"))
        elif stored_length(matter.summary) > SUMMARY_LIMIT:
            errors.append(FieldError(f"matter{index}.summary", "too_long"))
        if matter.category is None:
            errors.append(FieldError(f"matter{index}.category", "required"))
        elif matter.category is Category.NHIEU_NOI_DUNG:
            errors.append(FieldError(f"matter{index}.category", "split"))
        if matter.case_id is not None:
            if matter.case_id in seen:
                errors.append(FieldError(f"matter{index}.case", "duplicate"))
            seen.add(matter.case_id)
    return errors


def guides(handling: Handling | None) -> bool:
    """A visit handled by guidance names the body the citizen is guided to (and may cite the guidance letter)."""
    return handling is Handling.HUONG_DAN


def transfers(handling: Handling | None) -> bool:
    """A visit whose matter is transferred names the body it goes to (and may cite the transfer letter)."""
    return handling is Handling.CHUYEN_DON


_DECIDED_BEFORE = frozenset(
    {
        PriorDecisionLevel.LAN_DAU,
        PriorDecisionLevel.LAN_HAI,
        PriorDecisionLevel.BAN_AN,
        PriorDecisionLevel.KET_LUAN_TC,
    }
)


def asks_prior_handling(level: PriorDecisionLevel | None) -> bool:
    """ "Cơ quan đã giải quyết" is asked only when the matter was decided before (a first or second decision, a
    judgment, a denunciation's conclusion)."""
    return level in _DECIDED_BEFORE


# What a visit implies ---------------------------------------------------------------------------------------
CASE_TITLE_LIMIT = 200  # case.title holds the start of the first visit's summary


@dataclass(frozen=True, slots=True)
class VisitImplies:
    """The columns of a visit that follow from what was entered, never typed."""

    status: VisitStatus
    is_confidential: bool
    is_delegation: bool
    has_case: bool


def visit_status(handling: Handling | None) -> VisitStatus:
    """Refused → Từ chối tiếp; answered or guided at the desk → Đã xử lý tại chỗ; anything else is Đã vào sổ."""
    if handling is Handling.TU_CHOI_TIEP:
        return VisitStatus.TU_CHOI
    if handling in (Handling.TRA_LOI_TRUC_TIEP, Handling.HUONG_DAN):
        return VisitStatus.DA_XU_LY_TAI_CHO
    return VisitStatus.DA_VAO_SO


def implies(
    handling: Handling | None, category: Category | None, group_size: int, delegation: bool | None = None
) -> VisitImplies:
    """What a visit implies (DOMAIN §5.7): its status; confidential when it denounces (tố cáo, §13); a delegation
    from 5 people unless the officer said otherwise (§4); a case unless the visitor was refused (a refused visitor
    has no matter on the book)."""
    return VisitImplies(
        status=visit_status(handling),
        is_confidential=category is Category.TO_CAO,
        is_delegation=is_delegation(group_size) if delegation is None else delegation,
        has_case=handling is not Handling.TU_CHOI_TIEP,
    )


def case_code(year: int, number: int) -> str:
    """The office's case code, VV-YYYY-NNN: the year the case was first seen and its number in that year."""
    return f"VV-{year}-{number:03d}"


def case_title(summary: str) -> str:
    """A new case is titled by the summary of its first visit (or letter)."""
    return summary[:CASE_TITLE_LIMIT]


def search_text(name_key: str, address_key: str, id_number: str | None, summary_key: str) -> str:
    """What the register's quick search looks in: the visitor's name, address and ID number, and the matter."""
    return " ".join(x for x in (name_key, address_key, id_number or "", summary_key) if x)


def matter_key(citizen_id: int, summary_key: str) -> tuple[int, str]:
    """Without the office's own case key, two visits are of the same case when the same person came about the same
    matter (DOMAIN §16.3): the same citizen, the same summary once diacritics, case and spacing are set aside
    (`summary_key` is search_key(summary))."""
    return citizen_id, summary_key


def is_delegated(presider_is_head: bool | None, said: bool | None = None) -> bool:
    """Whether a session was presided on the head's behalf (Biểu 01/TCD counts "Thủ trưởng tiếp" only when the
    head himself presided): as the officer said, else whenever the presiding person is not the head.

    `presider_is_head` is None when nobody known presided: then nobody presided on the head's behalf either.
    """
    if presider_is_head is None:
        return False
    return not presider_is_head if said is None else said


# The reception session a visit joins -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True, order=True)
class SessionKey:
    """A Định kỳ/Đột xuất visit joins the session of its presiding person, on its day, of its kind."""

    date: dt.date
    presided_by_id: int
    kind: ReceptionKind


def session_key(kind: ReceptionKind, date: dt.date, presided_by_id: int | None) -> SessionKey | None:
    """The session a visit belongs to; None for Thường xuyên visits (the officers' daily desk has no session)."""
    if kind is ReceptionKind.THUONG_XUYEN or presided_by_id is None:
        return None
    return SessionKey(date, presided_by_id, kind)


def may_join(status: ReceptionSessionStatus) -> bool:
    """Any live session may be joined, the first one entered if there are several; a cancelled one never."""
    return status is not ReceptionSessionStatus.HUY


def held_by_joining(status: ReceptionSessionStatus) -> bool:
    """A planned, published, postponed or "nobody came" session becomes held: the visit proves it took place.
    Without any session to join, one is opened as held (Đã tiếp)."""
    return status is not ReceptionSessionStatus.DA_TIEP


SESSION_NOT_HELD = ReceptionSessionStatus.HUY
"""A scheduled day that could not be held ("Không tổ chức được": an epidemic, floods …), its reason in the session's
status_reason: the window's "Hủy" and the sessions import's "Không tổ chức được" alike (DOMAIN §16.3). Reviews count
these as scheduled days not held (TONG-HOP `sessions_not_held`); a postponed session (Hoãn) is not one of them."""


def not_held(status: ReceptionSessionStatus | str) -> bool:
    """A session that counts as a scheduled day not held (SESSION_NOT_HELD)."""
    return ReceptionSessionStatus(status) is SESSION_NOT_HELD


# When is a visit a repeat? -----------------------------------------------------------------------------------
BookPlace = tuple[dt.date, int]
"""Where a visit stands in its case's history: its day, then its id (the order it was entered that day)."""


def visit_order(place: BookPlace, earliest_other: BookPlace | None) -> VisitOrder:
    """A visit is a repeat (nhiều lần) when its case already had a live visit before it: on an earlier day, or
    the same day entered earlier. Refused visits have no case, so they are never repeats and never count;
    voided visits do not count either (the caller leaves them out of `earliest_other`)."""
    if earliest_other is not None and earliest_other < place:
        return VisitOrder.NHIEU_LAN
    return VisitOrder.LAN_DAU


def case_takes_visits(status: CaseStatus) -> bool:
    """The cases a returning visitor is offered to continue: his own (as visitor or representative), not yet
    ended; a matter raised again after its case ended is offered as a new case."""
    return status is not CaseStatus.KET_THUC


def is_case_owner(typed_name: str, typed_id: str, owner_name: str, owner_id: str | None) -> bool:
    """Choosing a person's open case means the visitor is that person when the typed name or ID number is theirs;
    anyone else (a relative joining the case) keeps a record of their own."""
    typed_id = typed_id.strip()
    return search_key(typed_name) == search_key(owner_name) or bool(typed_id and typed_id == owner_id)
