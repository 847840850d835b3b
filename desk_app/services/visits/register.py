"""The Sổ tiếp công dân as a list: filter and sort in SQL, ids first, rows fetched as they are shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, case, func, literal, select
from sqlalchemy.orm import aliased

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, ReceptionKind, VisitOrder, VisitStatus
from desk_app.domain.permissions import Action
from desk_app.domain.text import search_key
from desk_app.domain.visit import content_cell
from desk_app.i18n import labels, vi
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.services.office.id_lists import fetch_ids
from desk_app.services.permissions import may, require
from desk_app.storage import fts
from desk_app.storage.records import CaseRecord, CitizenRecord, VisitMatterRecord, VisitRecord


class SortKey(StrEnum):
    BOOK = "book"
    DATE = "date"
    NAME = "name"
    CATEGORY = "category"
    GROUP_SIZE = "group_size"
    HANDLING = "handling"


@dataclass(frozen=True, slots=True)
class RegisterFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kind: ReceptionKind | None = None
    category: Category | None = None
    handling: Handling | None = None
    text: str = ""
    include_voided: bool = False


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One line of the book with the columns of ND154 Mẫu 03/TCD, as shown on screen (ID masked)."""

    id: int
    book_no: int
    book_year: int
    date: dt.date
    kind: ReceptionKind
    name_address: str
    id_document: str
    summary: str
    category: Category | None
    group_size: int
    prior_handling: str
    within_competence: bool
    guidance: str
    transfer: str
    follow_up: str
    remarks: str
    handling: Handling | None
    status: VisitStatus
    visit_order: VisitOrder
    case_code: str
    is_voided: bool
    is_confidential: bool


_SORT_COLUMNS = {
    SortKey.DATE: (VisitRecord.date, VisitRecord.id),
    SortKey.CATEGORY: (VisitRecord.category, VisitRecord.date, VisitRecord.id),
    SortKey.GROUP_SIZE: (VisitRecord.group_size, VisitRecord.date, VisitRecord.id),
    SortKey.HANDLING: (VisitRecord.handling, VisitRecord.date, VisitRecord.id),
}


class RegisterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _conditions(self, f: RegisterFilter) -> list[ColumnElement[bool]]:
        require(self._ctx, Action.READ_CASES)  # the book is case content: not for QUAN_TRI or XEM_BAO_CAO
        conds: list[ColumnElement[bool]] = []
        if not f.include_voided:
            conds.append(VisitRecord.is_voided.is_(False))
        if f.date_from:
            conds.append(VisitRecord.date >= f.date_from)
        if f.date_to:
            conds.append(VisitRecord.date <= f.date_to)
        if f.kind:
            conds.append(VisitRecord.kind == f.kind.value)
        if f.category:
            conds.append(VisitRecord.category == f.category.value)
        if f.handling:
            conds.append(VisitRecord.handling == f.handling.value)
        words = search_key(f.text).split()
        indexed = fts.matching(fts.visit_fts, words)
        # Within a date range the date index is the better start; over all years the trigram index is.
        if indexed is not None and f.date_from is None and fts.present(self._ctx.db.engine, fts.visit_fts):
            conds.append(VisitRecord.id.in_(indexed))
        for word in words:
            conds.append(VisitRecord.search_text.like(f"%{word}%"))
        if words and not self._may_see_confidential():
            # Others may not find a denunciation by its author's name or ID (DOMAIN §13.3). Without typed text
            # the condition is always true (summary_key is never NULL) and would only force a scan of every row.
            conds.append(
                (VisitRecord.is_confidential.is_(False))
                | (VisitRecord.summary_key.like(f"%{search_key(f.text)}%"))
            )
        return conds

    def _may_see_confidential(self) -> bool:
        return may(self._ctx, Action.SEE_ALL_CONFIDENTIAL)

    def count(self, f: RegisterFilter) -> int:
        with self._ctx.db.read() as s:
            return s.scalar(select(func.count(VisitRecord.id)).where(*self._conditions(f))) or 0

    def search_ids(
        self, f: RegisterFilter, sort: SortKey = SortKey.BOOK, descending: bool = True
    ) -> list[int]:
        query: Select[int] = select(VisitRecord.id).where(*self._conditions(f))
        if sort is SortKey.NAME:
            citizen = aliased(CitizenRecord)
            query = query.join(citizen, citizen.id == VisitRecord.main_citizen_id)
            name: SQLColumnExpression[str] = citizen.name_key
            if not self._may_see_confidential():
                # A masked visitor must not be placed by the hidden name: all "[Bảo mật]" rows sort together.
                name = case((VisitRecord.is_confidential.is_(True), literal("")), else_=citizen.name_key)
            columns: Sequence[ColumnElement[object]] = (name, VisitRecord.id)  # type: ignore[assignment]
        elif sort is SortKey.BOOK:
            columns = (VisitRecord.book_year, VisitRecord.book_no)  # type: ignore[assignment]
        else:
            columns = _SORT_COLUMNS[sort]  # type: ignore[assignment]
        query = query.order_by(*(c.desc() if descending else c.asc() for c in columns))
        with self._ctx.db.read() as s:
            return fetch_ids(s, query)

    def rows(self, ids: Sequence[int]) -> list[RegisterRow]:
        """Rows for the given ids, in the same order."""
        require(self._ctx, Action.READ_CASES)
        if not ids:
            return []
        with self._ctx.db.read() as s:
            found = s.execute(
                select(VisitRecord, CitizenRecord, CaseRecord.code)
                .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
                .outerjoin(CaseRecord, CaseRecord.id == VisitRecord.case_id)
                .where(VisitRecord.id.in_(list(ids)))
            ).all()
            # The leader sees every line, a handler the visits of their cases (services.citizens.access).
            hidden = Access(self._ctx).hidden_visit_ids(s, ids)
            further: dict[int, list[str]] = {}
            for visit_id, summary in s.execute(
                select(VisitMatterRecord.visit_id, VisitMatterRecord.summary)
                .where(VisitMatterRecord.visit_id.in_(list(ids)))
                .order_by(VisitMatterRecord.visit_id, VisitMatterRecord.position, VisitMatterRecord.id)
            ):
                further.setdefault(visit_id, []).append(summary)
        by_id = {v.id: _row(v, c, code, v.id in hidden, further.get(v.id, ())) for v, c, code in found}
        return [by_id[i] for i in ids if i in by_id]


def _row(
    v: VisitRecord, c: CitizenRecord, case_code: str | None, hidden: bool, further: Sequence[str] = ()
) -> RegisterRow:
    """A line of the book; a visit that raised several matters lists them all in its content (DOMAIN §16.3)."""
    name_address = vi.MASKED if hidden else ", ".join(x for x in (c.full_name, c.address) if x)
    id_doc = vi.MASKED if hidden else identity.mask_id(c.id_number)
    guidance = " – ".join(x for x in (v.guidance_target, v.guidance_doc_no) if x)
    transfer = " – ".join(x for x in (v.transfer_target, v.transfer_doc_no) if x)
    remarks = v.remarks or ""
    if v.status == VisitStatus.TU_CHOI.value:
        remarks = "; ".join(x for x in (labels.VISIT_STATUS[VisitStatus.TU_CHOI], remarks) if x)
    return RegisterRow(
        id=v.id,
        book_no=v.book_no,
        book_year=v.book_year,
        date=v.date,
        kind=ReceptionKind(v.kind),
        name_address=name_address,
        id_document=id_doc,
        summary=content_cell([v.summary, *further]),
        category=Category(v.category) if v.category else None,
        group_size=v.group_size,
        prior_handling=v.prior_handling or "",
        within_competence=v.within_competence,
        guidance=guidance,
        transfer=transfer,
        follow_up=v.follow_up or "",
        remarks=remarks,
        handling=Handling(v.handling) if v.handling else None,
        status=VisitStatus(v.status),
        visit_order=VisitOrder(v.visit_order),
        case_code=case_code or "",
        is_voided=v.is_voided,
        is_confidential=v.is_confidential,
    )
