"""The plain facts a report counts (what a visit, session, petition or reply contributes) and the rules that link them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desk_app.domain.enums import Handling, VisitOrder
from desk_app.domain.visit import visit_order

CaseKey = tuple[str, int]
"""("c", case id) for a case of the register, ("p", petition id) for a petition with no case (its own matter)."""


@dataclass(frozen=True, slots=True)
class VisitFact:
    """A visit that counts: not voided, not refused, linked to its case (and to its further matters' cases)."""

    id: int
    date: dt.date
    kind: str
    delegated: bool
    group_size: int
    case_id: int
    more_cases: tuple[int, ...] = ()
    """The cases of the further matters raised at this visit (DOMAIN §16.3 `Lượt`): one turn, several cases."""

    @property
    def cases(self) -> tuple[int, ...]:
        """Every case of the visit, its first matter's first; a case raised twice at one visit counts once."""
        return tuple(dict.fromkeys((self.case_id, *self.more_cases)))


@dataclass(frozen=True, slots=True)
class SessionFact:
    """A reception session (kỳ tiếp) that is not voided."""

    id: int
    date: dt.date
    kind: str
    delegated: bool
    status: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class PetitionFact:
    """A live petition as of the period's last day: its handling is the latest approved decision up to then."""

    id: int
    received: dt.date
    category: str
    field: str | None
    case_key: CaseKey
    prior_level: str | None
    processable: bool | None
    visit_id: int | None
    processed_on: dt.date | None
    """The first approved decision, or the withdrawal of a petition never decided; None while pending."""
    handling: Handling | None
    resolved_on: dt.date | None
    """The first result received (NHAN_KET_QUA)."""
    reached_before: bool = False
    """Its matter had reached this office before it: an earlier petition or visit of the same case."""


@dataclass(frozen=True, slots=True)
class ReplyFact:
    """A reply received to a transferred petition (event NHAN_PHUC_DAP)."""

    id: int
    petition_id: int
    category: str
    date: dt.date


def first_visits(visits: Iterable[VisitFact]) -> dict[int, int]:
    """The first visit ever of each case at this office, of any kind: the one domain.visit.visit_order calls
    "lần đầu" (the earliest day; on one day, the visit entered first)."""
    first: dict[int, VisitFact] = {}
    for v in visits:
        for case_id in v.cases:
            seen = first.get(case_id)
            if seen is None or visit_order((v.date, v.id), (seen.date, seen.id)) is VisitOrder.LAN_DAU:
                first[case_id] = v
    return {case: v.id for case, v in first.items()}


def matter_of(petition_id: int, links: Mapping[int, tuple[int | None, int | None]]) -> CaseKey:
    """The matter (vụ việc) a petition belongs to; `links` maps each petition to (case id, duplicate_of id).

    A duplicate belongs to the matter of the petition it repeats: it adds a petition, never a case.
    """
    seen: set[int] = set()
    current = petition_id
    case_id, repeats = links[current]
    while case_id is None and repeats is not None and repeats in links and current not in seen:
        seen.add(current)
        current = repeats
        case_id, repeats = links[current]
    return ("c", case_id) if case_id is not None else ("p", current)


def earlier_contacts(
    petitions: Sequence[PetitionFact], case_visits: Mapping[int, Sequence[tuple[dt.date, int]]]
) -> set[int]:
    """Petitions whose matter had reached this office before: an earlier petition of the same matter, or a visit of
    the same case on an earlier day (other than the visit the petition was handed in at).

    `petitions` come ordered by day received, then number; `case_visits` gives (day, visit id) per case.
    """
    first_petition: dict[CaseKey, tuple[dt.date, int]] = {}
    for p in petitions:
        first_petition.setdefault(p.case_key, (p.received, p.id))
    found: set[int] = set()
    for p in petitions:
        if first_petition[p.case_key] < (p.received, p.id):
            found.add(p.id)
            continue
        if p.case_key[0] == "c" and any(
            day < p.received and vid != p.visit_id for day, vid in case_visits.get(p.case_key[1], ())
        ):
            found.add(p.id)
    return found
