"""The audit log's keyed hash chain and identity masking: one definition for migration 0010 and services.audit.

hash_i = HMAC-SHA256(K_audit, hash_{i-1} ‖ canonical JSON of entry i) (reliability.md §1.16, §4.3). K_audit comes
from the office's data key by HKDF; a database not yet secured with users keeps a random root key of its own in the
table audit_key. That key sits beside the log, so such a chain only shows edits made without the app (an insider
who reads the key can rebuild it); once the office has a data key the chain is resealed under it and the table is
emptied.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
import unicodedata
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

TABLE: Final = "change_log"
KEY_TABLE: Final = "audit_key"
CHAIN_LABEL: Final = b"desk_app audit"
IDENTITY_LABEL: Final = b"desk_app audit identity"
GENESIS: Final = ""  # the prev_hash of the first entry
MASK_PREFIX: Final = "hmac:"
APPEND_ONLY: Final = "audit log is append-only"

# Fields that say who a person is. In an entry about a confidential record they are stored as an HMAC, never clear.
IDENTITY_FIELDS: Final = frozenset({
    "full_name", "name_key", "id_number", "id_issue_date", "id_issue_place", "address", "address_key", "phone",
    "email", "birth_year", "gender", "authorised_person", "interpreter_name",
})  # fmt: skip

TRIGGERS: Final = (
    f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
)
DROP_TRIGGERS: Final = (
    f"DROP TRIGGER IF EXISTS {TABLE}_no_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_no_delete",
)

_COLUMNS: Final = "id, at, actor, actor_login, action, entity, entity_id, changes, reason, prev_hash, hash"
_CONFIDENTIAL_VISIT: Final = "(v.is_confidential = 1 OR v.category = 'TO_CAO')"
_CONFIDENTIAL_PETITION: Final = "(p.is_confidential = 1 OR p.category = 'TO_CAO')"
# A citizen is confidential when they came to, or wrote, a confidential visit or petition (DOMAIN §13.3). Each test
# is an indexed lookup by citizen, so a commit costs the same on a million-line register.
_CONFIDENTIAL_CITIZEN: Final = f"""
    EXISTS (SELECT 1 FROM visit v WHERE v.main_citizen_id = c.id AND {_CONFIDENTIAL_VISIT})
    OR EXISTS (SELECT 1 FROM visit_person vp JOIN visit v ON v.id = vp.visit_id
               WHERE vp.citizen_id = c.id AND {_CONFIDENTIAL_VISIT})
    OR EXISTS (SELECT 1 FROM petition p WHERE p.main_citizen_id = c.id AND {_CONFIDENTIAL_PETITION})
    OR EXISTS (SELECT 1 FROM petition_signer ps JOIN petition p ON p.id = ps.petition_id
               WHERE ps.citizen_id = c.id AND {_CONFIDENTIAL_PETITION})
"""
_CONFIDENTIAL_SQL: Final[Mapping[str, str]] = {
    "citizen": f"SELECT c.id FROM citizen c WHERE c.id IN :ids AND ({_CONFIDENTIAL_CITIZEN})",
    "visit": f"SELECT v.id FROM visit v WHERE v.id IN :ids AND {_CONFIDENTIAL_VISIT}",
    "petition": f"SELECT p.id FROM petition p WHERE p.id IN :ids AND {_CONFIDENTIAL_PETITION}",
    "case": "SELECT id FROM \"case\" WHERE id IN :ids AND category = 'TO_CAO'",
}
_CHUNK: Final = 2000  # ids per query, well under SQLite's limit of bound variables


class Executor(Protocol):
    """A SQLAlchemy Connection or Session: both run text() statements."""

    def execute(self, statement: Any, parameters: Any = None, /) -> Any: ...


def derive(root: bytes, label: bytes) -> bytes:
    """A 32-byte key for one purpose from the office's data key (HKDF-SHA256, the label as info)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(root)


@dataclass(frozen=True, slots=True)
class LinkRow:
    """One stored entry as the chain sees it: the stored text of every column, `at` in one canonical form."""

    id: int
    at: str
    actor: str
    actor_login: str | None
    action: str
    entity: str
    entity_id: int
    changes: str
    reason: str | None
    prev_hash: str | None = None
    hash: str | None = None

    def canonical(self) -> bytes:
        fields = [self.id, self.at, self.actor, self.actor_login, self.action, self.entity, self.entity_id,
                  self.changes, self.reason]  # fmt: skip
        return _CANONICAL.encode(fields).encode()


_CANONICAL: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def canonical_at(value: dt.datetime | str) -> str:
    """UTC time as stored: "YYYY-MM-DD HH:MM:SS.ffffff" (an unreadable stored value raises ValueError)."""
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        return value  # already canonical (any other edit of it breaks the link anyway)
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when.isoformat(sep=" ", timespec="microseconds")


