"""The rows behind a report figure: visits, cases, sessions, petitions or replies, in the order of the drill."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.permissions import Action
from desk_app.i18n import vi
from desk_app.i18n import vi_reports as vrep
from desk_app.i18n.formatting import fmt_date
from desk_app.services.citizens.access import Access
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import require
from desk_app.services.reports.types import Drill, DrillKind
from desk_app.storage.records import (
    CaseRecord,
    CitizenRecord,
    FollowUpRecord,
    PetitionRecord,
    ReceptionSessionRecord,
    StaffRecord,
    VisitRecord,
)

CHUNK = 500
"""Ids per query, well under SQLite's limit on bound parameters."""


@dataclass(frozen=True, slots=True)
class DrillRow:
    """One line of the drill-down list: when, which record, and what it is about."""

    kind: DrillKind
    id: int
    date: dt.date
    label: str
    text: str


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    unique = sorted(set(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start : start + CHUNK]


def _names(s: DbSession, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = [i for i in set(ids) if i is not None]
    out: dict[int, str] = {}
    for part in _chunks(wanted):
        query = select(CitizenRecord.id, CitizenRecord.full_name).where(CitizenRecord.id.in_(part))
        out.update({row[0]: row[1] for row in s.execute(query)})
    return out


def rows(s: DbSession, ctx: ServiceContext, drill: Drill) -> list[DrillRow]:
    """The records of `drill.ids` in that order (an id listed twice gives two rows, as the figure counts it)."""
    require(
        ctx, Action.READ_CASES
    )  # the records behind a figure are case content; XEM_BAO_CAO sees the figures
    access = Access(ctx)
    makers: dict[DrillKind, Callable[[DbSession, list[int], Access], dict[int, DrillRow]]] = {
        DrillKind.VISIT: _visits,
        DrillKind.CASE: _cases,
        DrillKind.SESSION: _sessions,
        DrillKind.PETITION: _petitions,
        DrillKind.FOLLOW_UP: _follow_ups,
    }
    found: dict[int, DrillRow] = {}
    for part in _chunks(drill.ids):
        found.update(makers[drill.kind](s, part, access))
    return [found[i] for i in drill.ids if i in found]


def _load(s: DbSession, model: Any, ids: list[int]) -> list[Any]:
    return list(s.scalars(select(model).where(model.id.in_(ids))).all())


def _visits(s: DbSession, ids: list[int], access: Access) -> dict[int, DrillRow]:
    recs = _load(s, VisitRecord, ids)
    hidden = access.hidden_visit_ids(s, ids)
    names = _names(s, (r.main_citizen_id for r in recs))
    return {
        r.id: DrillRow(
            DrillKind.VISIT, r.id, r.date,
            vrep.DRILL_VISIT.format(no=r.book_no, year=r.book_year),
            vrep.DRILL_VISIT_TEXT.format(
                name=vi.MASKED if r.id in hidden else names.get(r.main_citizen_id, vrep.NO_NAME),
                size=r.group_size, summary=r.summary,
            ),
        )
        for r in recs
    }  # fmt: skip


def _cases(s: DbSession, ids: list[int], _access: Access) -> dict[int, DrillRow]:
    return {
        r.id: DrillRow(
            DrillKind.CASE, r.id, r.first_seen_date, vrep.DRILL_CASE.format(code=r.code),
            vrep.DRILL_CASE_TEXT.format(title=r.title, first=fmt_date(r.first_seen_date)),
        )
        for r in _load(s, CaseRecord, ids)
    }  # fmt: skip


def _sessions(s: DbSession, ids: list[int], _access: Access) -> dict[int, DrillRow]:
    recs = _load(s, ReceptionSessionRecord, ids)
    staff = {row[0]: row[1] for row in s.execute(select(StaffRecord.id, StaffRecord.full_name))}
    return {
        r.id: DrillRow(
            DrillKind.SESSION, r.id, r.date, vrep.DRILL_SESSION.format(date=fmt_date(r.date)),
            vrep.DRILL_SESSION_TEXT.format(
                who=staff.get(r.presided_by_id, vrep.NO_NAME), status=vrep.SESSION_STATUS.get(r.status, r.status)
            ),
        )
        for r in recs
    }  # fmt: skip


def _petitions(s: DbSession, ids: list[int], access: Access) -> dict[int, DrillRow]:
    recs = _load(s, PetitionRecord, ids)
    hidden = access.hidden_petition_ids(s, ids)
    names = _names(s, (r.main_citizen_id for r in recs))
    out = {}
    for r in recs:
        name = vi.MASKED if r.id in hidden else names.get(r.main_citizen_id, vi.ANONYMOUS)
        out[r.id] = DrillRow(
            DrillKind.PETITION, r.id, r.received_date, vrep.DRILL_PETITION.format(no=r.register_no, year=r.book_year),
            f"{name}: {r.summary}",
        )  # fmt: skip
    return out


def _follow_ups(s: DbSession, ids: list[int], _access: Access) -> dict[int, DrillRow]:
    found = s.execute(
        select(FollowUpRecord, PetitionRecord)
        .join(PetitionRecord, PetitionRecord.id == FollowUpRecord.petition_id)
        .where(FollowUpRecord.id.in_(ids))
    ).all()
    return {
        f.id: DrillRow(
            DrillKind.FOLLOW_UP, f.id, f.event_date, vrep.DRILL_FOLLOW_UP.format(doc_no=f.doc_no or ""),
            vrep.DRILL_FOLLOW_UP_TEXT.format(no=p.register_no, year=p.book_year, content=f.content),
        )
        for f, p in found
    }  # fmt: skip
