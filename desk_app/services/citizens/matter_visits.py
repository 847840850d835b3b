"""Visits that reached a case as a further matter (`visit_matter` rows), beside those whose main case it is."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session as DbSession

from desk_app.storage.records import VisitMatterRecord, VisitRecord


@dataclass(frozen=True, slots=True)
class MatterText:
    """What a further matter says for its own case, shown instead of the visit's first matter."""

    summary: str
    category: str
    field: str | None


def of_case(case_id: int) -> ColumnElement[bool]:
    """Visits of the case: its main case, or one of its further matters."""
    further = select(VisitMatterRecord.visit_id).where(VisitMatterRecord.case_id == case_id)
    return or_(VisitRecord.case_id == case_id, VisitRecord.id.in_(further))


def further_texts(s: DbSession, case_id: int, visit_ids: list[int]) -> dict[int, MatterText]:
    """For each visit that raised the case as a further matter (not as its first), that matter's text."""
    if not visit_ids:
        return {}
    rows = s.execute(
        select(VisitMatterRecord.visit_id, VisitMatterRecord.summary, VisitMatterRecord.category,
               VisitMatterRecord.field)
        .join(VisitRecord, VisitRecord.id == VisitMatterRecord.visit_id)
        .where(VisitMatterRecord.case_id == case_id, VisitMatterRecord.visit_id.in_(visit_ids),
               or_(VisitRecord.case_id.is_(None), VisitRecord.case_id != case_id))
        .order_by(VisitMatterRecord.position.desc())
    )  # fmt: skip
    return {visit_id: MatterText(summary, category, field) for visit_id, summary, category, field in rows}
