"""Finding repeat visitors at once: a person's earlier visits and open cases by ID number or name."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain import identity
from desk_app.domain.enums import CaseStatus, Category, Gender, IdType, SubjectField, VisitStatus
from desk_app.domain.permissions import Action
from desk_app.domain.text import search_key
from desk_app.domain.visit import case_takes_visits
from desk_app.services import audit
from desk_app.services.citizens import overview_rows as rows
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    VisitMatterRecord,
    VisitPersonRecord,
    VisitRecord,
)

MIN_NAME_KEY = 3
MIN_ID_PREFIX = 6


def typed_number(text: str | None) -> str:
    """An ID number as typed, reduced to its letters and digits, upper case."""
    return "".join(ch for ch in (text or "") if ch.isascii() and ch.isalnum()).upper()


def match_conditions(number: str, key: str) -> list[ColumnElement[bool]]:
    """Who the desk's searches find: an ID number prefix (6+ characters) or every typed word of the name."""
    conditions: list[ColumnElement[bool]] = []
    if len(number) >= MIN_ID_PREFIX:
        # A range, not LIKE: SQLite's case-insensitive LIKE cannot use the ID number's index.
        conditions.append(CitizenRecord.id_number.between(number, number + "~"))
    if len(key) >= MIN_NAME_KEY:
        # Every typed word must appear; the full key as a prefix ranks first (match_rank).
        conditions.append(and_(*(CitizenRecord.name_key.like(f"%{word}%") for word in key.split())))
    return conditions


def match_rank(person: CitizenRecord, number: str, key: str) -> tuple[bool, bool, bool]:
    """Sort key of a match: the ID number typed, then the exact name, then the name's beginning."""
    return (
        not (number and (person.id_number or "").startswith(number)),
        not (key and person.name_key == key),
        not (key and person.name_key.startswith(key)),
    )


@dataclass(frozen=True, slots=True)
class VisitBrief:
    visit_id: int
    date: dt.date
    category: Category | None
    summary: str
    case_id: int | None
    case_code: str | None
    refused: bool


@dataclass(frozen=True, slots=True)
class CaseBrief:
    id: int
    code: str
    title: str
    category: Category
    status: CaseStatus
    first_seen_date: dt.date
    visit_count: int
    field: SubjectField | None = None


@dataclass(frozen=True, slots=True)
class CitizenMatch:
    citizen_id: int
    full_name: str
    id_type: IdType
    id_number: str | None
    id_number_masked: str
    birth_year: int | None
    gender: Gender | None
    address: str | None
    phone: str | None
    visits: tuple[VisitBrief, ...]
    open_cases: tuple[CaseBrief, ...]


