"""The main window: left navigation, one page at a time, who is signed in and where the data lives."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.permissions import Action
from desk_app.i18n import vi_about, vi_accessible, vi_preferences, vi_sign_in, vi_ui
from desk_app.i18n import vi_backup_status as vb
from desk_app.services.backup.model import BackupFile
from desk_app.services.permissions import may
from desk_app.services.registry import Services
from desk_app.ui import accessible, dialogs, preferences, window_memory
from desk_app.ui.about import AboutDialog
from desk_app.ui.backup_watch import BackupWatch
from desk_app.ui.change_password import ChangePasswordDialog
from desk_app.ui.lock import IdleWatcher, ScreenLock, idle_minutes
from desk_app.ui.pages.backup.page import BackupPage
from desk_app.ui.pages.citizens.page import CitizensPage
from desk_app.ui.pages.dashboard.page import DashboardPage
from desk_app.ui.pages.intake.page import IntakePage
from desk_app.ui.pages.petitions.page import PetitionsPage
from desk_app.ui.pages.register.page import RegisterPage
from desk_app.ui.pages.reports.page import ReportsPage
from desk_app.ui.pages.schedule.page import SchedulePage
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.preferences_dialog import show_preferences
from desk_app.ui.session_watch import stop_watching, watch_session
from desk_app.ui.tasks import TaskRunner
from desk_app.ui.widgets import file_dialogs
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
    vi_ui.NAV_BACKUP,
)
DASHBOARD_INDEX = PAGE_TITLES.index(vi_ui.NAV_DASHBOARD)
INTAKE_INDEX = PAGE_TITLES.index(vi_ui.NAV_INTAKE)
REGISTER_INDEX = PAGE_TITLES.index(vi_ui.NAV_REGISTER)
CALENDAR_INDEX = PAGE_TITLES.index(vi_ui.NAV_CALENDAR)
PETITIONS_INDEX = PAGE_TITLES.index(vi_ui.NAV_PETITIONS)
CITIZENS_INDEX = PAGE_TITLES.index(vi_ui.NAV_CITIZENS)
REPORTS_INDEX = PAGE_TITLES.index(vi_ui.NAV_REPORTS)
SETTINGS_INDEX = PAGE_TITLES.index(vi_ui.NAV_SETTINGS)
BACKUP_INDEX = PAGE_TITLES.index(vi_ui.NAV_BACKUP)
DATA_LABEL_MIN_PX = 160

# What a page needs (DOMAIN §13.3); the services refuse the rest anyway, the window only does not invite it.
_CASES = (Action.READ_CASES,)
PAGE_NEEDS: Final[tuple[tuple[Action, ...], ...]] = (
    _CASES,  # Tổng quan: deadlines and sessions name petitions and people
    _CASES,
    _CASES,
    (Action.MANAGE_SCHEDULE,),  # Lịch tiếp: the case roles and the administrator, who keeps the calendar
    _CASES,
    _CASES,
    (Action.VIEW_REPORTS,),
    (),  # Danh mục & cài đặt: always (each tab asks for itself)
    (),  # Sao lưu & phục hồi: anyone may add a backup; restoring asks for MANAGE_BACKUPS
)


def pages_for(services: Services) -> frozenset[int]:
    """The pages the signed-in user may open: one of the page's actions suffices, none needed for settings."""
    return frozenset(
        index
        for index, needs in enumerate(PAGE_NEEDS)
        if not needs or any(may(services.ctx, action) for action in needs)
    )


def first_page(opens: frozenset[int]) -> int:
    """Where the window opens: the intake for whoever receives citizens, else the reports, else the settings."""
    for index in (INTAKE_INDEX, REPORTS_INDEX, SETTINGS_INDEX):
        if index in opens:
            return index
    return SETTINGS_INDEX


