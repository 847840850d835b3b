"""Small hand-made facts for the form tests: a visit, a session, a petition or a reply in one call, and a count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desk_app.domain.enums import Category, Handling, ReceptionKind, ReceptionSessionStatus
from desk_app.domain.reports import periods
from desk_app.domain.reports.columns import ReportForm, Window
from desk_app.domain.reports.count import Facts, Figures, count
from desk_app.domain.reports.facts import PetitionFact, ReplyFact, SessionFact, VisitFact
from desk_app.domain.reports.forms import definition

D = dt.date
_Q1 = periods.quarter(2026, 1)
Q1 = Window(_Q1.first, _Q1.last)
"""Quý I/2026: 15/12/2025 – 14/03/2026."""
IN_Q1 = D(2026, 1, 10)
BEFORE_Q1 = D(2025, 11, 20)
AFTER_Q1 = D(2026, 3, 15)

REGULAR, PERIODIC, UNSCHEDULED = ReceptionKind.THUONG_XUYEN, ReceptionKind.DINH_KY, ReceptionKind.DOT_XUAT


def visit(
    vid: int,
    day: dt.date,
    case: int,
    kind: ReceptionKind = REGULAR,
    size: int = 1,
    *,
    delegated: bool = False,
) -> VisitFact:
    return VisitFact(vid, day, kind.value, delegated, size, case)


def session(
    sid: int,
    day: dt.date,
    kind: ReceptionKind = PERIODIC,
    status: ReceptionSessionStatus = ReceptionSessionStatus.DA_TIEP,
    *,
    delegated: bool = False,
) -> SessionFact:
    return SessionFact(sid, day, kind.value, delegated, status.value, None)


def petition(
    pid: int,
    received: dt.date = IN_Q1,
    *,
    category: Category = Category.KHIEU_NAI,
    field: str | None = None,
    case: int | None = None,
    prior: str | None = None,
    processable: bool | None = None,
    processed: dt.date | None = None,
    handling: Handling | None = None,
    resolved: dt.date | None = None,
    reached_before: bool = False,
) -> PetitionFact:
    """A petition; `handling` without `processed` means it was processed on the day it came."""
    if handling is not None and processed is None:
        processed = received
    return PetitionFact(
        id=pid,
        received=received,
        category=category.value,
        field=field,
        case_key=("c", case) if case is not None else ("p", pid),
        prior_level=prior,
        processable=processable,
        visit_id=None,
        processed_on=processed,
        handling=handling,
        resolved_on=resolved,
        reached_before=reached_before,
    )


def reply(
    rid: int, petition_id: int, day: dt.date = IN_Q1, category: Category = Category.KHIEU_NAI
) -> ReplyFact:
    return ReplyFact(rid, petition_id, category.value, day)


def figures(
    form: ReportForm,
    *,
    visits: Sequence[VisitFact] = (),
    sessions: Sequence[SessionFact] = (),
    petitions: Sequence[PetitionFact] = (),
    replies: Sequence[ReplyFact] = (),
    window: Window = Q1,
) -> Figures:
    """The form counted on these facts, every column present."""
    result = count(definition(form), Facts(visits, sessions, petitions, replies), window)
    assert sorted(result.values) == [c.number for c in definition(form).columns]
    return result


def nonzero(
    form: ReportForm,
    *,
    visits: Sequence[VisitFact] = (),
    sessions: Sequence[SessionFact] = (),
    petitions: Sequence[PetitionFact] = (),
    replies: Sequence[ReplyFact] = (),
    window: Window = Q1,
) -> dict[int, int]:
    """Only the columns that are not 0, so that a test states every figure the facts give."""
    result = figures(
        form, visits=visits, sessions=sessions, petitions=petitions, replies=replies, window=window
    )
    return {k: v for k, v in result.values.items() if v}
