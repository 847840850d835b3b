"""Công dân & vụ việc: find a person or a case, see every visit, petition and case of theirs, as the user may."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.matter_results import latest_results
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc, search_key
from desk_app.errors import NotFoundError
from desk_app.services import audit
from desk_app.services.citizens import overview_rows as rows
from desk_app.services.citizens.access import Access
from desk_app.services.citizens.overview_types import (
    CaseEntry,
    Overview,
    SearchResult,
)
from desk_app.services.citizens.service import MIN_ID_PREFIX, match_conditions, match_rank, typed_number
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.visits.case_results import result_facts
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    PetitionRecord,
    PetitionSignerRecord,
    VisitPersonRecord,
    VisitRecord,
)

RESULT_LIMIT = 200
_CASE_CODE = re.compile(r"VV-[0-9][0-9-]*")
_SEPARATORS = re.compile(r"[\s.\-+()]")


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


def _by_phone(s: DbSession, digits: str) -> list[CitizenRecord]:
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


class CitizenOverviewService:
    """Every answer is already masked for the signed-in user: the ui shows what it gets."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # Search ----------------------------------------------------------------------------------------------
    def search(self, text: str) -> SearchResult:
        """People by name (without diacritics), ID number or phone; cases by their code. Hidden persons are not found."""
        require(self._ctx, Action.READ_CASES)
        query = parse_query(text)
        access = Access(self._ctx)
        if query.case_code:
            return self._search_cases(access, query.case_code)
        conditions = match_conditions(query.number, query.key)
        if not conditions and not query.phone:
            return SearchResult((), truncated=False, searched=False)
        with self._ctx.db.read() as s:
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
            counted = rows.tallies(s, access, [p.id for p in people[:RESULT_LIMIT]])
            hits = []
            for person in people[:RESULT_LIMIT]:
                tally = counted.get(person.id, rows.Tally())
                # Someone known here only by what this user may not see is not found at all (DOMAIN §13.3).
                if tally.hidden and not (tally.visits or tally.petitions):
                    continue
                hits.append(rows.person_hit(person, tally))
        audit.search(self._ctx, "citizen", text, len(hits))
        self._log_reveals("citizen", [h.citizen_id for h in hits if h.has_confidential])
        return SearchResult(tuple(hits), truncated=truncated, searched=True)

    def _search_cases(self, access: Access, code: str) -> SearchResult:
        with self._ctx.db.read() as s:
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
            lines = rows.case_lines(s, access, cases)
            handled = access.handled_case_ids(s)
            hits = tuple(rows.case_hit(s, access, handled, c, lines[c.id]) for c in cases)
        audit.search(self._ctx, "case", code, len(hits))
        self._log_reveals("case", [h.case_id for h in hits if h.has_confidential])
        return SearchResult(hits, truncated=truncated, searched=True)

    # Overviews -------------------------------------------------------------------------------------------
    def person(self, citizen_id: int) -> Overview:
        """A person's visits, petitions (newest first) and cases; what this user may not see is left out."""
        require(self._ctx, Action.READ_CASES)
        access = Access(self._ctx)
        with self._ctx.db.write() as s, s.begin():
            person = s.get(CitizenRecord, citizen_id)
            if person is None or person.is_voided:
                raise NotFoundError("citizen.not_found")
            as_rep = select(VisitPersonRecord.visit_id).where(VisitPersonRecord.citizen_id == citizen_id)
            as_signer = select(PetitionSignerRecord.petition_id).where(
                PetitionSignerRecord.citizen_id == citizen_id
            )
            visits = rows.visit_lines(
                s, access, or_(VisitRecord.main_citizen_id == citizen_id, VisitRecord.id.in_(as_rep)),
                citizen_id, shown_only=True,
            )  # fmt: skip
            petitions = rows.petition_lines(
                s, access,
                or_(PetitionRecord.main_citizen_id == citizen_id, PetitionRecord.id.in_(as_signer)),
                citizen_id, shown_only=True,
            )  # fmt: skip
            tally = rows.tallies(s, access, [citizen_id]).get(citizen_id, rows.Tally())
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
            counts = rows.case_counts(s, access, [c.id for c in records])
            shown = [c for c in records if not access.case_hidden(c, counts[c.id][2], handled)]
            shown_ids = {c.id for c in shown}
            # A visible line of a hidden case keeps no case code: the code would tie this person to that case.
            visits = [v if v.case_id in shown_ids else rows.without_case(v) for v in visits]
            petitions = [p if p.case_id in shown_ids else rows.without_case(p) for p in petitions]
            hit = rows.person_hit(person, tally)
            today = self._ctx.today()
            latest = latest_results(result_facts(s, shown_ids, today), today)
            if hit.has_confidential:
                audit.record(s, self._ctx, "reveal", "citizen", citizen_id, {"confidential": (None, "shown")})
            return Overview(
                person=hit, visits=tuple(visits), petitions=tuple(petitions),
                cases=tuple(rows.case_line(c, counts[c.id], latest.get(c.id)) for c in shown),
            )  # fmt: skip

    def case(self, case_id: int) -> Overview:
        """A case with its visits and petitions; its person is "[Bảo mật]" when the case is hidden from this user."""
        require(self._ctx, Action.READ_CASES)
        access = Access(self._ctx)
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(CaseRecord, case_id)
            if rec is None or rec.is_voided:
                raise NotFoundError("case.not_found")
            handled = access.handled_case_ids(s)
            lines = rows.case_lines(s, access, [rec])[rec.id]
            hit = rows.case_hit(s, access, handled, rec, lines)
            if hit.has_confidential:
                audit.record(s, self._ctx, "reveal", "case", rec.id, {"confidential": (None, "shown")})
            counts = rows.case_counts(s, access, [rec.id])[rec.id]
            visits, petitions = lines
            if hit.identity_hidden:
                visits = [rows.hidden_line(v) for v in visits]
                petitions = [rows.hidden_line(p) for p in petitions]
            today = self._ctx.today()
            latest = latest_results(result_facts(s, {rec.id}, today), today).get(rec.id)
            return Overview(hit, tuple(visits), tuple(petitions), (rows.case_line(rec, counts, latest),))

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
        with self._ctx.db.write() as s, s.begin():
            for entity_id in shown:
                audit.record(s, self._ctx, "reveal", entity, entity_id, {"confidential": (None, "found")})
