"""Tổng quan: today's and this week's sessions, visit counts, deadlines due soon and overdue, warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.deadline_rules import DUE_SOON_DAYS
from desk_app.domain.working_calendar import DayType
from desk_app.i18n import vi_accessible
from desk_app.i18n import vi_dashboard as vdb
from desk_app.i18n.formatting import fmt_date
from desk_app.services.dashboard.service import DashboardData, DashboardService
from desk_app.services.registry import Services
from desk_app.ui.pages.dashboard.widgets import (
    AMBER,
    NEUTRAL,
    RED,
    CountTile,
    WarningList,
    empty_label,
    fill_clocks,
    fill_sessions,
    plain_table,
    section_title,
)
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.tables import fit_wrapped_rows


class DashboardPage(QWidget):
    """Reloads (off the GUI thread) each time it is shown; `clockActivated` carries (entity_type, entity_id)."""

    clockActivated = Signal(str, int)
    sessionActivated = Signal(int)

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._source = DashboardService(services.ctx, services.schedule, services.deadlines)
        self._loading = False
        self._again = False
        self.data: DashboardData | None = None

        self.visits_today = CountTile(vdb.TILE_VISITS_TODAY, NEUTRAL)
        self.visits_month = CountTile(vdb.TILE_VISITS_MONTH.format(month=1, year=2000), NEUTRAL)
        self.due_soon = CountTile(vdb.TILE_DUE_SOON, AMBER)
        self.due_soon.setToolTip(
            vdb.TILE_DUE_SOON_TIP.format(
                working=DUE_SOON_DAYS[DayType.WORKING], calendar=DUE_SOON_DAYS[DayType.CALENDAR]
            )
        )
        self.overdue = CountTile(vdb.TILE_OVERDUE, RED)
        self.overdue.setToolTip(vdb.TILE_OVERDUE_TIP)
        self.sessions_title = section_title("")
        self.today_line = QLabel()
        self.today_line.setObjectName("dashboardToday")
        self.today_line.setWordWrap(True)
        self.sessions = plain_table(vdb.SESSION_COLUMNS, "dashboardSessions")
        self.sessions.setAccessibleName(vi_accessible.DASHBOARD_SESSIONS)
        self.sessions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.no_sessions = empty_label(vdb.NO_SESSIONS, "dashboardNoSessions")
        self.clocks_title = section_title(vdb.DEADLINES_TITLE)
        self.clocks = plain_table(vdb.DEADLINE_COLUMNS, "dashboardClocks")
        self.clocks.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # "Which deadline — which record" wraps instead of losing the record's number to an ellipsis.
        self.clocks.setWordWrap(True)
        self.clocks.horizontalHeader().sectionResized.connect(lambda *_a: self.clocks.resizeRowsToContents())
        # Who handles it and how long is left wrap onto a second line, so "which deadline" keeps a readable width
        # on a narrow window (1366×768 at 125 %) instead of shrinking to "…".
        bold = QFont(self.clocks.font())
        bold.setBold(True)
        for column, sample in ((2, "Người phụ trách"), (4, "Quá 270 ngày")):
            self.clocks.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.clocks.setColumnWidth(column, QFontMetrics(bold).horizontalAdvance(sample) + 16)
        fit_wrapped_rows(self.clocks, max_lines=4)
        self.no_clocks = empty_label(vdb.NO_DEADLINES, "dashboardNoClocks")
        self.warnings_title = section_title(vdb.WARNINGS_TITLE_NONE)
        self.warnings = WarningList()
        self.no_warnings = empty_label(vdb.NO_WARNINGS, "dashboardNoWarnings")
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #555555;")
        self.refresh_button = QPushButton(vdb.REFRESH)
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.setToolTip(vdb.REFRESH_TIP)
        self._build()
        self.refresh_button.clicked.connect(self.refresh)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.refresh)
        self.clocks.itemActivated.connect(self._clock_activated)
        self.sessions.itemActivated.connect(self._session_activated)

    def _build(self) -> None:
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in (self.visits_today, self.visits_month, self.due_soon, self.overdue):
            tiles.addWidget(tile, 1)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.sessions_title)
        left.addWidget(self.today_line)
        left.addWidget(self.sessions, 100)
        left.addWidget(self.no_sessions)
        left.addSpacing(8)
        left.addWidget(self.clocks_title)
        left.addWidget(self.clocks, 100)
        left.addWidget(self.no_clocks)
        left.addStretch(1)  # keeps the empty-state lines on top when both tables are hidden
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.warnings_title)
        # The spacer only matters while the list is hidden (no warnings): it keeps "Không có cảnh báo." on top.
        right.addWidget(self.warnings, 100)
        right.addWidget(self.no_warnings)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 3)  # the deadlines table needs the width; warnings wrap in a narrow column
        body.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 6, 4)
        layout.addLayout(tiles)
        layout.addSpacing(6)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # Loading -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again off the GUI thread; a refresh asked while loading runs once it is done."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.status.setText(vdb.LOADING)
        source = self._source
        self._tasks.op(source.snapshot).success(self._loaded).failure(self._failed).run()

    def _finish(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, _error: Exception) -> None:
        self.status.setText(vdb.LOAD_FAILED)
        self._finish()

    def _loaded(self, data: DashboardData) -> None:
        self.data = data
        self._show(data)
        now = self._services.ctx.clock()
        self.status.setText(vdb.UPDATED.format(time=f"{now.hour:02d}:{now.minute:02d}"))
        self._finish()

    # Showing -----------------------------------------------------------------------------------------------
    def _show(self, data: DashboardData) -> None:
        self.visits_today.set_value(data.visits.today)
        month_caption = vdb.TILE_VISITS_MONTH.format(month=data.today.month, year=data.today.year)
        self.visits_month.set_value(data.visits.month, month_caption)
        self.due_soon.set_value(len(data.clocks.due_soon))
        self.overdue.set_value(len(data.clocks.overdue))
        self.due_soon.set_tone(AMBER if data.clocks.due_soon else NEUTRAL)
        self.overdue.set_tone(RED if data.clocks.overdue else NEUTRAL)

        self.sessions_title.setText(
            vdb.SESSIONS_TITLE.format(first=fmt_date(data.week_first), last=fmt_date(data.week_last))
        )
        today = data.sessions_today
        if today:
            registrants = sum(s.registrant_count for s in today)
            self.today_line.setText(vdb.SESSION_TODAY.format(count=len(today), registrants=registrants))
        else:
            self.today_line.setText(vdb.NO_SESSION_TODAY)
        fill_sessions(self.sessions, data.sessions, data.today)
        self.sessions.setVisible(bool(data.sessions))
        self.today_line.setVisible(bool(data.sessions))
        self.no_sessions.setVisible(not data.sessions)

        fill_clocks(self.clocks, data.clocks.overdue, data.clocks.due_soon)
        has_clocks = bool(data.clocks.overdue or data.clocks.due_soon)
        self.clocks.setVisible(has_clocks)
        self.no_clocks.setVisible(not has_clocks)

        self.warnings.set_warnings(data.warnings)
        self.warnings_title.setText(
            vdb.WARNINGS_TITLE.format(count=len(data.warnings)) if data.warnings else vdb.WARNINGS_TITLE_NONE
        )
        self.warnings.setVisible(bool(data.warnings))
        self.no_warnings.setVisible(not data.warnings)

    def _clock_activated(self, item: QTableWidgetItem) -> None:
        entity = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(entity, tuple) and len(entity) == 2:
            self.clockActivated.emit(str(entity[0]), int(entity[1]))

    def _session_activated(self, item: QTableWidgetItem) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(session_id, int):
            self.sessionActivated.emit(session_id)
