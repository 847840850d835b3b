"""The rows of the citizen overview: counts per person, visit and petition lines, cases, masked for the user."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from desk_app.domain import identity
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
from desk_app.i18n import vi
from desk_app.services.citizens import matter_visits
from desk_app.services.citizens.access import Access
from desk_app.services.citizens.overview_types import CaseLine, PersonHit, PetitionLine, VisitLine
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    PetitionRecord,
    PetitionSignerRecord,
    VisitMatterRecord,
    VisitPersonRecord,
    VisitRecord,
)

LINE_LIMIT = 500
Line = TypeVar("Line", VisitLine, PetitionLine)
Record = TypeVar("Record", VisitRecord, PetitionRecord)


@dataclass
class Tally:
    visits: int = 0
    petitions: int = 0
    hidden: int = 0
    confidential_shown: int = 0
    last: dt.date | None = None

    def add(self, row: tuple[int, int, int, int, dt.date | None], petitions: bool) -> None:
        _cid, total, hidden, confidential, last = row
        shown = total - (hidden or 0)
        if petitions:
            self.petitions += shown
        else:
            self.visits += shown
        self.hidden += hidden or 0
        self.confidential_shown += confidential or 0
        if last is not None and (self.last is None or last > self.last):
            self.last = last


def tallies(s: DbSession, access: Access, ids: list[int]) -> dict[int, Tally]:
    """How many visits and petitions each person has, shown and hidden, with the latest date shown."""
    tallies: dict[int, Tally] = defaultdict(Tally)
    if not ids:
        return tallies
    v_hidden, p_hidden = access.visit_hidden(), access.petition_hidden()
    v_columns = (
        func.count(),
        func.sum(case((v_hidden, 1), else_=0)),
        func.sum(case((Access.visit_confidential() & ~v_hidden, 1), else_=0)),
        func.max(case((~v_hidden, VisitRecord.date))),
    )
    p_columns = (
        func.count(),
        func.sum(case((p_hidden, 1), else_=0)),
        func.sum(case((Access.petition_confidential() & ~p_hidden, 1), else_=0)),
        func.max(case((~p_hidden, PetitionRecord.received_date))),
    )
    queries = (
        (False, select(VisitRecord.main_citizen_id, *v_columns)
            .where(VisitRecord.main_citizen_id.in_(ids), VisitRecord.is_voided.is_(False))
            .group_by(VisitRecord.main_citizen_id)),
        (False, select(VisitPersonRecord.citizen_id, *v_columns)
            .join(VisitRecord, VisitRecord.id == VisitPersonRecord.visit_id)
            .where(VisitPersonRecord.citizen_id.in_(ids), VisitRecord.is_voided.is_(False),
                   VisitRecord.main_citizen_id != VisitPersonRecord.citizen_id)
            .group_by(VisitPersonRecord.citizen_id)),
        (True, select(PetitionRecord.main_citizen_id, *p_columns)
            .where(PetitionRecord.main_citizen_id.in_(ids), PetitionRecord.is_voided.is_(False))
            .group_by(PetitionRecord.main_citizen_id)),
        (True, select(PetitionSignerRecord.citizen_id, *p_columns)
            .join(PetitionRecord, PetitionRecord.id == PetitionSignerRecord.petition_id)
            .where(PetitionSignerRecord.citizen_id.in_(ids), PetitionRecord.is_voided.is_(False),
                   PetitionRecord.main_citizen_id != PetitionSignerRecord.citizen_id)
            .group_by(PetitionSignerRecord.citizen_id)),
    )  # fmt: skip
    for is_petition, query in queries:
        for row in s.execute(query):
            tallies[row[0]].add(tuple(row), is_petition)  # type: ignore[arg-type]
    return tallies


def person_hit(p: CitizenRecord, tally: Tally) -> PersonHit:
    return PersonHit(
        citizen_id=p.id, case_id=None, name=p.full_name, birth_year=p.birth_year,
        id_document=identity.mask_id(p.id_number), phone=identity.mask_phone(p.phone), address=p.address or "",
        case_code="", visit_count=tally.visits, petition_count=tally.petitions, last_date=tally.last,
        identity_hidden=False, has_confidential=tally.confidential_shown > 0,
    )  # fmt: skip


def visit_lines(
    s: DbSession, access: Access, where: ColumnElement[bool], citizen_id: int | None, *, shown_only: bool
) -> list[VisitLine]:
    rows = _line_rows(
        s, VisitRecord, VisitRecord.date, access.visit_hidden(), Access.visit_confidential(), where, shown_only
    )  # fmt: skip
    return [
        VisitLine(
            visit_id=v.id,
            label=f"{v.book_no}/{v.book_year}",
            date=v.date,
            kind=ReceptionKind(v.kind),
            category=Category(v.category) if v.category else None,
            summary=v.summary,
            handling=Handling(v.handling) if v.handling else None,
            status=VisitStatus(v.status),
            case_id=v.case_id,
            case_code=code or "",
            as_representative=citizen_id is not None and v.main_citizen_id != citizen_id,
            confidential=conf,
            identity_hidden=is_hidden,
        )
        for v, code, is_hidden, conf in rows
    ]


def petition_lines(
    s: DbSession, access: Access, where: ColumnElement[bool], citizen_id: int | None, *, shown_only: bool
) -> list[PetitionLine]:
    rows = _line_rows(
        s, PetitionRecord, PetitionRecord.received_date, access.petition_hidden(), Access.petition_confidential(),
        where, shown_only,
    )  # fmt: skip
    return [
        PetitionLine(
            petition_id=p.id,
            label=f"{p.register_no}/{p.book_year}",
            received_date=p.received_date,
            source=PetitionSource(p.source),
            category=Category(p.category),
            summary=p.summary,
            status=PetitionStatus(p.status),
            case_id=p.case_id,
            case_code=code or "",
            as_cosigner=citizen_id is not None and p.main_citizen_id != citizen_id,
            confidential=conf,
            identity_hidden=is_hidden,
        )
        for p, code, is_hidden, conf in rows
    ]


def _line_rows(
    s: DbSession,
    record: type[Record],
    day: InstrumentedAttribute[dt.date],
    hidden: ColumnElement[bool],
    confidential: ColumnElement[bool],
    where: ColumnElement[bool],
    shown_only: bool,
) -> list[tuple[Record, str | None, bool, bool]]:
    """Live visits or petitions matching `where`, newest first, each with its case code, hidden and confidential."""
    query = (
        select(record, CaseRecord.code, hidden, confidential)
        .outerjoin(CaseRecord, CaseRecord.id == record.case_id)
        .where(where, record.is_voided.is_(False))
        .order_by(day.desc(), record.id.desc())
        .limit(LINE_LIMIT)
    )
    if shown_only:
        query = query.where(~hidden)
    return [(r, code, bool(h), bool(c)) for r, code, h, c in s.execute(query)]


def case_lines(
    s: DbSession, access: Access, cases: list[CaseRecord]
) -> dict[int, tuple[list[VisitLine], list[PetitionLine]]]:
    out: dict[int, tuple[list[VisitLine], list[PetitionLine]]] = {}
    for c in cases:
        visits = visit_lines(s, access, matter_visits.of_case(c.id), None, shown_only=False)
        further = matter_visits.further_texts(s, c.id, [v.visit_id for v in visits if v.case_id != c.id])
        visits = [v if v.visit_id not in further else _as_matter(v, c, further[v.visit_id]) for v in visits]
        petitions = petition_lines(s, access, PetitionRecord.case_id == c.id, None, shown_only=False)
        out[c.id] = (visits, petitions)
    return out


def case_counts(s: DbSession, access: Access, ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """(visits, petitions, confidential records) of each case."""
    counts: dict[int, list[int]] = {i: [0, 0, 0] for i in ids}
    if not ids:
        return {}
    for index, record, confidential in (
        (0, VisitRecord, Access.visit_confidential()),
        (1, PetitionRecord, Access.petition_confidential()),
    ):
        rows = s.execute(
            select(record.case_id, func.count(), func.sum(case((confidential, 1), else_=0)))
            .where(record.case_id.in_(ids), record.is_voided.is_(False))
            .group_by(record.case_id)
        )
        for case_id, total, conf in rows:
            counts[case_id][index] = total
            counts[case_id][2] += conf or 0
    # A visit counts too for each case it raised as a further matter (once, and not again for its main case).
    further = s.execute(
        select(VisitMatterRecord.case_id, func.count(func.distinct(VisitRecord.id)),
               func.count(func.distinct(case((Access.visit_confidential(), VisitRecord.id)))))
        .join(VisitRecord, VisitRecord.id == VisitMatterRecord.visit_id)
        .where(VisitMatterRecord.case_id.in_(ids), VisitRecord.is_voided.is_(False),
               or_(VisitRecord.case_id.is_(None), VisitRecord.case_id != VisitMatterRecord.case_id))
        .group_by(VisitMatterRecord.case_id)
    )  # fmt: skip
    for case_id, total, conf in further:
        counts[case_id][0] += total
        counts[case_id][2] += conf or 0
    return {i: (c[0], c[1], c[2]) for i, c in counts.items()}


def _as_matter(line: VisitLine, c: CaseRecord, matter: matter_visits.MatterText) -> VisitLine:
    """A visit line as the further matter that brought it to case `c`: that matter's summary and category."""
    return replace(
        line, summary=matter.summary, category=Category(matter.category), case_id=c.id, case_code=c.code
    )


