"""Bulk writing of imported registers inside one transaction: ids given ahead, citizens and cases found or made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import CaseStatus, Category, SubjectField
from desk_app.services.transfer.table import search_key
from desk_app.services.visits.linking import CaseCodes, case_values
from desk_app.storage.records import CaseRecord, CitizenRecord, VisitRecord

T = TypeVar("T")
CHUNK = 900  # bound parameters per IN (…) query
INSERT_BATCH = 2000


def known_id(value: int | None) -> int:
    """A foreign key the query's join or filter guarantees is set."""
    assert value is not None
    return value


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def next_id(s: DbSession, column: Any) -> int:
    # Ids are given here rather than by the database so the rows can reference each other before the
    # bulk insert; the write transaction (BEGIN IMMEDIATE) keeps other desks out meanwhile.
    return int(s.scalar(select(func.max(column))) or 0) + 1


def bulk_insert(
    s: DbSession, table: Any, rows: list[dict[str, Any]], done: Callable[[int], None] | None = None
) -> None:
    for start in range(0, len(rows), INSERT_BATCH):
        s.execute(insert(table), rows[start : start + INSERT_BATCH])
        if done:
            done(min(start + INSERT_BATCH, len(rows)))


class CitizenIndex:
    """Known citizens by ID number, else by name and address; new ones get ids and rows to insert."""

    def __init__(
        self, s: DbSession, people: Sequence[tuple[str, str | None]], now: dt.datetime, actor: str
    ) -> None:
        self._now, self._actor = now, actor
        self.by_key: dict[tuple[str, ...], int] = {}
        self.existing: set[int] = set()
        numbers = sorted({number for _name, number in people if number})
        for part in chunks(numbers):
            for cid, number in s.execute(
                select(CitizenRecord.id, CitizenRecord.id_number)
                .where(CitizenRecord.is_voided.is_(False), CitizenRecord.id_number.in_(part))
                .order_by(CitizenRecord.id)
            ):
                self.by_key.setdefault(("id", str(number)), cid)
                self.existing.add(cid)
        names = sorted({search_key(name) for name, number in people if name and not number})
        for part in chunks(names):
            for cid, name_key, address_key in s.execute(
                select(CitizenRecord.id, CitizenRecord.name_key, CitizenRecord.address_key)
                .where(CitizenRecord.is_voided.is_(False), CitizenRecord.name_key.in_(part))
                .order_by(CitizenRecord.id)
            ):
                self.by_key.setdefault(("na", name_key, address_key), cid)
                self.existing.add(cid)
        self._next = next_id(s, CitizenRecord.id)
        self.new_rows: list[dict[str, Any]] = []

    def resolve(self, name: str, id_type: str, id_number: str | None, address: str | None) -> int:
        name_key, address_key = search_key(name), search_key(address)
        key = ("id", id_number) if id_number else ("na", name_key, address_key)
        found = self.by_key.get(key)
        if found is not None:
            return found
        cid = self._next
        self._next += 1
        self.by_key[key] = cid
        self.new_rows.append(
            {
                "id": cid, "full_name": name, "name_key": name_key, "id_type": id_type, "id_number": id_number,
                "address": address, "address_key": address_key, "nationality": "Việt Nam",
                "created_at": self._now, "created_by": self._actor, "is_voided": False,
            }
        )  # fmt: skip
        return cid


class CaseIndex:
    """Cases by the file's own key (code) or by the same person and the same matter; new ones numbered."""

    def __init__(self, s: DbSession, keys: Iterable[str], now: dt.datetime, actor: str) -> None:
        self._s, self._now, self._actor = s, now, actor
        self.by_code: dict[str, int] = {}
        self.first_seen: dict[int, dt.date] = {}
        wanted = sorted(set(keys))
        for part in chunks(wanted):
            for case_id, code, first in s.execute(
                select(CaseRecord.id, CaseRecord.code, CaseRecord.first_seen_date).where(
                    CaseRecord.code.in_(part)
                )
            ):
                self.by_code[code] = case_id
                self.first_seen[case_id] = first
        self.existing: set[int] = set(self.by_code.values())
        self.by_matter: dict[tuple[int, str], int] = {}
        self._next = next_id(s, CaseRecord.id)
        # A generated code never takes one of the file's own keys, even one not yet written.
        self._codes = CaseCodes(s, reserved=wanted)
        self.new_rows: list[dict[str, Any]] = []

    def load_matters(self, citizen_ids: Iterable[int]) -> None:
        """Earlier visits of known citizens: their (person, matter) → case, for automatic matching."""
        for part in chunks(sorted(set(citizen_ids))):
            for cid, summary_key, case_id, first in self._s.execute(
                select(VisitRecord.main_citizen_id, VisitRecord.summary_key, VisitRecord.case_id, CaseRecord.first_seen_date)
                .join(CaseRecord, CaseRecord.id == VisitRecord.case_id)
                .where(VisitRecord.is_voided.is_(False), VisitRecord.main_citizen_id.in_(part))
                .order_by(VisitRecord.id)
            ):  # fmt: skip
                self.by_matter.setdefault((cid, summary_key), known_id(case_id))
                self.existing.add(known_id(case_id))
                self.first_seen.setdefault(known_id(case_id), first)

    def create_case(
        self,
        code: str | None,
        day: dt.date,
        summary: str,
        category: Category,
        field: SubjectField | None,
        is_crowd: bool,
        citizen_id: int | None,
    ) -> int:
        case_id = self._next
        self._next += 1
        if code is None:
            code = self._codes.next(day.year)
        self.new_rows.append(
            {
                "id": case_id, **case_values(code, day, summary, category, field, is_crowd, citizen_id, search_key),
                "status": CaseStatus.DANG_XU_LY.value, "created_at": self._now, "created_by": self._actor,
                "is_voided": False,
            }
        )  # fmt: skip
        self.by_code[code] = case_id
        self.first_seen[case_id] = day
        return case_id

    def seen_on(self, case_id: int, day: dt.date) -> None:
        """A row of the case on `day`: the case starts on its earliest day (rows need not be in date order)."""
        if day < self.first_seen[case_id]:
            self.first_seen[case_id] = day

    def settled_rows(self) -> list[dict[str, Any]]:
        """The new cases to insert, each starting on its earliest row's day."""
        for row in self.new_rows:
            row["first_seen_date"] = self.first_seen[row["id"]]
        return self.new_rows

    def save_counters(self) -> None:
        self._codes.save()
