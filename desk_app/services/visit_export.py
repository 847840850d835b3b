"""Export the Sổ tiếp công dân in the interchange layout of DOMAIN §16.3 (an import of it gives the same rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import aliased

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, ReceptionKind, Role, SubjectField
from desk_app.i18n import vi
from desk_app.i18n import vi_transfer as vt
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.transfer_table import Progress, date_cell, write_table
from desk_app.storage.records import CaseRecord, CitizenRecord, StaffRecord, VisitRecord

BATCH = 2000
WIDTHS = {vt.V_DATE: 12, vt.V_KIND: 14, vt.V_PRESIDER: 22, vt.V_NAME: 24, vt.V_ID: 15, vt.V_ADDRESS: 30,
          vt.V_SUMMARY: 50, vt.V_CATEGORY: 18, vt.V_FIELD: 18, vt.V_HANDLING: 24, vt.V_REMARKS: 24}  # fmt: skip


def may_see_identity(ctx: ServiceContext) -> bool:
    """Exports show identity fields in full only to a leader (DOMAIN §13.3)."""
    return Role.LANH_DAO in ctx.actor.roles


def export_visits(
    ctx: ServiceContext,
    target: Path,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    full_identity: bool | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the visits of the range in book order; returns how many. The export itself is logged.

    full_identity=None decides by role; the command line passes True (whoever runs it holds the database file).
    """
    full = may_see_identity(ctx) if full_identity is None else full_identity
    with ctx.sessions.read() as s:
        ids = list(
            s.scalars(
                select(VisitRecord.id)
                .where(*_range(date_from, date_to))
                .order_by(VisitRecord.book_year, VisitRecord.book_no)
            )
        )
    write_table(target, vt.VISIT_HEADERS, _rows(ctx, ids, full, progress), "So tiep cong dan", WIDTHS)
    with ctx.sessions.write() as s, s.begin():
        audit.record(
            s, ctx, "export", "visit", 0,
            {"rows": (None, len(ids)), "from": (None, date_from), "to": (None, date_to), "full_identity": (None, full)},
            vt.LOG_EXPORT_REASON.format(name=target.name),
        )  # fmt: skip
    return len(ids)


def _range(date_from: dt.date | None, date_to: dt.date | None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [VisitRecord.is_voided.is_(False)]
    if date_from:
        conds.append(VisitRecord.date >= date_from)
    if date_to:
        conds.append(VisitRecord.date <= date_to)
    return conds


def _rows(ctx: ServiceContext, ids: list[int], full: bool, progress: Progress | None) -> Iterator[list[str]]:
    presider = aliased(StaffRecord)
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        with ctx.sessions.read() as s:
            found = {
                v.id: (v, c, code, name)
                for v, c, code, name in s.execute(
                    select(VisitRecord, CitizenRecord, CaseRecord.code, presider.full_name)
                    .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
                    .outerjoin(CaseRecord, CaseRecord.id == VisitRecord.case_id)
                    .outerjoin(presider, presider.id == VisitRecord.presided_by_id)
                    .where(VisitRecord.id.in_(part))
                )
            }
        for visit_id in part:
            yield _cells(*found[visit_id], full)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))


def _cells(v: VisitRecord, c: CitizenRecord, code: str | None, presider: str | None, full: bool) -> list[str]:
    hidden = v.is_confidential and not full
    kind = ReceptionKind(v.kind)
    if hidden:
        name, id_number, address = vi.MASKED, vi.MASKED, vi.MASKED
    else:
        name, address = c.full_name, c.address or ""
        id_number = (c.id_number or "") if full else identity.mask_id(c.id_number)
    return [
        date_cell(v.date),
        vi.RECEPTION_KIND[kind],
        presider or "" if kind is not ReceptionKind.THUONG_XUYEN else "",
        vt.MARK_YES if v.delegated and kind is not ReceptionKind.THUONG_XUYEN else "",
        name,
        id_number,
        address,
        str(v.group_size),
        v.summary,
        vi.CATEGORY[Category(v.category)] if v.category else "",
        vi.SUBJECT_FIELD[SubjectField(v.field)] if v.field else "",
        code or "",
        vt.MARK_YES if v.within_competence else "",
        vi.HANDLING[Handling(v.handling)] if v.handling else "",
        v.remarks or "",
    ]
