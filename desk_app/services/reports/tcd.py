"""Biểu 01/TCD counted exactly as DOMAIN §16.1 says: groups A/B/C, turns, persons, cases first/repeat, sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain.enums import ReceptionKind, SessionStatus
from desk_app.domain.reception import is_delegation
from desk_app.services.reports.facts import SessionFact, VisitFact
from desk_app.services.reports.types import Drill, DrillKind

HELD = frozenset({SessionStatus.DA_TIEP.value, SessionStatus.KHONG_CO_CONG_DAN.value})
"""A session counts when it took place, whether or not anybody came (DOMAIN §16.1)."""
HEAD_KINDS = frozenset({ReceptionKind.DINH_KY.value, ReceptionKind.DOT_XUAT.value})

REGULAR_FIRST = 4
HEAD_FIRST = 12
DELEGATED_FIRST = 21
TOTALS: dict[int, tuple[int, ...]] = {1: (4, 13, 22), 2: (5, 14, 23), 3: (6, 7, 15, 16, 24, 25)}
"""Columns 1–3 are sums of the groups' columns (DOMAIN §16.1)."""


@dataclass(frozen=True, slots=True)
class TcdGroup:
    """One group's figures: the visits, the cases split first/repeat, the delegations and their cases."""

    visits: tuple[int, ...]
    persons: int
    first_cases: tuple[int, ...]
    repeat_cases: tuple[int, ...]
    delegations: tuple[int, ...]
    delegation_persons: int
    delegation_first: tuple[int, ...]
    delegation_repeat: tuple[int, ...]
    sessions: tuple[int, ...] = ()


def group_of(visit: VisitFact) -> str:
    """A: Thường xuyên; B: Định kỳ/Đột xuất presided by the head; C: the same on the head's behalf."""
    if visit.kind not in HEAD_KINDS:
        return "A"
    return "C" if visit.delegated else "B"


def first_visits(visits: Sequence[VisitFact]) -> dict[int, int]:
    """The first visit ever of each case at this office; `visits` come ordered by day, then order of entry."""
    first: dict[int, int] = {}
    for v in visits:
        first.setdefault(v.case_id, v.id)
    return first


def _split(visits: Sequence[VisitFact], first: dict[int, int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Distinct cases of these visits: first-time when the case's first visit ever is one of them."""
    ids = {v.id for v in visits}
    cases = list(dict.fromkeys(v.case_id for v in visits))
    return (
        tuple(c for c in cases if first[c] in ids),
        tuple(c for c in cases if first[c] not in ids),
    )


def group(visits: Sequence[VisitFact], first: dict[int, int], sessions: Sequence[int] = ()) -> TcdGroup:
    delegations = [v for v in visits if is_delegation(v.group_size)]
    first_cases, repeat_cases = _split(visits, first)
    d_first, d_repeat = _split(delegations, first)
    return TcdGroup(
        visits=tuple(v.id for v in visits),
        persons=sum(v.group_size for v in visits),
        first_cases=first_cases,
        repeat_cases=repeat_cases,
        delegations=tuple(v.id for v in delegations),
        delegation_persons=sum(v.group_size for v in delegations),
        delegation_first=d_first,
        delegation_repeat=d_repeat,
        sessions=tuple(sessions),
    )


def compute(
    visits: Sequence[VisitFact], sessions: Sequence[SessionFact], first_day: dt.date, last_day: dt.date
) -> tuple[dict[int, int], dict[int, Drill]]:
    """Every column of 01/TCD with the records behind it; `visits` are all counted visits up to `last_day`."""
    first = first_visits(visits)
    in_period = [v for v in visits if first_day <= v.date <= last_day]
    held = [
        x for x in sessions if x.kind in HEAD_KINDS and x.status in HELD and first_day <= x.date <= last_day
    ]
    groups = {
        "A": group([v for v in in_period if group_of(v) == "A"], first),
        "B": group(
            [v for v in in_period if group_of(v) == "B"], first, [x.id for x in held if not x.delegated]
        ),
        "C": group([v for v in in_period if group_of(v) == "C"], first, [x.id for x in held if x.delegated]),
    }
    values: dict[int, int] = {}
    drill: dict[int, Drill] = {}

    def put(column: int, kind: DrillKind, ids: tuple[int, ...], value: int | None = None) -> None:
        values[column] = len(ids) if value is None else value
        drill[column] = Drill(kind, ids)

    for name, start in (("A", REGULAR_FIRST), ("B", HEAD_FIRST), ("C", DELEGATED_FIRST)):
        g = groups[name]
        col = start
        if name != "A":
            put(col, DrillKind.SESSION, g.sessions)
            col += 1
        put(col, DrillKind.VISIT, g.visits)
        put(col + 1, DrillKind.VISIT, g.visits, g.persons)
        put(col + 2, DrillKind.CASE, g.first_cases)
        put(col + 3, DrillKind.CASE, g.repeat_cases)
        put(col + 4, DrillKind.VISIT, g.delegations)
        put(col + 5, DrillKind.VISIT, g.delegations, g.delegation_persons)
        put(col + 6, DrillKind.CASE, g.delegation_first)
        put(col + 7, DrillKind.CASE, g.delegation_repeat)
    for total, parts in TOTALS.items():
        values[total] = sum(values[p] for p in parts)
        kind = drill[parts[0]].kind
        ids = tuple(i for p in parts for i in drill[p].ids)
        drill[total] = Drill(kind, ids)
    return dict(sorted(values.items())), dict(sorted(drill.items()))
