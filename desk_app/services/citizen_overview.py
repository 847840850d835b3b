"""Công dân & vụ việc: find a person or a case, see every visit, petition and case of theirs, as the user may."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

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
from desk_app.domain.text import nfc, search_key
from desk_app.errors import NotFoundError
from desk_app.i18n import vi
from desk_app.services import audit
from desk_app.services.citizen_access import Access
from desk_app.services.citizen_overview_types import (
    CaseEntry,
    CaseLine,
    Overview,
    PersonHit,
    PetitionLine,
    SearchResult,
    VisitLine,
)
from desk_app.services.citizens import MIN_ID_PREFIX, match_conditions, match_rank, typed_number
from desk_app.services.context import ServiceContext
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    PetitionRecord,
    PetitionSignerRecord,
    VisitPersonRecord,
    VisitRecord,
)

RESULT_LIMIT = 200
LINE_LIMIT = 500
_CASE_CODE = re.compile(r"VV-[0-9][0-9-]*")
_SEPARATORS = re.compile(r"[\s.\-+()]")
_Line = TypeVar("_Line", VisitLine, PetitionLine)


@dataclass(frozen=True, slots=True)
class _Query:
    number: str = ""
    key: str = ""
    phone: str = ""
    case_code: str = ""


def parse_query(text: str) -> _Query:
    """What was typed: a case code (VV-2026-…), digits (an ID number or a phone), a passport number, or a name."""
    raw = nfc(text or "").strip()
    code = raw.replace(" ", "").upper()
    if _CASE_CODE.fullmatch(code):
        return _Query(case_code=code)
    compact = _SEPARATORS.sub("", raw)
    if compact.isdigit():
        phone = "0" + compact[2:] if raw.startswith("+84") else compact
        return _Query(number=compact, phone=phone if len(phone) >= MIN_ID_PREFIX else "")
    if compact.isascii() and compact.isalnum() and any(ch.isdigit() for ch in compact):
        return _Query(number=typed_number(compact))
    return _Query(key=search_key(raw))


def phone_key(phone: str | None) -> str:
    """A phone number's digits, "+84 912…" written "0912…"."""
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return "0" + digits[2:] if digits.startswith("84") and len(digits) >= 11 else digits


def _by_phone(s: Session, digits: str) -> list[CitizenRecord]:
    """People whose phone holds the typed digits, however it was written (spaces, dots, +84)."""
    # The digits in order with anything between: a plain LIKE scan, about ten times cheaper than stripping
    # separators in SQL; the exact check on the digits follows in Python.
    patterns = [digits, *(["84" + digits[1:]] if digits.startswith("0") else [])]
    found = s.scalars(
        select(CitizenRecord)
        .where(
            or_(*(CitizenRecord.phone.like("%" + "%".join(p) + "%") for p in patterns)),
            CitizenRecord.is_voided.is_(False),
        )
        .order_by(CitizenRecord.id.desc())
        .limit(RESULT_LIMIT * 5)
    )
    return [p for p in found if digits in phone_key(p.phone)]


@dataclass
class _Tally:
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


