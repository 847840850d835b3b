"""The leaders' view of the audit log: filtered pages, newest first, each entry named as the registers name it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.permissions import Action
from desk_app.domain.text import search_key
from desk_app.i18n import vi_audit as va
from desk_app.i18n.formatting import fmt_date
from desk_app.services.audit import chain as audit_chain
from desk_app.services.audit.events import CHECK_RUN, SEARCH, denied, event
from desk_app.services.audit.log import diff_of, named
from desk_app.services.context import ServiceContext
from desk_app.services.permissions import AccessDenied, may, require
from desk_app.storage import audit_chain as chain
from desk_app.storage.records import (
    CaseRecord,
    ChangeLogRecord,
    CitizenRecord,
    DeadlineRecord,
    OutgoingDocumentRecord,
    PetitionRecord,
    ReceptionSessionRecord,
    StaffRecord,
    UserRecord,
    VisitRecord,
)

# Entries an administrator without case content (QUAN_TRI, DOMAIN §13.3) still reads in full.
_ADMIN_ENTITIES: Final = frozenset({"user", "staff", "office", "place", "audit_log", "calendar_day", "calendar_year",
                                     "deadline_rule", "form_text", "report_run", "report", "command"})  # fmt: skip
_PERSON_IDS: Final = frozenset({"main_citizen_id", "citizen_id"})
_BATCH: Final = 500


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Dates are the office's local dates, both included; `entities` are logged entity codes (empty: all)."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    action: str | None = None
    entities: tuple[str, ...] = ()
    term: str | None = None
    """Searches for this term (compared as HMACs: the log never holds a search term in clear)."""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: dt.datetime
    """UTC, aware."""
    actor: str
    actor_login: str | None
    action: str
    """The logged code; its label is i18n.vi_audit.ACTIONS."""
    entity: str
    subject: str
    """What the entry concerns, in words: "Lượt tiếp số 12/2026", "Vụ việc VV-2026-003", "Sổ theo dõi đơn"."""
    changes: Mapping[str, tuple[Any, Any]]
    """Field → (old, new), ids named, masked values as "[Bảo mật]"."""
    reason: str | None


@dataclass(frozen=True, slots=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    total: int


def _utc_bound(day: dt.date) -> dt.datetime:
    """The start of a local day as the naive UTC time the log stores."""
    local = dt.datetime.combine(day, dt.time.min).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _conditions(s: DbSession, ctx: ServiceContext, flt: AuditFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.term and search_key(flt.term):
        stored = chain.stored_root(s)
        root = stored if stored is not None else ctx.key
        marker = chain.mask(chain.derive(root, chain.IDENTITY_LABEL), search_key(flt.term)) if root else "-"
        conds.append(ChangeLogRecord.action == SEARCH)
        conds.append(ChangeLogRecord.changes.contains(f'"term": [null, "{marker}"]'))
    if flt.date_from is not None:
        conds.append(ChangeLogRecord.at >= _utc_bound(flt.date_from))
    if flt.date_to is not None:
        conds.append(ChangeLogRecord.at < _utc_bound(flt.date_to + dt.timedelta(days=1)))
    if flt.actor:
        conds.append(ChangeLogRecord.actor == flt.actor)
    if flt.action:
        conds.append(ChangeLogRecord.action == flt.action)
    if flt.entities:
        conds.append(ChangeLogRecord.entity.in_(flt.entities))
    return conds


class AuditLogService:
    """Reading, exporting and checking the audit log: only for Action.VIEW_AUDIT (leaders, administrators)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _require(self) -> None:
        try:
            require(self._ctx, Action.VIEW_AUDIT)
        except AccessDenied:
            denied(self._ctx, Action.VIEW_AUDIT, audit_chain.AUDIT_ENTITY)
            raise

    def page(self, flt: AuditFilter, offset: int = 0, limit: int = 200) -> AuditPage:
        """One page of the entries the filter keeps, newest first, and how many it keeps in all."""
        self._require()
        with self._ctx.db.read() as s:
            conds = _conditions(s, self._ctx, flt)
            total = int(s.scalar(select(func.count()).select_from(ChangeLogRecord).where(*conds)) or 0)
            rows = s.scalars(
                select(ChangeLogRecord)
                .where(*conds)
                .order_by(ChangeLogRecord.id.desc())
                .offset(offset)
                .limit(limit)
            ).all()
            return AuditPage(tuple(self._entries(s, rows)), total)

    def entries(self, flt: AuditFilter) -> Iterator[AuditEntry]:
        """Every entry the filter keeps, oldest first, read in batches (for an export)."""
        self._require()
        with self._ctx.db.read() as s:
            conds = _conditions(s, self._ctx, flt)
        last = 0
        while True:
            with self._ctx.db.read() as s:
                rows = s.scalars(
                    select(ChangeLogRecord)
                    .where(ChangeLogRecord.id > last, *conds)
                    .order_by(ChangeLogRecord.id)
                    .limit(_BATCH)
                ).all()
                if not rows:
                    return
                last = rows[-1].id
                batch = self._entries(s, rows)
            yield from batch

    def actors(self) -> list[str]:
        """Everyone who has an entry, for the "Người thực hiện" filter."""
        self._require()
        with self._ctx.db.read() as s:
            return sorted(str(a) for a in s.scalars(select(ChangeLogRecord.actor).distinct()))

    def actions(self) -> list[str]:
        """The action codes that occur in the log, for the "Thao tác" filter."""
        self._require()
        with self._ctx.db.read() as s:
            return sorted(str(a) for a in s.scalars(select(ChangeLogRecord.action).distinct()))

    def verify(self, anchor: tuple[int, str] | None = None) -> audit_chain.AuditCheck:
        """Check the whole chain (see services.audit.verify); the check itself is logged."""
        self._require()
        result = audit_chain.verify(self._ctx, anchor)
        detail: dict[str, Any] = {"entries": result.count, "result": "ok" if result.ok else result.reason}
        if result.broken_id is not None:
            detail["broken_entry"] = result.broken_id
        event(self._ctx, CHECK_RUN, audit_chain.AUDIT_ENTITY, 0, detail)
        return result

    # Naming ---------------------------------------------------------------------------------------------------------
    def _entries(self, s: DbSession, rows: Sequence[ChangeLogRecord]) -> list[AuditEntry]:
        by_entity: dict[str, set[int]] = {}
        for r in rows:
            if r.entity_id:
                by_entity.setdefault(r.entity, set()).add(r.entity_id)
        hidden = {entity: chain.confidential_ids(s, entity, ids) for entity, ids in by_entity.items()}
        subjects = {
            entity: _subjects(s, entity, ids, hidden.get(entity, set())) for entity, ids in by_entity.items()
        }
        content = may(self._ctx, Action.READ_CASES)
        result: list[AuditEntry] = []
        for r in rows:
            confidential = r.entity_id in hidden.get(r.entity, set())
            shows = content or r.entity in _ADMIN_ENTITIES

            def shown(key: str, value: Any, confidential: bool = confidential, shows: bool = shows) -> Any:
                if value is None or value == "":
                    return value
                if not shows:  # before the masked test: not even a hint that the record is confidential
                    return va.NOT_FOR_ROLE
                if isinstance(value, str) and value.startswith(chain.MASK_PREFIX):
                    return va.MASKED
                if confidential and key in _PERSON_IDS:
                    return va.MASKED
                return named(s, key, value)

            kind = va.ENTITIES.get(r.entity, va.OTHER_ENTITY)
            one = va.ONE_RECORD.get(r.entity, kind) if r.entity_id else kind
            subject = (subjects.get(r.entity, {}).get(r.entity_id) if shows else None) or one
            result.append(
                AuditEntry(
                    at=r.at if r.at.tzinfo else r.at.replace(tzinfo=dt.UTC),
                    actor=r.actor,
                    actor_login=r.actor_login,
                    action=r.action,
                    entity=r.entity,
                    subject=subject,
                    changes={k: (shown(k, v[0]), shown(k, v[1])) for k, v in diff_of(r.changes).items()},
                    reason=r.reason if shows else (va.NOT_FOR_ROLE if r.reason else None),
                )
            )
        return result


