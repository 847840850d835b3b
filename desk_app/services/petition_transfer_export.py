"""Export the sổ theo dõi đơn in the interchange layout the petition import reads (same data back on a round trip)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import ColumnElement, func, select

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, PetitionSource, PetitionStatus, SubjectField
from desk_app.i18n import vi, vi_petition
from desk_app.i18n import vi_transfer as vt
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.transfer_table import Progress, date_cell, write_table
from desk_app.services.visit_export import may_see_identity
from desk_app.storage.records import CaseRecord, CitizenRecord, DecisionRecord, PetitionRecord

BATCH = 2000
WIDTHS = {vt.P_RECEIVED: 12, vt.P_SOURCE: 30, vt.P_FORWARDED_BY: 28, vt.P_SENDER: 24, vt.P_ID: 15,
          vt.P_ADDRESS: 30, vt.P_SUMMARY: 50, vt.P_CATEGORY: 18, vt.P_FIELD: 18, vt.P_HANDLING: 24,
          vt.P_HANDLED: 12, vt.P_STATUS: 22}  # fmt: skip


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return vt.MARK_YES if value else vt.MARK_NO


def export_petitions(
    ctx: ServiceContext,
    target: Path,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    full_identity: bool | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the petitions received in the range in register order; returns how many (the export is logged)."""
    full = may_see_identity(ctx) if full_identity is None else full_identity
    conds: list[ColumnElement[bool]] = [PetitionRecord.is_voided.is_(False)]
    if date_from:
        conds.append(PetitionRecord.received_date >= date_from)
    if date_to:
        conds.append(PetitionRecord.received_date <= date_to)
    with ctx.sessions.read() as s:
        ids = list(
            s.scalars(
                select(PetitionRecord.id)
                .where(*conds)
                .order_by(PetitionRecord.book_year, PetitionRecord.register_no)
            )
        )
    write_table(target, vt.PETITION_HEADERS, _rows(ctx, ids, full, progress), "So theo doi don", WIDTHS)
    with ctx.sessions.write() as s, s.begin():
        audit.record(
            s, ctx, "export", "petition", 0,
            {"rows": (None, len(ids)), "from": (None, date_from), "to": (None, date_to), "full_identity": (None, full)},
            vt.LOG_EXPORT_REASON.format(name=target.name),
        )  # fmt: skip
    return len(ids)


def _rows(ctx: ServiceContext, ids: list[int], full: bool, progress: Progress | None) -> Iterator[list[str]]:
    handled = (
        select(DecisionRecord.petition_id, func.max(DecisionRecord.approved_at).label("handled"))
        .where(DecisionRecord.outcome == "DUYET", DecisionRecord.is_voided.is_(False))
        .group_by(DecisionRecord.petition_id)
        .subquery()
    )
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        with ctx.sessions.read() as s:
            found = {
                p.id: (p, c, code, when)
                for p, c, code, when in s.execute(
                    select(PetitionRecord, CitizenRecord, CaseRecord.code, handled.c.handled)
                    .outerjoin(CitizenRecord, CitizenRecord.id == PetitionRecord.main_citizen_id)
                    .outerjoin(CaseRecord, CaseRecord.id == PetitionRecord.case_id)
                    .outerjoin(handled, handled.c.petition_id == PetitionRecord.id)
                    .where(PetitionRecord.id.in_(part))
                )
            }
        for petition_id in part:
            yield _cells(*found[petition_id], full)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))


def _cells(
    p: PetitionRecord, c: CitizenRecord | None, code: str | None, handled: dt.datetime | None, full: bool
) -> list[str]:
    if c is None:
        name, id_number, address = (vi.ANONYMOUS if p.is_anonymous else ""), "", ""
    elif p.is_confidential and not full:
        name, id_number, address = vi.MASKED, vi.MASKED, vi.MASKED
    else:
        name, address = c.full_name, c.address or ""
        id_number = (c.id_number or "") if full else identity.mask_id(c.id_number)
    return [
        date_cell(p.received_date),
        vi_petition.PETITION_SOURCE[PetitionSource(p.source)],
        p.forwarded_by_org or "",
        name,
        id_number,
        address,
        str(p.signer_count),
        p.summary,
        vi.CATEGORY[Category(p.category)],
        vi.SUBJECT_FIELD[SubjectField(p.field)] if p.field else "",
        code or "",
        _yes_no(p.processable),
        _yes_no(p.within_competence),
        vi.HANDLING[Handling(p.handling)] if p.handling else "",
        date_cell(handled.date()) if handled else "",
        vi_petition.PETITION_STATUS[PetitionStatus(p.status)],
    ]
