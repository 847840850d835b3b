"""The audit log: append-only, chained by a keyed hash, no denouncer identity in clear (reliability.md §4.3).

`record(db, ctx, …)` logs a change inside the caller's transaction; `event(ctx, …)` logs a read or a sign-in in its own
transaction; `verify(ctx)` checks the chain; `viewer.AuditLogService` is the leaders' view of the log.
"""

from __future__ import annotations

from desk_app.services.audit.chain import AuditCheck, verify, verify_recent
from desk_app.services.audit.events import denied, event, search
from desk_app.services.audit.log import ChangeEntry, diff, history, record

__all__ = [
    "AuditCheck",
    "ChangeEntry",
    "denied",
    "diff",
    "event",
    "history",
    "record",
    "search",
    "verify",
    "verify_recent",
]
