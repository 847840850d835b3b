"""The sổ theo dõi đơn as rows of the layout the petition import reads (documents.registers writes the file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sqlalchemy import ColumnElement, func, select

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, SubjectField
from desk_app.i18n import labels, vi
from desk_app.i18n import vi_transfer as vt
from desk_app.services.context import ServiceContext
from desk_app.services.transfer.table import Progress
from desk_app.services.transfer.visit_export import Cell
from desk_app.storage.records import CaseRecord, CitizenRecord, DecisionRecord, PetitionRecord

BATCH = 2000


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return vt.MARK_YES if value else vt.MARK_NO


def petition_ids(
    ctx: ServiceContext, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[int]:
    """The petitions received in the range, in register order (an import numbers them in file order)."""
    conds: list[ColumnElement[bool]] = [PetitionRecord.is_voided.is_(False)]
    if date_from:
        conds.append(PetitionRecord.received_date >= date_from)
    if date_to:
        conds.append(PetitionRecord.received_date <= date_to)
    with ctx.db.read() as s:
        return list(
            s.scalars(
                select(PetitionRecord.id)
                .where(*conds)
                .order_by(PetitionRecord.book_year, PetitionRecord.register_no)
            )
        )


def petition_rows(
    ctx: ServiceContext, ids: Sequence[int], full: bool, progress: Progress | None = None
) -> Iterator[list[Cell]]:
    """The rows of the README layout for `ids`, in that order, fetched in batches; masked unless `full`."""
    handled = (
        select(DecisionRecord.petition_id, func.max(DecisionRecord.approved_at).label("handled"))
        .where(DecisionRecord.outcome == "DUYET", DecisionRecord.is_voided.is_(False))
        .group_by(DecisionRecord.petition_id)
        .subquery()
    )
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        with ctx.db.read() as s:
            found = {
                p.id: (p, c, code, when)
                for p, c, code, when in s.execute(
                    select(PetitionRecord, CitizenRecord, CaseRecord.code, handled.c.handled)
                    .outerjoin(CitizenRecord, CitizenRecord.id == PetitionRecord.main_citizen_id)
                    .outerjoin(CaseRecord, CaseRecord.id == PetitionRecord.case_id)
                    .outerjoin(handled, handled.c.petition_id == PetitionRecord.id)
                    .where(PetitionRecord.id.in_(list(part)))
                )
            }
        for petition_id in part:
            yield _cells(*found[petition_id], full)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))


def _cells(
    p: PetitionRecord, c: CitizenRecord | None, code: str | None, handled: dt.datetime | None, full: bool
) -> list[Cell]:
    if c is None:
        name, id_number, address = (vi.ANONYMOUS if p.is_anonymous else ""), "", ""
    elif p.is_confidential and not full:
        name, id_number, address = vi.MASKED, vi.MASKED, vi.MASKED
    else:
        name, address = c.full_name, c.address or ""
        id_number = (c.id_number or "") if full else identity.mask_id(c.id_number)
    return [
        p.received_date,
        labels.PETITION_SOURCE[PetitionSource(p.source)],
        p.forwarded_by_org or "",
        name,
        id_number,
        address,
        p.signer_count,
        p.summary,
        labels.CATEGORY[Category(p.category)],
        labels.SUBJECT_FIELD[SubjectField(p.field)] if p.field else "",
        code or "",
        _yes_no(p.processable),
        _yes_no(p.within_competence),
        labels.HANDLING[Handling(p.handling)] if p.handling else "",
        handled.date() if handled else None,
        labels.PETITION_STATUS[PetitionStatus(p.status)],
    ]
