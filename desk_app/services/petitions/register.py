"""The petition register as a list: filters and sorting in SQL, the nearest due date, authors masked by role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from desk_app.domain import identity
from desk_app.domain.deadlines import due_status, last_due_soon, most_urgent
from desk_app.domain.enums import (
    Category,
    DeadlineStatus,
    Handling,
    PetitionSource,
    PetitionStatus,
    Role,
    SubjectField,
)
from desk_app.domain.permissions import PERMISSIONS, Action
from desk_app.domain.text import search_key
from desk_app.domain.working_calendar import DayType, WorkingCalendar
from desk_app.i18n import vi
from desk_app.services import audit
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.office.id_lists import fetch_ids
from desk_app.services.permissions import may, require
from desk_app.storage import fts
from desk_app.storage.records import CitizenRecord
from desk_app.storage.records.deadline import DeadlineRecord
from desk_app.storage.records.petition import PetitionRecord

ENTITY = "petition"
SEE_CONFIDENTIAL: frozenset[Role] = PERMISSIONS[Action.SEE_ALL_CONFIDENTIAL]
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


@dataclass(frozen=True, slots=True)
class PetitionFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    source: PetitionSource | None = None
    category: Category | None = None
    field: SubjectField | None = None
    status: PetitionStatus | None = None
    due: DeadlineStatus | None = None
    """The petition's due state (PetitionRow.due_state); HOAN_THANH finds those with no clock running."""
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
    due_state: DeadlineStatus
    """The most urgent state of its running clocks (domain.deadlines); HOAN_THANH when none is running."""
    is_confidential: bool
    duplicate_of_id: int | None


def _next_due(today: dt.date | None = None, cutoffs: Mapping[DayType, dt.date] | None = None) -> Select[Any]:
    """Per petition, the nearest due date of its running clocks (an extension's date when there is one).

    With `today` and `cutoffs` (the last due-soon date per day type) also `soon`: how many running clocks are due
    from today up to their day type's cutoff.
    """
    effective = func.coalesce(DeadlineRecord.extended_to, DeadlineRecord.due_date)
    columns: list[Any] = [DeadlineRecord.entity_id, func.min(effective).label("next_due")]
    if today is not None and cutoffs is not None:
        within = or_(
            *(
                and_(DeadlineRecord.day_type == day_type.value, effective <= cutoff)
                for day_type, cutoff in cutoffs.items()
            )
        )
        columns.append(func.sum(case((and_(effective >= today, within), 1), else_=0)).label("soon"))
    return (
        select(*columns)
        .where(
            DeadlineRecord.entity_type == ENTITY,
            DeadlineRecord.completed_on.is_(None),
            DeadlineRecord.is_voided.is_(False),
        )
        .group_by(DeadlineRecord.entity_id)
    )


