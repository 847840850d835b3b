"""The cases of a visit's matters: the first one's case and the further matters (visit_matter, DOMAIN §16.3 `Lượt`).

One visit is one turn however many matters it raised; each matter has its own case, new or continued, written in
the visit's transaction. Reports count a further matter's case only while its visit stands (services.reports.facts).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Category, SubjectField
from desk_app.domain.reception import is_delegation
from desk_app.domain.text import nfc, search_key
from desk_app.domain.visit import MatterInput, VisitInput
from desk_app.errors import FieldError, ValidationError
from desk_app.i18n import labels
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.visits.linking import CaseCodes, case_values
from desk_app.storage.records import CaseRecord, VisitMatterRecord, VisitRecord

LOG_FIELD = "further_matters"
"""The visit change log's name for its further matters (their summaries and categories, in order)."""


def case_for(
    s: DbSession,
    ctx: ServiceContext,
    case_id: int | None,
    day: dt.date,
    summary: str,
    category: Category | None,
    field: SubjectField | None,
    group_size: int,
    citizen_id: int,
    error_field: str = "case",
) -> int:
    """The case a matter continues (`case_id`, dated back to `day` when that is earlier), or a new case about it."""
    if case_id is not None:
        case = s.get(CaseRecord, case_id)
        if case is None or case.is_voided:
            raise ValidationError([FieldError(error_field, "not_found")])
        if day < case.first_seen_date:
            case.first_seen_date = day
        return case.id
    assert category is not None
    codes = CaseCodes(s)
    code = codes.next(day.year)
    codes.save()
    case = CaseRecord(
        **case_values(code, day, nfc(summary), category, field, is_delegation(group_size), citizen_id),
        created_by=ctx.actor.name,
    )
    s.add(case)
    s.flush()
    audit.record(s, ctx, "create", "case", case.id, {"code": (None, case.code)})
    return case.id


def store_matters(s: DbSession, ctx: ServiceContext, rec: VisitRecord, visit: VisitInput) -> list[int]:
    """Replace the visit's further matters by those of `visit` (none for a refusal), each with its case; a further
    denunciation makes the visit confidential, and the book's search finds each matter. Returns the cases the
    visit's matters left or joined, to reorder."""
    old = list(s.scalars(select(VisitMatterRecord.case_id).where(VisitMatterRecord.visit_id == rec.id)))
    s.execute(delete(VisitMatterRecord).where(VisitMatterRecord.visit_id == rec.id))
    matters = () if visit.is_refusal else visit.further_matters
    joined: list[int] = []
    for position, matter in enumerate(matters, start=1):
        case_id = case_for(
            s, ctx, matter.case_id, visit.date, matter.summary, matter.category, matter.field,
            visit.group_size, rec.main_citizen_id, f"matter{position}.case",
        )  # fmt: skip
        assert matter.category is not None  # check_visit refuses a matter without one
        s.add(
            VisitMatterRecord(
                visit_id=rec.id,
                case_id=case_id,
                position=position,
                summary=nfc(matter.summary),
                category=matter.category.value,
                field=matter.field.value if matter.field else None,
            )
        )
        joined.append(case_id)
        rec.search_text = f"{rec.search_text} {search_key(matter.summary)}"  # the book's search finds it too
        if matter.category is Category.TO_CAO:
            rec.is_confidential = True
    s.flush()
    return old + joined


def matters_of(s: DbSession, visit_id: int) -> tuple[MatterInput, ...]:
    """The visit's further matters as the form holds them, in the order they were raised."""
    rows = s.scalars(
        select(VisitMatterRecord)
        .where(VisitMatterRecord.visit_id == visit_id)
        .order_by(VisitMatterRecord.position, VisitMatterRecord.id)
    ).all()
    return tuple(
        MatterInput(
            summary=r.summary,
            category=Category(r.category),
            field=SubjectField(r.field) if r.field else None,
            case_id=r.case_id,
        )
        for r in rows
    )


def matters_logged(matters: tuple[MatterInput, ...]) -> str:
    """The further matters as the change log keeps them: "1. … (Khiếu nại); 2. …"."""
    return "; ".join(
        f"{n}. {m.summary} ({labels.CATEGORY[m.category]})" if m.category else f"{n}. {m.summary}"
        for n, m in enumerate(matters, start=1)
    )