class CitizenOverviewService:
    """Every answer is already masked for the signed-in user: the ui shows what it gets."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # Search ----------------------------------------------------------------------------------------------
    def search(self, text: str) -> SearchResult:
        """People by name (without diacritics), ID number or phone; cases by their code. Hidden persons are not found."""
        query = parse_query(text)
        access = Access(self._ctx)
        if query.case_code:
            return self._search_cases(access, query.case_code)
        conditions = match_conditions(query.number, query.key)
        if not conditions and not query.phone:
            return SearchResult((), truncated=False, searched=False)
        with self._ctx.sessions.read() as s:
            people = list(
                s.scalars(
                    select(CitizenRecord)
                    .where(or_(*conditions), CitizenRecord.is_voided.is_(False))
                    .order_by(CitizenRecord.id.desc())
                    .limit(RESULT_LIMIT + 1)
                )
                if conditions
                else ()
            )
            if query.phone:
                # Apart from the ID number's range, which its index answers at once.
                known = {p.id for p in people}
                people += [p for p in _by_phone(s, query.phone) if p.id not in known]
                people.sort(key=lambda p: -p.id)
            truncated = len(people) > RESULT_LIMIT
            people.sort(key=lambda p: match_rank(p, query.number, query.key))
            tallies = _tallies(s, access, [p.id for p in people[:RESULT_LIMIT]])
            hits = []
            for person in people[:RESULT_LIMIT]:
                tally = tallies.get(person.id, _Tally())
                # Someone known here only by what this user may not see is not found at all (DOMAIN §13.3).
                if tally.hidden and not (tally.visits or tally.petitions):
                    continue
                hits.append(_person_hit(person, tally))
        self._log_reveals("citizen", [h.citizen_id for h in hits if h.has_confidential])
        return SearchResult(tuple(hits), truncated=truncated, searched=True)

    def _search_cases(self, access: Access, code: str) -> SearchResult:
        with self._ctx.sessions.read() as s:
            cases = list(
                s.scalars(
                    select(CaseRecord)
                    .where(CaseRecord.code.between(code, code + "~"), CaseRecord.is_voided.is_(False))
                    .order_by(CaseRecord.code.desc())
                    .limit(RESULT_LIMIT + 1)
                )
            )
            truncated = len(cases) > RESULT_LIMIT
            cases = cases[:RESULT_LIMIT]
            lines = _case_lines(s, access, cases)
            handled = access.handled_case_ids(s)
            hits = tuple(_case_hit(s, access, handled, c, lines[c.id]) for c in cases)
        self._log_reveals("case", [h.case_id for h in hits if h.has_confidential])
        return SearchResult(hits, truncated=truncated, searched=True)

    # Overviews -------------------------------------------------------------------------------------------
    def person(self, citizen_id: int) -> Overview:
        """A person's visits, petitions (newest first) and cases; what this user may not see is left out."""
        access = Access(self._ctx)
        with self._ctx.sessions.write() as s, s.begin():
            person = s.get(CitizenRecord, citizen_id)
            if person is None or person.is_voided:
                raise NotFoundError("citizen.not_found")
            as_rep = select(VisitPersonRecord.visit_id).where(VisitPersonRecord.citizen_id == citizen_id)
            as_signer = select(PetitionSignerRecord.petition_id).where(
                PetitionSignerRecord.citizen_id == citizen_id
            )
            visits = _visits(
                s, access, or_(VisitRecord.main_citizen_id == citizen_id, VisitRecord.id.in_(as_rep)),
                citizen_id, shown_only=True,
            )  # fmt: skip
            petitions = _petitions(
                s, access,
                or_(PetitionRecord.main_citizen_id == citizen_id, PetitionRecord.id.in_(as_signer)),
                citizen_id, shown_only=True,
            )  # fmt: skip
            tally = _tallies(s, access, [citizen_id]).get(citizen_id, _Tally())
            if tally.hidden and not (visits or petitions):
                raise NotFoundError("citizen.not_found")
            case_ids = {v.case_id for v in visits if v.case_id is not None}
            case_ids.update(p.case_id for p in petitions if p.case_id is not None)
            case_ids.update(
                s.scalars(select(CaseRecord.id).where(CaseRecord.main_citizen_id == citizen_id)).all()
            )
            handled = access.handled_case_ids(s)
            records = s.scalars(
                select(CaseRecord)
                .where(CaseRecord.id.in_(case_ids), CaseRecord.is_voided.is_(False))
                .order_by(CaseRecord.first_seen_date.desc(), CaseRecord.id.desc())
            ).all()
            counts = _case_counts(s, access, [c.id for c in records])
            shown = [c for c in records if not access.case_hidden(c, counts[c.id][2], handled)]
            shown_ids = {c.id for c in shown}
            # A visible line of a hidden case keeps no case code: the code would tie this person to that case.
            visits = [v if v.case_id in shown_ids else _without_case(v) for v in visits]
            petitions = [p if p.case_id in shown_ids else _without_case(p) for p in petitions]
            hit = _person_hit(person, tally)
            if hit.has_confidential:
                audit.record(s, self._ctx, "reveal", "citizen", citizen_id, {"confidential": (None, "shown")})
            return Overview(
                person=hit, visits=tuple(visits), petitions=tuple(petitions),
                cases=tuple(_case_line(c, counts[c.id]) for c in shown),
            )  # fmt: skip

    def case(self, case_id: int) -> Overview:
        """A case with its visits and petitions; its person is "[Bảo mật]" when the case is hidden from this user."""
        access = Access(self._ctx)
        with self._ctx.sessions.write() as s, s.begin():
            rec = s.get(CaseRecord, case_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("case.not_found")
            handled = access.handled_case_ids(s)
            lines = _case_lines(s, access, [rec])[rec.id]
            hit = _case_hit(s, access, handled, rec, lines)
            if hit.has_confidential:
                audit.record(s, self._ctx, "reveal", "case", rec.id, {"confidential": (None, "shown")})
            counts = _case_counts(s, access, [rec.id])[rec.id]
            visits, petitions = lines
            if hit.identity_hidden:
                visits = [_hidden(v) for v in visits]
                petitions = [_hidden(p) for p in petitions]
            return Overview(hit, tuple(visits), tuple(petitions), (_case_line(rec, counts),))

    def case_entries(self, case_id: int) -> tuple[CaseEntry, ...]:
        """A case's visits and petitions, oldest first (no identity: a line names no one)."""
        overview = self.case(case_id)
        entries = [CaseEntry(v.date, v, None) for v in overview.visits]
        entries += [CaseEntry(p.received_date, None, p) for p in overview.petitions]
        entries.sort(key=lambda e: (e.on, e.petition is not None))
        return tuple(entries)

    def _log_reveals(self, entity: str, ids: Iterable[int | None]) -> None:
        shown = [i for i in ids if i is not None]
        if not shown:
            return
        with self._ctx.sessions.write() as s, s.begin():
            for entity_id in shown:
                audit.record(s, self._ctx, "reveal", entity, entity_id, {"confidential": (None, "found")})


# Rows ----------------------------------------------------------------------------------------------------
def _tallies(s: Session, access: Access, ids: list[int]) -> dict[int, _Tally]:
    """How many visits and petitions each person has, shown and hidden, with the latest date shown."""
    tallies: dict[int, _Tally] = defaultdict(_Tally)
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


def _person_hit(p: CitizenRecord, tally: _Tally) -> PersonHit:
    return PersonHit(
        citizen_id=p.id, case_id=None, name=p.full_name, birth_year=p.birth_year,
        id_document=identity.mask_id(p.id_number), phone=identity.mask_phone(p.phone), address=p.address or "",
        case_code="", visit_count=tally.visits, petition_count=tally.petitions, last_date=tally.last,
        identity_hidden=False, has_confidential=tally.confidential_shown > 0,
    )  # fmt: skip


def _visits(
    s: Session, access: Access, where: ColumnElement[bool], citizen_id: int | None, *, shown_only: bool
) -> list[VisitLine]:
    hidden = access.visit_hidden()
    query = (
        select(VisitRecord, CaseRecord.code, hidden, Access.visit_confidential())
        .outerjoin(CaseRecord, CaseRecord.id == VisitRecord.case_id)
        .where(where, VisitRecord.is_voided.is_(False))
        .order_by(VisitRecord.date.desc(), VisitRecord.id.desc())
        .limit(LINE_LIMIT)
    )
    if shown_only:
        query = query.where(~hidden)
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
            confidential=bool(conf),
            identity_hidden=bool(is_hidden),
        )
        for v, code, is_hidden, conf in s.execute(query)
    ]