def link(key: bytes, prev_hash: str, row: LinkRow) -> str:
    return hmac.digest(key, bytes.fromhex(prev_hash) + row.canonical(), "sha256").hex()


def mask(key: bytes, value: Any) -> Any:
    """An identity value as an HMAC marker ("hmac:…"); empty values stay empty, so a diff still shows what was set."""
    if value is None or value == "" or (isinstance(value, str) and value.startswith(MASK_PREFIX)):
        return value
    plain = unicodedata.normalize("NFC", str(value)).strip().casefold()
    return MASK_PREFIX + hmac.new(key, plain.encode(), hashlib.sha256).hexdigest()[:32]


def mask_changes(
    key: bytes, changes: Mapping[str, Any], fields: Collection[str] = IDENTITY_FIELDS
) -> dict[str, Any]:
    """A diff {field: (old, new)} with the values of `fields` (the identity fields) masked."""
    masked: dict[str, Any] = {}
    for field, values in changes.items():
        if field not in fields:
            masked[field] = list(values) if isinstance(values, tuple) else values
        elif isinstance(values, list | tuple):
            masked[field] = [mask(key, v) for v in values]
        else:
            masked[field] = mask(key, values)
    return masked


def confidential_ids(db: Executor, entity: str, ids: Collection[int]) -> set[int]:
    """Which of these records of `entity` are confidential (an entity without people: none)."""
    sql = _CONFIDENTIAL_SQL.get(entity)
    if sql is None or not ids:
        return set()
    statement = text(sql).bindparams(bindparam("ids", expanding=True))
    ordered = sorted(ids)
    found: set[int] = set()
    for start in range(0, len(ordered), _CHUNK):
        found.update(int(r[0]) for r in db.execute(statement, {"ids": ordered[start : start + _CHUNK]}))
    return found


# The root key of a database without a data key ----------------------------------------------------------------
def stored_root(db: Executor) -> bytes | None:
    found = db.execute(text(f"SELECT root_hex FROM {KEY_TABLE} WHERE id = 1")).first()
    return bytes.fromhex(found[0]) if found else None


def create_stored_root(db: Executor) -> bytes:
    root = secrets.token_bytes(32)
    db.execute(text(f"INSERT INTO {KEY_TABLE} (id, root_hex) VALUES (1, :root)"), {"root": root.hex()})
    return root


def forget_stored_root(db: Executor) -> None:
    db.execute(text(f"DELETE FROM {KEY_TABLE}"))


# Reading the stored log -----------------------------------------------------------------------------------------
def rows(db: Executor, batch: int = 5000, after: int = -1) -> Iterator[LinkRow | tuple[int, str]]:
    """Every entry (after the id `after`) in id order, as stored; one that cannot be read comes as (id, why)."""
    # Straight through the driver: a check of 100,000 entries spends its time on the links, not on result rows.
    connection: Any = db.connection() if isinstance(db, Session) else db
    cursor = connection.connection.driver_connection.cursor()
    last = after
    while True:
        cursor.execute(f"SELECT {_COLUMNS} FROM {TABLE} WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
        found = cursor.fetchall()
        if not found:
            return
        for r in found:
            last = int(r[0])
            try:
                yield LinkRow(int(r[0]), canonical_at(r[1]), str(r[2]), r[3], str(r[4]), str(r[5]), int(r[6]),
                              str(r[7]), r[8], r[9], r[10])  # fmt: skip
            except (TypeError, ValueError):
                yield (last, "unreadable")


def head(db: Executor) -> tuple[int, str]:
    """The last entry's (id, hash); (0, GENESIS) for an empty log."""
    found = db.execute(text(f"SELECT id, hash FROM {TABLE} ORDER BY id DESC LIMIT 1")).first()
    return (int(found[0]), str(found[1] or GENESIS)) if found else (0, GENESIS)


def rechain(db: Executor, key: bytes, batch: int = 5000) -> int:
    """Give every entry its link under `key`, oldest first (the append-only triggers must be off); returns the count.

    Streamed in batches through the driver, so upgrading a log of a million entries holds one batch in memory."""
    connection: Any = db.connection() if isinstance(db, Session) else db
    cursor = connection.connection.driver_connection.cursor()
    prev, count = GENESIS, 0
    updates: list[tuple[str, str, int]] = []
    for row in rows(db, batch):
        if isinstance(row, tuple):
            continue  # an unreadable entry keeps no link: verification names it
        digest = link(key, prev, row)
        updates.append((prev, digest, row.id))
        prev, count = digest, count + 1
        if len(updates) >= batch:
            cursor.executemany(f"UPDATE {TABLE} SET prev_hash = ?, hash = ? WHERE id = ?", updates)
            updates.clear()
    if updates:
        cursor.executemany(f"UPDATE {TABLE} SET prev_hash = ?, hash = ? WHERE id = ?", updates)
    return count
