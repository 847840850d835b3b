"""The petition register as a list: filters and sorting in SQL, the nearest due date, authors masked by role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, case, func, literal, select
from sqlalchemy.orm import aliased

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, Role, SubjectField
from desk_app.domain.text import search_key
from desk_app.i18n import vi
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines.clock import SOON_WORKING_DAYS
from desk_app.services.deadlines.working_calendar import CalendarService
from desk_app.services.office.id_lists import fetch_ids
from desk_app.storage import fts
from desk_app.storage.records import CitizenRecord
from desk_app.storage.records.deadline import DeadlineRecord
from desk_app.storage.records.petition import PetitionRecord

ENTITY = "petition"
SEE_CONFIDENTIAL: frozenset[Role] = frozenset({Role.LANH_DAO})
"""Who sees a denunciation's author (DOMAIN §13.3); every showing is written to the change log."""


class SortKey(StrEnum):
    """What a header click on the petition register sorts by; BOOK (số vào sổ) is the default."""

    BOOK = "book"
    RECEIVED = "received"
    SENDER = "sender"
    CATEGORY = "category"
    STATUS = "status"
    DUE = "due"


_SORT_COLUMNS = {
    SortKey.RECEIVED: (PetitionRecord.received_date, PetitionRecord.id),
    SortKey.CATEGORY: (PetitionRecord.category, PetitionRecord.received_date, PetitionRecord.id),
    SortKey.STATUS: (PetitionRecord.status, PetitionRecord.received_date, PetitionRecord.id),
}


class DueState(StrEnum):
    QUA_HAN = "QUA_HAN"
    SAP_DEN_HAN = "SAP_DEN_HAN"
    TRONG_HAN = "TRONG_HAN"
    KHONG_CON_HAN = "KHONG_CON_HAN"


@dataclass(frozen=True, slots=True)
class PetitionFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    source: PetitionSource | None = None
    category: Category | None = None
    field: SubjectField | None = None
    status: PetitionStatus | None = None
    due: DueState | None = None
    handler_id: int | None = None
    text: str = ""
    include_voided: bool = False


@dataclass(frozen=True, slots=True)
class PetitionRow:
    id: int
    label: str
    received_date: dt.date
    source: PetitionSource
    sender: str
    id_document: str
    summary: str
    category: Category
    status: PetitionStatus
    handling: Handling | None
    next_due: dt.date | None
    due_state: DueState
    is_confidential: bool
    duplicate_of_id: int | None


def _next_due() -> Select[int, dt.date]:
    """Per petition, the nearest due date of its running clocks (an extension's date when there is one)."""
    due = func.min(func.coalesce(DeadlineRecord.extended_to, DeadlineRecord.due_date)).label("next_due")
    return (
        select(DeadlineRecord.entity_id, due)
        .where(
            DeadlineRecord.entity_type == ENTITY,
            DeadlineRecord.completed_on.is_(None),
            DeadlineRecord.is_voided.is_(False),
        )
        .group_by(DeadlineRecord.entity_id)
    )


