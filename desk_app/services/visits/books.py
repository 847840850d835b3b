"""The printed registers' data: cover facts and the rows of a date range, fetched batch by batch, masked by role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.domain.permissions import Action
from desk_app.errors import ConflictError
from desk_app.i18n import vi
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.petitions.register import PetitionFilter, PetitionRegisterService, PetitionRow
from desk_app.services.visits.register import RegisterFilter, RegisterRow, RegisterService, SortKey
from desk_app.storage.records import CitizenRecord, OfficeRecord, PetitionRecord, VisitRecord

BATCH = 500


@dataclass(frozen=True, slots=True)
class BookCoverData:
    parent_name: str | None
    office_name: str
    place_name: str
    head_title: str
    date_from: dt.date
    date_to: dt.date
    rows: int
    printed_on: dt.date


@dataclass(frozen=True, slots=True)
class VisitBookRow:
    """A line of the register; `id_document` is the full number (the paper book, DOMAIN §9.1) or "[Bảo mật]"."""

    row: RegisterRow
    id_document: str


class RegisterBookService:
    def __init__(
        self, ctx: ServiceContext, register: RegisterService, petitions: PetitionRegisterService
    ) -> None:
        self._ctx = ctx
        self._register = register
        self._petitions = petitions

    # Sổ tiếp công dân ---------------------------------------------------------------------------------------
    def _visit_ids(self, date_from: dt.date, date_to: dt.date) -> list[int]:
        # Voided lines stay in the book, marked, so its numbering has no holes.
        f = RegisterFilter(date_from=date_from, date_to=date_to, include_voided=True)
        return self._register.search_ids(f, SortKey.BOOK, descending=False)

    def visit_cover(self, date_from: dt.date, date_to: dt.date) -> BookCoverData:
        with self._ctx.db.read() as s:
            count = s.scalar(
                select(func.count(VisitRecord.id)).where(
                    VisitRecord.date >= date_from, VisitRecord.date <= date_to
                )
            )
        return self._cover(date_from, date_to, count or 0)

    def visit_batches(
        self, date_from: dt.date, date_to: dt.date, batch: int = BATCH
    ) -> Iterator[list[VisitBookRow]]:
        """The lines of the range in book order, `batch` at a time (a year of a busy office is tens of thousands)."""
        ids = self._visit_ids(date_from, date_to)
        for start in range(0, len(ids), batch):
            part = ids[start : start + batch]
            rows = self._register.rows(part)
            with self._ctx.db.read() as s:
                numbers = dict(
                    s.execute(
                        select(VisitRecord.id, CitizenRecord.id_number)
                        .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
                        .where(VisitRecord.id.in_(part))
                    ).all()
                )
            # RegisterService.rows already decided who sees a denouncer: where it masked, the number stays hidden.
            yield [
                VisitBookRow(r, vi.MASKED if r.name_address == vi.MASKED else numbers.get(r.id) or "")
                for r in rows
            ]

    # Sổ theo dõi đơn ---------------------------------------------------------------------------------------
    def petition_cover(self, date_from: dt.date, date_to: dt.date) -> BookCoverData:
        with self._ctx.db.read() as s:
            count = s.scalar(
                select(func.count(PetitionRecord.id)).where(
                    PetitionRecord.received_date >= date_from,
                    PetitionRecord.received_date <= date_to,
                    PetitionRecord.is_voided.is_(False),
                )
            )
        return self._cover(date_from, date_to, count or 0)

    def petition_batches(
        self, date_from: dt.date, date_to: dt.date, batch: int = BATCH
    ) -> Iterator[list[PetitionRow]]:
        ids = self._petitions.search_ids(
            PetitionFilter(date_from=date_from, date_to=date_to), descending=False
        )
        for start in range(0, len(ids), batch):
            yield self._petitions.rows(ids[start : start + batch])

    def _cover(self, date_from: dt.date, date_to: dt.date, rows: int) -> BookCoverData:
        # The printed books are case content: not for QUAN_TRI, not for XEM_BAO_CAO.
        require(self._ctx, Action.READ_CASES)
        with self._ctx.db.read() as s:
            office = s.scalar(select(OfficeRecord).order_by(OfficeRecord.id).limit(1))
            if office is None:
                raise ConflictError("office.not_set_up")
            return BookCoverData(
                parent_name=office.parent_name,
                office_name=office.name,
                place_name=office.place_name,
                head_title=office.head_title,
                date_from=date_from,
                date_to=date_to,
                rows=rows,
                printed_on=self._ctx.today(),
            )
