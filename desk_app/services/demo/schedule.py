"""The demo office's reception calendar: the head's rule, a year of planned sessions, notices and registrants."""

from __future__ import annotations

import datetime as dt
import random

from desk_app.domain.enums import ReceptionKind, ReceptionSessionStatus
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.services.demo import data
from desk_app.services.registry import Services
from desk_app.services.schedule.types import LeaderRuleInfo, Period, PeriodKind, RegistrantInfo

NOTICE_AHEAD_WORKING_DAYS = 7
"""The demo posts each month's notice a little earlier than the legal 5 working days."""
REGISTRANTS_AHEAD = (2, 1)
"""Citizens registered for the next two sessions."""


def plan_head_schedule(
    services: Services,
    head_id: int,
    place_id: int,
    calendar: WorkingCalendar,
    start: dt.date,
    end: dt.date,
) -> set[dt.date]:
    """Plan the head's sessions from the first whole month on to the end of the year (and next month), publish
    each month's notice some days ahead, and return the days of the head's sessions in [start, end]."""
    first = start if start.day == 1 else _month_after(start)
    upcoming = _month_after(end)
    last = max(dt.date(end.year, 12, 1), upcoming)
    rule_ids = _head_rules(services, head_id, place_id)
    for period in _months(first, last):
        services.schedule.generate(period, rule_ids, include_past=True)  # the demo writes a year of history
    issued = first
    for period in _months(first, upcoming):
        sessions = [
            s for s in services.schedule.sessions(period.first, period.last) if s.presided_by_id == head_id
        ]
        if not sessions:
            continue
        ahead = calendar.subtract_working_days(sessions[0].date, NOTICE_AHEAD_WORKING_DAYS).due
        issued = max(issued, min(ahead, end))
        services.schedule.notice_source(period, issued_on=issued)
    return {
        s.date
        for s in services.schedule.sessions(start, end)
        if s.presided_by_id == head_id and s.kind is ReceptionKind.DINH_KY
    }


def after_the_visits(
    services: Services,
    head_id: int,
    start: dt.date,
    end: dt.date,
    people: data.People,
    rng: random.Random,
) -> None:
    """Past sessions nobody came to are marked so; a couple of citizens register for the next sessions."""
    today = services.ctx.today()
    for info in services.schedule.sessions(start, end):
        if info.date < today and info.visit_count == 0 and info.status is not ReceptionSessionStatus.HUY:
            services.schedule.mark_no_citizen(info.id)
    ahead = [
        s
        for s in services.schedule.sessions(today + dt.timedelta(days=1), today + dt.timedelta(days=62))
        if s.presided_by_id == head_id and s.status is not ReceptionSessionStatus.HUY
    ]
    for session, count in zip(ahead, REGISTRANTS_AHEAD, strict=False):
        for _ in range(count):
            person = people.person()
            services.schedule.add_registrant(
                RegistrantInfo(
                    None,
                    session.id,
                    person.full_name,
                    matter=rng.choice(data.REGISTRANT_MATTERS),
                    phone=person.phone,
                    address=person.address,
                )
            )


# internals ----------------------------------------------------------------------------------------------------
def _head_rules(services: Services, head_id: int, place_id: int) -> list[int]:
    """The head's live rules, or the demo's "thứ Năm tuần 2 và 4, buổi chiều" when there is none."""
    mine = [r.id for r in services.schedule.rules() if r.leader_id == head_id and r.id is not None]
    if mine:
        return mine
    rule = services.schedule.save_rule(
        LeaderRuleInfo(
            None,
            head_id,
            data.HEAD_RULE,
            place_id=place_id,
            participants=data.HEAD_RULE_PARTICIPANTS,
            expected_content=data.HEAD_RULE_CONTENT,
        )
    )
    assert rule.id is not None
    return [rule.id]


def _month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


def _months(first: dt.date, last: dt.date) -> list[Period]:
    out: list[Period] = []
    month = first
    while month <= last:
        out.append(Period(PeriodKind.MONTH, month.year, month.month))
        month = _month_after(month)
    return out
