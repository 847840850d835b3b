"""Planning the sessions of the leaders' rules for a period, and checking the plan against the legal minimum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain import frequency_rules
from desk_app.domain.enums import OfficeKind, ReceptionKind, ReceptionMode, ReceptionSessionStatus
from desk_app.domain.schedule import PlannedSession, generate, missing_days
from desk_app.domain.visit import is_delegated
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.i18n import vi_schedule_admin as va
from desk_app.i18n.vi_schedule import missing_note
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.schedule import store
from desk_app.services.schedule.types import GenerationReport, MovedSession, Period
from desk_app.storage.records import LeaderRuleRecord, ReceptionSessionRecord, StaffRecord


def plan(
    s: DbSession,
    ctx: ServiceContext,
    calendar: WorkingCalendar,
    period: Period,
    rule_ids: Sequence[int] | None,
    *,
    include_past: bool = False,
) -> GenerationReport:
    """Create the sessions the live rules put in `period`; a rule's nominal date already planned is skipped.

    Days before today are skipped too (a planned "Dự kiến" session in the past, already late for its notice, is
    never what the officer means); only the demo, writing a year of history, asks for them with `include_past`.
    """
    today = ctx.today()
    query = select(LeaderRuleRecord).where(LeaderRuleRecord.is_voided.is_(False))
    if rule_ids is not None:
        query = query.where(LeaderRuleRecord.id.in_(list(rule_ids)))
    rules = list(s.scalars(query.order_by(LeaderRuleRecord.id)).all())
    fallback_place = store.default_place(s)
    head = store.head(s)
    created: list[ReceptionSessionRecord] = []
    moved: list[tuple[ReceptionSessionRecord, str]] = []
    manual: list[str] = []
    missing: list[str] = []
    past: list[dt.date] = []
    already = 0
    for rule in rules:
        recurrence = store.recurrence(rule)
        planned_before = _planned_nominal(s, rule.id)
        for planned in generate(recurrence, period.first, period.last, calendar):
            if planned.nominal_date in planned_before:
                already += 1
                continue
            if _adopt_unplanned(s, ctx, rule, planned):
                already += 1
                continue
            if planned.date < today and not include_past:
                past.append(planned.date)
                continue
            rec = _create(s, ctx, rule, planned, fallback_place.id if fallback_place else None, head)
            created.append(rec)
            if planned.needs_manual and rec.shift_note:
                manual.append(rec.shift_note)
            elif planned.shifted and rec.shift_note:
                moved.append((rec, rec.shift_note))
        missing.extend(missing_note(m) for m in missing_days(recurrence, period.first, period.last))
    s.flush()
    # Months wholly past were not planned now; their minimum is the dashboard's business, not this report's.
    checked_from = period.first if include_past else max(period.first, today.replace(day=1))
    publish_by = store.publish_by_counter(s, calendar)
    infos = {i.id: i for i in store.session_infos(s, created, publish_by)}
    return GenerationReport(
        created=tuple(infos[r.id] for r in sorted(created, key=lambda r: (r.date, r.id))),
        moved=tuple(MovedSession(infos[r.id], note) for r, note in moved),
        needs_manual=tuple(manual),
        missing=tuple(missing),
        already_planned=already,
        skipped_past=tuple(sorted(set(past))),
        below_minimum=tuple(shortfalls(s, calendar, checked_from, period.last, planned=True)),
    )


def head_session_dates(s: DbSession, first: dt.date, last: dt.date) -> list[dt.date]:
    """Days of the head's own live, not cancelled, periodic sessions (everyone's when no head is named)."""
    head = store.head(s)
    query = select(ReceptionSessionRecord.date).where(
        ReceptionSessionRecord.is_voided.is_(False),
        ReceptionSessionRecord.kind == ReceptionKind.DINH_KY.value,
        ReceptionSessionRecord.status != ReceptionSessionStatus.HUY.value,
        ReceptionSessionRecord.date >= first,
        ReceptionSessionRecord.date <= last,
    )
    if head is not None:
        query = query.where(ReceptionSessionRecord.presided_by_id == head.id)
    return list(s.scalars(query).all())


def shortfalls(
    s: DbSession, calendar: WorkingCalendar, first: dt.date, last: dt.date, *, planned: bool = False
) -> list[str]:
    """One line per month from `first` to `last` whose head sessions fall under the minimum in force."""
    office = store.office(s)
    kind = OfficeKind(office.kind)
    title = va.leader_title(office.head_title)
    month_first = dt.date(first.year, first.month, 1)
    month_last = _month_end(dt.date(last.year, last.month, 1))
    # Weekly minimums count Monday–Sunday weeks, which reach a few days into the months around.
    dates = head_session_dates(s, month_first - dt.timedelta(days=7), month_last + dt.timedelta(days=7))
    lines: list[str] = []
    for year in range(first.year, last.year + 1):
        for short in frequency_rules.months_below_minimum(kind, dates, year, calendar=calendar):
            start = dt.date(short.year, short.month, 1)
            if not month_first <= start <= month_last:
                continue
            rule = frequency_rules.minimum_for(kind, start)
            assert rule is not None
            lines.append(
                va.below_minimum(
                    year=short.year,
                    month=short.month,
                    held=short.held,
                    required=short.required,
                    unit=short.unit,
                    min_days=rule.min_days,
                    title=title,
                    basis=rule.legal_basis,
                    planned=planned,
                )
            )
    return lines


# internals ----------------------------------------------------------------------------------------------------
def _planned_nominal(s: DbSession, rule_id: int) -> set[dt.date]:
    rows = s.execute(
        select(ReceptionSessionRecord.nominal_date, ReceptionSessionRecord.date).where(
            ReceptionSessionRecord.rule_id == rule_id, ReceptionSessionRecord.is_voided.is_(False)
        )
    ).all()
    return {nominal or day for nominal, day in rows}


def _adopt_unplanned(
    s: DbSession, ctx: ServiceContext, rule: LeaderRuleRecord, planned: PlannedSession
) -> bool:
    """A periodic session of the same leader already on that day (opened by a visit, or added by hand) is the
    rule's session: link it instead of planning a second one."""
    found = s.scalar(
        select(ReceptionSessionRecord).where(
            ReceptionSessionRecord.is_voided.is_(False),
            ReceptionSessionRecord.rule_id.is_(None),
            ReceptionSessionRecord.kind == ReceptionKind.DINH_KY.value,
            ReceptionSessionRecord.presided_by_id == rule.leader_id,
            ReceptionSessionRecord.date == planned.date,
        )
    )
    if found is None:
        return False
    found.rule_id, found.nominal_date = rule.id, planned.nominal_date
    audit.record(
        s, ctx, "update", store.ENTITY_SESSION, found.id,
        {"rule_id": (None, rule.id), "nominal_date": (None, planned.nominal_date.isoformat())},
    )  # fmt: skip
    return True


