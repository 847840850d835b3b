"""Results of matters (vụ việc): what the register's `Kết quả` records and which result of a case is its latest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class MatterResult(StrEnum):
    """DOMAIN §16.3 `Kết quả`: how far the matter raised at a visit has been resolved."""

    DA_GIAI_QUYET = "DA_GIAI_QUYET"
    DANG_GIAI_QUYET = "DANG_GIAI_QUYET"
    CHUA_GIAI_QUYET = "CHUA_GIAI_QUYET"


@dataclass(frozen=True, slots=True)
class ResultFact:
    """One live result of a case: recorded for a visit's matter, or a result received on one of its petitions."""

    case_id: int
    on: dt.date
    order: int
    """Breaks ties on one day: the result entered later wins."""
    result: MatterResult


def latest_results(facts: Iterable[ResultFact], last: dt.date) -> dict[int, MatterResult]:
    """The latest result of each case known by `last` (the day it was recorded for, then the order of entry)."""
    chosen: dict[int, ResultFact] = {}
    for fact in facts:
        if fact.on > last:
            continue
        seen = chosen.get(fact.case_id)
        if seen is None or (fact.on, fact.order) > (seen.on, seen.order):
            chosen[fact.case_id] = fact
    return {case_id: fact.result for case_id, fact in chosen.items()}


def is_resolved(result: MatterResult | None) -> bool:
    """TONG-HOP's `resolved`: the latest result says resolved; no result, in progress or not resolved are `unresolved`."""
    return result is MatterResult.DA_GIAI_QUYET