class PetitionRegisterService:
    def __init__(self, ctx: ServiceContext, calendar: CalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    def may_see_confidential(self) -> bool:
        return bool(SEE_CONFIDENTIAL.intersection(self._ctx.actor.roles))

    def count(self, f: PetitionFilter) -> int:
        with self._ctx.sessions.read() as s:
            return s.scalar(self._query(f, select(func.count(PetitionRecord.id)))) or 0

    def search_ids(
        self, f: PetitionFilter, sort: SortKey = SortKey.BOOK, descending: bool = True
    ) -> list[int]:
        query = self._query(f, select(PetitionRecord.id))
        if sort is SortKey.DUE:
            return self._ids_by_due(query, descending)
        columns: Sequence[SQLColumnExpression[Any]]
        if sort is SortKey.SENDER:
            citizen = aliased(CitizenRecord)
            query = query.outerjoin(citizen, citizen.id == PetitionRecord.main_citizen_id)
            name: SQLColumnExpression[Any] = citizen.name_key
            if not self.may_see_confidential():
                # A masked author must not be placed by its hidden name: all "[Bảo mật]" rows sort together.
                name = case((PetitionRecord.is_confidential.is_(True), literal("")), else_=citizen.name_key)
            columns = (func.coalesce(name, ""), PetitionRecord.id)
        elif sort is SortKey.BOOK:
            columns = (PetitionRecord.book_year, PetitionRecord.register_no)
        else:
            columns = _SORT_COLUMNS[sort]
        query = query.order_by(*(c.desc() if descending else c.asc() for c in columns))
        with self._ctx.sessions.read() as s:
            return fetch_ids(s, query)

    def _ids_by_due(self, query: Select[Any], descending: bool) -> list[int]:
        """By the nearest running due date; petitions without a running clock come last either way."""
        # With the due filter on, the query joins one copy already; a second, separately named copy is harmless.
        due = _next_due().subquery()
        query = query.outerjoin(due, due.c.entity_id == PetitionRecord.id)
        columns = (due.c.next_due, PetitionRecord.id)
        query = query.order_by(
            due.c.next_due.is_(None), *(c.desc() if descending else c.asc() for c in columns)
        )
        with self._ctx.sessions.read() as s:
            return list(s.scalars(query))

    def rows(self, ids: Sequence[int]) -> list[PetitionRow]:
        """Rows for the ids, in the same order; a denunciation's author is "[Bảo mật]" unless the role allows."""
        if not ids:
            return []
        see_all = self.may_see_confidential()
        today = self._ctx.today()
        soon = self._soon_cutoff(today)
        due = _next_due().subquery()
        with self._ctx.sessions.read() as s:
            found = s.execute(
                select(PetitionRecord, CitizenRecord, due.c.next_due)
                .outerjoin(CitizenRecord, CitizenRecord.id == PetitionRecord.main_citizen_id)
                .outerjoin(due, due.c.entity_id == PetitionRecord.id)
                .where(PetitionRecord.id.in_(list(ids)))
            ).all()
        by_id = {p.id: _row(p, c, d, see_all, today, soon) for p, c, d in found}
        return [by_id[i] for i in ids if i in by_id]

    def reveal_author(self, petition_id: int) -> str:
        """The author's name and address for a role that may see it; the showing itself is logged."""
        if not self.may_see_confidential():
            return vi.MASKED
        with self._ctx.sessions.write() as s, s.begin():
            rec = s.get(PetitionRecord, petition_id)
            citizen = s.get(CitizenRecord, rec.main_citizen_id) if rec and rec.main_citizen_id else None
            if rec is None or citizen is None:
                return ""
            if rec.is_confidential:
                audit.record(s, self._ctx, "reveal", ENTITY, rec.id, {"author": (None, "shown")})
            return ", ".join(x for x in (citizen.full_name, citizen.address) if x)

    def _soon_cutoff(self, today: dt.date) -> dt.date:
        return self._calendar.working_calendar().add_working_days(today, SOON_WORKING_DAYS).due

    def _query(self, f: PetitionFilter, base: Select[Any]) -> Select[Any]:
        conds: list[ColumnElement[bool]] = []
        if not f.include_voided:
            conds.append(PetitionRecord.is_voided.is_(False))
        if f.date_from:
            conds.append(PetitionRecord.received_date >= f.date_from)
        if f.date_to:
            conds.append(PetitionRecord.received_date <= f.date_to)
        for column, value in (
            (PetitionRecord.source, f.source),
            (PetitionRecord.category, f.category),
            (PetitionRecord.field, f.field),
            (PetitionRecord.status, f.status),
        ):
            if value is not None:
                conds.append(column == value.value)
        if f.handler_id is not None:
            conds.append(PetitionRecord.handler_id == f.handler_id)
        words = search_key(f.text).split()
        indexed = fts.matching(fts.petition_fts, words)
        # Within a date range the date index is the better start; over all years the trigram index is.
        if (
            indexed is not None
            and f.date_from is None
            and fts.present(self._ctx.sessions.engine, fts.petition_fts)
        ):
            conds.append(PetitionRecord.id.in_(indexed))
        for word in words:
            conds.append(PetitionRecord.search_text.like(f"%{word}%"))
        if words and not self.may_see_confidential():
            # Others may not find a denunciation by its author's name: only by its content (DOMAIN §13.3).
            conds.append(
                PetitionRecord.is_confidential.is_(False)
                | PetitionRecord.summary_key.like(f"%{search_key(f.text)}%")
            )
        query = base.where(*conds)
        if f.due is not None:
            query = self._due_filter(query, f.due)
        return query

    def _due_filter(self, query: Select[Any], state: DueState) -> Select[Any]:
        today = self._ctx.today()
        due = _next_due().subquery()
        query = query.outerjoin(due, due.c.entity_id == PetitionRecord.id)
        if state is DueState.KHONG_CON_HAN:
            return query.where(due.c.next_due.is_(None))
        if state is DueState.QUA_HAN:
            return query.where(due.c.next_due < today)
        soon = self._soon_cutoff(today)
        if state is DueState.SAP_DEN_HAN:
            return query.where(due.c.next_due >= today, due.c.next_due <= soon)
        return query.where(due.c.next_due > soon)


def due_state(next_due: dt.date | None, today: dt.date, soon: dt.date) -> DueState:
    if next_due is None:
        return DueState.KHONG_CON_HAN
    if next_due < today:
        return DueState.QUA_HAN
    return DueState.SAP_DEN_HAN if next_due <= soon else DueState.TRONG_HAN


def _row(
    p: PetitionRecord,
    c: CitizenRecord | None,
    next_due: dt.date | None,
    see_all: bool,
    today: dt.date,
    soon: dt.date,
) -> PetitionRow:
    hidden = p.is_confidential and not see_all
    if c is None:
        sender, id_doc = vi.ANONYMOUS if p.is_anonymous else "", ""
    elif hidden:
        sender, id_doc = vi.MASKED, vi.MASKED
    else:
        sender = ", ".join(x for x in (c.full_name, c.address) if x)
        id_doc = identity.mask_id(c.id_number)
    return PetitionRow(
        id=p.id,
        label=f"{p.register_no}/{p.book_year}",
        received_date=p.received_date,
        source=PetitionSource(p.source),
        sender=sender,
        id_document=id_doc,
        summary=p.summary,
        category=Category(p.category),
        status=PetitionStatus(p.status),
        handling=Handling(p.handling) if p.handling else None,
        next_due=next_due,
        due_state=due_state(next_due, today, soon),
        is_confidential=p.is_confidential,
        duplicate_of_id=p.duplicate_of_id,
    )