def _create(
    s: DbSession,
    ctx: ServiceContext,
    rule: LeaderRuleRecord,
    planned: PlannedSession,
    fallback_place_id: int | None,
    head: StaffRecord | None,
) -> ReceptionSessionRecord:
    note = va.shift_note(
        planned.nominal_date,
        planned.date,
        planned.shift_reason,
        manual=planned.needs_manual,
        passed_over=planned.passed_over,
    )
    rec = ReceptionSessionRecord(
        kind=ReceptionKind.DINH_KY.value,
        mode=ReceptionMode.TRUC_TIEP.value,
        date=planned.date,
        presided_by_id=rule.leader_id,
        delegated=is_delegated(None if head is None else head.id == rule.leader_id),
        status=ReceptionSessionStatus.DU_KIEN.value,
        start_time=planned.start_time,
        end_time=planned.end_time,
        place_id=rule.place_id or fallback_place_id,
        rule_id=rule.id,
        nominal_date=planned.nominal_date,
        shift_note=note,
        participants=rule.participants,
        expected_content=rule.expected_content,
        created_by=ctx.actor.name,
    )
    s.add(rec)
    s.flush()
    audit.record(
        s, ctx, "create", store.ENTITY_SESSION, rec.id,
        audit.diff({}, {"date": rec.date, "rule_id": rule.id, "nominal_date": rec.nominal_date,
                        "presided_by_id": rec.presided_by_id, "status": rec.status}),
        note,
    )  # fmt: skip
    return rec


def _month_end(first: dt.date) -> dt.date:
    nxt = dt.date(first.year + 1, 1, 1) if first.month == 12 else dt.date(first.year, first.month + 1, 1)
    return nxt - dt.timedelta(days=1)