class MainWindow(QMainWindow):
    """`idle_ms`: how long without input before the screen locks (default: the data folder's setting, in minutes);
    the lock is on only for a user signed in with a password."""

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.signed_out = False
        file_dialogs.use_folder(services.ctx.data_dir)
        preferences.use_folder(services.ctx.data_dir)
        # The user's own font size before anything is built: every page is laid out at it from the start.
        preferences.apply_font_scale(preferences.font_scale(services.ctx.actor.login))
        accessible.install()
        self.restore_request: BackupFile | None = None
        """A backup the officer chose to put in place: the window signs out, then app restores it."""
        opens = pages_for(services)
        self.opens = opens
        self.intake = IntakePage(services, tasks) if INTAKE_INDEX in opens else None
        self.register_page = RegisterPage(services, tasks) if REGISTER_INDEX in opens else None
        self.settings_page = SettingsPage(services)
        self.backup_page = BackupPage(services, tasks)
        self.dashboard_page = DashboardPage(services, tasks) if DASHBOARD_INDEX in opens else None
        self.calendar_page = SchedulePage(services, tasks) if CALENDAR_INDEX in opens else None
        self.petitions_page = PetitionsPage(services, tasks) if PETITIONS_INDEX in opens else None
        self.citizens_page = CitizensPage(services, tasks) if CITIZENS_INDEX in opens else None
        self.reports_page = ReportsPage(services, tasks) if REPORTS_INDEX in opens else None
        # A page this user may not use is not built at all (it would only ask the services for what they refuse);
        # an empty placeholder keeps every page at its Alt+number.
        built: list[QWidget | None] = [
            self.dashboard_page,
            self.intake,
            self._scrollable(self.register_page) if self.register_page else None,
            self.calendar_page,
            self.petitions_page,
            self.citizens_page,
            # The report table, its charts and the narrative are taller than 1366×768 at 125 % leaves: it scrolls.
            self._scrollable(self.reports_page) if self.reports_page else None,
            self._scrollable(self.settings_page),
            self._scrollable(self.backup_page),
        ]
        pages = [page if page is not None else QWidget() for page in built]
        # The window already shows where the officer is; a page's own heading would say it twice.
        for page in pages:
            for heading in page.findChildren(QLabel, "pageTitle"):
                heading.hide()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(vi_accessible.NAVIGATION)
        self.nav.setFixedWidth(180)
        # A larger font (Tùy chọn › Cỡ chữ) wraps a long title onto two lines instead of cutting it.
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            # The inset is the list's: an item's own side padding is left out of its wrapped size and cut its title.
            "QListWidget#navigation { background: #1f3a5f; color: white; border: none; padding-left: 8px; }"
            "QListWidget#navigation::item { padding: 9px 0px 9px 2px; }"
            "QListWidget#navigation::item:selected { background: #3d6aa2; color: white; }"
        )
        self.stack = QStackedWidget()
        for number, (title, page) in enumerate(zip(PAGE_TITLES, pages, strict=True), start=1):
            item = QListWidgetItem(title)
            item.setToolTip(vi_ui.NAV_TOOLTIP.format(title=title, key=number))
            self.nav.addItem(item)
            item.setHidden(number - 1 not in opens)
            self.stack.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self._shortcut_page(index))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("QLabel#pageTitle { font-weight: bold; color: #1a3f7a; }")
        # Sizes relative to the application font (11 and 15 pt at 10.5): they follow Tùy chọn › Cỡ chữ.
        self.nav.setFont(preferences.scaled_font(self.nav.font(), 1.05))
        self.title.setFont(preferences.scaled_font(self.title.font(), 1.43))

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
        self.backup_label.setObjectName("backupStatus")
        self.account_button = self._account_menu()
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.account_button)
        for label in (self.data_label, self.backup_label):
            self.statusBar().addPermanentWidget(label)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long folder at a large font gives way (its tip keeps it whole) instead of widening the window off-screen.
        self.data_label.setMinimumWidth(DATA_LABEL_MIN_PX)
        self.data_label.setToolTip(self.data_label.text())

        self.backup_watch = BackupWatch(services, tasks, self.backup_label)
        self.backup_watch.damaged.connect(self._damage_found)

        self.nav.currentRowChanged.connect(self._on_nav)
        self._wire_pages()
        self.refresh_office()
        remembered = window_memory.last_page(services.ctx.data_dir, services.ctx.actor.login)
        self.show_page(remembered if remembered in opens else first_page(opens))
        self.screen_lock = ScreenLock(
            self,
            self._verify_password,
            who=self._who,
            minutes=lambda: self._idle_minutes,
        )
        self.screen_lock.signOutRequested.connect(self.sign_out)
        self._idle_minutes = idle_minutes(services.ctx.data_dir)
        self.idle: IdleWatcher | None = None
        if services.ctx.actor.login is not None:
            self.idle = IdleWatcher(idle_ms or self._idle_minutes * 60_000, self)
            self.idle.idle.connect(self.lock_screen)
            self.screen_lock.unlocked.connect(self.idle.restart)
        self._session = watch_session(self, self.lock_screen) if self.idle is not None else None
        self.lock_action.setEnabled(self.idle is not None)
        self.password_action.setEnabled(services.ctx.actor.login is not None)
        accessible.name_controls(self)  # the pages name their own lists as they open (_on_nav)

    @staticmethod
    def _scrollable(page: QWidget) -> QWidget:
        """A page wider than a 1366×768 screen scrolls instead of pushing the window off the screen."""
        return scroll_area(page)

    def _wire_pages(self) -> None:
        if self.register_page is not None:
            self.register_page.visitRequested.connect(self.open_visit)
        if self.citizens_page is not None:
            self.citizens_page.visitRequested.connect(self.open_visit)
            self.citizens_page.petitionRequested.connect(self.open_petition)
        if self.intake is not None and self.register_page is not None:
            register = self.register_page
            self.intake.saved.connect(lambda _visit_id: register.refresh())
        self.settings_page.officeChanged.connect(self.refresh_office)
        self.backup_page.restore_requested.connect(self.request_restore)
        self.backup_page.damaged.connect(self._damage_found)
        self.backup_page.changed.connect(self.backup_watch.refresh)
        if self.settings_page.users_tab is not None:
            self.settings_page.users_tab.idleChanged.connect(self.set_idle_minutes)
        # The dashboard's rows lead to what they are about: a session on the calendar, a petition in the register.
        if self.dashboard_page is not None:
            self.dashboard_page.sessionActivated.connect(self.open_session)
            self.dashboard_page.clockActivated.connect(self.open_clock_subject)

    def open_session(self, session_id: int) -> None:
        if self.calendar_page is not None:
            self.show_page(CALENDAR_INDEX)
            self.calendar_page.show_session(self.services.schedule.session(session_id))

    def open_clock_subject(self, entity_type: str, entity_id: int) -> None:
        """A deadline row was activated: open the petition or the visit (a refusal notice) it runs on."""
        if entity_type == "visit":
            self.open_visit(entity_id)
        elif entity_type == "petition":
            self.open_petition(entity_id)

    def open_petition(self, petition_id: int) -> None:
        if self.petitions_page is not None:
            self.show_page(PETITIONS_INDEX)
            self.petitions_page.open_petition(petition_id)

    # Navigation ------------------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_title(self) -> str:
        return PAGE_TITLES[self.stack.currentIndex()]

    def _on_nav(self, index: int) -> None:
        if 0 <= index < self.stack.count():
            if index == INTAKE_INDEX and self.intake is not None:
                self.intake.reload_staff()  # staff may have been added in Danh mục & cài đặt meanwhile
            self.stack.setCurrentIndex(index)
            self.title.setText(PAGE_TITLES[index])
            # For screen readers: what the page built since; its main list (the register) by the page's title.
            accessible.name_controls(self.stack.widget(index) or self, PAGE_TITLES[index])

    def open_visit(self, visit_id: int) -> None:
        """The register asked to open a visit: switch to the intake form and load it for editing."""
        if self.intake is not None:
            self.show_page(INTAKE_INDEX)
            self.intake.load_visit(visit_id)

    def refresh_office(self) -> None:
        """Title, status bar and staff lists after the office or the signed-in officer changed."""
        info = self.services.office.get()
        self.setWindowTitle(
            vi_ui.WINDOW_TITLE.format(office=info.name) if info else vi_ui.WINDOW_TITLE_NO_OFFICE
        )
        self.officer_label.setText(vi_ui.STATUS_OFFICER.format(name=self.services.ctx.actor.name))
        if self.intake is not None:
            self.intake.reload_staff()

    # The signed-in user ----------------------------------------------------------------------------------
    def _account_menu(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("accountMenu")
        button.setText(vi_sign_in.MENU_ACCOUNT)
        button.setToolTip(vi_sign_in.ACCOUNT_TIP)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAutoRaise(True)
        self.password_action = QAction(vi_sign_in.MENU_CHANGE_PASSWORD, self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(vi_sign_in.MENU_LOCK, self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_screen)
        self.sign_out_action = QAction(vi_sign_in.MENU_SIGN_OUT, self)
        self.sign_out_action.setToolTip(vi_sign_in.SIGN_OUT_TIP)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.preferences_action = QAction(vi_preferences.MENU, self)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.about_action = QAction(vi_about.MENU, self)
        self.about_action.triggered.connect(self.show_about)
        actions = (self.password_action, self.lock_action, self.preferences_action, self.about_action)
        for action in (*actions, self.sign_out_action):  # Đăng xuất last, as in every program
            button.addAction(action)
            self.addAction(action)  # Ctrl+L works anywhere in the window
        return button

    def show_where_it_was(self) -> None:
        """Shown as the user left it (size, place, maximized), else maximized on the office's screen."""
        if window_memory.restore(self, self.services.ctx.data_dir, self.services.ctx.actor.login):
            self.show()
        else:
            self.showMaximized()

    def show_preferences(self) -> None:
        show_preferences(self.services.ctx.actor.login, self)

    def show_about(self) -> None:
        dialog = AboutDialog(self.services, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def _who(self) -> str:
        actor = self.services.ctx.actor
        if actor.login is None:
            return actor.name
        return vi_sign_in.LOCK_WHO.format(name=actor.name, login=actor.login)

    def _verify_password(self, password: str) -> bool:
        self.services.users.verify_password(password)
        return True

    def set_idle_minutes(self, minutes: int) -> None:
        """The administrator changed the setting: it applies at once."""
        self._idle_minutes = minutes
        if self.idle is not None:
            self.idle.set_interval(minutes * 60_000)

    def lock_screen(self) -> None:
        if self.idle is not None:
            self.screen_lock.lock()

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.services, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(vi_sign_in.CHANGED, 5000)
        dialog.deleteLater()

    def sign_out(self) -> None:
        """Another officer takes the desk: a full sign-out (the window closes; the typed form stays a draft)."""
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and isinstance(widget, QDialog):
                widget.reject()
        self.signed_out = True
        self.close()
        preferences.apply_font_scale(100)  # the sign-in for whoever comes next: the plain size

    def request_restore(self, backup: BackupFile) -> None:
        self.restore_request = backup
        self.sign_out()

    def _damage_found(self, _problems: list[str]) -> None:
        """The weekly check found damage: nothing more is written; the next sign-in offers the newest backup."""
        dialogs.error(self, vb.DAMAGE_FOUND, vb.DAMAGE_FOUND_TITLE)
        self.sign_out()

    def _shortcut_page(self, index: int) -> None:
        # The page under the lock stays the one the officer left; a page this user may not use is not there.
        if not self.screen_lock.is_locked() and index in self.opens:
            self.show_page(index)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved intake content stays as a draft, restored on the next start.
        if self.intake is not None:
            self.intake.flush_draft()
        if self.idle is not None:
            self.idle.stop()
        stop_watching(self._session)
        self._session = None
        self.backup_watch.stop()
        login = self.services.ctx.actor.login
        window_memory.remember(self, self.services.ctx.data_dir, login, self.stack.currentIndex())
        super().closeEvent(event)