class CitizenService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def find(
        self, *, id_number: str | None = None, name: str | None = None, limit: int = 8
    ) -> list[CitizenMatch]:
        """People matching a typed ID number (prefix) or name (without diacritics, every word), newest first.

        What this user may not see is not found (DOMAIN §13.3): a person known here only by confidential records
        hidden from the user is left out, and of the others only the visits and cases the user may see are listed.
        """
        require(self._ctx, Action.READ_CASES)
        number, key = typed_number(id_number), search_key(name)
        conditions = match_conditions(number, key)
        if not conditions:
            return []
        access = Access(self._ctx)
        with self._ctx.db.read() as s:
            people = list(
                s.scalars(
                    select(CitizenRecord)
                    .where(or_(*conditions), CitizenRecord.is_voided.is_(False))
                    .order_by(CitizenRecord.id.desc())
                    .limit(200)
                ).all()
            )
            if not access.leader:
                counted = rows.tallies(s, access, [p.id for p in people])
                people = [p for p in people if not _only_hidden(counted.get(p.id))]
            people = sorted(people, key=lambda p: match_rank(p, number, key))[:limit]
            found = [self._match(s, access, p) for p in people]
        # Who looked for whom is in the audit log (the term folded, as the viewer searches it), after the read.
        audit.search(self._ctx, "intake", " ".join(t for t in (id_number, name) if t), len(found))
        return found

    def case_brief(self, case_id: int) -> CaseBrief | None:
        """One case as the repeat-visitor panel lists it (a visit opened from the register names its case)."""
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            case = s.get(CaseRecord, case_id)
            if case is None or case.is_voided:
                return None
            count = s.scalar(
                select(func.count())
                .select_from(VisitRecord)
                .where(VisitRecord.case_id == case_id, VisitRecord.is_voided.is_(False))
            )
            further = s.scalar(
                select(func.count(func.distinct(VisitMatterRecord.visit_id)))
                .join(VisitRecord, VisitRecord.id == VisitMatterRecord.visit_id)
                .where(VisitMatterRecord.case_id == case_id, VisitRecord.is_voided.is_(False))
            )
            return _brief(case, (count or 0) + (further or 0))

    def _match(self, s: DbSession, access: Access, person: CitizenRecord) -> CitizenMatch:
        rep_of = select(VisitPersonRecord.visit_id).where(VisitPersonRecord.citizen_id == person.id)
        visits = s.execute(
            select(VisitRecord, CaseRecord.code)
            .outerjoin(CaseRecord, CaseRecord.id == VisitRecord.case_id)
            .where(
                or_(VisitRecord.main_citizen_id == person.id, VisitRecord.id.in_(rep_of)),
                VisitRecord.is_voided.is_(False),
                ~access.visit_hidden(),
            )
            .order_by(VisitRecord.date.desc(), VisitRecord.id.desc())
            .limit(20)
        ).all()
        # A visit's further matters (DOMAIN §16.3 `Lượt`) are cases of the person as much as its first one.
        further: dict[int, set[int]] = {}
        for visit_id, case_id in s.execute(
            select(VisitMatterRecord.visit_id, VisitMatterRecord.case_id).where(
                VisitMatterRecord.visit_id.in_([v.id for v, _ in visits])
            )
        ):
            further.setdefault(visit_id, set()).add(case_id)
        case_ids = {v.case_id for v, _ in visits if v.case_id is not None}
        case_ids |= {case_id for cases_of in further.values() for case_id in cases_of}
        cases: list[CaseBrief] = []
        hidden_cases: set[int] = set()
        if case_ids:
            counts = rows.case_counts(s, access, sorted(case_ids))
            handled = access.handled_case_ids(s) if not access.leader else set()
            for case in s.scalars(
                select(CaseRecord)
                .where(CaseRecord.id.in_(case_ids), CaseRecord.is_voided.is_(False))
                .order_by(CaseRecord.first_seen_date.desc())
            ):
                if access.case_hidden(case, counts[case.id][2], handled):
                    hidden_cases.add(
                        case.id
                    )  # a shown visit of a hidden case keeps no case: it would tie them
                    continue
                if not case_takes_visits(CaseStatus(case.status)):
                    continue
                count = sum(1 for v, _ in visits if v.case_id == case.id or case.id in further.get(v.id, ()))
                cases.append(_brief(case, count))
        return CitizenMatch(
            citizen_id=person.id,
            full_name=person.full_name,
            id_type=IdType(person.id_type),
            id_number=person.id_number,
            id_number_masked=identity.mask_id(person.id_number),
            birth_year=person.birth_year,
            gender=Gender(person.gender) if person.gender else None,
            address=person.address,
            phone=person.phone,
            visits=tuple(
                VisitBrief(
                    visit_id=v.id,
                    date=v.date,
                    category=Category(v.category) if v.category else None,
                    summary=v.summary,
                    case_id=None if v.case_id in hidden_cases else v.case_id,
                    case_code=None if v.case_id in hidden_cases else code,
                    refused=VisitStatus(v.status) is VisitStatus.TU_CHOI,
                )
                for v, code in visits
            ),
            open_cases=tuple(cases),
        )


def _only_hidden(tally: rows.Tally | None) -> bool:
    """Known here only by records this user may not see: such a person is not found at all."""
    return tally is not None and tally.hidden > 0 and not (tally.visits or tally.petitions)


def _brief(case: CaseRecord, visit_count: int) -> CaseBrief:
    return CaseBrief(
        id=case.id,
        code=case.code,
        title=case.title,
        category=Category(case.category),
        status=CaseStatus(case.status),
        first_seen_date=case.first_seen_date,
        visit_count=visit_count,
        field=SubjectField(case.field) if case.field else None,
    )
