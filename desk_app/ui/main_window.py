"""The main window: left navigation, one page at a time, who is signed in and where the data lives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.i18n import vi_sign_in, vi_ui
from desk_app.services.registry import Services
from desk_app.ui.pages.citizens.page import CitizensPage
from desk_app.ui.pages.dashboard.page import DashboardPage
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.pages.reports.page import ReportsPage
from desk_app.ui.pages.schedule.page import SchedulePage
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.sign_in import SignInDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.scroll import scroll_area

PAGE_TITLES = (
    vi_ui.NAV_DASHBOARD,
    vi_ui.NAV_INTAKE,
    vi_ui.NAV_REGISTER,
    vi_ui.NAV_CALENDAR,
    vi_ui.NAV_PETITIONS,
    vi_ui.NAV_CITIZENS,
    vi_ui.NAV_REPORTS,
    vi_ui.NAV_SETTINGS,
)
INTAKE_INDEX = PAGE_TITLES.index(vi_ui.NAV_INTAKE)
REGISTER_INDEX = PAGE_TITLES.index(vi_ui.NAV_REGISTER)
SETTINGS_INDEX = PAGE_TITLES.index(vi_ui.NAV_SETTINGS)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.intake = IntakePage(services, tasks)
        self.register_page = RegisterPage(services, tasks)
        self.settings_page = SettingsPage(services)
        self.dashboard_page = DashboardPage(services, tasks)
        self.calendar_page = SchedulePage(services, tasks)
        self.petitions_page = PetitionsPage(services, tasks)
        self.citizens_page = CitizensPage(services, tasks)
        self.reports_page = ReportsPage(services, tasks)
        pages: list[QWidget] = [
            self.dashboard_page,
            self.intake,
            self._scrollable(self.register_page),
            self.calendar_page,
            self.petitions_page,
            self.citizens_page,
            # The report table, its charts and the narrative are taller than 1366×768 at 125 % leaves: it scrolls.
            self._scrollable(self.reports_page),
            self._scrollable(self.settings_page),
        ]
        # The window already shows where the officer is; a page's own heading would say it twice.
        for page in pages:
            for heading in page.findChildren(QLabel, "pageTitle"):
                heading.hide()
        # What depends on who is signed in redraws when another officer takes the desk.
        self._officer_views: tuple[tuple[QWidget, Callable[[], None]], ...] = (
            (self.dashboard_page, self.dashboard_page.refresh),
            (self.register_page, self.register_page.refresh),
            (self.petitions_page, self.petitions_page.refresh),
            (self.citizens_page, self.citizens_page.refresh),
        )

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: #1f3a5f; color: white; border: none; font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 10px; }"
            "QListWidget#navigation::item:selected { background: #3d6aa2; color: white; }"
        )
        self.stack = QStackedWidget()
        for number, (title, page) in enumerate(zip(PAGE_TITLES, pages, strict=True), start=1):
            item = QListWidgetItem(title)
            item.setToolTip(vi_ui.NAV_TOOLTIP.format(title=title, key=number))
            self.nav.addItem(item)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.show_page(index))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #1a3f7a; }")

        right = QVBoxLayout()
        right.setContentsMargins(10, 8, 4, 0)
        right.setSpacing(4)
        right.addWidget(self.title)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.officer_label = QLabel()
        self.data_label = QLabel(vi_ui.STATUS_DATA.format(folder=services.ctx.data_dir))
        self.backup_label = QLabel(vi_ui.STATUS_NO_BACKUP)
        self.backup_label.setStyleSheet("color: #7a4a00;")
        self.switch_button = QPushButton(vi_sign_in.BTN_SWITCH)
        self.switch_button.setToolTip(vi_sign_in.SWITCH_TIP)
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_officer)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.switch_button)
        for label in (self.data_label, self.backup_label):
            self.statusBar().addPermanentWidget(label)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nav.currentRowChanged.connect(self._on_nav)
        self._wire_pages()
        self.refresh_office()
        self.show_page(INTAKE_INDEX)

    @staticmethod
    def _scrollable(page: QWidget) -> QWidget:
        """A page wider than a 1366×768 screen scrolls instead of pushing the window off the screen."""
        return scroll_area(page)

    def _wire_pages(self) -> None:
        self.register_page.visitRequested.connect(self.open_visit)
        self.citizens_page.visitRequested.connect(self.open_visit)
        self.citizens_page.petitionRequested.connect(self.open_petition)
        self.intake.saved.connect(lambda _visit_id: self.register_page.refresh())
        self.settings_page.officeChanged.connect(self.refresh_office)
        # The dashboard's rows lead to what they are about: a session on the calendar, a petition in the register.
        self.dashboard_page.sessionActivated.connect(self.open_session)
        self.dashboard_page.clockActivated.connect(self.open_clock_subject)

    def open_session(self, session_id: int) -> None:
        self.show_page(PAGE_TITLES.index(vi_ui.NAV_CALENDAR))
        self.calendar_page.show_session(self.services.schedule.session(session_id))

    def open_clock_subject(self, entity_type: str, entity_id: int) -> None:
        """A deadline row was activated: open the petition or the visit (a refusal notice) it runs on."""
        if entity_type == "visit":
            self.open_visit(entity_id)
        elif entity_type == "petition":
            self.open_petition(entity_id)

    def open_petition(self, petition_id: int) -> None:
        self.show_page(PAGE_TITLES.index(vi_ui.NAV_PETITIONS))
        self.petitions_page.open_petition(petition_id)

    # Navigation ------------------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_title(self) -> str:
        return PAGE_TITLES[self.stack.currentIndex()]

    def _on_nav(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            if index == INTAKE_INDEX:
                self.intake.reload_staff()  # staff may have been added in Danh mục & cài đặt meanwhile
            self.stack.setCurrentIndex(index)
            self.title.setText(PAGE_TITLES[index])

    def open_visit(self, visit_id: int) -> None:
        """The register asked to open a visit: switch to the intake form and load it for editing."""
        self.show_page(INTAKE_INDEX)
        self.intake.load_visit(visit_id)

    def refresh_office(self) -> None:
        """Title, status bar and staff lists after the office or the signed-in officer changed."""
        info = self.services.office.get()
        self.setWindowTitle(
            vi_ui.WINDOW_TITLE.format(office=info.name) if info else vi_ui.WINDOW_TITLE_NO_OFFICE
        )
        self.officer_label.setText(vi_ui.STATUS_OFFICER.format(name=self.services.ctx.actor.name))
        self.intake.reload_staff()

    def switch_officer(self) -> None:
        """Another officer takes the desk: their roles apply from now on and every page shows their view."""
        dialog = SignInDialog(self.services, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # each switch would otherwise leave a hidden dialog behind in the window
        if accepted:
            self.refresh_office()
            shown = self.stack.currentWidget()
            if isinstance(shown, QScrollArea):
                shown = shown.widget()
            for page, refresh in self._officer_views:
                if page is shown:
                    refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved intake content stays as a draft, restored on the next start.
        self.intake.flush_draft()
        super().closeEvent(event)
