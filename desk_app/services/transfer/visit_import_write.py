"""Write checked visit lines in bulk inside one transaction: citizens, cases, sessions, book numbers, one log entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desk_app.domain.enums import Handling, SessionStatus, VisitOrder, VisitStatus
from desk_app.domain.reception import is_delegation
from desk_app.i18n import vi_transfer as vt
from desk_app.services import audit, counters
from desk_app.services.context import ServiceContext
from desk_app.services.transfer.table import search_key
from desk_app.services.transfer.visit_import import VisitImportResult, VisitLine
from desk_app.services.transfer.visit_import_order import set_orders, update_existing
from desk_app.storage.records import CaseRecord, CitizenRecord, CounterRecord, SessionRecord, VisitRecord

T = TypeVar("T")
CHUNK = 900  # bound parameters per IN (…) query
INSERT_BATCH = 2000
_DAY = dt.timedelta(days=1)


def _id(value: int | None) -> int:
    """A foreign key the query's join or filter guarantees is set."""
    assert value is not None
    return value


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def next_id(s: Session, column: Any) -> int:
    # Ids are given here rather than by the database so the rows can reference each other before the
    # bulk insert; the write transaction (BEGIN IMMEDIATE) keeps other desks out meanwhile.
    return int(s.scalar(select(func.max(column))) or 0) + 1


def counter_start(s: Session, name: str, year: int) -> int:
    return int(
        s.scalar(
            select(CounterRecord.last_value).where(CounterRecord.name == name, CounterRecord.year == year)
        )
        or 0
    )


def save_counters(s: Session, name: str, last: dict[int, int]) -> None:
    for year, value in last.items():
        counter = s.scalar(
            select(CounterRecord).where(CounterRecord.name == name, CounterRecord.year == year)
        )
        if counter is None:
            s.add(CounterRecord(name=name, year=year, last_value=value))
        else:
            counter.last_value = value
    s.flush()


def bulk_insert(
    s: Session, table: Any, rows: list[dict[str, Any]], done: Callable[[int], None] | None = None
) -> None:
    for start in range(0, len(rows), INSERT_BATCH):
        s.execute(insert(table), rows[start : start + INSERT_BATCH])
        if done:
            done(min(start + INSERT_BATCH, len(rows)))


