"""The reception calendar's dashboard warnings (DOMAIN §2.2, §2.3, §7.6): unpublished, below minimum, this week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session as DbSession

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.domain.working_calendar import WorkingCalendar
from desk_app.i18n import labels
from desk_app.i18n import vi_schedule_admin as va
from desk_app.i18n.formatting import fmt_date
from desk_app.services.schedule import store
from desk_app.services.schedule.generate import shortfalls
from desk_app.services.schedule.types import ScheduleWarning, SessionInfo, WarningKind

_SHOWN_THIS_WEEK = frozenset(ReceptionSessionStatus) - {ReceptionSessionStatus.HUY}


def collect(
    s: DbSession, calendar: WorkingCalendar, today: dt.date, unconfirmed_year: int | None
) -> list[ScheduleWarning]:
    """Every warning for `today`, most urgent kinds first, each kind by date."""
    monday = today - dt.timedelta(days=today.weekday())
    sunday = monday + dt.timedelta(days=6)
    horizon = _month_after_next(today)
    recs = store.live_sessions(s, min(monday, today), max(sunday, horizon))
    infos = store.session_infos(s, recs, store.publish_by_counter(s, calendar))
    out: list[ScheduleWarning] = []
    out.extend(_not_published(s, infos, today))
    next_month = _month_after_next(today) - dt.timedelta(days=1)
    out.extend(
        ScheduleWarning(WarningKind.BELOW_MINIMUM, line)
        for line in shortfalls(s, calendar, dt.date(today.year, today.month, 1), next_month)
    )
    out.extend(presider_warnings(infos))
    out.extend(_this_week(infos, monday, sunday))
    if unconfirmed_year is not None:
        out.append(
            ScheduleWarning(
                WarningKind.CALENDAR_UNCONFIRMED, va.CALENDAR_UNCONFIRMED.format(year=unconfirmed_year)
            )
        )
    return out


def _not_published(s: DbSession, infos: list[SessionInfo], today: dt.date) -> list[ScheduleWarning]:
    out: list[ScheduleWarning] = []
    for info in infos:
        if info.status not in store.OPEN_STATUSES or info.publish_by is None:
            continue
        if info.publish_by > today or info.date < today:
            continue
        text = va.NOT_PUBLISHED.format(
            date=fmt_date(info.date), by=fmt_date(info.publish_by), days=store.publish_length(s, info.date)
        )
        out.append(ScheduleWarning(WarningKind.NOT_PUBLISHED, text, info.id, info.date))
    return out


def presider_warnings(infos: Iterable[SessionInfo]) -> list[ScheduleWarning]:
    """Sessions whose presider breaks the rule in force on their own date, past or future (DOMAIN §2.2)."""
    return [
        ScheduleWarning(
            WarningKind.PRESIDER_NOT_HEAD,
            va.PRESIDER_NOT_HEAD.format(
                date=fmt_date(i.date),
                name=i.presided_by_name or va.NO_PRESIDER,
                basis=i.presider_breaks.short_basis,
            ),
            i.id,
            i.date,
        )
        for i in infos
        if i.presider_breaks is not None and i.status is not ReceptionSessionStatus.HUY
    ]


def _this_week(infos: list[SessionInfo], monday: dt.date, sunday: dt.date) -> list[ScheduleWarning]:
    out: list[ScheduleWarning] = []
    for i in infos:
        if not monday <= i.date <= sunday or i.status not in _SHOWN_THIS_WEEK:
            continue
        if i.start_time is not None and i.end_time is not None:
            hours = va.THIS_WEEK_HOURS.format(start=va.clock(i.start_time), end=va.clock(i.end_time))
        elif i.start_time is not None:
            hours = va.THIS_WEEK_START.format(start=va.clock(i.start_time))
        else:
            hours = ""
        name = i.presided_by_name or va.NO_PRESIDER
        if i.presided_by_position:
            name = f"{name} ({i.presided_by_position})"
        text = va.THIS_WEEK.format(
            weekday=va.weekday_cap(i.date),
            date=fmt_date(i.date),
            hours=hours,
            kind=va.THIS_WEEK_KIND.format(kind=labels.RECEPTION_KIND[i.kind].lower()),
            name=name,
            place=i.place_name or va.NO_PLACE,
            status=va.THIS_WEEK_STATUS.format(status=labels.SESSION_STATUS[i.status].lower()),
        )
        out.append(ScheduleWarning(WarningKind.THIS_WEEK, text, i.id, i.date))
    return out


def _month_after_next(today: dt.date) -> dt.date:
    """The first day of the month after next: the end (exclusive) of this and next month."""
    year, month = today.year, today.month + 2
    if month > 12:
        year, month = year + 1, month - 12
    return dt.date(year, month, 1)
