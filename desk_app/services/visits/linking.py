"""The database side of what a visit implies, for saving and importing alike: case codes, new cases, the session a
visit joins, and each case's first visit (the rules themselves are in domain.visit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Category, ReceptionKind, ReceptionMode, ReceptionSessionStatus, SubjectField
from desk_app.domain.text import search_key
from desk_app.domain.visit import BookPlace, SessionKey, case_code, case_title, may_join, visit_order
from desk_app.services import counters
from desk_app.storage.records import CaseRecord, ReceptionSessionRecord, VisitRecord

CHUNK = 900  # bound parameters per IN (…) query
FIRST_WINDOW = 16  # candidate codes checked by the first query of a year; a bulk import widens it up to CHUNK


class CaseCodes:
    """The next free VV-YYYY-NNN codes: each year's counter counts on, skipping codes already taken (an imported
    register may key its cases in the same shape). Call save() before the transaction ends."""

    def __init__(self, s: DbSession, reserved: Iterable[str] = ()) -> None:
        self._s = s
        self._reserved = set(reserved)
        self._checked: dict[int, int] = {}  # year → last number looked at
        self._free: dict[int, list[int]] = {}  # year → free numbers found, ascending
        self._given: dict[int, int] = {}  # year → last number given
        self._window: dict[int, int] = {}  # year → candidates the next query checks

    def next(self, year: int) -> str:
        free = self._free.setdefault(year, [])
        while not free:
            start = self._checked.get(year)
            if start is None:
                start = counters.last_value(self._s, counters.CASE_CODE, year)
            size = self._window.get(year, FIRST_WINDOW)
            self._window[year] = min(2 * size, CHUNK)
            window = {case_code(year, n): n for n in range(start + 1, start + 1 + size)}
            taken = set(self._s.scalars(select(CaseRecord.code).where(CaseRecord.code.in_(window))))
            free.extend(n for code, n in window.items() if code not in taken and code not in self._reserved)
            self._checked[year] = start + size
        number = free.pop(0)
        self._given[year] = number
        return case_code(year, number)

    def save(self) -> None:
        counters.set_last(self._s, counters.CASE_CODE, self._given)


def case_values(
    code: str,
    day: dt.date,
    summary: str,
    category: Category,
    field: SubjectField | None,
    is_crowd: bool,
    citizen_id: int | None,
    key: Callable[[str], str] = search_key,
) -> dict[str, Any]:
    """The columns of a case opened by a visit (or letter) on `day` about `summary`; `key` is search_key or a
    remembering copy of it (an import repeats its matters)."""
    title = case_title(summary)
    return {
        "code": code,
        "title": title,
        "title_key": key(title),
        "category": category.value,
        "field": field.value if field else None,
        "first_seen_date": day,
        "is_crowd": is_crowd,
        "main_citizen_id": citizen_id,
    }


def live_sessions(
    s: DbSession, keys: Collection[SessionKey]
) -> dict[SessionKey, tuple[int, ReceptionSessionStatus]]:
    """The session each key joins (its id and status), for the keys that have one (domain.visit.may_join)."""
    if not keys:
        return {}
    found: dict[SessionKey, tuple[int, ReceptionSessionStatus]] = {}
    presiders = sorted({k.presided_by_id for k in keys})
    for sid, day, presider, kind, status in s.execute(
        select(ReceptionSessionRecord.id, ReceptionSessionRecord.date, ReceptionSessionRecord.presided_by_id, ReceptionSessionRecord.kind, ReceptionSessionRecord.status)
        .where(
            ReceptionSessionRecord.date >= min(k.date for k in keys),
            ReceptionSessionRecord.date <= max(k.date for k in keys),
            ReceptionSessionRecord.presided_by_id.in_(presiders),
            ReceptionSessionRecord.is_voided.is_(False),
        )
        .order_by(ReceptionSessionRecord.id)
    ):  # fmt: skip
        if presider is None or not may_join(ReceptionSessionStatus(status)):
            continue
        key = SessionKey(day, presider, ReceptionKind(kind))
        if key in keys:
            found.setdefault(key, (sid, ReceptionSessionStatus(status)))
    return found


def held_session_values(
    key: SessionKey, mode: ReceptionMode, delegated: bool, place_id: int | None = None
) -> dict[str, Any]:
    """The columns of a session opened for a visit that had none to join: held (Đã tiếp) on the visit's day."""
    return {
        "kind": key.kind.value,
        "mode": mode.value,
        "date": key.date,
        "presided_by_id": key.presided_by_id,
        "delegated": delegated,
        "status": ReceptionSessionStatus.DA_TIEP.value,
        "no_citizen_came": False,
        "place_id": place_id,
    }


def first_visits(
    s: DbSession, case_ids: Collection[int], *, besides: int | None = None
) -> dict[int, BookPlace]:
    """Each case's first live visit (its day and id), leaving visit `besides` out; cases without one are absent."""
    found: dict[int, BookPlace] = {}
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), CHUNK):
        conditions: list[ColumnElement[bool]] = [
            VisitRecord.case_id.in_(ids[start : start + CHUNK]),
            VisitRecord.is_voided.is_(False),
        ]
        if besides is not None:
            conditions.append(VisitRecord.id != besides)
        ranked = (
            select(
                VisitRecord.case_id,
                VisitRecord.date,
                VisitRecord.id,
                func.row_number()
                .over(partition_by=VisitRecord.case_id, order_by=(VisitRecord.date, VisitRecord.id))
                .label("rank"),
            )
            .where(*conditions)
            .subquery()
        )
        for case_id, day, visit_id in s.execute(
            select(ranked.c.case_id, ranked.c.date, ranked.c.id).where(ranked.c.rank == 1)
        ):
            found[case_id] = (day, visit_id)
    return found


def reorder_cases(s: DbSession, case_ids: Collection[int | None]) -> None:
    """Lần đầu / nhiều lần of every live visit of these cases again, after a visit was added, moved or voided:
    one dated earlier than the case's first makes that one a repeat (as an import does)."""
    ids = sorted({c for c in case_ids if c is not None})
    for start in range(0, len(ids), CHUNK):
        first: dict[int, BookPlace] = {}
        for visit_id, case_id, day, order in s.execute(
            select(VisitRecord.id, VisitRecord.case_id, VisitRecord.date, VisitRecord.visit_order)
            .where(VisitRecord.case_id.in_(ids[start : start + CHUNK]), VisitRecord.is_voided.is_(False))
            .order_by(VisitRecord.date, VisitRecord.id)
        ).all():
            assert case_id is not None
            place: BookPlace = (day, visit_id)
            wanted = visit_order(place, first.setdefault(case_id, place)).value
            if order != wanted:
                s.execute(update(VisitRecord).where(VisitRecord.id == visit_id).values(visit_order=wanted))
