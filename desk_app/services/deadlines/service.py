"""Deadline rules as admin-editable dated data: list versions, preview and apply a change, list due clocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from desk_app.domain.deadline_rules import DeadlineRule
from desk_app.domain.deadlines import (
    NoVariantLengthError,
    Variant,
    count_days,
    days_left,
    length_for,
    rule_for,
)
from desk_app.domain.enums import DeadlineStatus
from desk_app.domain.permissions import Action
from desk_app.domain.text import nfc
from desk_app.domain.working_calendar import DayType, Due, WorkingCalendar
from desk_app.errors import FieldError, NotFoundError, ValidationError
from desk_app.i18n.vi_working_calendar import explain
from desk_app.services import audit
from desk_app.services.context import ServiceContext
from desk_app.services.deadlines.clock import (
    ENTITY_DEADLINE,
    as_rule,
    effective_due,
    rule_record,
    seed_rules,
    status_on,
)
from desk_app.services.deadlines.working_calendar import WorkingCalendarService
from desk_app.services.permissions import require
from desk_app.storage.records.deadline import DeadlineRecord, DeadlineRuleRecord

ENTITY_RULE = "deadline_rule"
SOURCE_ADMIN = "admin"
_BASIS_MAX = 500
_MAX_LENGTH = 3650
"""Ten years: no legal time limit is longer; a bigger number is a typing mistake."""


@dataclass(frozen=True, slots=True)
class RuleVersion:
    """One stored version of a rule; `source` is "seed" (the app's table) or "admin" (the office changed it)."""

    id: int
    rule: DeadlineRule
    source: str
    created_by: str | None
    created_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """A rule code: the latest version (the one an edit starts from) and every version, oldest first."""

    code: str
    latest: RuleVersion
    history: tuple[RuleVersion, ...]

    def in_force(self, on: dt.date) -> RuleVersion:
        versions = [v for v in self.history if v.rule.effective_from <= on]
        return versions[-1] if versions else self.history[0]


@dataclass(frozen=True, slots=True)
class RuleChange:
    """A new version of `code`: None keeps the latest version's value (the complex lengths: 0 clears them)."""

    code: str
    effective_from: dt.date | None
    legal_basis: str
    length: int | None
    day_type: DayType | None = None
    complex_length: int | None = None


@dataclass(frozen=True, slots=True)
class MovedClock:
    """A running clock whose due date the change would move."""

    deadline_id: int
    entity_type: str
    entity_id: int
    label: str
    responsible: str | None
    start_date: dt.date
    old_due: dt.date
    new_due: dt.date
    given_to_citizen: bool


@dataclass(frozen=True, slots=True)
class ChangeImpact:
    """What a change would do: the new version and the clocks it would move if recomputed."""

    change: RuleChange
    rule: DeadlineRule
    moved: tuple[MovedClock, ...]

    @property
    def given(self) -> tuple[MovedClock, ...]:
        """The moved clocks whose date was already told to a citizen."""
        return tuple(m for m in self.moved if m.given_to_citizen)


@dataclass(frozen=True, slots=True)
class _Plan:
    move: MovedClock
    clock: DeadlineRecord
    counted: Due
    length: int


@dataclass(frozen=True, slots=True)
class AppliedChange:
    version: RuleVersion
    moved: tuple[MovedClock, ...]
    """The clocks whose due date was moved (empty unless recompute)."""


@dataclass(frozen=True, slots=True)
class ClockRow:
    """A clock on the dashboard: `days` left (in the clock's day type) or late (calendar days)."""

    deadline_id: int
    label: str
    responsible: str | None
    rule_code: str
    due: dt.date
    day_type: DayType
    days: int
    status: DeadlineStatus
    entity_type: str
    entity_id: int
    given_to_citizen: bool


@dataclass(frozen=True, slots=True)
class ClockGroups:
    due_soon: tuple[ClockRow, ...]
    overdue: tuple[ClockRow, ...]


class DeadlineService:
    def __init__(self, ctx: ServiceContext, calendar: WorkingCalendarService) -> None:
        self._ctx = ctx
        self._calendar = calendar

    # Rules ----------------------------------------------------------------------------------------------------
    def seed(self) -> int:
        """Add the app's rule versions the database lacks, in one transaction; returns how many were added."""
        with self._ctx.db.write() as s, s.begin():
            return seed_rules(s, self._ctx)

    def rules(self) -> list[RuleInfo]:
        """Every rule code in the order of the seed table (codes only an office knows come last)."""
        with self._ctx.db.read() as s:
            recs = s.scalars(
                select(DeadlineRuleRecord)
                .where(DeadlineRuleRecord.is_voided.is_(False))
                .order_by(DeadlineRuleRecord.id)
            ).all()
            versions = [_version(r) for r in recs]
        by_code: dict[str, list[RuleVersion]] = {}
        for version in versions:
            by_code.setdefault(version.rule.code, []).append(version)
        infos = []
        for code, found in by_code.items():
            ordered = tuple(sorted(found, key=lambda v: v.rule.effective_from))
            infos.append(RuleInfo(code, ordered[-1], ordered))
        return infos

    def rule(self, code: str) -> RuleInfo:
        found = next((r for r in self.rules() if r.code == code), None)
        if found is None:
            raise NotFoundError("deadline_rule.not_found")
        return found

    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.rules())

    def rule_in_force(self, code: str, on: dt.date) -> DeadlineRule:
        """The office's version of `code` in force on `on`; NotFoundError for an unknown code."""
        return self.rule(code).in_force(on).rule

    # Changing a rule -------------------------------------------------------------------------------------------
    def propose_change(self, change: RuleChange) -> ChangeImpact:
        """Check the change and list the running clocks it would move; nothing is written."""
        with self._ctx.db.read() as s:
            new_rule = self._checked(s, change)
            plans = self._moves(s, new_rule)
        return ChangeImpact(change, new_rule, tuple(p.move for p in plans))

    def apply_change(self, change: RuleChange, *, recompute: bool = False) -> AppliedChange:
        """Add the new version (the old one stays as it was); with `recompute`, move the running clocks' dates.

        Without `recompute` the clocks keep the dates already given: the new version governs new clocks only.
        """
        require(self._ctx, Action.MANAGE_SETTINGS)
        with self._ctx.db.write() as s, s.begin():
            new_rule = self._checked(s, change)
            rec = rule_record(new_rule, source=SOURCE_ADMIN)
            rec.created_by = self._ctx.actor.name
            s.add(rec)
            s.flush()
            audit.record(
                s, self._ctx, "create", ENTITY_RULE, rec.id,
                {"code": (None, new_rule.code), "length": (None, new_rule.length),
                 "day_type": (None, new_rule.day_type.value),
                 "effective_from": (None, new_rule.effective_from.isoformat())},
            )  # fmt: skip
            moved: list[MovedClock] = []
            if recompute:
                for plan in self._moves(s, new_rule):
                    self._move(s, plan, rec.id)
                    moved.append(plan.move)
            s.flush()
            version = _version(rec)
        return AppliedChange(version, tuple(moved))

    def _checked(self, s: DbSession, change: RuleChange) -> DeadlineRule:
        """The new version built on the latest one; raises ValidationError with every problem at once."""
        recs = s.scalars(select(DeadlineRuleRecord).where(DeadlineRuleRecord.code == change.code)).all()
        live = [r for r in recs if not r.is_voided]
        if not live:
            raise NotFoundError("deadline_rule.not_found")
        base = as_rule(max(live, key=lambda r: r.effective_from))
        problems: list[FieldError] = []
        length = base.length if change.length is None else change.length
        if not 1 <= length <= _MAX_LENGTH:
            problems.append(FieldError("length", "min"))
        complex_length = (
            base.complex_length if change.complex_length is None else change.complex_length or None
        )
        if complex_length is not None and not 1 <= complex_length <= _MAX_LENGTH:
            problems.append(FieldError("complex_length", "min"))
        elif complex_length is not None and complex_length < length:
            problems.append(FieldError("complex_length", "shorter"))
        basis = " ".join(nfc(change.legal_basis or "").split())
        if not basis:
            problems.append(FieldError("legal_basis", "required"))
        elif len(basis) > _BASIS_MAX:
            problems.append(FieldError("legal_basis", "too_long"))
        if not isinstance(change.effective_from, dt.date):
            problems.append(FieldError("effective_from", "required"))
        elif any(r.effective_from == change.effective_from for r in recs):
            problems.append(FieldError("effective_from", "taken"))
        if problems:
            raise ValidationError(problems)
        assert change.effective_from is not None
        return replace(
            base,
            length=length,
            complex_length=complex_length,
            day_type=change.day_type or base.day_type,
            legal_basis=basis,
            effective_from=change.effective_from,
        )

    def _moves(self, s: DbSession, new_rule: DeadlineRule) -> list[_Plan]:
        """Running clocks of the code started on or after the new version's date whose due date would change."""
        clocks = s.scalars(
            select(DeadlineRecord)
            .where(
                DeadlineRecord.rule_code == new_rule.code,
                DeadlineRecord.is_voided.is_(False),
                DeadlineRecord.completed_on.is_(None),
                DeadlineRecord.status != DeadlineStatus.HOAN_THANH.value,
                DeadlineRecord.start_date >= new_rule.effective_from,
            )
            .order_by(DeadlineRecord.due_date, DeadlineRecord.id)
        ).all()
        if not clocks:
            return []
        stored = {r.id: as_rule(r) for r in _live_versions(s, new_rule.code)}
        versions = [v for v in stored.values() if v.effective_from != new_rule.effective_from] + [new_rule]
        calendar = self._calendar_for(min(c.start_date for c in clocks), max(c.start_date for c in clocks))
        plans = []
        for clock in clocks:
            if not clock.explanation:
                continue  # a date fixed outright (written in a notice) does not follow the rule
            if rule_for(new_rule.code, clock.start_date, versions) is not new_rule:
                continue  # a later version already governs this clock
            old = stored.get(clock.rule_id) if clock.rule_id is not None else None
            # A limit the head set in a conclusion stays; a clock on the rule's own length takes the new one.
            length = clock.length if old is not None and not _follows_rule(clock, old) else None
            length = length if length is not None else _variant_length(new_rule, clock)
            counted = count_days(new_rule, clock.start_date, length, calendar)
            if counted.due == clock.due_date:
                continue
            move = MovedClock(
                clock.id, clock.entity_type, clock.entity_id, clock.label, clock.responsible, clock.start_date,
                clock.due_date, counted.due, clock.given_to_citizen,
            )  # fmt: skip
            plans.append(_Plan(move, clock, counted, length))
        return plans

    def _move(self, s: DbSession, plan: _Plan, rule_id: int) -> None:
        clock, counted = plan.clock, plan.counted
        before = {"due_date": clock.due_date, "day_type": clock.day_type, "length": clock.length}
        # original_due_date stays: it is the date first given.
        clock.due_date = counted.due
        clock.day_type = counted.day_type.value
        clock.length = plan.length
        clock.rule_id = rule_id
        clock.explanation = explain(counted)
        clock.updated_by = self._ctx.actor.name
        after = {"due_date": clock.due_date, "day_type": clock.day_type, "length": clock.length}
        audit.record(
            s, self._ctx, "recompute", ENTITY_DEADLINE, clock.id, audit.diff(before, after),
            reason=f"deadline_rule {rule_id}",
        )  # fmt: skip

    def _calendar_for(self, first: dt.date, last: dt.date) -> WorkingCalendar:
        return self._calendar.load(range(first.year - 1, last.year + 2))

    # Clocks for the dashboard ---------------------------------------------------------------------------------
    def due_soon_and_overdue(self, today: dt.date | None = None) -> ClockGroups:
        """Running clocks that are due soon (domain.deadlines.due_status) or overdue, the most urgent first."""
        day = today or self._ctx.today()
        calendar = self._calendar_for(day, day)
        with self._ctx.db.read() as s:
            clocks = s.scalars(
                select(DeadlineRecord).where(
                    DeadlineRecord.is_voided.is_(False),
                    DeadlineRecord.completed_on.is_(None),
                    DeadlineRecord.status != DeadlineStatus.HOAN_THANH.value,
                )
            ).all()
            rows = [_clock_row(c, day, calendar) for c in clocks]
        soon = sorted(
            (r for r in rows if r.status is DeadlineStatus.SAP_HET_HAN), key=lambda r: (r.due, r.label)
        )
        late = sorted((r for r in rows if r.status is DeadlineStatus.QUA_HAN), key=lambda r: (r.due, r.label))
        return ClockGroups(tuple(soon), tuple(late))


