"""Writing the recorded entries as links of the keyed chain when their transaction commits, and checking the chain.

Entries are chained under the write lock every writer takes first (BEGIN IMMEDIATE), each given the next id and
the previous entry's hash; a unique index on prev_hash refuses a second entry after the same one, so two writers
can never fork the chain.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import SessionTransaction

from desk_app.errors import ConflictError
from desk_app.services.audit.log import PENDING, PendingEntry
from desk_app.services.context import ServiceContext
from desk_app.storage import audit_chain as chain
from desk_app.storage.records import ChangeLogRecord

AUDIT_ENTITY: Final = "audit_log"
# The sealed entries of a transaction, written to the process log once it commits.
_SEALED: Final = "desk_audit_sealed"

log = logging.getLogger(__name__)
RESEAL: Final = "key_change"
# Detail fields that are always stored as an HMAC, whatever the record: what a person typed into a search box.
ALWAYS_MASKED: Final = frozenset({"term"})


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """The result of checking the chain: `ok`, how many entries, and the first broken one (its id, time, why).

    `reason`: "altered" (the entry was changed), "missing_before" (an entry before it was deleted, inserted or
    moved), "unreadable" (a value no longer parses), "no_key" (the chain's key is not available).
    `head` is the last entry's hash, first 16 hex digits: written down or printed, it shows later whether entries
    were cut from the end (which the chain alone cannot show).
    """

    ok: bool
    count: int
    head: str
    broken_id: int | None = None
    broken_at: dt.datetime | None = None
    broken_actor: str | None = None
    broken_action: str | None = None
    reason: str | None = None


def _chain_root(s: DbSession, key: bytes | None, pending: list[PendingEntry]) -> bytes:
    """The root the next links are made under; the first write with the office's data key reseals the chain."""
    stored = chain.stored_root(s)
    if key is None:
        if stored is None:
            raise ConflictError("audit.key_missing")
        return stored
    if stored is not None:
        _reseal(s, stored, key, pending)
    return key


def _reseal(s: DbSession, stored: bytes, key: bytes, pending: list[PendingEntry]) -> None:
    # The office now has a data key: every link is remade under it and the stored key is forgotten. A chain that was
    # already broken is resealed too (or the office could never write again), but the new entry says where it broke.
    before = check_rows(s, chain.derive(stored, chain.CHAIN_LABEL))
    for statement in chain.DROP_TRIGGERS:
        s.execute(text(statement))
    chain.rechain(s, chain.derive(key, chain.CHAIN_LABEL))
    for statement in chain.TRIGGERS:
        s.execute(text(statement))
    chain.forget_stored_root(s)
    detail: dict[str, Any] = {"chain": [None, "resealed"], "entries": [None, before.count]}
    if not before.ok:
        detail["broken_entry"] = [None, before.broken_id]
        detail["broken_reason"] = [None, before.reason]
    first = pending[0]
    pending.insert(0, PendingEntry(first.at, first.actor, first.actor_login, RESEAL, AUDIT_ENTITY, 0, detail, None,
                                   key))  # fmt: skip


JOURNAL = "desk_audit_journal"
"""What a commit wrote, for the journal kept outside the database (services.backup.journal): (action, entity, id, login)."""


def _seal(session: DbSession) -> None:
    pending: list[PendingEntry] | None = session.info.pop(PENDING, None)
    if not pending:
        return
    session.flush()  # the records these entries are about, so their confidentiality can be read
    root = _chain_root(session, pending[-1].key, pending)
    id_key = chain.derive(root, chain.IDENTITY_LABEL)
    link_key = chain.derive(root, chain.CHAIN_LABEL)
    hidden = {
        entity: chain.confidential_ids(session, entity, {p.entity_id for p in pending if p.entity == entity})
        for entity in {p.entity for p in pending}
    }
    last_id, prev = chain.head(session)
    for entry in pending:
        changes = chain.mask_changes(id_key, entry.changes, ALWAYS_MASKED)
        if entry.entity_id in hidden[entry.entity]:
            changes = chain.mask_changes(id_key, changes)
        stored = json.dumps(changes, ensure_ascii=False, default=str)
        last_id += 1
        row = chain.LinkRow(last_id, chain.canonical_at(entry.at), entry.actor, entry.actor_login, entry.action,
                            entry.entity, entry.entity_id, stored, entry.reason)  # fmt: skip
        digest = chain.link(link_key, prev, row)
        session.add(
            ChangeLogRecord(
                id=last_id,
                at=entry.at,
                actor=entry.actor,
                actor_login=entry.actor_login,
                action=entry.action,
                entity=entry.entity,
                entity_id=entry.entity_id,
                changes=stored,
                reason=entry.reason,
                prev_hash=prev,
                hash=digest,
            )
        )
        prev = digest
        session.info.setdefault(_SEALED, []).append((last_id, entry.action, entry.entity, entry.entity_id))
        session.info.setdefault(JOURNAL, []).append(
            (entry.action, entry.entity, entry.entity_id, entry.actor_login)
        )
    session.flush()


def _log_committed(session: DbSession) -> None:
    # What was done to which record and by which entry: never the changes, which hold names and ID numbers.
    for entry_id, action, entity, entity_id in session.info.pop(_SEALED, ()):
        log.info("audit entry %d: %s %s #%d", entry_id, action, entity, entity_id)


def _forget(session: DbSession, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended (committed or rolled back)
        session.info.pop(PENDING, None)
        session.info.pop(_SEALED, None)
        session.info.pop(JOURNAL, None)


event.listen(DbSession, "before_commit", _seal)
event.listen(DbSession, "after_commit", _log_committed)
event.listen(DbSession, "after_transaction_end", _forget)


def check_rows(
    s: DbSession, key: bytes, anchor_count: int | None = None, start: tuple[int, str] = (-1, chain.GENESIS)
) -> AuditCheck:
    """Walk the log oldest first (after the entry `start` = (id, its hash)) and stop at the first broken link.

    With `anchor_count`, `head` is the hash after that many entries (to compare with a written-down anchor)."""
    prev, count, anchored = start[1], 0, None
    for row in chain.rows(s, after=start[0]):
        if isinstance(row, tuple):
            return _broken(s, prev, row[0], "unreadable")
        digest = chain.link(key, prev, row)
        if row.hash != digest:
            reason = "altered" if row.prev_hash == prev else "missing_before"
            return _broken(s, prev, row.id, reason)
        prev, count = digest, count + 1
        if count == anchor_count:
            anchored = prev[:16]
    return AuditCheck(True, count, (anchored or "") if anchor_count is not None else prev[:16])


def _broken(s: DbSession, prev: str, entry_id: int, reason: str) -> AuditCheck:
    total = int(s.scalar(select(func.count()).select_from(ChangeLogRecord)) or 0)
    found = s.execute(
        text("SELECT at, actor, action FROM change_log WHERE id = :id"), {"id": entry_id}
    ).first()
    at: dt.datetime | None = None
    if found is not None:
        try:
            at = dt.datetime.fromisoformat(str(found[0])).replace(tzinfo=dt.UTC)
        except ValueError:
            at = None
    actor, action = (str(found[1]), str(found[2])) if found is not None else (None, None)
    return AuditCheck(False, total, prev[:16], entry_id, at, actor, action, reason)


def chain_key(s: DbSession, ctx: ServiceContext) -> bytes | None:
    """The key the chain is checked with: the stored one until the chain is resealed under the data key."""
    stored = chain.stored_root(s)
    root = stored if stored is not None else ctx.key
    return None if root is None else chain.derive(root, chain.CHAIN_LABEL)


def verify(ctx: ServiceContext, anchor: tuple[int, str] | None = None) -> AuditCheck:
    """Check every link of the audit log; given a written-down anchor (count, head), also that the log still holds
    those entries unchanged, which is the only way to see entries cut from its end.

    Callers that show the result to a person check Action.VIEW_AUDIT first (services.audit.viewer does).
    """
    with ctx.db.read() as s:
        key = chain_key(s, ctx)
        if key is None:
            total = int(s.scalar(select(func.count()).select_from(ChangeLogRecord)) or 0)
            return AuditCheck(False, total, "", reason="no_key")
        if anchor is None:
            return check_rows(s, key)
        result = check_rows(s, key, anchor[0])
        if not result.ok:
            return result
        latest = chain.head(s)[1][:16]
    if result.count < anchor[0] or result.head != anchor[1][:16]:
        return AuditCheck(False, result.count, latest, reason="cut")
    return AuditCheck(True, result.count, latest)


def verify_recent(ctx: ServiceContext, last: int = 1000) -> AuditCheck:
    """Check only the newest `last` links (reliability.md §4.3: at every start; the whole chain weekly and on backup).

    `count` is the number of entries checked."""
    with ctx.db.read() as s:
        key = chain_key(s, ctx)
        if key is None:
            return AuditCheck(False, 0, "", reason="no_key")
        found = s.execute(
            text("SELECT id, hash FROM change_log ORDER BY id DESC LIMIT 1 OFFSET :n"), {"n": last}
        ).first()
        start = (int(found[0]), str(found[1] or "")) if found else (-1, chain.GENESIS)
        return check_rows(s, key, start=start)
