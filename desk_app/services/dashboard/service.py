"""What the Tổng quan page shows at a glance: sessions of today and this week, visit counts, due clocks, warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from desk_app.domain.enums import VisitStatus
from desk_app.domain.permissions import Action
from desk_app.services.context import ServiceContext
from desk_app.services.dashboard.clocks import DueGroups, name_clocks
from desk_app.services.deadlines.service import DeadlineService
from desk_app.services.permissions import require
from desk_app.services.schedule.service import ScheduleService
from desk_app.services.schedule.types import ScheduleWarning, SessionInfo, WarningKind
from desk_app.storage.records import VisitRecord

DASHBOARD_WARNINGS = frozenset(WarningKind) - {WarningKind.THIS_WEEK}
"""The week's sessions have their own list on the page; the other warnings go to the warnings list."""


@dataclass(frozen=True, slots=True)
class VisitCounts:
    """Lượt tiếp of the register dated today and in today's month: voided lines and refused visits not counted."""

    today: int
    month: int


@dataclass(frozen=True, slots=True)
class DashboardData:
    today: dt.date
    week_first: dt.date
    week_last: dt.date
    sessions: tuple[SessionInfo, ...]
    """Every live session of today's week (Monday to Sunday), by date then time."""
    visits: VisitCounts
    clocks: DueGroups
    warnings: tuple[ScheduleWarning, ...]

    @property
    def sessions_today(self) -> tuple[SessionInfo, ...]:
        return tuple(s for s in self.sessions if s.date == self.today)

    @property
    def sessions_rest_of_week(self) -> tuple[SessionInfo, ...]:
        return tuple(s for s in self.sessions if s.date != self.today)


class DashboardService:
    def __init__(self, ctx: ServiceContext, schedule: ScheduleService, deadlines: DeadlineService) -> None:
        self._ctx = ctx
        self._schedule = schedule
        self._deadlines = deadlines

    def visit_counts(self, today: dt.date | None = None) -> VisitCounts:
        require(self._ctx, Action.READ_CASES)
        day = today or self._ctx.today()
        first = day.replace(day=1)
        # A refused visit (từ chối tiếp) is in the register but is not a reception: reports do not count it either.
        live = VisitRecord.is_voided.is_(False) & (VisitRecord.status != VisitStatus.TU_CHOI.value)
        with self._ctx.db.read() as s:
            on_day = s.scalar(select(func.count(VisitRecord.id)).where(live, VisitRecord.date == day)) or 0
            in_month = (
                s.scalar(
                    select(func.count(VisitRecord.id)).where(
                        live, VisitRecord.date >= first, VisitRecord.date <= day
                    )
                )
                or 0
            )
        return VisitCounts(on_day, in_month)

    def due_clocks(self, today: dt.date | None = None) -> DueGroups:
        """Due-soon and overdue clocks, each saying which deadline, on which record, and who handles it."""
        require(self._ctx, Action.READ_CASES)
        groups = self._deadlines.due_soon_and_overdue(today or self._ctx.today())
        with self._ctx.db.read() as s:
            return name_clocks(s, groups)

    def snapshot(self, today: dt.date | None = None) -> DashboardData:
        """Everything the page shows, read in one go (the page calls it off the GUI thread).

        Case work only (DOMAIN §13.3): the administrator and the report viewer are refused, as for the registers.
        """
        require(self._ctx, Action.READ_CASES)
        day = today or self._ctx.today()
        monday = day - dt.timedelta(days=day.weekday())
        sunday = monday + dt.timedelta(days=6)
        warnings = tuple(w for w in self._schedule.warnings(day) if w.kind in DASHBOARD_WARNINGS)
        return DashboardData(
            today=day,
            week_first=monday,
            week_last=sunday,
            sessions=tuple(self._schedule.sessions(monday, sunday)),
            visits=self.visit_counts(day),
            clocks=self.due_clocks(day),
            warnings=warnings,
        )
