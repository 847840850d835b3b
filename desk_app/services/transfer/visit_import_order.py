"""After a bulk import of visits: lần đầu / nhiều lần, earlier first-seen dates of known cases, sessions now held."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk_app.domain.enums import SessionStatus, VisitOrder
from desk_app.storage.records import CaseRecord, SessionRecord, VisitRecord

if TYPE_CHECKING:
    from desk_app.services.transfer.visit_import_write import CaseIndex

CHUNK = 900


def _chunks(items: list[int]) -> list[list[int]]:
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def _id(value: int | None) -> int:
    assert value is not None
    return value


def set_orders(s: Session, rows: list[dict[str, Any]], existing_cases: set[int]) -> None:
    """Lần đầu / nhiều lần as IntakeService._order_of: by date, same-day ties by entry order (id)."""
    touched = sorted({r["case_id"] for r in rows if r["case_id"] in existing_cases})
    earliest: dict[int, dt.date] = {}
    for part in _chunks(touched):
        for case_id, first in s.execute(
            select(VisitRecord.case_id, func.min(VisitRecord.date))
            .where(VisitRecord.case_id.in_(part), VisitRecord.is_voided.is_(False))
            .group_by(VisitRecord.case_id)
        ):
            earliest[_id(case_id)] = first
    seen: set[int] = set()
    for row in sorted(rows, key=lambda r: (r["date"], r["id"])):
        case_id = row["case_id"]
        if case_id is None:
            continue
        before = earliest.get(case_id)
        if case_id in seen or (before is not None and before <= row["date"]):
            row["visit_order"] = VisitOrder.NHIEU_LAN.value
        seen.add(case_id)


def update_existing(s: Session, cases: CaseIndex, held: set[int], actor: str, now: dt.datetime) -> None:
    """Earlier first-seen dates of known cases, their visits now repeated, and sessions now held."""
    existing = sorted(c for c in cases.existing if c in cases.first_seen)
    for part in _chunks(existing):
        for case_id, first in s.execute(
            select(CaseRecord.id, CaseRecord.first_seen_date).where(CaseRecord.id.in_(part))
        ):
            if cases.first_seen[case_id] < first:
                s.execute(
                    update(CaseRecord)
                    .where(CaseRecord.id == case_id)
                    .values(first_seen_date=cases.first_seen[case_id], updated_at=now, updated_by=actor)
                )
        # A known case's visit that an imported, earlier one now precedes is no longer its first.
        for visit_id, of_case, day in s.execute(
            select(VisitRecord.id, VisitRecord.case_id, VisitRecord.date).where(
                VisitRecord.case_id.in_(part),
                VisitRecord.visit_order == VisitOrder.LAN_DAU.value,
                VisitRecord.is_voided.is_(False),
            )
        ).all():
            if cases.imported_first.get(_id(of_case), day) < day:
                s.execute(
                    update(VisitRecord)
                    .where(VisitRecord.id == visit_id)
                    .values(visit_order=VisitOrder.NHIEU_LAN.value)
                )
    for part in _chunks(sorted(held)):
        s.execute(
            update(SessionRecord)
            .where(SessionRecord.id.in_(part))
            .values(
                status=SessionStatus.DA_TIEP.value, no_citizen_came=False, updated_at=now, updated_by=actor
            )
        )
