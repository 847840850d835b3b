"""The window offers each signed-in user only the pages their roles allow (DOMAIN §13.3): the administrator keeps
users, the calendar and the settings; the report viewer reads the reports; neither is shown a page of case content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.domain.enums import Role
from desk_app.i18n import vi_ui
from desk_app.paths import AppPaths
from desk_app.services.registry import Services
from desk_app.ui.main_window import MainWindow
from desk_app.ui.pages.reports.page import ReportsPage
from desk_app.ui.pages.settings.page import SettingsPage
from desk_app.ui.tasks import ImmediateTaskRunner
from tests.gui.accounts_kit import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_PASSWORD,
    Office,
    secure_office,
    signing_in,
)
from tests.helpers.qt_input import press, settle

VIEWER, VIEWER_PASSWORD = "xem.bc", "Báo cáo quý bốn năm nay"
CASE_PAGES = (
    vi_ui.NAV_DASHBOARD,
    vi_ui.NAV_INTAKE,
    vi_ui.NAV_REGISTER,
    vi_ui.NAV_PETITIONS,
    vi_ui.NAV_CITIZENS,
)


@pytest.fixture
def office(tmp_path: Path) -> Office:
    office = secure_office(AppPaths(tmp_path / "data"))
    with signing_in(office) as open_as:
        open_as(ADMIN, ADMIN_PASSWORD).users.add_user(
            VIEWER, "Đỗ Văn Xem", (Role.XEM_BAO_CAO,), VIEWER_PASSWORD
        )
    return office


@pytest.fixture
def open_window(qtbot: QtBot, office: Office) -> Iterator[object]:
    with signing_in(office) as open_as:

        def make(login: str, password: str) -> MainWindow:
            services: Services = open_as(login, password)
            win = MainWindow(services, ImmediateTaskRunner())
            qtbot.addWidget(win)
            win.resize(1366, 768)
            win.show()
            qtbot.waitExposed(win)
            win.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
            settle(qtbot)
            return win

        yield make


def offered(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count()) if not win.nav.item(i).isHidden()]


def test_the_administrator_is_offered_the_calendar_and_the_settings_only(qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    win = open_window(ADMIN, ADMIN_PASSWORD)
    assert offered(win) == [vi_ui.NAV_CALENDAR, vi_ui.NAV_SETTINGS, vi_ui.NAV_BACKUP]
    assert win.stack.currentWidget().findChild(SettingsPage) is win.settings_page
    assert win.title.text() == vi_ui.NAV_SETTINGS
    assert win.intake is None and win.register_page is None and win.dashboard_page is None
    # Alt+2 (the intake) leads nowhere for this user; Alt+4 opens the calendar.
    press(win, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert win.title.text() == vi_ui.NAV_SETTINGS
    press(win, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert win.title.text() == vi_ui.NAV_CALENDAR


def test_the_report_viewer_opens_on_the_reports(qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    win = open_window(VIEWER, VIEWER_PASSWORD)
    assert offered(win) == [vi_ui.NAV_REPORTS, vi_ui.NAV_SETTINGS, vi_ui.NAV_BACKUP]
    assert win.title.text() == vi_ui.NAV_REPORTS
    assert win.reports_page is not None
    assert win.stack.currentWidget().findChild(ReportsPage) is win.reports_page
    for title in CASE_PAGES:
        assert title not in offered(win)


def test_the_reception_officer_is_offered_every_case_page(qtbot: QtBot, open_window) -> None:  # type: ignore[no-untyped-def]
    win = open_window(OFFICER, OFFICER_PASSWORD)
    for title in (*CASE_PAGES, vi_ui.NAV_CALENDAR, vi_ui.NAV_REPORTS, vi_ui.NAV_SETTINGS):
        assert title in offered(win)
    assert win.title.text() == vi_ui.NAV_INTAKE