def _petitions(
    s: Session, access: Access, where: ColumnElement[bool], citizen_id: int | None, *, shown_only: bool
) -> list[PetitionLine]:
    hidden = access.petition_hidden()
    query = (
        select(PetitionRecord, CaseRecord.code, hidden, Access.petition_confidential())
        .outerjoin(CaseRecord, CaseRecord.id == PetitionRecord.case_id)
        .where(where, PetitionRecord.is_voided.is_(False))
        .order_by(PetitionRecord.received_date.desc(), PetitionRecord.id.desc())
        .limit(LINE_LIMIT)
    )
    if shown_only:
        query = query.where(~hidden)
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
            confidential=bool(conf),
            identity_hidden=bool(is_hidden),
        )
        for p, code, is_hidden, conf in s.execute(query)
    ]


def _case_lines(
    s: Session, access: Access, cases: list[CaseRecord]
) -> dict[int, tuple[list[VisitLine], list[PetitionLine]]]:
    out: dict[int, tuple[list[VisitLine], list[PetitionLine]]] = {}
    for c in cases:
        visits = _visits(s, access, VisitRecord.case_id == c.id, None, shown_only=False)
        petitions = _petitions(s, access, PetitionRecord.case_id == c.id, None, shown_only=False)
        out[c.id] = (visits, petitions)
    return out


def _case_counts(s: Session, access: Access, ids: list[int]) -> dict[int, tuple[int, int, int]]:
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
    return {i: (c[0], c[1], c[2]) for i, c in counts.items()}


def _case_line(c: CaseRecord, counts: tuple[int, int, int]) -> CaseLine:
    return CaseLine(
        case_id=c.id, code=c.code, title=c.title, category=Category(c.category),
        field=SubjectField(c.field) if c.field else None, status=_case_status(c.status),
        first_seen_date=c.first_seen_date, visit_count=counts[0], petition_count=counts[1],
    )  # fmt: skip


def _case_status(value: str) -> CaseStatus:
    try:
        return CaseStatus(value)
    except ValueError:
        return CaseStatus.DANG_XU_LY


def _case_hit(
    s: Session,
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


def _without_case(line: _Line) -> _Line:
    return replace(line, case_id=None, case_code="")


def _hidden(line: _Line) -> _Line:
    return replace(line, identity_hidden=True)
