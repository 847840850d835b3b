"""Presiding persons named by an imported register: staff by name, and the unknown ones added as former staff."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Role
from desk_app.i18n import vi_history_import as vh
from desk_app.services.context import ServiceContext
from desk_app.services.transfer.bulk import next_id
from desk_app.services.transfer.table import search_key
from desk_app.storage.records import StaffRecord


@dataclass(frozen=True, slots=True)
class Presider:
    """A presiding person of the file: a staff member, or (id < 0) one to add as former staff when writing."""

    id: int
    is_head: bool
    name: str = ""

    @property
    def is_new(self) -> bool:
        return self.id < 0


class StaffNames:
    """The office's staff by folded name (the head first when two share a name); unknown names get provisional ids.

    A register kept over years names former heads and deputies (DOMAIN §16.3): they are not a reason to refuse
    the file, they join the staff list as former staff (active=False) in the import's own transaction."""

    def __init__(self, known: dict[str, Presider]) -> None:
        self._known = known
        self._new: dict[str, Presider] = {}

    def find_or_add(self, name: str) -> Presider:
        key = search_key(name)
        found = self._known.get(key) or self._new.get(key)
        if found is None:
            found = Presider(-(len(self._new) + 1), False, " ".join(name.split()))
            self._new[key] = found
        return found


def load_staff(ctx: ServiceContext) -> StaffNames:
    with ctx.db.read() as s:
        rows = s.execute(
            select(StaffRecord.id, StaffRecord.full_name, StaffRecord.is_head)
            .where(StaffRecord.is_voided.is_(False))
            .order_by(StaffRecord.is_head.desc(), StaffRecord.id)
        ).all()
    known: dict[str, Presider] = {}
    for staff_id, name, is_head in rows:
        known.setdefault(search_key(name), Presider(staff_id, bool(is_head), name))
    return StaffNames(known)


def add_former_staff(
    s: DbSession, presiders: Iterable[Presider | None], now: dt.datetime, actor: str
) -> tuple[dict[int, Presider], tuple[str, ...]]:
    """Inside the import's write transaction: each new presider written as a former staff member (a leader who
    presided, no longer on the list). Returns provisional id → the staff member, and the names added in file order.

    A name someone added to the list since the file was checked is taken as it is, not added twice."""
    wanted: dict[int, Presider] = {}
    for p in presiders:
        if p is not None and p.is_new:
            wanted.setdefault(p.id, p)
    if not wanted:
        return {}, ()
    existing: dict[str, tuple[int, bool, str]] = {}
    for staff_id, key, is_head, name in s.execute(
        select(StaffRecord.id, StaffRecord.name_key, StaffRecord.is_head, StaffRecord.full_name)
        .where(StaffRecord.is_voided.is_(False))
        .order_by(StaffRecord.is_head.desc(), StaffRecord.id)
    ):
        existing.setdefault(key, (staff_id, bool(is_head), name))
    staff_id = next_id(s, StaffRecord.id)
    mapping: dict[int, Presider] = {}
    added: list[str] = []
    for provisional in sorted(wanted, reverse=True):  # -1, -2, …: the order the file named them
        p = wanted[provisional]
        key = search_key(p.name)
        if key in existing:
            sid, is_head, name = existing[key]
            mapping[provisional] = Presider(sid, is_head, name)
            continue
        s.add(
            StaffRecord(
                id=staff_id, full_name=p.name, name_key=key, is_leader=True, roles=Role.LANH_DAO.value,
                active=False, created_at=now, created_by=actor,
            )
        )  # fmt: skip
        existing[key] = (staff_id, False, p.name)
        mapping[provisional] = Presider(staff_id, False, p.name)
        added.append(p.name)
        staff_id += 1
    s.flush()
    return mapping, tuple(added)


class _Presided(Protocol):
    @property
    def presider(self) -> Presider | None: ...


L = TypeVar("L", bound=_Presided)


def adopt_former_staff(
    s: DbSession, lines: Sequence[L], now: dt.datetime, actor: str
) -> tuple[list[L], tuple[str, ...]]:
    """add_former_staff for an importer's lines: the lines with the new presiders' real ids, and the names added."""
    adopted, added = add_former_staff(s, (x.presider for x in lines), now, actor)
    if not adopted:
        return list(lines), added
    return [_with_presider(x, adopted) for x in lines], added


def _with_presider(line: L, adopted: dict[int, Presider]) -> L:
    p = line.presider
    if p is None or not p.is_new:
        return line
    return dataclasses.replace(line, presider=adopted[p.id])  # type: ignore[type-var]


def staff_added_text(names: tuple[str, ...]) -> str:
    """ " Đã thêm 2 người chủ trì … : A, B." for an import's summary; empty when nobody was added."""
    if not names:
        return ""
    return vh.STAFF_ADDED.format(count=len(names), names=", ".join(names))
