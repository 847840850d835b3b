"""The plain Python executor of the form definitions: facts in, every column's number and the records behind it out.

It is the reference the integration tests pin; a faster executor (SQL aggregates) must give the same figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desk_app.domain.reports.columns import (
    Cases,
    Drill,
    DrillKind,
    FormDefinition,
    Measure,
    Petitions,
    Replies,
    Sessions,
    Total,
    Visits,
    Window,
)
from desk_app.domain.reports.facts import PetitionFact, ReplyFact, SessionFact, VisitFact, first_visits
from desk_app.domain.reports.xld import processable, representatives


@dataclass(frozen=True, slots=True)
class Facts:
    """What a form counts, as loaded for one period."""

    visits: Sequence[VisitFact] = ()
    """Every counted visit up to the last day (from the first ever, to tell first from repeat cases), ordered by
    day, then order of entry."""
    sessions: Sequence[SessionFact] = ()
    petitions: Sequence[PetitionFact] = ()
    """Every live petition received up to the last day, ordered by day received, then number."""
    replies: Sequence[ReplyFact] = ()


@dataclass(frozen=True, slots=True)
class Figures:
    """The value of every column and the records behind each, by official column number."""

    values: dict[int, int] = field(default_factory=dict)
    drill: dict[int, Drill] = field(default_factory=dict)


def count(definition: FormDefinition, facts: Facts, window: Window) -> Figures:
    """Every column of `definition` over `facts` in `window`; totals after the columns they add up."""
    scope = definition.categories
    petitions = [p for p in facts.petitions if scope is None or p.category in scope]
    counted = _Counted(
        window=window,
        visits=[v for v in facts.visits if window.holds(v.date)],
        first=first_visits(facts.visits),
        sessions=[x for x in facts.sessions if window.holds(x.date)],
        petitions=petitions,
        cases=representatives([p for p in petitions if processable(p, window)]),
        replies=[r for r in facts.replies if window.holds(r.date) and (scope is None or r.category in scope)],
    )
    values: dict[int, int] = {}
    drill: dict[int, Drill] = {}
    for column in definition.columns:
        if not isinstance(column, Total):
            values[column.number], drill[column.number] = counted.column(column)
    for column in definition.columns:
        if isinstance(column, Total):
            values[column.number] = sum(values[p] for p in column.sum_of)
            ids = tuple(i for p in column.sum_of for i in drill[p].ids)
            drill[column.number] = Drill(drill[column.sum_of[0]].kind, ids)
    return Figures(dict(sorted(values.items())), dict(sorted(drill.items())))


@dataclass(frozen=True, slots=True)
class _Counted:
    """The facts of the period a column picks from."""

    window: Window
    visits: list[VisitFact]
    first: dict[int, int]
    sessions: list[SessionFact]
    petitions: list[PetitionFact]
    cases: list[PetitionFact]
    """One petition per matter of the processable petitions: the matter's last processed one."""
    replies: list[ReplyFact]

    def column(self, column: Visits | Sessions | Petitions | Cases | Replies) -> tuple[int, Drill]:
        w = self.window
        if isinstance(column, Visits):
            return self._visits(column.measure, [v for v in self.visits if column.where(v, w)])
        if isinstance(column, Sessions):
            return _ids(DrillKind.SESSION, [x.id for x in self.sessions if column.where(x, w)])
        if isinstance(column, Petitions):
            return _ids(DrillKind.PETITION, [p.id for p in self.petitions if column.where(p, w)])
        if isinstance(column, Cases):
            where = column.where
            return _ids(DrillKind.PETITION, [p.id for p in self.cases if where is None or where(p, w)])
        return _ids(DrillKind.FOLLOW_UP, [r.id for r in self.replies])

    def _visits(self, measure: Measure, picked: list[VisitFact]) -> tuple[int, Drill]:
        if measure is Measure.TURNS:
            return _ids(DrillKind.VISIT, [v.id for v in picked])
        if measure is Measure.PERSONS:
            return sum(v.group_size for v in picked), Drill(DrillKind.VISIT, tuple(v.id for v in picked))
        ids = {v.id for v in picked}
        wanted = measure is Measure.FIRST_CASES
        return _ids(
            DrillKind.CASE,
            [
                c
                for c in dict.fromkeys(c for v in picked for c in v.cases)
                if (self.first[c] in ids) is wanted
            ],
        )


def _ids(kind: DrillKind, ids: list[int]) -> tuple[int, Drill]:
    return len(ids), Drill(kind, tuple(ids))
