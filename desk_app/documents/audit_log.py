"""The audit log in words and as a table file: one wording for the viewer, the CSV/XLSX export and the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from desk_app.i18n import labels
from desk_app.i18n import vi_audit as va
from desk_app.i18n import vi_petitions_page as vpp
from desk_app.i18n import vi_screens as vs
from desk_app.i18n.formatting import fmt_date
from desk_app.printing.table_file import Column, write_table
from desk_app.services.audit.chain import AUDIT_ENTITY, AuditCheck
from desk_app.services.audit.events import EXPORT, event
from desk_app.services.audit.viewer import AuditEntry, AuditFilter, AuditLogService
from desk_app.services.context import ServiceContext

COLUMNS: Final = (
    Column(va.COLUMNS[0], 19),
    Column(va.COLUMNS[1], 22, wrap=True),
    Column(va.COLUMNS[2], 20, wrap=True),
    Column(va.COLUMNS[3], 24, wrap=True),
    Column(va.COLUMNS[4], 60, wrap=True),
)
_ENUMS: Final[Mapping[str, tuple[Mapping[Any, str], ...]]] = {
    "kind": (labels.RECEPTION_KIND,),
    "mode": (labels.RECEPTION_MODE,),
    "category": (labels.CATEGORY,),
    "field": (labels.SUBJECT_FIELD,),
    "handling": (labels.HANDLING,),
    "refusal_reason": (labels.REFUSAL_REASON,),
    "citizen_signed": (labels.SIGNATURE_KIND,),
    "prior_decision_level": (labels.PRIOR_DECISION_LEVEL,),
    "id_type": (labels.ID_TYPE,),
    "gender": (labels.GENDER,),
    "status": (labels.VISIT_STATUS, labels.PETITION_STATUS, labels.SESSION_STATUS),
    "event": (vpp.FOLLOW_UP_TYPES,),
}
_MAX: Final = 160
# Search keys repeat a name or address folded; "permission" is an internal code (the action says "refused").
_NOT_SHOWN: Final = frozenset(
    {"name_key", "address_key", "summary_key", "title_key", "search_text", "permission"}
)


def action_text(code: str) -> str:
    return va.ACTIONS.get(code, va.OTHER_ACTION)


def time_text(at: dt.datetime) -> str:
    """dd/mm/yyyy HH:mm:ss in this computer's local time (the log keeps UTC)."""
    local = at.astimezone()
    return va.DATETIME.format(day=local.day, month=local.month, year=local.year, hour=local.hour,
                              minute=local.minute, second=local.second)  # fmt: skip


def field_text(field: str) -> str:
    return va.FIELD_LABELS.get(field) or vs.FIELD_LABELS.get(field) or vpp.HISTORY_FIELDS.get(field) or field


def value_text(field: str, value: Any) -> str:
    """A logged value as a person reads it: labels for codes, dd/mm/yyyy dates, Có/Không."""
    if value is None or value == "":
        return vs.EMPTY_VALUE
    if isinstance(value, bool):
        return vs.YES if value else vs.NO
    for found in _ENUMS.get(field, ()):
        if value in found:
            return found[value]
    if field == "roles" and isinstance(value, str):
        roles: Mapping[str, str] = {str(k): v for k, v in labels.ROLE.items()}
        return ", ".join(roles.get(part.strip(), part) for part in value.split(",") if part.strip())
    if field == "result" and isinstance(value, str):
        return va.CHECK_RESULTS.get(value, value)
    if field == "where" and isinstance(value, str):
        return va.ENTITIES.get(value, value)
    if isinstance(value, str) and value in va.VALUES:
        return va.VALUES[value]
    if isinstance(value, str) and len(value) == 10:
        try:
            return fmt_date(dt.date.fromisoformat(value))
        except ValueError:
            pass
    text = str(value)
    return text if len(text) <= _MAX else text[: _MAX - 1] + "…"


def detail_lines(entry: AuditEntry) -> list[str]:
    """One line per field ("Nhãn: cũ → mới", or only the value when nothing was there before), then the reason."""
    lines: list[str] = []
    masked: list[str] = []
    not_for_role: list[str] = []
    for field, (old, new) in entry.changes.items():
        if field in _NOT_SHOWN:
            continue
        if va.NOT_FOR_ROLE in (old, new):
            not_for_role.append(field_text(field))
            continue
        if field == "term":
            lines.append(va.TERM_NOT_KEPT)
            continue
        if va.MASKED in (old, new):
            masked.append(field_text(field))
            continue
        if old is None or old == "":
            if new is None or new == "":
                continue
            lines.append(f"{field_text(field)}: {value_text(field, new)}")
        else:
            lines.append(f"{field_text(field)}: {value_text(field, old)} → {value_text(field, new)}")
    if masked:
        lines.insert(0, va.MASKED_FIELDS.format(fields=", ".join(masked)))
    if not_for_role:
        lines.insert(0, va.NOT_FOR_ROLE_FIELDS.format(fields=", ".join(not_for_role)))
    if entry.reason:
        lines.append(va.REASON.format(reason=entry.reason))
    return lines


def cells(entry: AuditEntry) -> tuple[str, str, str, str, str]:
    """The viewer's and the file's columns: time, who, what was done, what it concerns, the details."""
    return (time_text(entry.at), entry.actor, action_text(entry.action), entry.subject,
            "\n".join(detail_lines(entry)))  # fmt: skip


def check_text(result: AuditCheck) -> str:
    """The check's result in words for a leader: no codes, only the short head to write down."""
    if result.ok:
        return va.CHECK_OK.format(count=result.count, head=result.head)
    what = va.CHECK_REASONS.get(result.reason or "", "")
    if result.broken_id is not None:
        at = time_text(result.broken_at) if result.broken_at else ""
        entry = va.CHECK_ENTRY.format(id=result.broken_id, at=at, actor=result.broken_actor or "",
                                      action=action_text(result.broken_action or ""))  # fmt: skip
        what = entry + what
    return va.CHECK_BROKEN.format(count=result.count, what=what)


def export_audit_log(ctx: ServiceContext, target: Path, flt: AuditFilter) -> int:
    """The entries the filter keeps, oldest first, to CSV or XLSX (by the extension); the export itself is logged."""
    service = AuditLogService(ctx)
    count = 0

    def rows() -> Any:
        nonlocal count
        for entry in service.entries(flt):
            count += 1
            yield cells(entry)

    write_table(target, COLUMNS, rows(), va.SHEET)
    detail = {"rows": count, "from": flt.date_from, "to": flt.date_to}
    reason = va.EXPORT_REASON.format(name=target.name)
    event(ctx, EXPORT, AUDIT_ENTITY, 0, {k: v for k, v in detail.items() if v is not None}, reason=reason)
    return count