def _name_visit(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_VISIT.format(no=r[1], year=r[2])


def _name_petition(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_PETITION.format(no=r[1], year=r[2])


def _name_case(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_CASE.format(code=r[1])


def _name_citizen(r: Any, hidden: bool) -> str:
    return va.SUBJECT_CITIZEN.format(name=va.MASKED if hidden else r[1])


def _name_staff(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_STAFF.format(name=r[1])


def _name_user(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_USER.format(login=r[1])


def _name_session(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_SESSION.format(date=fmt_date(r[1]))


def _name_outgoing(r: Any, _hidden: bool) -> str:
    return va.SUBJECT_OUTGOING.format(number=f"{r[1]}/{r[2]}")


# Per entity: its id column, the columns that name a record, and how they read.
_NAMING: Final[Mapping[str, tuple[Any, tuple[Any, ...], Callable[[Any, bool], str]]]] = {
    "visit": (VisitRecord.id, (VisitRecord.book_no, VisitRecord.book_year), _name_visit),
    "petition": (PetitionRecord.id, (PetitionRecord.register_no, PetitionRecord.book_year), _name_petition),
    "case": (CaseRecord.id, (CaseRecord.code,), _name_case),
    "citizen": (CitizenRecord.id, (CitizenRecord.full_name,), _name_citizen),
    "staff": (StaffRecord.id, (StaffRecord.full_name,), _name_staff),
    "user": (UserRecord.id, (UserRecord.login,), _name_user),
    "reception_session": (ReceptionSessionRecord.id, (ReceptionSessionRecord.date,), _name_session),
    "outgoing_document": (
        OutgoingDocumentRecord.id,
        (OutgoingDocumentRecord.number, OutgoingDocumentRecord.symbol),
        _name_outgoing,
    ),
}


def _subjects(s: DbSession, entity: str, ids: Collection[int], hidden: set[int]) -> dict[int, str]:
    """What names each record of one entity, by id (one query per entity and page)."""
    if entity == "deadline":
        return _deadline_subjects(s, ids)
    naming = _NAMING.get(entity)
    if naming is None:
        return {}
    key, columns, name = naming
    found = s.execute(select(key, *columns).where(key.in_(sorted(ids)))).all()
    return {int(r[0]): name(r, int(r[0]) in hidden) for r in found}


def _deadline_subjects(s: DbSession, ids: Collection[int]) -> dict[int, str]:
    """A time limit named by what it runs for: "Thời hạn — Đơn số 5/2026"."""
    owners = s.execute(
        select(DeadlineRecord.id, DeadlineRecord.entity_type, DeadlineRecord.entity_id).where(
            DeadlineRecord.id.in_(sorted(ids))
        )
    ).all()
    by_type: dict[str, set[int]] = {}
    for _, kind, owner in owners:
        by_type.setdefault(str(kind), set()).add(int(owner))
    names = {kind: _subjects(s, kind, owned, set()) for kind, owned in by_type.items() if kind != "deadline"}
    result: dict[int, str] = {}
    for deadline_id, kind, owner in owners:
        name = names.get(str(kind), {}).get(int(owner))
        if name:
            result[int(deadline_id)] = va.SUBJECT_DEADLINE.format(owner=name)
    return result
