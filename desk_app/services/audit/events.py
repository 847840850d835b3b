"""Reads and sessions in the audit log (reliability.md §4.3): each event in its own small write transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from desk_app.domain.permissions import Action
from desk_app.domain.text import search_key
from desk_app.services.audit.log import record
from desk_app.services.context import ServiceContext

# What an event says was done (labels: i18n.vi_audit.ACTIONS). Changes keep their own codes (create, update, void…).
VIEW: Final = "view"  # a confidential record shown in clear to someone allowed to see it
REVEAL: Final = "reveal"  # a masked identity shown, printed or found on purpose
SEARCH: Final = "search"  # the term is stored as an HMAC, never in clear
EXPORT: Final = "export"
PRINT: Final = "print"
DENIED: Final = "denied"
SIGN_IN: Final = "sign_in"
SIGN_IN_FAILED: Final = "sign_in_failed"
SIGN_OUT: Final = "sign_out"
SCREEN_LOCK: Final = "screen_lock"
SCREEN_UNLOCK: Final = "screen_unlock"
BACKUP: Final = "backup"
RESTORE: Final = "restore"
USER_CREATE: Final = "user_create"
USER_DISABLE: Final = "user_disable"
ROLE_CHANGE: Final = "role_change"
PASSWORD_RESET: Final = "password_reset"
SETTINGS: Final = "settings"
CHECK_RUN: Final = "check_run"
KEY_CHANGE: Final = "key_change"

# The entity of an event that concerns no one record.
SESSION_ENTITY: Final = "user"
SEARCH_ENTITY: Final = "search"


def event(
    ctx: ServiceContext,
    action: str,
    entity: str,
    entity_id: int = 0,
    detail: Mapping[str, Any] | None = None,
    *,
    reason: str | None = None,
) -> None:
    """Log an event that changes nothing (a view, a search, an export, a sign-in…) in its own write transaction.

    Call it after the read, never inside an open write transaction of the same thread (it would wait for its own
    lock). `detail` is stored as {key: value}; a "term" is stored as an HMAC; identity fields of a confidential
    record are masked as in every entry.
    """
    with ctx.db.write() as s, s.begin():
        record(s, ctx, action, entity, entity_id, {k: (None, v) for k, v in (detail or {}).items()}, reason)


def denied(ctx: ServiceContext, action: Action, entity: str = "", entity_id: int = 0) -> None:
    """Log a refused attempt (services.permissions.AccessDenied) after the refusal."""
    event(ctx, DENIED, entity or SESSION_ENTITY, entity_id, {"permission": str(action)})


def search(ctx: ServiceContext, where: str, term: str, found: int | None = None) -> None:
    """Log a search of a register or of the people (`where`: visit, petition, citizen) without its term in clear."""
    # Folded as the registers fold a search, so the viewer finds "Nguyễn Văn An" when a leader types "nguyen van an".
    detail: dict[str, Any] = {"where": where, "term": search_key(term)}
    if found is not None:
        detail["found"] = found
    event(ctx, SEARCH, SEARCH_ENTITY, 0, detail)
