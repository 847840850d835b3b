"""The Sổ tiếp công dân as rows of the interchange layout of DOMAIN §16.3 (documents.registers writes the file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TypeAlias

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from desk_app.domain import identity
from desk_app.domain.enums import Category, Handling, ReceptionKind, SubjectField
from desk_app.domain.matter_results import MatterResult
from desk_app.domain.permissions import Action
from desk_app.i18n import labels, vi, vi_results
from desk_app.i18n import vi_transfer as vt
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import may, require
from desk_app.services.transfer.table import Progress
from desk_app.storage.records import (
    CaseRecord,
    CaseResultRecord,
    CitizenRecord,
    StaffRecord,
    VisitMatterRecord,
    VisitRecord,
)

BATCH = 2000
Cell: TypeAlias = str | int | dt.date | None  # printing.xlsx.CellValue: a date, a count or text


def may_see_identity(ctx: ServiceContext) -> bool:
    """Exports show identity fields in full only to a user with EXPORT_IDENTITY, the leader (DOMAIN §13.3)."""
    return may(ctx, Action.EXPORT_IDENTITY)


def full_identity_for(ctx: ServiceContext, full_identity: bool | None) -> bool:
    """None decides by role (EXPORT_IDENTITY); False masks for anyone; True is refused to a user who may not."""
    require(ctx, Action.READ_CASES)  # a register export is case content: not for QUAN_TRI or XEM_BAO_CAO
    if full_identity:
        require(ctx, Action.EXPORT_IDENTITY)
    return may_see_identity(ctx) if full_identity is None else full_identity


def visit_ids(
    ctx: ServiceContext, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[int]:
    """The visits of the range in book order (an import of the file numbers them in file order)."""
    with ctx.db.read() as s:
        return list(
            s.scalars(
                select(VisitRecord.id)
                .where(*_range(date_from, date_to))
                .order_by(VisitRecord.book_year, VisitRecord.book_no)
            )
        )


def log_export(
    ctx: ServiceContext,
    entity: str,
    rows: int,
    name: str,
    full: bool,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> None:
    """Every export is in the change log: how many rows, which range, whether identities went out in full."""
    with ctx.db.write() as s, s.begin():
        audit.record(
            s, ctx, "export", entity, 0,
            {"rows": (None, rows), "from": (None, date_from), "to": (None, date_to), "full_identity": (None, full)},
            vt.LOG_EXPORT_REASON.format(name=name),
        )  # fmt: skip


def _range(date_from: dt.date | None, date_to: dt.date | None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [VisitRecord.is_voided.is_(False)]
    if date_from:
        conds.append(VisitRecord.date >= date_from)
    if date_to:
        conds.append(VisitRecord.date <= date_to)
    return conds


def visit_rows(
    ctx: ServiceContext, ids: Sequence[int], full: bool, progress: Progress | None = None
) -> Iterator[list[Cell]]:
    """The rows of the §16.3 layout for `ids`, in that order, fetched in batches; masked unless `full`.

    A visit that raised several matters gives one row per matter, all with the visit's `Lượt` key (its place in
    the book); each row's `Kết quả` is the result recorded for that matter at that visit."""
    presider = aliased(StaffRecord)
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        with ctx.db.read() as s:
            found = {
                v.id: (v, c, code, name)
                for v, c, code, name in s.execute(
                    select(VisitRecord, CitizenRecord, CaseRecord.code, presider.full_name)
                    .join(CitizenRecord, CitizenRecord.id == VisitRecord.main_citizen_id)
                    .outerjoin(CaseRecord, CaseRecord.id == VisitRecord.case_id)
                    .outerjoin(presider, presider.id == VisitRecord.presided_by_id)
                    .where(VisitRecord.id.in_(list(part)))
                )
            }
            matters = _matters(s, part)
            results = _results(s, part)
        for visit_id in part:
            v = found[visit_id][0]
            more = matters.get(visit_id, [])
            turn = f"{v.book_no}/{v.book_year}" if more else ""
            main = _cells(*found[visit_id], full)
            yield [*main, turn, _result(results, visit_id, v.case_id)]
            for m, code in more:
                yield [
                    *main[:8], m.summary, labels.CATEGORY[Category(m.category)],
                    labels.SUBJECT_FIELD[SubjectField(m.field)] if m.field else "", code, *main[12:14], "",
                    turn, _result(results, visit_id, m.case_id),
                ]  # fmt: skip
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))


def _matters(s: DbSession, visit_ids: Sequence[int]) -> dict[int, list[tuple[VisitMatterRecord, str]]]:
    found: dict[int, list[tuple[VisitMatterRecord, str]]] = {}
    for m, code in s.execute(
        select(VisitMatterRecord, CaseRecord.code)
        .join(CaseRecord, CaseRecord.id == VisitMatterRecord.case_id)
        .where(VisitMatterRecord.visit_id.in_(list(visit_ids)))
        .order_by(VisitMatterRecord.visit_id, VisitMatterRecord.position, VisitMatterRecord.id)
    ):
        found.setdefault(m.visit_id, []).append((m, code))
    return found


def _results(s: DbSession, visit_ids: Sequence[int]) -> dict[tuple[int, int], MatterResult]:
    """The live result recorded for each (visit, case): the latest when corrected more than once."""
    found: dict[tuple[int, int], MatterResult] = {}
    for visit_id, case_id, result in s.execute(
        select(CaseResultRecord.visit_id, CaseResultRecord.case_id, CaseResultRecord.result)
        .where(CaseResultRecord.visit_id.in_(list(visit_ids)), CaseResultRecord.is_voided.is_(False))
        .order_by(CaseResultRecord.result_date, CaseResultRecord.id)
    ):
        if visit_id is not None:
            found[(visit_id, case_id)] = MatterResult(result)
    return found


def _result(results: dict[tuple[int, int], MatterResult], visit_id: int, case_id: int | None) -> str:
    result = results.get((visit_id, case_id)) if case_id is not None else None
    return vi_results.RESULT[result] if result else ""


def _cells(
    v: VisitRecord, c: CitizenRecord, code: str | None, presider: str | None, full: bool
) -> list[Cell]:
    hidden = v.is_confidential and not full
    kind = ReceptionKind(v.kind)
    if hidden:
        name, id_number, address = vi.MASKED, vi.MASKED, vi.MASKED
    else:
        name, address = c.full_name, c.address or ""
        id_number = (c.id_number or "") if full else identity.mask_id(c.id_number)
    return [
        v.date,
        labels.RECEPTION_KIND[kind],
        presider or "" if kind is not ReceptionKind.THUONG_XUYEN else "",
        vt.MARK_YES if v.delegated and kind is not ReceptionKind.THUONG_XUYEN else "",
        name,
        id_number,
        address,
        v.group_size,
        v.summary,
        labels.CATEGORY[Category(v.category)] if v.category else "",
        labels.SUBJECT_FIELD[SubjectField(v.field)] if v.field else "",
        code or "",
        vt.MARK_YES if v.within_competence else "",
        labels.HANDLING[Handling(v.handling)] if v.handling else "",
        v.remarks or "",
    ]
