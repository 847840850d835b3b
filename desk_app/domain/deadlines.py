"""Due dates of the legal time limits: pick the rule in force, choose its length, count on the calendar; due state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from desk_app.domain.deadline_rules import DEADLINE_RULES, DUE_SOON_DAYS, DeadlineRule, Direction
from desk_app.domain.enums import DeadlineStatus
from desk_app.domain.working_calendar import DayType, Due, WorkingCalendar
from desk_app.errors import DeskError


class Variant(StrEnum):
    """Which length of a rule applies (DOMAIN §8: complex, especially complex, remote areas)."""

    NORMAL = "NORMAL"
    COMPLEX = "COMPLEX"
    ESPECIALLY_COMPLEX = "ESPECIALLY_COMPLEX"
    REMOTE = "REMOTE"
    REMOTE_COMPLEX = "REMOTE_COMPLEX"


class UnknownRuleError(DeskError):
    """No deadline rule has this code."""

    def __init__(self, code: str) -> None:
        super().__init__(f"deadline.unknown_rule:{code}")
        self.code = code


class NoVariantLengthError(DeskError):
    """The rule has no length for the asked variant (e.g. --complex on a rule without a complex length)."""

    def __init__(self, code: str, variant: Variant) -> None:
        super().__init__(f"deadline.no_variant:{code}:{variant}")
        self.code = code
        self.variant = variant


def rule_for(code: str, on: dt.date, rules: Sequence[DeadlineRule] = DEADLINE_RULES) -> DeadlineRule:
    """The version of rule `code` in force on `on` (the latest effective one).

    Before the first version took effect the first version is used: the app counts old registers with the
    earliest rule it knows rather than refusing.
    """
    versions = sorted((r for r in rules if r.code == code), key=lambda r: r.effective_from)
    if not versions:
        raise UnknownRuleError(code)
    in_force = [r for r in versions if r.effective_from <= on]
    return in_force[-1] if in_force else versions[0]


def variant_of(*, complex: bool = False, remote: bool = False, especially_complex: bool = False) -> Variant:
    """The variant named by the flags; "especially complex" implies complex."""
    if especially_complex:
        return Variant.ESPECIALLY_COMPLEX
    if remote:
        return Variant.REMOTE_COMPLEX if complex else Variant.REMOTE
    return Variant.COMPLEX if complex else Variant.NORMAL


def length_for(rule: DeadlineRule, variant: Variant = Variant.NORMAL) -> int:
    """The rule's length for a variant; raises NoVariantLengthError when the law sets none."""
    lengths = {
        Variant.NORMAL: rule.length,
        Variant.COMPLEX: rule.complex_length,
        Variant.ESPECIALLY_COMPLEX: rule.especially_complex_length,
        Variant.REMOTE: rule.remote_length,
        Variant.REMOTE_COMPLEX: rule.remote_complex_length,
    }
    length = lengths[variant]
    if length is None:
        raise NoVariantLengthError(rule.code, variant)
    return length


def compute(
    rule: DeadlineRule,
    start: dt.date,
    calendar: WorkingCalendar,
    complex: bool = False,
    *,
    remote: bool = False,
    especially_complex: bool = False,
) -> Due:
    """The due date of `rule` started on `start` (for a BEFORE rule: the latest day to act before `start`)."""
    length = length_for(
        rule, variant_of(complex=complex, remote=remote, especially_complex=especially_complex)
    )
    return count_days(rule, start, length, calendar)


def count_days(rule: DeadlineRule, start: dt.date, length: int, calendar: WorkingCalendar) -> Due:
    """Count `length` days of the rule's day type from `start`, in the rule's direction."""
    backward = rule.direction is Direction.BEFORE
    if rule.day_type is DayType.WORKING:
        if backward:
            return calendar.subtract_working_days(start, length)
        return calendar.add_working_days(start, length)
    if backward:
        return calendar.subtract_calendar_days(start, length)
    return calendar.add_calendar_days(start, length)


# Due state (DOMAIN §8 Deadline UX) ------------------------------------------------------------------------------
def days_left(due: dt.date, day_type: DayType, today: dt.date, calendar: WorkingCalendar) -> int:
    """What is left until `due`, counted the rule's way: working days after today up to `due`, or days; 0 when due."""
    if day_type is DayType.WORKING:
        return calendar.working_days_between(today, due)
    return max((due - today).days, 0)


def due_status(
    due: dt.date,
    day_type: DayType,
    today: dt.date,
    calendar: WorkingCalendar,
    *,
    done: bool = False,
    soon_days: Mapping[DayType, int] = DUE_SOON_DAYS,
) -> DeadlineStatus:
    """Done, overdue (past `due`), due soon (`soon_days` or fewer left, the rule's way of counting), or running."""
    if done:
        return DeadlineStatus.HOAN_THANH
    if today > due:
        return DeadlineStatus.QUA_HAN
    if days_left(due, day_type, today, calendar) <= soon_days[day_type]:
        return DeadlineStatus.SAP_HET_HAN
    return DeadlineStatus.DANG_CHAY


def last_due_soon(
    today: dt.date,
    day_type: DayType,
    calendar: WorkingCalendar,
    soon_days: Mapping[DayType, int] = DUE_SOON_DAYS,
) -> dt.date:
    """The latest due date that is still "due soon" today: the same rule as due_status, as a date a query can use.

    On working days: the day before the (n+1)-th working day after today, so a due date on a day off just before
    it counts as soon, exactly as working_days_between does.
    """
    n = soon_days[day_type]
    if day_type is DayType.WORKING:
        return calendar.add_working_days(today, n + 1).due - dt.timedelta(days=1)
    return today + dt.timedelta(days=n)


_URGENCY = (
    DeadlineStatus.QUA_HAN,
    DeadlineStatus.SAP_HET_HAN,
    DeadlineStatus.DANG_CHAY,
    DeadlineStatus.HOAN_THANH,
)


def most_urgent(statuses: Iterable[DeadlineStatus]) -> DeadlineStatus | None:
    """The state of a record with several clocks: overdue before due soon before running before done; None if none."""
    present = set(statuses)
    return next((s for s in _URGENCY if s in present), None)
