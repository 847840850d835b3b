"""Facts the petition documents print (DOMAIN §9 F1, F4, F5, F8, F14), which apply now, and who may sign them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import Category, Handling, IdType
from desk_app.domain.petition_rules import HANDLING_LETTERS


class NoticeOutcome(StrEnum):
    """The four results of the 10-working-day notice (LTCD Điều 28.1; DOMAIN §9 F4)."""

    THU_LY = "THU_LY"
    CAN_THEM_THOI_GIAN = "CAN_THEM_THOI_GIAN"
    KHONG_THU_LY = "KHONG_THU_LY"
    DA_CHUYEN = "DA_CHUYEN"


class CaseEventKind(StrEnum):
    """What one line of a case file records."""

    VISIT = "VISIT"
    PETITION = "PETITION"
    DECISION = "DECISION"
    DOCUMENT = "DOCUMENT"
    DEADLINE = "DEADLINE"


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """A petitioner or an addressee as printed; the ID parts are None when unknown."""

    name: str
    address: str | None = None
    id_number: str | None = None
    id_issue_date: dt.date | None = None
    id_issue_place: str | None = None
    id_type: IdType | None = None


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One dated line of a case's history: the kind, a short heading and its detail text (already worded)."""

    on: dt.date
    kind: CaseEventKind
    heading: str
    detail: str


HEAD_PREFIXES: frozenset[str] = frozenset({"", "TM."})
"""Authority prefixes of the head signing in person (NĐ 30 box 7a): none, or on behalf of the collective."""


def authority_prefix(authority: str) -> str:
    """ "KT. CHỦ TỊCH" → "KT."; "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH" → "KT." (the line nearest the title says who
    signs); "" → ""."""
    lines = [line.strip() for line in authority.splitlines() if line.strip()]
    first = lines[-1].split(" ", 1)[0].upper() if lines else ""
    return first if first.endswith(".") else ""


def head_only_blocked(authority: str, override_note: str | None) -> bool:
    """A head-only form (Mẫu 01/TCD) signed KT./TL./TUQ./Q. needs a note explaining the override (DOMAIN §9)."""
    return authority_prefix(authority) not in HEAD_PREFIXES and not (override_note or "").strip()


def notice_outcome(handling: Handling | None) -> NoticeOutcome:
    """The result the notice reports for the approved handling; none approved yet means more time is needed."""
    if handling is None or handling is Handling.DON_DOC:
        return NoticeOutcome.CAN_THEM_THOI_GIAN
    if handling is Handling.THU_LY:
        return NoticeOutcome.THU_LY
    if handling in (Handling.CHUYEN_DON, Handling.CHUYEN_CQ_DIEU_TRA):
        return NoticeOutcome.DA_CHUYEN
    return NoticeOutcome.KHONG_THU_LY


def petition_documents(
    *,
    has_proposal: bool,
    handling: Handling | None,
    category: Category,
    is_anonymous: bool,
    in_case: bool,
) -> list[DocumentKind]:
    """The documents a petition calls for now, in the order they are usually made (the "In văn bản" menu).

    The proposal slip once proposed; the approved handling's own letter; a notice of the result to a known author
    and, for a complaint, the notice of acceptance or not; the case file when the petition is in a case.
    """
    docs: list[DocumentKind] = []
    if has_proposal:
        docs.append(DocumentKind.PROPOSAL)
    letter = HANDLING_LETTERS.get(handling) if handling is not None else None
    if letter is not None:
        docs.append(letter)
    if handling is not None and not is_anonymous:
        docs.append(DocumentKind.RESULT)
        if category is Category.KHIEU_NAI:
            docs.append(DocumentKind.ACCEPTANCE if handling is Handling.THU_LY else DocumentKind.NOT_ACCEPTED)
    if in_case:
        docs.append(DocumentKind.CASE_FILE)
    return docs
