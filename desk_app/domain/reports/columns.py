"""What a report column is: its official number, the law's heading path, and the named rule that picks what it counts.

A form module lists its columns in the law's order, one line each, so a column reads against DOMAIN §10.2. The
rules are named so that an executor other than the plain Python one of `count.py` (SQL aggregates, for speed) can
translate each name to a clause and still be checked against the same definitions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from desk_app.domain.reports.facts import PetitionFact, SessionFact, VisitFact

F = TypeVar("F")


class ReportForm(StrEnum):
    """The forms of TT 01/2024/TT-TTCP the desk fills in; the value is how the command line names them."""

    TCD_01 = "01/TCD"
    XLD_01 = "01/XLD"
    XLD_02 = "02/XLD"
    XLD_03 = "03/XLD"
    XLD_04 = "04/XLD"


class DrillKind(StrEnum):
    """What the records behind a number are."""

    VISIT = "visit"
    PETITION = "petition"
    CASE = "case"
    SESSION = "session"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, slots=True)
class Drill:
    """The records behind one number, so a person can recount it."""

    kind: DrillKind
    ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Window:
    """The period counted: both days included."""

    first: dt.date
    last: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True, slots=True)
class Rule(Generic[F]):
    """A named yes/no test of one fact in a period. `a & b` keeps both names (`parts`), so an SQL executor can
    AND the clauses of the atoms instead of calling `test`."""

    name: str
    test: Callable[[F, Window], bool]
    parts: tuple[Rule[F], ...] = ()

    def __call__(self, fact: F, window: Window) -> bool:
        return self.test(fact, window)

    def atoms(self) -> tuple[Rule[F], ...]:
        return self.parts or (self,)

    def __and__(self, other: Rule[F]) -> Rule[F]:
        atoms = (*self.atoms(), *other.atoms())
        return Rule(" & ".join(a.name for a in atoms), lambda f, w: all(a.test(f, w) for a in atoms), atoms)


def visit_rule(name: str, test: Callable[[VisitFact, Window], bool]) -> Rule[VisitFact]:
    return Rule(name, test)


def session_rule(name: str, test: Callable[[SessionFact, Window], bool]) -> Rule[SessionFact]:
    return Rule(name, test)


def petition_rule(name: str, test: Callable[[PetitionFact, Window], bool]) -> Rule[PetitionFact]:
    return Rule(name, test)


class Measure(StrEnum):
    """What a visit column makes of the visits its rule picks (DOMAIN §16.1)."""

    TURNS = "turns"
    """lượt: the number of visits (a delegation is one visit)."""
    PERSONS = "persons"
    """người: the sum of their group sizes."""
    FIRST_CASES = "first_cases"
    """vụ việc tiếp lần đầu: their distinct cases whose first visit ever at this office is one of them."""
    REPEAT_CASES = "repeat_cases"
    """vụ việc tiếp nhiều lần: their other distinct cases."""


@dataclass(frozen=True, slots=True)
class Visits:
    """A column over the visits dated in the period that `where` picks."""

    number: int
    headings: tuple[str, ...]
    measure: Measure
    where: Rule[VisitFact]


@dataclass(frozen=True, slots=True)
class Sessions:
    """A column counting the reception sessions dated in the period that `where` picks (số kỳ tiếp)."""

    number: int
    headings: tuple[str, ...]
    where: Rule[SessionFact]


@dataclass(frozen=True, slots=True)
class Petitions:
    """A column counting the petitions of the form's scope that `where` picks."""

    number: int
    headings: tuple[str, ...]
    where: Rule[PetitionFact]


@dataclass(frozen=True, slots=True)
class Cases:
    """A column counting matters (vụ việc): those of the processable petitions processed in the period, each
    represented by its last processed petition, which `where` (None: every matter) tests."""

    number: int
    headings: tuple[str, ...]
    where: Rule[PetitionFact] | None = None


@dataclass(frozen=True, slots=True)
class Replies:
    """The replies received in the period to petitions of the form's scope (Số văn bản phúc đáp)."""

    number: int
    headings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Total:
    """A column the form writes as the sum of others ("1 = 4+13+22"); its records are theirs, in that order."""

    number: int
    headings: tuple[str, ...]
    sum_of: tuple[int, ...]


Column = Visits | Sessions | Petitions | Cases | Replies | Total


@dataclass(frozen=True, slots=True)
class FormDefinition:
    """One form: its title, its columns in order, and every "=" the law writes between them (`checks`)."""

    form: ReportForm
    title: str
    columns: tuple[Column, ...]
    checks: tuple[tuple[int, tuple[int, ...]], ...]
    categories: frozenset[str] | None = None
    """The petition categories the form is about (None: all); petitions and replies of others are left out."""

    def column(self, number: int) -> Column:
        return self.columns[number - 1]