class PetitionRegisterService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    def may_see_confidential(self) -> bool:
        return may(self._ctx, Action.SEE_ALL_CONFIDENTIAL)

    def count(self, f: PetitionFilter) -> int:
        with self._ctx.db.read() as s:
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
        with self._ctx.db.read() as s:
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
        with self._ctx.db.read() as s:
            return list(s.scalars(query))

    def rows(self, ids: Sequence[int]) -> list[PetitionRow]:
        """Rows for the ids, in the same order; a denunciation's author is "[Bảo mật]" unless the role allows."""
        require(self._ctx, Action.READ_CASES)
        if not ids:
            return []
        today = self._ctx.today()
        calendar = self._calendar.load()
        due = _next_due().subquery()
        with self._ctx.db.read() as s:
            found = s.execute(
                select(PetitionRecord, CitizenRecord, due.c.next_due)
                .outerjoin(CitizenRecord, CitizenRecord.id == PetitionRecord.main_citizen_id)
                .outerjoin(due, due.c.entity_id == PetitionRecord.id)
                .where(PetitionRecord.id.in_(list(ids)))
            ).all()
            states = _due_states(s, list(ids), today, calendar)
            # The leader sees every author, a handler those of their petitions' cases (DOMAIN §13.3).
            hidden = Access(self._ctx).hidden_petition_ids(s, ids)
        by_id = {
            p.id: _row(p, c, d, p.id in hidden, states.get(p.id, DeadlineStatus.HOAN_THANH))
            for p, c, d in found
        }
        return [by_id[i] for i in ids if i in by_id]

    def reveal_author(self, petition_id: int) -> str:
        """The author's name and address for a role that may see it; the showing itself is logged."""
        require(self._ctx, Action.READ_CASES)
        if not self.may_see_confidential():
            return vi.MASKED
        with self._ctx.db.write() as s, s.begin():
            rec = s.get(PetitionRecord, petition_id)
            citizen = s.get(CitizenRecord, rec.main_citizen_id) if rec and rec.main_citizen_id else None
            if rec is None or citizen is None:
                return ""
            if rec.is_confidential:
                audit.record(s, self._ctx, "reveal", ENTITY, rec.id, {"author": (None, "shown")})
            return ", ".join(x for x in (citizen.full_name, citizen.address) if x)

    def _query(self, f: PetitionFilter, base: Select[Any]) -> Select[Any]:
        require(self._ctx, Action.READ_CASES)  # the register is case content: not for QUAN_TRI or XEM_BAO_CAO
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
        if indexed is not None and f.date_from is None and fts.present(self._ctx.db.engine, fts.petition_fts):
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

    def _due_filter(self, query: Select[Any], state: DeadlineStatus) -> Select[Any]:
        """The petitions whose due state (as rows() derives it) is `state`, decided in SQL for speed.

        The due-soon test compares each clock with the last due-soon date of its day type, which
        domain.deadlines.last_due_soon derives from the same rule as due_status.
        """
        today = self._ctx.today()
        calendar = self._calendar.load()
        cutoffs = {t: last_due_soon(today, t, calendar) for t in DayType}
        due = _next_due(today, cutoffs).subquery()
        query = query.outerjoin(due, due.c.entity_id == PetitionRecord.id)
        if state is DeadlineStatus.HOAN_THANH:
            return query.where(due.c.next_due.is_(None))
        if state is DeadlineStatus.QUA_HAN:
            return query.where(due.c.next_due < today)
        running = query.where(due.c.next_due >= today)
        if state is DeadlineStatus.SAP_HET_HAN:
            return running.where(due.c.soon > 0)
        return running.where(due.c.soon == 0)


def _due_states(
    s: DbSession, ids: list[int], today: dt.date, calendar: WorkingCalendar
) -> dict[int, DeadlineStatus]:
    """Per petition with a running clock, the most urgent state of those clocks by the domain rule."""
    found = s.execute(
        select(
            DeadlineRecord.entity_id,
            DeadlineRecord.due_date,
            DeadlineRecord.extended_to,
            DeadlineRecord.day_type,
        ).where(
            DeadlineRecord.entity_type == ENTITY,
            DeadlineRecord.entity_id.in_(ids),
            DeadlineRecord.completed_on.is_(None),
            DeadlineRecord.is_voided.is_(False),
        )
    ).all()
    statuses: dict[int, list[DeadlineStatus]] = {}
    for entity_id, due_date, extended_to, day_type in found:
        status = due_status(extended_to or due_date, DayType(day_type), today, calendar)
        statuses.setdefault(entity_id, []).append(status)
    return {i: most_urgent(found_states) or DeadlineStatus.HOAN_THANH for i, found_states in statuses.items()}


def _row(
    p: PetitionRecord,
    c: CitizenRecord | None,
    next_due: dt.date | None,
    hidden: bool,
    state: DeadlineStatus,
) -> PetitionRow:
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
        due_state=state,
        is_confidential=p.is_confidential,
        duplicate_of_id=p.duplicate_of_id,
    )
