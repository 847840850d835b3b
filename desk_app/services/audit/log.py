"""The audit log's entries: record one inside the caller's transaction, read a record's history."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.permissions import Action
from desk_app.i18n import vi_audit as va
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import may
from desk_app.storage import audit_chain as chain
from desk_app.storage.records import (
    CaseRecord,
    ChangeLogRecord,
    CitizenRecord,
    DeadlineRuleRecord,
    PlaceRecord,
    StaffRecord,
)


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


@dataclass(frozen=True, slots=True)
class PendingEntry:
    """An entry recorded in an open transaction; chained and written when that transaction commits (see chain)."""

    at: dt.datetime
    actor: str
    actor_login: str | None
    action: str
    entity: str
    entity_id: int
    changes: dict[str, Any]
    reason: str | None
    key: bytes | None = field(repr=False)


PENDING: Final = "desk_audit_pending"


def record(
    db: DbSession,
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    reason: str | None = None,
) -> None:
    """Log a change inside the caller's write transaction: it is chained and written when that transaction commits.

    Written at commit, not now, so that an entry about a citizen knows whether the visit or petition saved with it
    made that citizen a denouncer (then the identity fields are stored as HMACs, never in clear).
    """
    db.info.setdefault(PENDING, []).append(
        PendingEntry(
            at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            actor=ctx.actor.name,
            actor_login=getattr(ctx.actor, "login", None),
            action=action,
            entity=entity,
            entity_id=int(entity_id),
            # A copy as JSON would read it back: the caller may change its dict after this call.
            changes=json.loads(json.dumps(dict(changes or {}), ensure_ascii=False, default=str)),
            reason=reason,
            key=ctx.key,
        )
    )


# Logged ids and what names them for a person: a case by its code (VV-2026-003), people and places by name.
_NAMED_IDS: Mapping[str, tuple[Any, Any]] = {
    "case_id": (CaseRecord, CaseRecord.code),
    "main_citizen_id": (CitizenRecord, CitizenRecord.full_name),
    "presided_by_id": (StaffRecord, StaffRecord.full_name),
    "leader_id": (StaffRecord, StaffRecord.full_name),
    "staff_id": (StaffRecord, StaffRecord.full_name),
    "place_id": (PlaceRecord, PlaceRecord.name),
}


def named(s: DbSession, field: str, value: Any) -> Any:
    """The label of a logged id or rule code; a database id itself is never shown to a person (an unknown one shows
    as empty)."""
    if field == "rule_code" and isinstance(value, str):
        what = s.scalar(select(DeadlineRuleRecord.what_vi).where(DeadlineRuleRecord.code == value).limit(1))
        return what or value
    named = _NAMED_IDS.get(field)
    if named is None or value is None or isinstance(value, bool) or not isinstance(value, int):
        return value
    record, label = named
    return s.scalar(select(label).where(record.id == value))


# Reads logged as events belong to the audit log's viewer, not to a record's history of changes.
_NOT_CHANGES: Final = frozenset({"view", "search", "denied"})


def history(ctx: ServiceContext, entity: str, entity_id: int) -> list[ChangeEntry]:
    """A record's change log, oldest first, with logged ids replaced by what names them.

    Masked identity values read "[Bảo mật]"; so does the person of a confidential record for a user who may not see
    every confidential record.
    """
    with ctx.db.read() as s:
        rows = s.scalars(
            select(ChangeLogRecord)
            .where(
                ChangeLogRecord.entity == entity,
                ChangeLogRecord.entity_id == entity_id,
                ChangeLogRecord.action.not_in(_NOT_CHANGES),
            )
            .order_by(ChangeLogRecord.id)
        ).all()
        hidden = not may(ctx, Action.SEE_ALL_CONFIDENTIAL) and bool(
            chain.confidential_ids(s, entity, {entity_id})
        )

        def shown(key: str, value: Any) -> Any:
            if isinstance(value, str) and value.startswith(chain.MASK_PREFIX):
                return va.MASKED
            if hidden and key in _PERSON_IDS and value is not None:
                return va.MASKED
            return named(s, key, value)

        return [
            ChangeEntry(
                at=r.at if r.at.tzinfo else r.at.replace(tzinfo=dt.UTC),
                actor=r.actor,
                action=r.action,
                changes={k: (shown(k, v[0]), shown(k, v[1])) for k, v in diff_of(r.changes).items()},
                reason=r.reason,
            )
            for r in rows
        ]


_PERSON_IDS: Final = frozenset({"main_citizen_id", "citizen_id"})


def diff_of(stored: str) -> dict[str, tuple[Any, Any]]:
    """A stored diff as {field: (old, new)}; a value that is not a pair reads as the new value."""
    try:
        parsed = json.loads(stored or "{}")
    except ValueError:
        return {}
    if not isinstance(parsed, dict):
        return {}
    return {
        str(k): (v[0], v[1]) if isinstance(v, list) and len(v) == 2 else (None, v) for k, v in parsed.items()
    }
