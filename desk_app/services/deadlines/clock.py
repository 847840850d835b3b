"""Deadline rules kept in the database and the clocks started on them, inside the caller's write transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.deadline_rules import DEADLINE_RULES, DeadlineRule, Direction
from desk_app.domain.deadlines import Variant, count_days, due_status, length_for, rule_for
from desk_app.domain.enums import DeadlineStatus
from desk_app.domain.working_calendar import DayType, WorkingCalendar
from desk_app.i18n.vi_working_calendar import explain
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.storage.records.deadline import DeadlineRecord, DeadlineRuleRecord

ENTITY_DEADLINE = "deadline"


def seed_rules(s: DbSession, ctx: ServiceContext, rules: Sequence[DeadlineRule] = DEADLINE_RULES) -> int:
    """Add the seeded versions the database lacks (voided ones count as present); returns how many were added."""
    have = {
        (code, eff)
        for code, eff in s.execute(select(DeadlineRuleRecord.code, DeadlineRuleRecord.effective_from))
    }
    added = 0
    for rule in rules:
        if (rule.code, rule.effective_from) in have:
            continue
        rec = rule_record(rule, source="seed")
        rec.created_by = ctx.actor.name
        s.add(rec)
        added += 1
    if added:
        s.flush()
    return added


def rule_record(rule: DeadlineRule, *, source: str) -> DeadlineRuleRecord:
    return DeadlineRuleRecord(
        code=rule.code,
        what_vi=rule.what_vi,
        start_event_vi=rule.start_event_vi,
        length=rule.length,
        day_type=rule.day_type.value,
        direction=rule.direction.value,
        complex_length=rule.complex_length,
        especially_complex_length=rule.especially_complex_length,
        remote_length=rule.remote_length,
        remote_complex_length=rule.remote_complex_length,
        legal_basis=rule.legal_basis,
        effective_from=rule.effective_from,
        tag=rule.tag,
        source=source,
    )


def as_rule(rec: DeadlineRuleRecord) -> DeadlineRule:
    """The record as a domain rule; the complex-case note is not stored, so it comes from the seed of the code."""
    seeded = next((r for r in DEADLINE_RULES if r.code == rec.code), None)
    return DeadlineRule(
        code=rec.code,
        what_vi=rec.what_vi,
        start_event_vi=rec.start_event_vi,
        length=rec.length,
        day_type=DayType(rec.day_type),
        legal_basis=rec.legal_basis,
        effective_from=rec.effective_from,
        tag=rec.tag,
        direction=Direction(rec.direction),
        complex_length=rec.complex_length,
        especially_complex_length=rec.especially_complex_length,
        remote_length=rec.remote_length,
        remote_complex_length=rec.remote_complex_length,
        complex_note_vi=seeded.complex_note_vi if seeded else None,
    )


def live_rules(s: DbSession) -> list[tuple[int, DeadlineRule]]:
    """Every live rule version with its id; the seed table when the database has none yet."""
    recs = s.scalars(select(DeadlineRuleRecord).where(DeadlineRuleRecord.is_voided.is_(False))).all()
    return [(rec.id, as_rule(rec)) for rec in recs]


def rule_in_force(s: DbSession, code: str, on: dt.date) -> tuple[int | None, DeadlineRule]:
    """The version of `code` in force on `on`, from the database, else from the seed table (id None)."""
    pairs = live_rules(s)
    if not any(rule.code == code for _, rule in pairs):
        return None, rule_for(code, on)
    rule = rule_for(code, on, [r for _, r in pairs])
    rule_id = next(i for i, r in pairs if r is rule)
    return rule_id, rule


def start_clock(
    s: DbSession,
    ctx: ServiceContext,
    calendar: WorkingCalendar,
    *,
    entity_type: str,
    entity_id: int,
    rule_code: str,
    start: dt.date,
    label: str = "",
    responsible: str | None = None,
    length: int | None = None,
    due: dt.date | None = None,
    variant: Variant = Variant.NORMAL,
    given_to_citizen: bool = False,
) -> DeadlineRecord:
    """Start a clock on an entity: the rule in force on `start` fixes day type and length.

    `length` overrides the rule's length (a limit the head sets in a conclusion); `due` fixes the date outright
    (a date written in a notice), and the explanation then says so.
    """
    rule_id, rule = rule_in_force(s, rule_code, start)
    days = length if length is not None else length_for(rule, variant)
    if due is None:
        counted = count_days(rule, start, days, calendar)
        due_date, explanation = counted.due, explain(counted)
    else:
        due_date, explanation = due, ""
    rec = DeadlineRecord(
        entity_type=entity_type,
        entity_id=entity_id,
        rule_code=rule.code,
        rule_id=rule_id,
        variant=variant.value,
        start_date=start,
        day_type=rule.day_type.value,
        length=days,
        due_date=due_date,
        original_due_date=due_date,
        explanation=explanation,
        label=label,
        responsible=responsible,
        given_to_citizen=given_to_citizen,
        status=DeadlineStatus.DANG_CHAY.value,
        created_by=ctx.actor.name,
    )
    s.add(rec)
    s.flush()
    audit.record(
        s, ctx, "create", ENTITY_DEADLINE, rec.id,
        {"rule_code": (None, rule.code), "due_date": (None, due_date.isoformat())},
    )  # fmt: skip
    return rec


def complete(s: DbSession, ctx: ServiceContext, rec: DeadlineRecord, on: dt.date) -> None:
    """Stop the clock: the act was done on `on`."""
    rec.completed_on = on
    rec.status = DeadlineStatus.HOAN_THANH.value
    rec.updated_by = ctx.actor.name
    audit.record(s, ctx, "complete", ENTITY_DEADLINE, rec.id, {"completed_on": (None, on.isoformat())})


def effective_due(rec: DeadlineRecord) -> dt.date:
    """The date that counts now: an extension's date when there is one (the original stays on the record)."""
    return rec.extended_to or rec.due_date


def status_on(rec: DeadlineRecord, today: dt.date, calendar: WorkingCalendar) -> DeadlineStatus:
    """The clock's state today by the one due-state rule (domain.deadlines.due_status), its extension counting."""
    return due_status(
        effective_due(rec), DayType(rec.day_type), today, calendar, done=rec.completed_on is not None
    )


def clocks_of(
    s: DbSession,
    entity_type: str,
    entity_id: int,
    *,
    running_only: bool = False,
    codes: Sequence[str] | None = None,
) -> list[DeadlineRecord]:
    """The live clocks of one entity in the order they were started; optionally only running ones or some rules."""
    query = select(DeadlineRecord).where(
        DeadlineRecord.entity_type == entity_type,
        DeadlineRecord.entity_id == entity_id,
        DeadlineRecord.is_voided.is_(False),
    )
    if running_only:
        query = query.where(DeadlineRecord.completed_on.is_(None))
    if codes is not None:
        query = query.where(DeadlineRecord.rule_code.in_(list(codes)))
    return list(s.scalars(query.order_by(DeadlineRecord.id)).all())
