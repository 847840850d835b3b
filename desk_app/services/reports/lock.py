"""Locked reports (DOMAIN §5.15): a submitted report's figures frozen in report_run, unlocked only by a leader."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import Role
from desk_app.errors import ConflictError, DeskError, FieldError, ValidationError
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.reports.types import Drill, DrillKind, ReportForm, ReportPeriod, ReportResult
from desk_app.storage.records import ReportRunRecord

ENTITY = "report_run"


class ReportPermissionDenied(DeskError):
    """Only a leader may unlock a submitted report."""

    def __init__(self) -> None:
        super().__init__("report.leader_only")
        self.key = "report.leader_only"


@dataclass(frozen=True, slots=True)
class Frozen:
    values: dict[int, int]
    drill: dict[int, Drill]
    locked_at: dt.datetime
    locked_by: str
    note: str | None


def template_code(form: ReportForm) -> str:
    """ "01/TCD" → "TT01_2024_01TCD" (DOMAIN §5.15)."""
    return "TT01_2024_" + form.value.replace("/", "")


def live_run(s: DbSession, form: ReportForm, period: ReportPeriod) -> ReportRunRecord | None:
    return s.scalars(
        select(ReportRunRecord).where(
            ReportRunRecord.template_code == template_code(form),
            ReportRunRecord.from_date == period.first,
            ReportRunRecord.to_date == period.last,
            ReportRunRecord.is_voided.is_(False),
        )
    ).first()


def to_json(result: ReportResult) -> str:
    return json.dumps(
        {
            "form": result.form.value,
            "title": result.title,
            "values": {str(k): v for k, v in sorted(result.values.items())},
            "drill": {
                str(k): {"kind": d.kind.value, "ids": list(d.ids)} for k, d in sorted(result.drill.items())
            },
        },
        ensure_ascii=False,
    )


def frozen(rec: ReportRunRecord) -> Frozen:
    data = json.loads(rec.frozen_data)
    values = {int(k): int(v) for k, v in data["values"].items()}
    drill = {
        int(k): Drill(DrillKind(d["kind"]), tuple(int(i) for i in d["ids"])) for k, d in data["drill"].items()
    }
    return Frozen(values, drill, rec.locked_at, rec.locked_by, rec.note)


def lock(s: DbSession, ctx: ServiceContext, result: ReportResult, note: str | None) -> ReportRunRecord:
    """Freeze the figures; one live lock per form and period."""
    if live_run(s, result.form, result.period) is not None:
        raise ConflictError("report.already_locked")
    rec = ReportRunRecord(
        template_code=template_code(result.form),
        period_code=result.period.code,
        from_date=result.period.first,
        to_date=result.period.last,
        frozen_data=to_json(result),
        locked_at=ctx.clock(),
        locked_by=ctx.actor.name,
        note=(note or "").strip() or None,
        created_by=ctx.actor.name,
    )
    s.add(rec)
    s.flush()
    changes: dict[str, tuple[object, object]] = {
        "form": (None, result.form.value),
        "period": (None, result.period.code),
    }
    changes.update({f"col{k}": (None, v) for k, v in sorted(result.values.items())})
    audit.record(s, ctx, "lock", ENTITY, rec.id, changes, rec.note)
    return rec


def unlock(s: DbSession, ctx: ServiceContext, form: ReportForm, period: ReportPeriod, reason: str) -> None:
    """A leader re-opens a locked report; the reason is required and logged, the frozen figures kept (voided)."""
    if Role.LANH_DAO not in ctx.actor.roles:
        raise ReportPermissionDenied()
    why = (reason or "").strip()
    if not why:
        raise ValidationError([FieldError("reason", "required")])
    rec = live_run(s, form, period)
    if rec is None:
        raise ConflictError("report.not_locked")
    rec.is_voided = True
    rec.void_reason = why[:500]
    rec.updated_by = ctx.actor.name
    rec.updated_at = dt.datetime.now(dt.UTC)
    audit.record(s, ctx, "unlock", ENTITY, rec.id, {"is_voided": (False, True)}, why)
