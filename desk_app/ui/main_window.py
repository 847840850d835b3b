"""The main window: left navigation, one page at a time, who is signed in and where the data lives."""

from __future__ import annotations

import importlib
import logging
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
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.placeholder import PlaceholderPage
from desk_app.ui.sign_in import SignInDialog
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets.scroll import scroll_area

log = logging.getLogger(__name__)

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


def optional_page(module: str, name: str) -> Callable[..., QWidget] | None:
    """A page class another part of the app provides, or None while it is not built yet."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            log.exception("page module %s could not be imported", module)
        return None
    except ImportError:
        log.exception("page module %s could not be imported", module)
        return None
    factory = getattr(found, name, None)
    return factory if callable(factory) else None


class MainWindow(QMainWindow):
    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.intake = IntakePage(services, tasks)
        self.register_page = self._page(
            "desk_app.ui.pages.register.page", "RegisterPage", vi_ui.NAV_REGISTER, vi_ui.PLACEHOLDER_REGISTER,
            services, tasks,
        )  # fmt: skip
        self.settings_page = self._page(
            "desk_app.ui.pages.settings.page",
            "SettingsPage",
            vi_ui.NAV_SETTINGS,
            vi_ui.PLACEHOLDER_SETTINGS,
            services,
        )
        self.dashboard_page = self._page(
            "desk_app.ui.pages.dashboard.page", "DashboardPage", vi_ui.NAV_DASHBOARD, vi_ui.PLACEHOLDER_DASHBOARD,
            services, tasks,
        )  # fmt: skip
        self.calendar_page = self._page(
            "desk_app.ui.pages.schedule.page", "CalendarPage", vi_ui.NAV_CALENDAR, vi_ui.PLACEHOLDER_CALENDAR,
            services, tasks,
        )  # fmt: skip
        self.petitions_page = self._page(
            "desk_app.ui.pages.petitions.page", "PetitionsPage", vi_ui.NAV_PETITIONS, vi_ui.PLACEHOLDER_PETITIONS,
            services, tasks,
        )  # fmt: skip
        self.citizens_page = self._page(
            "desk_app.ui.pages.citizens.page", "CitizensPage", vi_ui.NAV_CITIZENS, vi_ui.PLACEHOLDER_CITIZENS,
            services, tasks,
        )  # fmt: skip
        pages: list[QWidget] = [
            self.dashboard_page,
            self.intake,
            self._scrollable(self.register_page),
            self.calendar_page,
            self.petitions_page,
            self.citizens_page,
            # The report table, its charts and the narrative are taller than 1366×768 at 125 % leaves: it scrolls.
            self._scrollable(
                self._page(
                    "desk_app.ui.pages.reports.page",
                    "ReportsPage",
                    vi_ui.NAV_REPORTS,
                    vi_ui.PLACEHOLDER_REPORTS,
                    services,
                    tasks,
                )
            ),
            self._scrollable(self.settings_page),
        ]

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

    def _page(self, module: str, name: str, title: str, description: str, *args: object) -> QWidget:
        factory = optional_page(module, name)
        if factory is None:
            return PlaceholderPage(title, description)
        page = factory(*args)
        # The window already shows where the officer is; a page's own heading would say it twice.
        for heading in page.findChildren(QLabel, "pageTitle"):
            heading.hide()
        return page

    @staticmethod
    def _scrollable(page: QWidget) -> QWidget:
        """A page wider than a 1366×768 screen scrolls instead of pushing the window off the screen."""
        return scroll_area(page)

    def _wire_pages(self) -> None:
        for page in (self.register_page, self.citizens_page):
            requested = getattr(page, "visitRequested", None)
            if requested is not None:
                requested.connect(self.open_visit)
        petition_requested = getattr(self.citizens_page, "petitionRequested", None)
        if petition_requested is not None:
            petition_requested.connect(lambda petition_id: self.open_clock_subject("petition", petition_id))
        refresh = getattr(self.register_page, "refresh", None)
        if callable(refresh):
            self.intake.saved.connect(lambda _visit_id: refresh())
        office_changed = getattr(self.settings_page, "officeChanged", None)
        if office_changed is not None:
            office_changed.connect(self.refresh_office)
        # The dashboard's rows lead to what they are about: a session on the calendar, a petition in the register.
        session_clicked = getattr(self.dashboard_page, "sessionActivated", None)
        if session_clicked is not None:
            session_clicked.connect(self.open_session)
        clock_clicked = getattr(self.dashboard_page, "clockActivated", None)
        if clock_clicked is not None:
            clock_clicked.connect(self.open_clock_subject)

    def open_session(self, session_id: int) -> None:
        show = getattr(self.calendar_page, "show_session", None)
        if not callable(show):
            return
        self.show_page(PAGE_TITLES.index(vi_ui.NAV_CALENDAR))
        show(self.services.schedule.session(session_id))

    def open_clock_subject(self, entity_type: str, entity_id: int) -> None:
        """A deadline row was activated: open the petition or the visit (a refusal notice) it runs on."""
        if entity_type == "visit":
            self.open_visit(entity_id)
        elif entity_type == "petition":
            open_petition = getattr(self.petitions_page, "open_petition", None)
            if callable(open_petition):
                self.show_page(PAGE_TITLES.index(vi_ui.NAV_PETITIONS))
                open_petition(entity_id)

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
            page = self.stack.currentWidget()
            if isinstance(page, QScrollArea):
                page = page.widget()
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved intake content stays as a draft, restored on the next start.
        self.intake.flush_draft()
        super().closeEvent(event)
