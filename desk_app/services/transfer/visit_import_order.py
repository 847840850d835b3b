"""After a bulk import of visits: lần đầu / nhiều lần, earlier first-seen dates of known cases, sessions now held."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionSessionStatus, VisitOrder
from desk_app.domain.visit import BookPlace, visit_order
from desk_app.services.transfer.bulk import CaseIndex, chunks, known_id
from desk_app.services.visits.linking import first_visits
from desk_app.storage.records import CaseRecord, ReceptionSessionRecord, VisitRecord


def set_orders(s: DbSession, rows: list[dict[str, Any]], existing_cases: set[int]) -> dict[int, BookPlace]:
    """Lần đầu / nhiều lần of the rows to insert (domain.visit.visit_order, as when saving at the desk).

    Returns each case's first imported visit, for update_existing.
    """
    earlier = first_visits(s, {r["case_id"] for r in rows if r["case_id"] in existing_cases})
    imported_first: dict[int, BookPlace] = {}
    for row in sorted(rows, key=lambda r: (r["date"], r["id"])):
        case_id = row["case_id"]
        if case_id is None:
            continue
        place: BookPlace = (row["date"], row["id"])
        before = [p for p in (earlier.get(case_id), imported_first.get(case_id)) if p is not None]
        row["visit_order"] = visit_order(place, min(before, default=None)).value
        imported_first.setdefault(case_id, place)
    return imported_first


def update_existing(
    s: DbSession,
    cases: CaseIndex,
    imported_first: dict[int, BookPlace],
    held: set[int],
    actor: str,
    now: dt.datetime,
) -> None:
    """Earlier first-seen dates of known cases, their visits now repeated, and sessions now held."""
    existing = sorted(c for c in cases.existing if c in cases.first_seen)
    for part in chunks(existing):
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
            if visit_order((day, visit_id), imported_first.get(known_id(of_case))) is VisitOrder.NHIEU_LAN:
                s.execute(
                    update(VisitRecord)
                    .where(VisitRecord.id == visit_id)
                    .values(visit_order=VisitOrder.NHIEU_LAN.value)
                )
    for ids in chunks(sorted(held)):
        s.execute(
            update(ReceptionSessionRecord)
            .where(ReceptionSessionRecord.id.in_(ids))
            .values(
                status=ReceptionSessionStatus.DA_TIEP.value,
                no_citizen_came=False,
                updated_at=now,
                updated_by=actor,
            )
        )