def _live_versions(s: DbSession, code: str) -> list[DeadlineRuleRecord]:
    return list(
        s.scalars(
            select(DeadlineRuleRecord).where(
                DeadlineRuleRecord.code == code, DeadlineRuleRecord.is_voided.is_(False)
            )
        )
    )


def _variant_length(rule: DeadlineRule, clock: DeadlineRecord) -> int:
    try:
        return length_for(rule, Variant(clock.variant))
    except (NoVariantLengthError, ValueError):
        return rule.length


def _follows_rule(clock: DeadlineRecord, rule: DeadlineRule) -> bool:
    """Whether the clock runs the rule's own length (not a limit the head set in a conclusion)."""
    return clock.length == _variant_length(rule, clock)


def _version(rec: DeadlineRuleRecord) -> RuleVersion:
    return RuleVersion(rec.id, as_rule(rec), rec.source, rec.created_by, rec.created_at)


def _clock_row(clock: DeadlineRecord, today: dt.date, calendar: WorkingCalendar) -> ClockRow:
    due = effective_due(clock)
    status = status_on(clock, today, calendar)
    day_type = DayType(clock.day_type)
    overdue = status is DeadlineStatus.QUA_HAN
    days = (today - due).days if overdue else days_left(due, day_type, today, calendar)
    return ClockRow(
        clock.id, clock.label, clock.responsible, clock.rule_code, due, day_type, days, status,
        clock.entity_type, clock.entity_id, clock.given_to_citizen,
    )  # fmt: skip


__all__ = [
    "AppliedChange",
    "ChangeImpact",
    "ClockGroups",
    "ClockRow",
    "DeadlineService",
    "MovedClock",
    "RuleChange",
    "RuleInfo",
    "RuleVersion",
]
