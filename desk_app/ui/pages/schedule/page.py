"""The Lịch tiếp page: the month grid, the selected day's sessions and registrants, the list, and every action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.enums import ReceptionSessionStatus
from desk_app.errors import DeskError
from desk_app.i18n import vi_history_import as vh
from desk_app.i18n import vi_schedule_page as vsched
from desk_app.i18n.formatting import fmt_date
from desk_app.services.registry import Services
from desk_app.services.schedule.types import Period, SessionInfo
from desk_app.ui import dialogs
from desk_app.ui.pages.register.import_dialog import ImportDialog, Kind
from desk_app.ui.pages.schedule.actions import SessionActions
from desk_app.ui.pages.schedule.day import DayPanel
from desk_app.ui.pages.schedule.dialogues_tab import DialoguesTab
from desk_app.ui.pages.schedule.grid import MonthGrid
from desk_app.ui.pages.schedule.list_view import SessionList
from desk_app.ui.pages.schedule.publish import SchedulePrinter
from desk_app.ui.preferences import scaled_font
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.fields import NoticeLabel
from desk_app.ui.widgets.flow import FlowLayout, flow_policy
from desk_app.ui.widgets.scroll import scroll_area

OPEN_STATUSES = frozenset(
    {ReceptionSessionStatus.DU_KIEN, ReceptionSessionStatus.DA_CONG_BO, ReceptionSessionStatus.HOAN}
)


DAY_PANEL_MIN_WIDTH = 340
"""The day panel's narrowest: its registrant buttons and the session's details in two columns."""


class SchedulePage(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        # Replaceable so tests answer instead of a modal question.
        self.ask: Callable[[str], bool] = lambda text: dialogs.confirm(self, text, vsched.CONFIRM_TITLE)
        self.today = services.ctx.today()
        self._sessions: list[SessionInfo] = []
        self._session_id: int | None = None
        self._build()
        self.printer = SchedulePrinter(services, tasks, self.action, self)
        self.commands = SessionActions(self, self)
        self._wire()
        self.reload()

    # Layout ----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(vsched.PREV_MONTH_TIP)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(vsched.NEXT_MONTH_TIP)
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.month_title = QLabel()
        self.month_title.setObjectName("calendarMonthTitle")
        self.month_title.setStyleSheet("font-weight: bold; color: #1a3f7a; padding: 0 8px;")
        self.month_title.setFont(scaled_font(self.month_title.font(), 1.25))  # follows Tùy chọn › Cỡ chữ
        self.month_title.setMinimumWidth(
            self.month_title.fontMetrics().horizontalAdvance("Tháng 00/0000") + 30
        )
        self.today_button = QPushButton(vsched.TODAY)
        self.today_button.setToolTip(vsched.TODAY_TIP)
        self.rules_button = QPushButton(vsched.RULES)
        self.generate_button = QPushButton(vsched.GENERATE)
        self.publish_button = QPushButton(vsched.PUBLISH)
        self.history_button = self._history_button()
        # The month's buttons wrap onto a second line at a large font (Tùy chọn › Cỡ chữ) rather than widen it.
        top_bar = QWidget()
        flow_policy(top_bar)
        top = FlowLayout(top_bar)
        for widget in (self.prev_button, self.month_title, self.next_button, self.today_button):
            top.addWidget(widget)
        top.add_stretch()
        month_actions: tuple[QWidget, ...] = (
            self.rules_button,
            self.generate_button,
            self.publish_button,
            self.history_button,
        )
        for action in month_actions:
            top.addWidget(action)

        self.grid = MonthGrid(self.today)
        self.legend = QLabel(vsched.LEGEND)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555555;")
        self.legend.setFont(scaled_font(self.legend.font(), 0.85))
        self.day_panel = DayPanel(self.today)
        # 400 px beside the month on a wide screen, narrower at 1366×768 with 125 % scaling, where a day with a
        # session and its registrants scrolls rather than cutting the session's details.
        self.day_scroll = scroll_area(self.day_panel, sideways=False)
        bar = self.day_scroll.verticalScrollBar().sizeHint().width()
        self.day_scroll.setMinimumWidth(DAY_PANEL_MIN_WIDTH + bar)
        self.day_scroll.setMaximumWidth(400)
        month_tab = QWidget()
        grid_column = QVBoxLayout()
        grid_column.setContentsMargins(0, 0, 0, 0)
        grid_column.addWidget(self.grid, 1)
        grid_column.addWidget(self.legend)
        month_layout = QHBoxLayout(month_tab)
        month_layout.setContentsMargins(0, 6, 0, 0)
        month_layout.addLayout(grid_column, 2)
        month_layout.addWidget(self.day_scroll, 1)
        self.session_list = SessionList()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("calendarTabs")
        self.tabs.addTab(month_tab, vsched.TAB_MONTH)
        self.tabs.addTab(self.session_list, vsched.TAB_LIST)
        self.dialogues_tab = DialoguesTab(self.services, self.tasks)
        # Its list and form scroll on a short screen instead of making the whole page taller.
        self.tabs.addTab(scroll_area(self.dialogues_tab), vsched.TAB_DIALOGUES)

        self.add_button = QPushButton(vsched.ADD_SESSION)
        self.edit_button = QPushButton(vsched.EDIT_SESSION)
        self.postpone_button = QPushButton(vsched.POSTPONE)
        self.cancel_button = QPushButton(vsched.CANCEL_SESSION)
        self.held_button = QPushButton(vsched.HELD)
        self.no_citizen_button = QPushButton(vsched.NO_CITIZEN)
        self.sheet_button = QPushButton(vsched.DAY_SHEET)
        self.conclusion_button = QPushButton(vsched.CONCLUSION)
        # The session buttons wrap onto a second line when the window is narrow rather than widen it.
        self.bottom_bar = QWidget()
        flow_policy(self.bottom_bar)
        bottom = FlowLayout(self.bottom_bar)
        for button in (
            self.add_button,
            self.edit_button,
            self.postpone_button,
            self.cancel_button,
            self.held_button,
            self.no_citizen_button,
            self.conclusion_button,
        ):
            bottom.addWidget(button)
        bottom.add_stretch()
        bottom.addWidget(self.sheet_button)
        self.action = NoticeLabel()
        self.action.setObjectName("calendarAction")
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 4, 8, 6)
        root.addWidget(top_bar)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.action)
        root.addWidget(self.bottom_bar)

    def _wire(self) -> None:
        acts = self.commands
        for button, tip, slot in (
            (self.rules_button, vsched.RULES_TIP, acts.open_rules),
            (self.generate_button, vsched.GENERATE_TIP, acts.open_generate),
            (self.publish_button, vsched.PUBLISH_TIP, acts.open_publish),
            (self.add_button, vsched.ADD_SESSION_TIP, acts.open_new_session),
            (self.edit_button, vsched.EDIT_SESSION_TIP, acts.open_edit_session),
            (self.postpone_button, vsched.POSTPONE_TIP, acts.open_postpone),
            (self.cancel_button, vsched.CANCEL_SESSION_TIP, acts.open_cancel),
            (self.held_button, vsched.HELD_TIP, acts.mark_held),
            (self.no_citizen_button, vsched.NO_CITIZEN_TIP, acts.mark_no_citizen),
            (self.sheet_button, vsched.DAY_SHEET_TIP, acts.print_day_sheet),
            (self.conclusion_button, vsched.CONCLUSION_TIP, acts.open_conclusion),
        ):
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, run=slot: run())
        self.prev_button.clicked.connect(lambda: self.grid.step_month(-1))
        self.next_button.clicked.connect(lambda: self.grid.step_month(1))
        self.today_button.clicked.connect(self.go_today)
        self.grid.monthChanged.connect(lambda _y, _m: self.reload())
        self.grid.dateSelected.connect(lambda _d: self._show_day())
        self.grid.sessionClicked.connect(self.day_panel.select_session)
        self.grid.sessionActivated.connect(self._activate)
        self.day_panel.sessionSelected.connect(self._session_selected)
        self.day_panel.add_registrant.clicked.connect(acts.open_add_registrant)
        self.day_panel.remove_registrant.clicked.connect(acts.open_remove_registrant)
        self.session_list.periodChanged.connect(self._reload_list)
        self.session_list.sessionSelected.connect(self._list_selected)
        self.session_list.sessionActivated.connect(self._activate)
        for keys, slot in (("Ctrl+N", acts.open_new_session), ("Ctrl+P", acts.open_publish)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # Showing ---------------------------------------------------------------------------------------------
    def _history_button(self) -> QToolButton:
        """Years kept on paper: the leaders' sessions (with the days not held) and the dialogues, from a file."""
        button = QToolButton()
        button.setObjectName("historyImport")
        button.setText(vh.HISTORY_BUTTON)
        button.setToolTip(vh.HISTORY_TIP)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.import_sessions_action = menu.addAction(vh.HISTORY_SESSIONS)
        self.import_sessions_action.triggered.connect(lambda: self.open_history_import("sessions"))
        self.import_dialogues_action = menu.addAction(vh.HISTORY_DIALOGUES)
        self.import_dialogues_action.triggered.connect(lambda: self.open_history_import("dialogues"))
        button.setMenu(menu)
        return button

    def open_history_import(self, kind: Kind) -> ImportDialog:
        dialog = ImportDialog(self.services, self.tasks, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._history_imported)
        dialog.open()
        return dialog

    def _history_imported(self) -> None:
        self.reload()
        self.dialogues_tab.reload()

    def reload(self, select: int | None = None) -> None:
        """Fetch the visible weeks' sessions and the working calendar, then redraw everything."""
        year, month = self.grid.year, self.grid.month
        self.month_title.setText(vsched.MONTH_TITLE.format(month=month, year=year))
        first, last = self.grid.visible_range()
        try:
            self.grid.set_calendar(self.services.working_calendar.load(range(year - 1, year + 2)))
            self._sessions = self.services.schedule.sessions(first, last)
        except DeskError as exc:
            self.action.show_text(str(exc), "error")
            self._sessions = []
        self.grid.set_sessions(self._sessions)
        self._show_day(select)
        self._reload_list()

    def _reload_list(self) -> None:
        period = self.session_list.period(self.grid.year, self.grid.month)
        sessions = self.services.schedule.sessions(period.first, period.last)
        self.session_list.show_sessions(period, sessions)

    def list_period(self) -> Period:
        return self.session_list.period(self.grid.year, self.grid.month)

    def _show_day(self, select: int | None = None) -> None:
        """The panel shows the selected day, keeping the chosen session when it is on that day."""
        select = select if select is not None else self._session_id
        day = self.grid.selected()
        sessions = [s for s in self._sessions if s.date == day]
        self.day_panel.show_day(day, self.grid.day_note(day), self.grid.is_day_off(day), sessions, select)

    def _session_selected(self, session_id: int) -> None:
        self._session_id = session_id if session_id >= 0 else None
        session = self.current_session()
        registrants = self.services.schedule.registrants(session.id) if session is not None else []
        self.day_panel.show_registrants(registrants)
        self._update_buttons(session)

    def _update_buttons(self, session: SessionInfo | None) -> None:
        status = session.status if session is not None else None
        is_open = status in OPEN_STATUSES
        past = session is not None and session.date <= self.today
        self.edit_button.setEnabled(session is not None and status is not ReceptionSessionStatus.HUY)
        self.postpone_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        self.held_button.setEnabled(is_open and past)
        self.no_citizen_button.setEnabled(is_open and past)
        self.sheet_button.setEnabled(session is not None)
        self.conclusion_button.setEnabled(status is ReceptionSessionStatus.DA_TIEP)

    def _list_selected(self, session_id: int) -> None:
        session = next((s for s in self.session_list._sessions if s.id == session_id), None)
        if session is None:
            return
        self.show_session(session)

    def show_session(self, session: SessionInfo) -> None:
        """Select the session's day on the grid and the session in the side panel."""
        self._session_id = session.id
        self.grid.select(session.date)  # may turn the month, which reloads
        # Reload anyway: the session may be new since the page last drew (e.g. opened from the dashboard).
        self.reload(select=session.id)

    def _activate(self, session_id: int) -> None:
        self.day_panel.select_session(session_id)
        self.commands.open_edit_session()

    def go_today(self) -> None:
        self.grid.select(self.today)
        self.grid.setFocus()

    def current_session(self) -> SessionInfo | None:
        return self.day_panel.current_session()

    def session_by_id(self, session_id: int) -> SessionInfo | None:
        return next((s for s in self._sessions if s.id == session_id), None)

    def done(self, text: str, select: SessionInfo | None = None) -> None:
        """After an action: redraw, keep (or move to) the session, and say what happened."""
        if select is not None:
            self._session_id = select.id
            self.grid.select(select.date)
        self.reload()
        self.action.show_text(text, "ok")

    def fmt(self, day: dt.date) -> str:
        return fmt_date(day)