class CitizenIndex:
    """Known citizens by ID number, else by name and address; new ones get ids and rows to insert."""

    def __init__(
        self, s: Session, people: Sequence[tuple[str, str | None]], now: dt.datetime, actor: str
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

    def __init__(self, s: Session, keys: Iterable[str], now: dt.datetime, actor: str) -> None:
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
        self.file_keys = set(wanted)
        self.by_matter: dict[tuple[int, str], int] = {}
        self._next = next_id(s, CaseRecord.id)
        self._numbers: dict[int, int] = {}
        self._taken: dict[int, set[str]] = {}
        self.new_rows: list[dict[str, Any]] = []
        self.imported_first: dict[int, dt.date] = {}

    def load_matters(self, citizen_ids: Iterable[int]) -> None:
        """Earlier visits of known citizens: their (person, matter) → case, for automatic matching."""
        for part in chunks(sorted(set(citizen_ids))):
            for cid, summary_key, case_id, first in self._s.execute(
                select(VisitRecord.main_citizen_id, VisitRecord.summary_key, VisitRecord.case_id, CaseRecord.first_seen_date)
                .join(CaseRecord, CaseRecord.id == VisitRecord.case_id)
                .where(VisitRecord.is_voided.is_(False), VisitRecord.main_citizen_id.in_(part))
                .order_by(VisitRecord.id)
            ):  # fmt: skip
                self.by_matter.setdefault((cid, summary_key), _id(case_id))
                self.existing.add(_id(case_id))
                self.first_seen.setdefault(_id(case_id), first)

    def create(self, code: str | None, line: VisitLine, citizen_id: int | None) -> int:
        assert line.category is not None
        return self.create_case(
            code, line.date, line.summary, line.category.value, line.field.value if line.field else None,
            is_delegation(line.group_size), citizen_id,
        )  # fmt: skip

    def create_case(
        self,
        code: str | None,
        day: dt.date,
        summary: str,
        category: str,
        field: str | None,
        is_crowd: bool,
        citizen_id: int | None,
    ) -> int:
        case_id = self._next
        self._next += 1
        if code is None:
            code = self._generated_code(day.year)
        title = summary[:200]
        self.new_rows.append(
            {
                "id": case_id, "code": code, "title": title, "title_key": search_key(title),
                "category": category, "field": field, "first_seen_date": day, "status": "DANG_XU_LY",
                "is_crowd": is_crowd,
                "main_citizen_id": citizen_id, "created_at": self._now, "created_by": self._actor,
                "is_voided": False,
            }
        )  # fmt: skip
        self.by_code[code] = case_id
        self.first_seen[case_id] = day
        return case_id

    def _generated_code(self, year: int) -> str:
        if year not in self._numbers:
            self._numbers[year] = counter_start(self._s, counters.CASE_CODE, year)
            prefix = f"VV-{year}-"
            self._taken[year] = set(
                self._s.scalars(select(CaseRecord.code).where(CaseRecord.code.like(f"{prefix}%")))
            )
        while True:
            self._numbers[year] += 1
            code = f"VV-{year}-{self._numbers[year]:03d}"
            if code not in self._taken[year] and code not in self.file_keys:
                return code

    def settled_rows(self) -> list[dict[str, Any]]:
        """The new cases to insert, each starting on its earliest row's day (rows need not be in date order)."""
        for row in self.new_rows:
            row["first_seen_date"] = self.first_seen[row["id"]]
        return self.new_rows

    def save_counters(self) -> None:
        save_counters(self._s, counters.CASE_CODE, self._numbers)


def _sessions(s: Session, lines: Sequence[VisitLine]) -> dict[tuple[dt.date, int, str], tuple[int, str]]:
    """Live sessions (not cancelled) of the presiding people on the file's days: the first one of each."""
    held = [x for x in lines if x.presider is not None]
    if not held:
        return {}
    found: dict[tuple[dt.date, int, str], tuple[int, str]] = {}
    presiders = sorted({x.presider.id for x in held if x.presider})
    for sid, day, presider, kind, status in s.execute(
        select(SessionRecord.id, SessionRecord.date, SessionRecord.presided_by_id, SessionRecord.kind, SessionRecord.status)
        .where(
            SessionRecord.date >= min(x.date for x in held),
            SessionRecord.date <= max(x.date for x in held),
            SessionRecord.presided_by_id.in_(presiders),
            SessionRecord.is_voided.is_(False),
            SessionRecord.status != SessionStatus.HUY.value,
        )
        .order_by(SessionRecord.id)
    ):  # fmt: skip
        found.setdefault((day, _id(presider), kind), (sid, status))
    return found


def _status(line: VisitLine) -> str:
    if line.refused:
        return VisitStatus.TU_CHOI.value
    if line.handling in (Handling.TRA_LOI_TRUC_TIEP, Handling.HUONG_DAN):
        return VisitStatus.DA_XU_LY_TAI_CHO.value
    return VisitStatus.DA_VAO_SO.value


def write_visits(
    ctx: ServiceContext, lines: Sequence[VisitLine], file_name: str, progress: Callable[[int], None]
) -> VisitImportResult:
    now = dt.datetime.now(dt.UTC)
    actor = ctx.actor.name
    with ctx.sessions.write() as s, s.begin():
        people = CitizenIndex(s, [(x.name, x.id_number) for x in lines], now, actor)
        citizen_ids = [people.resolve(x.name, x.id_type.value, x.id_number, x.address) for x in lines]
        cases = CaseIndex(s, (x.case_key for x in lines if x.case_key and not x.refused), now, actor)
        cases.load_matters(people.existing)
        case_ids: list[int | None] = []
        by_key = by_match = 0
        for line, cid in zip(lines, citizen_ids, strict=True):
            if line.refused:
                case_ids.append(None)
                continue
            matter = (cid, search_key(line.summary))
            if line.case_key:
                by_key += 1
                case_id = cases.by_code.get(line.case_key) or cases.create(line.case_key, line, cid)
            elif matter in cases.by_matter:
                by_match += 1
                case_id = cases.by_matter[matter]
            else:
                case_id = cases.create(None, line, cid)
            cases.by_matter.setdefault(matter, case_id)
            if line.date < cases.first_seen[case_id]:
                cases.first_seen[case_id] = line.date
            if line.date < cases.imported_first.get(case_id, line.date + _DAY):
                cases.imported_first[case_id] = line.date
            case_ids.append(case_id)

        known_sessions = _sessions(s, lines)
        session_rows: list[dict[str, Any]] = []
        session_ids: list[int | None] = []
        held_now: set[int] = set()
        joined = 0
        sid_next = first_new_session = next_id(s, SessionRecord.id)
        for line in lines:
            if line.presider is None:
                session_ids.append(None)
                continue
            key = (line.date, line.presider.id, line.kind.value)
            found = known_sessions.get(key)
            if found is None:
                found = (sid_next, SessionStatus.DA_TIEP.value)
                known_sessions[key] = found
                session_rows.append(
                    {
                        "id": sid_next, "kind": line.kind.value, "mode": "TRUC_TIEP", "date": line.date,
                        "presided_by_id": line.presider.id, "delegated": line.delegated,
                        "status": SessionStatus.DA_TIEP.value, "no_citizen_came": False,
                        "created_at": now, "created_by": actor, "is_voided": False,
                    }
                )  # fmt: skip
                sid_next += 1
            elif found[0] < first_new_session:
                joined += 1
                if found[1] != SessionStatus.DA_TIEP.value:
                    held_now.add(found[0])
            session_ids.append(found[0])

        visit_id = next_id(s, VisitRecord.id)
        first_id = visit_id
        book: dict[int, int] = {}
        visit_rows: list[dict[str, Any]] = []
        for line, cid, in_case, sid in zip(lines, citizen_ids, case_ids, session_ids, strict=True):
            year = line.date.year
            if year not in book:
                book[year] = counter_start(s, counters.VISIT_BOOK, year)
            book[year] += 1
            summary_key = search_key(line.summary)
            words = (search_key(line.name), search_key(line.address), line.id_number or "", summary_key)
            visit_rows.append(
                {
                    "id": visit_id, "book_year": year, "book_no": book[year], "date": line.date,
                    "kind": line.kind.value, "mode": "TRUC_TIEP", "session_id": sid,
                    "presided_by_id": line.presider.id if line.presider else None, "delegated": line.delegated,
                    "main_citizen_id": cid, "group_size": line.group_size,
                    "is_delegation": is_delegation(line.group_size), "summary": line.summary,
                    "summary_key": summary_key,
                    "category": line.category.value if line.category else None,
                    "field": line.field.value if line.field else None,
                    "within_competence": line.within_competence,
                    "handling": line.handling.value if line.handling else None,
                    "citizen_signed": "KY", "has_written_petition": False,
                    "is_confidential": line.category is not None and line.category.value == "TO_CAO",
                    "remarks": line.remarks, "status": _status(line), "case_id": in_case,
                    "visit_order": VisitOrder.LAN_DAU.value, "search_text": " ".join(w for w in words if w),
                    "created_at": now, "created_by": actor, "is_voided": False,
                }
            )  # fmt: skip
            visit_id += 1
        set_orders(s, visit_rows, cases.existing)

        bulk_insert(s, CitizenRecord.__table__, people.new_rows)
        bulk_insert(s, CaseRecord.__table__, cases.settled_rows())
        bulk_insert(s, SessionRecord.__table__, session_rows)
        bulk_insert(s, VisitRecord.__table__, visit_rows, progress)
        update_existing(s, cases, held_now, actor, now)
        cases.save_counters()
        save_counters(s, counters.VISIT_BOOK, book)
        if visit_rows:
            audit.record(
                s, ctx, "import", "visit", first_id,
                {
                    "rows": (None, len(visit_rows)), "visit_ids": (None, f"{first_id}-{visit_id - 1}"),
                    "citizens_new": (None, len(people.new_rows)), "cases_new": (None, len(cases.new_rows)),
                    "sessions_new": (None, len(session_rows)), "sessions_held": (None, sorted(held_now)),
                },
                vt.LOG_IMPORT_REASON.format(name=file_name),
            )  # fmt: skip
    return VisitImportResult(
        imported=len(visit_rows),
        cases_created=len(cases.new_rows),
        linked_by_key=by_key,
        linked_by_match=by_match,
        sessions_created=len(session_rows),
        sessions_joined=joined,
    )