def case_line(c: CaseRecord, counts: tuple[int, int, int], result: MatterResult | None = None) -> CaseLine:
    return CaseLine(
        case_id=c.id, code=c.code, title=c.title, category=Category(c.category),
        field=SubjectField(c.field) if c.field else None, status=case_status(c.status),
        first_seen_date=c.first_seen_date, visit_count=counts[0], petition_count=counts[1], result=result,
    )  # fmt: skip


def case_status(value: str) -> CaseStatus:
    try:
        return CaseStatus(value)
    except ValueError:
        return CaseStatus.DANG_XU_LY


def case_hit(
    s: DbSession,
    access: Access,
    handled: set[int],
    c: CaseRecord,
    lines: tuple[list[VisitLine], list[PetitionLine]],
) -> PersonHit:
    visits, petitions = lines
    confidential = sum(v.confidential for v in visits) + sum(p.confidential for p in petitions)
    hidden = access.case_hidden(c, confidential, handled)
    person = s.get(CitizenRecord, c.main_citizen_id) if c.main_citizen_id and not hidden else None
    dates = [v.date for v in visits] + [p.received_date for p in petitions]
    return PersonHit(
        citizen_id=person.id if person else None, case_id=c.id,
        name=vi.MASKED if hidden else (person.full_name if person else ""),
        birth_year=None if hidden or person is None else person.birth_year,
        id_document=vi.MASKED if hidden else identity.mask_id(person.id_number if person else None),
        phone=vi.MASKED if hidden else identity.mask_phone(person.phone if person else None),
        address=vi.MASKED if hidden else (person.address or "" if person else ""),
        case_code=c.code, visit_count=len(visits), petition_count=len(petitions),
        last_date=max(dates) if dates else None, identity_hidden=hidden,
        has_confidential=not hidden and person is not None and confidential > 0,
    )  # fmt: skip


def without_case(line: Line) -> Line:
    return replace(line, case_id=None, case_code="")


def hidden_line(line: Line) -> Line:
    return replace(line, identity_hidden=True)
