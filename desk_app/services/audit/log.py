"""The append-only change log: write an entry inside the caller's transaction, read a record's history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.services.context import ServiceContext
from desk_app.storage.records import CaseRecord, ChangeLogRecord, CitizenRecord, PlaceRecord, StaffRecord


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    at: dt.datetime
    actor: str
    action: str
    changes: Mapping[str, tuple[Any, Any]]
    reason: str | None


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Fields whose value changed, as (old, new)."""
    keys = set(before) | set(after)
    return {
        k: (_plain(before.get(k)), _plain(after.get(k)))
        for k in sorted(keys)
        if _plain(before.get(k)) != _plain(after.get(k))
    }


def record(
    db: DbSession,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    reason: str | None = None,
) -> None:
    db.add(
        ChangeLogRecord(
            at=dt.datetime.now(dt.UTC),
            actor=ctx.actor.name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=json.dumps(changes or {}, ensure_ascii=False, default=str),
            reason=reason,
        )
    )


# Logged ids and what names them for a person: a case by its code (VV-2026-003), people and places by name.
_NAMED_IDS: Mapping[str, tuple[Any, Any]] = {
    "case_id": (CaseRecord, CaseRecord.code),
    "main_citizen_id": (CitizenRecord, CitizenRecord.full_name),
    "presided_by_id": (StaffRecord, StaffRecord.full_name),
    "leader_id": (StaffRecord, StaffRecord.full_name),
    "place_id": (PlaceRecord, PlaceRecord.name),
}


def _named(s: DbSession, field: str, value: Any) -> Any:
    """The label of a logged id; a database id itself is never shown to a person (an unknown one shows as empty)."""
    named = _NAMED_IDS.get(field)
    if named is None or value is None or isinstance(value, bool) or not isinstance(value, int):
        return value
    record, label = named
    return s.scalar(select(label).where(record.id == value))


def history(ctx: ServiceContext, entity: str, entity_id: int) -> list[ChangeEntry]:
    """A record's change log, oldest first, with logged ids replaced by what names them."""
    with ctx.db.read() as s:
        rows = s.scalars(
            select(ChangeLogRecord)
            .where(ChangeLogRecord.entity == entity, ChangeLogRecord.entity_id == entity_id)
            .order_by(ChangeLogRecord.id)
        ).all()
        return [
            ChangeEntry(
                at=r.at if r.at.tzinfo else r.at.replace(tzinfo=dt.UTC),
                actor=r.actor,
                action=r.action,
                changes={
                    k: (_named(s, k, v[0]), _named(s, k, v[1])) for k, v in json.loads(r.changes).items()
                },
                reason=r.reason,
            )
            for r in rows
        ]
