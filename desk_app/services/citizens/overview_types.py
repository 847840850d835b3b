"""What the Công dân & vụ việc page receives: people found, and their visits, petitions and cases, already masked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.enums import (
    CaseStatus,
    Category,
    Handling,
    PetitionSource,
    PetitionStatus,
    ReceptionKind,
    SubjectField,
    VisitStatus,
)
from desk_app.domain.matter_results import MatterResult


@dataclass(frozen=True, slots=True)
class PersonHit:
    """A person found, or a case found by its code; `identity_hidden` means every identity field is "[Bảo mật]"."""

    citizen_id: int | None
    case_id: int | None
    name: str
    birth_year: int | None
    id_document: str
    phone: str
    address: str
    case_code: str
    visit_count: int
    petition_count: int
    last_date: dt.date | None
    identity_hidden: bool
    has_confidential: bool
    """Confidential records of this person are shown to this user (a leader, or their handler)."""


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[PersonHit, ...]
    truncated: bool
    searched: bool
    """False when what was typed is too short to search (fewer than 3 letters or 6 digits)."""


@dataclass(frozen=True, slots=True)
class VisitLine:
    visit_id: int
    label: str
    date: dt.date
    kind: ReceptionKind
    category: Category | None
    summary: str
    handling: Handling | None
    status: VisitStatus
    case_id: int | None
    case_code: str
    as_representative: bool
    confidential: bool
    identity_hidden: bool


@dataclass(frozen=True, slots=True)
class PetitionLine:
    petition_id: int
    label: str
    received_date: dt.date
    source: PetitionSource
    category: Category
    summary: str
    status: PetitionStatus
    case_id: int | None
    case_code: str
    as_cosigner: bool
    confidential: bool
    identity_hidden: bool


@dataclass(frozen=True, slots=True)
class CaseLine:
    case_id: int
    code: str
    title: str
    category: Category
    field: SubjectField | None
    status: CaseStatus
    first_seen_date: dt.date
    visit_count: int
    petition_count: int
    result: MatterResult | None = None
    """The case's latest result known today (DOMAIN §16.3 `Kết quả`), None when none was recorded."""


@dataclass(frozen=True, slots=True)
class CaseEntry:
    """One visit or petition of a case, in time order."""

    on: dt.date
    visit: VisitLine | None
    petition: PetitionLine | None


@dataclass(frozen=True, slots=True)
class Overview:
    person: PersonHit
    visits: tuple[VisitLine, ...]
    petitions: tuple[PetitionLine, ...]
    cases: tuple[CaseLine, ...]
