"""`desk-app audit [--from D --to D] [--json] [--verify]`: the audit log for leaders and administrators (§16.6)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from desk_app.cli import signin
from desk_app.cli.common import EXIT_OK, EXIT_USAGE, CliError
from desk_app.documents import audit_log as words
from desk_app.domain.permissions import Action
from desk_app.i18n import vi_cli as txt
from desk_app.paths import AppPaths
from desk_app.services.audit.viewer import AuditEntry, AuditFilter, AuditLogService


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(txt.BAD_DATE.format(value=text)) from None


def run(ns: argparse.Namespace, paths: AppPaths) -> int:
    start, end = _date(ns.date_from), _date(ns.date_to)
    if start and end and start > end:
        raise CliError(txt.DATE_RANGE.format(start=ns.date_from, end=ns.date_to))
    if not paths.database.is_file():
        raise CliError(txt.NOT_SECURED.format(folder=paths.data))
    command = "audit --verify" if ns.verify else "audit"
    services = signin.open_office(ns, paths, signin.may(Action.VIEW_AUDIT), command)
    try:
        log = AuditLogService(services.ctx)
        if ns.verify:
            return _verify(log, ns.json)
        count = 0
        for entry in log.entries(AuditFilter(date_from=start, date_to=end)):
            print(json.dumps(_as_json(entry), ensure_ascii=False) if ns.json else _line(entry))
            count += 1
        if not count and not ns.json:
            print(txt.AUDIT_NONE)
        return EXIT_OK
    finally:
        services.close()


def _verify(log: AuditLogService, as_json: bool) -> int:
    check = log.verify()
    if as_json:
        print(json.dumps({"ok": check.ok, "count": check.count, "head": check.head,
                          "broken_entry": check.broken_id, "reason": check.reason}))  # fmt: skip
    else:
        print(words.check_text(check))
    return EXIT_OK if check.ok else EXIT_USAGE


def _line(entry: AuditEntry) -> str:
    """The viewer's columns on one line: time — who (login) — what was done — what it concerns — details."""
    at, actor, action, subject, details = words.cells(entry)
    who = f"{actor} ({entry.actor_login})" if entry.actor_login else actor
    detail = "; ".join(details.splitlines())
    return txt.AUDIT_LINE.format(at=at, actor=who, action=action, subject=subject,
                                 detail=f" — {detail}" if detail else "")  # fmt: skip


def _as_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "login": entry.actor_login,
        "action": entry.action,
        "entity": entry.entity,
        "subject": entry.subject,
        "changes": {k: [old, new] for k, (old, new) in entry.changes.items()},
        "reason": entry.reason,
    }
