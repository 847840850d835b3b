"""The figures of TONG-HOP, the summary an office writes in its periodic and multi-year reviews (DOMAIN §16.4).

Each figure is named as §16.4 names it; the 01/TCD ones come from the same counting as the form, so the review and
the statutory report can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from desk_app.domain.enums import DialogueKind, ReceptionKind, ReceptionSessionStatus
from desk_app.domain.reports.columns import ReportForm, Window
from desk_app.domain.reports.count import Facts, count
from desk_app.domain.reports.facts import SessionFact, VisitFact, first_visits
from desk_app.domain.reports.forms import definition
from desk_app.domain.reports.tcd01 import HEAD_KINDS

DELEGATION_SIZE = 5
"""Đoàn đông người: five persons or more (DOMAIN §16.1)."""

NOT_HELD = frozenset({ReceptionSessionStatus.HUY.value})
"""A scheduled reception day that could not take place (epidemic, floods): "Không tổ chức được"."""


@dataclass(frozen=True, slots=True)
class DialogueFact:
    """A dialogue (đối thoại) that is not voided."""

    date: dt.date
    kind: str
    recommendations: int = 0
    recommendations_in_competence: int = 0


@dataclass(frozen=True, slots=True)
class NotHeldDay:
    """A leader's scheduled reception day that did not take place, with the reason the office gave."""

    date: dt.date
    reason: str | None


@dataclass(frozen=True, slots=True)
class ReviewFigures:
    """Every figure of §16.4's TONG-HOP, in its order."""

    sessions_held: int
    sessions_no_citizen: int
    sessions_not_held: int
    periodic_turns: int
    periodic_persons: int
    adhoc_turns: int
    adhoc_persons: int
    regular_turns: int
    regular_persons: int
    regular_cases_new: int
    regular_cases_old: int
    cases: int
    cases_new: int
    cases_old: int
    delegations: int
    delegation_persons: int
    resolved: int
    unresolved: int
    dialogues: int
    dialogues_periodic: int
    dialogues_adhoc: int
    dialogue_recommendations: int
    dialogue_recommendations_in_competence: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Review:
    """The figures and what the paragraphs need beyond them."""

    first: dt.date
    last: dt.date
    figures: ReviewFigures
    not_held: tuple[NotHeldDay, ...]
    turns: int
    persons: int


def review(
    visits: Sequence[VisitFact],
    sessions: Sequence[SessionFact],
    dialogues: Sequence[DialogueFact],
    resolved_cases: Mapping[int, bool],
    first: dt.date,
    last: dt.date,
) -> Review:
    """`visits`: every counted visit up to `last` (as 01/TCD loads them, to tell new cases from old);
    `sessions` and `dialogues`: those of the span; `resolved_cases`: each case's latest result, True when resolved
    (a case not in it is unresolved)."""
    window = Window(first, last)
    tcd = count(definition(ReportForm.TCD_01), Facts(visits=visits, sessions=sessions), window).values
    inside = [v for v in visits if window.holds(v.date)]
    firsts = first_visits(visits)
    inside_ids = {v.id for v in inside}
    case_ids = {case for v in inside for case in v.cases}  # every matter of a visit (DOMAIN §16.3 `Lượt`)
    new_cases = {case for case in case_ids if firsts.get(case) in inside_ids}
    groups = [v for v in inside if v.group_size >= DELEGATION_SIZE]
    head_sessions = [x for x in sessions if window.holds(x.date) and x.kind in HEAD_KINDS]
    held_dialogues = [d for d in dialogues if window.holds(d.date)]
    resolved = sum(1 for case in case_ids if resolved_cases.get(case, False))

    def turns(kind: ReceptionKind) -> list[VisitFact]:
        return [v for v in inside if v.kind == kind.value]

    figures = ReviewFigures(
        sessions_held=tcd[12] + tcd[21],
        sessions_no_citizen=sum(
            1 for x in head_sessions if x.status == ReceptionSessionStatus.KHONG_CO_CONG_DAN
        ),
        sessions_not_held=sum(1 for x in head_sessions if x.status in NOT_HELD),
        periodic_turns=len(turns(ReceptionKind.DINH_KY)),
        periodic_persons=sum(v.group_size for v in turns(ReceptionKind.DINH_KY)),
        adhoc_turns=len(turns(ReceptionKind.DOT_XUAT)),
        adhoc_persons=sum(v.group_size for v in turns(ReceptionKind.DOT_XUAT)),
        regular_turns=tcd[4],
        regular_persons=tcd[5],
        regular_cases_new=tcd[6],
        regular_cases_old=tcd[7],
        cases=len(case_ids),
        cases_new=len(new_cases),
        cases_old=len(case_ids - new_cases),
        delegations=len(groups),
        delegation_persons=sum(v.group_size for v in groups),
        resolved=resolved,
        unresolved=len(case_ids) - resolved,
        dialogues=len(held_dialogues),
        dialogues_periodic=sum(1 for d in held_dialogues if d.kind == DialogueKind.DINH_KY),
        dialogues_adhoc=sum(1 for d in held_dialogues if d.kind == DialogueKind.DOT_XUAT),
        dialogue_recommendations=sum(d.recommendations for d in held_dialogues),
        dialogue_recommendations_in_competence=sum(d.recommendations_in_competence for d in held_dialogues),
    )
    not_held = tuple(NotHeldDay(x.date, x.reason) for x in head_sessions if x.status in NOT_HELD)
    return Review(first, last, figures, not_held, len(inside), sum(v.group_size for v in inside))
