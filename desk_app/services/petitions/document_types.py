"""Plain data the petition documents are printed from (the ui words and renders them; DOMAIN §9)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from desk_app.domain.documents import DocumentKind
from desk_app.domain.enums import (
    Category,
    Handling,
    PetitionSource,
    PriorDecisionLevel,
    RefusalReason,
    SubjectField,
)
from desk_app.domain.petition_docs import NoticeOutcome, PersonFacts
from desk_app.services.documents import OfficeHeader
from desk_app.services.outgoing import IssuedNumber
from desk_app.services.schedule.conclusion_types import Signer

DOC_TYPE: dict[DocumentKind, str] = {
    DocumentKind.GUIDANCE: "HD",
    DocumentKind.TRANSFER: "PC",
    DocumentKind.RESULT: "TB",
    DocumentKind.ACCEPTANCE: "TB",
    DocumentKind.REFUSAL: "TB",
}
"""NĐ 30 Phụ lục III symbols (DOMAIN §6.7); the Phiếu đề xuất has none: it is numbered in an internal book."""


def related_type(kind: DocumentKind, owner: str = "petition") -> str:
    """ "petition:tb_ket_qua_xu_ly": the numbers of one petition's documents, one book entry per kind."""
    return f"{owner}:{kind.value}"


@dataclass(frozen=True, slots=True)
class PetitionFacts:
    """The petition as its documents print it; `author` is None when anonymous or masked for this reader."""

    id: int
    label: str
    received_date: dt.date
    source: PetitionSource
    category: Category
    summary: str
    author: PersonFacts | None
    author_masked: bool
    co_signers: tuple[PersonFacts, ...] = ()
    signer_count: int = 1
    letter_date: dt.date | None = None
    forwarded_by_org: str | None = None
    forwarded_doc_no: str | None = None
    forwarded_doc_date: dt.date | None = None
    field: SubjectField | None = None
    respondent: str | None = None
    prior_level: PriorDecisionLevel | None = None
    within_competence: bool | None = None
    competent_body: str | None = None


@dataclass(frozen=True, slots=True)
class DecisionFacts:
    """The latest proposal and, once decided, the leader's decision on it."""

    id: int
    handling: Handling
    proposed_on: dt.date
    proposer_name: str
    target_body: str | None = None
    reason: str | None = None
    legal_basis: str | None = None
    approved: bool | None = None
    approver_name: str | None = None
    approver_position: str | None = None
    approved_on: dt.date | None = None
    leader_opinion: str | None = None


@dataclass(frozen=True, slots=True)
class PetitionDocumentSource:
    """One document of a petition, numbered (official `number`, or `internal_no` for the Phiếu đề xuất)."""

    kind: DocumentKind
    office: OfficeHeader
    issued_on: dt.date
    petition: PetitionFacts
    signer: Signer
    recipients: tuple[str, ...]
    number: IssuedNumber | None = None
    internal_no: str | None = None
    reused: bool = False
    decision: DecisionFacts | None = None
    addressee: str = ""
    """Kính gửi of the Phiếu đề xuất: the leader it goes to."""
    earlier: tuple[str, ...] = ()
    outcome: NoticeOutcome | None = None
    reason: str | None = None
    accepted: bool | None = None
    target_body: str | None = None
    transfer_number: str | None = None
    transfer_date: dt.date | None = None
    texts: Mapping[str, str] = field(default_factory=dict)
    """The office's wording of the form's editable parts (part key → text); absent parts print the default."""

    @property
    def number_text(self) -> str | None:
        return self.number.text if self.number else None


@dataclass(frozen=True, slots=True)
class RefusalSource:
    """Mẫu 01/TCD for a refused visit: the citizen's own data (the notice goes to that citizen)."""

    office: OfficeHeader
    visit_id: int
    issued_on: dt.date
    citizen: PersonFacts
    came_on: dt.date
    place: str
    category: Category | None
    summary: str
    reason: RefusalReason
    signer: Signer
    recipients: tuple[str, ...]
    number: IssuedNumber
    reused: bool = False
    override_note: str | None = None

    @property
    def number_text(self) -> str:
        return self.number.text
